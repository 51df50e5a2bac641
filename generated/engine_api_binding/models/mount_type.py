from typing import Literal, cast

MountType = Literal["bind", "cluster", "image", "npipe", "tmpfs", "volume"]

MOUNT_TYPE_VALUES: frozenset[MountType] = frozenset(
    {
        "bind",
        "cluster",
        "image",
        "npipe",
        "tmpfs",
        "volume",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_mount_type(value: str) -> MountType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(MountType, value)
