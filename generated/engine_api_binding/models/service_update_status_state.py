from typing import Literal, cast

ServiceUpdateStatusState = Literal["completed", "paused", "updating"]

SERVICE_UPDATE_STATUS_STATE_VALUES: frozenset[ServiceUpdateStatusState] = frozenset(
    {
        "completed",
        "paused",
        "updating",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_service_update_status_state(value: str) -> ServiceUpdateStatusState:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ServiceUpdateStatusState, value)
