from typing import Literal, cast

ServiceSpecRollbackConfigFailureAction = Literal["continue", "pause"]

SERVICE_SPEC_ROLLBACK_CONFIG_FAILURE_ACTION_VALUES: frozenset[
    ServiceSpecRollbackConfigFailureAction
] = frozenset(
    {
        "continue",
        "pause",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_service_spec_rollback_config_failure_action(
    value: str,
) -> ServiceSpecRollbackConfigFailureAction:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ServiceSpecRollbackConfigFailureAction, value)
