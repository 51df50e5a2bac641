from typing import Literal, cast

ServiceSpecRollbackConfigOrder = Literal["start-first", "stop-first"]

SERVICE_SPEC_ROLLBACK_CONFIG_ORDER_VALUES: frozenset[ServiceSpecRollbackConfigOrder] = frozenset(
    {
        "start-first",
        "stop-first",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_service_spec_rollback_config_order(value: str) -> ServiceSpecRollbackConfigOrder:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ServiceSpecRollbackConfigOrder, value)
