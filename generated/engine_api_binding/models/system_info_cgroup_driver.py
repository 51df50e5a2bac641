from typing import Literal, cast

SystemInfoCgroupDriver = Literal["cgroupfs", "none", "systemd"]

SYSTEM_INFO_CGROUP_DRIVER_VALUES: frozenset[SystemInfoCgroupDriver] = frozenset(
    {
        "cgroupfs",
        "none",
        "systemd",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_system_info_cgroup_driver(value: str) -> SystemInfoCgroupDriver:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(SystemInfoCgroupDriver, value)
