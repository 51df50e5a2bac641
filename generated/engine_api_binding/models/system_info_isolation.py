from typing import Literal, cast

SystemInfoIsolation = Literal["", "default", "hyperv", "process"]

SYSTEM_INFO_ISOLATION_VALUES: frozenset[SystemInfoIsolation] = frozenset(
    {
        "",
        "default",
        "hyperv",
        "process",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_system_info_isolation(value: str) -> SystemInfoIsolation:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(SystemInfoIsolation, value)
