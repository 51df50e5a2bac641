from typing import Literal, cast

BuildCacheType = Literal[
    "exec.cachemount", "frontend", "internal", "regular", "source.git.checkout", "source.local"
]

BUILD_CACHE_TYPE_VALUES: frozenset[BuildCacheType] = frozenset(
    {
        "exec.cachemount",
        "frontend",
        "internal",
        "regular",
        "source.git.checkout",
        "source.local",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_build_cache_type(value: str) -> BuildCacheType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(BuildCacheType, value)
