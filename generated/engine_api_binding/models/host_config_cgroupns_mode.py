from typing import Literal, cast

HostConfigCgroupnsMode = Literal["host", "private"]

HOST_CONFIG_CGROUPNS_MODE_VALUES: frozenset[HostConfigCgroupnsMode] = frozenset(
    {
        "host",
        "private",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_host_config_cgroupns_mode(value: str) -> HostConfigCgroupnsMode:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(HostConfigCgroupnsMode, value)
