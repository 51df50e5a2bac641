from typing import Literal, cast

ServiceSpecUpdateConfigOrder = Literal["start-first", "stop-first"]

SERVICE_SPEC_UPDATE_CONFIG_ORDER_VALUES: frozenset[ServiceSpecUpdateConfigOrder] = frozenset(
    {
        "start-first",
        "stop-first",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_service_spec_update_config_order(value: str) -> ServiceSpecUpdateConfigOrder:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ServiceSpecUpdateConfigOrder, value)
