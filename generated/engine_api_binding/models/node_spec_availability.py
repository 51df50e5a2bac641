from typing import Literal, cast

NodeSpecAvailability = Literal["active", "drain", "pause"]

NODE_SPEC_AVAILABILITY_VALUES: frozenset[NodeSpecAvailability] = frozenset(
    {
        "active",
        "drain",
        "pause",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_node_spec_availability(value: str) -> NodeSpecAvailability:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(NodeSpecAvailability, value)
