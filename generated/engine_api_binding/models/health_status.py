from typing import Literal, cast

HealthStatus = Literal["healthy", "none", "starting", "unhealthy"]

HEALTH_STATUS_VALUES: frozenset[HealthStatus] = frozenset(
    {
        "healthy",
        "none",
        "starting",
        "unhealthy",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_health_status(value: str) -> HealthStatus:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(HealthStatus, value)
