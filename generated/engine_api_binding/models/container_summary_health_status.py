from typing import Literal, cast

ContainerSummaryHealthStatus = Literal["healthy", "none", "starting", "unhealthy"]

CONTAINER_SUMMARY_HEALTH_STATUS_VALUES: frozenset[ContainerSummaryHealthStatus] = frozenset(
    {
        "healthy",
        "none",
        "starting",
        "unhealthy",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_container_summary_health_status(value: str) -> ContainerSummaryHealthStatus:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ContainerSummaryHealthStatus, value)
