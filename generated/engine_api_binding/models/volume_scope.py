from typing import Literal, cast

VolumeScope = Literal["global", "local"]

VOLUME_SCOPE_VALUES: frozenset[VolumeScope] = frozenset(
    {
        "global",
        "local",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_volume_scope(value: str) -> VolumeScope:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(VolumeScope, value)
