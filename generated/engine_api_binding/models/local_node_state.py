from typing import Literal, cast

LocalNodeState = Literal["", "active", "error", "inactive", "locked", "pending"]

LOCAL_NODE_STATE_VALUES: frozenset[LocalNodeState] = frozenset(
    {
        "",
        "active",
        "error",
        "inactive",
        "locked",
        "pending",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_local_node_state(value: str) -> LocalNodeState:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(LocalNodeState, value)
