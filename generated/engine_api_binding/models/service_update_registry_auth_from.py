from typing import Literal, cast

ServiceUpdateRegistryAuthFrom = Literal["previous-spec", "spec"]

SERVICE_UPDATE_REGISTRY_AUTH_FROM_VALUES: frozenset[ServiceUpdateRegistryAuthFrom] = frozenset(
    {
        "previous-spec",
        "spec",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_service_update_registry_auth_from(value: str) -> ServiceUpdateRegistryAuthFrom:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ServiceUpdateRegistryAuthFrom, value)
