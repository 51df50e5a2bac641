from typing import Literal, cast

PortSummaryType = Literal["sctp", "tcp", "udp"]

PORT_SUMMARY_TYPE_VALUES: frozenset[PortSummaryType] = frozenset(
    {
        "sctp",
        "tcp",
        "udp",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_port_summary_type(value: str) -> PortSummaryType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(PortSummaryType, value)
