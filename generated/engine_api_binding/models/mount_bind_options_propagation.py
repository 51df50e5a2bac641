from typing import Literal, cast

MountBindOptionsPropagation = Literal["private", "rprivate", "rshared", "rslave", "shared", "slave"]

MOUNT_BIND_OPTIONS_PROPAGATION_VALUES: frozenset[MountBindOptionsPropagation] = frozenset(
    {
        "private",
        "rprivate",
        "rshared",
        "rslave",
        "shared",
        "slave",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_mount_bind_options_propagation(value: str) -> MountBindOptionsPropagation:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(MountBindOptionsPropagation, value)
