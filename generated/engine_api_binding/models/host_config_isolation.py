from typing import Literal, cast

HostConfigIsolation = Literal["", "default", "hyperv", "process"]

HOST_CONFIG_ISOLATION_VALUES: frozenset[HostConfigIsolation] = frozenset(
    {
        "",
        "default",
        "hyperv",
        "process",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_host_config_isolation(value: str) -> HostConfigIsolation:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(HostConfigIsolation, value)
