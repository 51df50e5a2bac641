from typing import Literal, cast

NodeSpecRole = Literal["manager", "worker"]

NODE_SPEC_ROLE_VALUES: frozenset[NodeSpecRole] = frozenset(
    {
        "manager",
        "worker",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_node_spec_role(value: str) -> NodeSpecRole:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(NodeSpecRole, value)
