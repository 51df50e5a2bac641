from typing import Literal, cast

ServiceSpecUpdateConfigFailureAction = Literal["continue", "pause", "rollback"]

SERVICE_SPEC_UPDATE_CONFIG_FAILURE_ACTION_VALUES: frozenset[
    ServiceSpecUpdateConfigFailureAction
] = frozenset(
    {
        "continue",
        "pause",
        "rollback",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_service_spec_update_config_failure_action(
    value: str,
) -> ServiceSpecUpdateConfigFailureAction:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ServiceSpecUpdateConfigFailureAction, value)
