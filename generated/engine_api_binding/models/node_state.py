from typing import Literal, cast

NodeState = Literal["disconnected", "down", "ready", "unknown"]

NODE_STATE_VALUES: frozenset[NodeState] = frozenset(
    {
        "disconnected",
        "down",
        "ready",
        "unknown",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_node_state(value: str) -> NodeState:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(NodeState, value)
