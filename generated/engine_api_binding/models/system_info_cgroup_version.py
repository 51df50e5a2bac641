from typing import Literal, cast

SystemInfoCgroupVersion = Literal["1", "2"]

SYSTEM_INFO_CGROUP_VERSION_VALUES: frozenset[SystemInfoCgroupVersion] = frozenset(
    {
        "1",
        "2",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_system_info_cgroup_version(value: str) -> SystemInfoCgroupVersion:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(SystemInfoCgroupVersion, value)
