from typing import Literal, cast

ClusterVolumeSpecAccessModeScope = Literal["multi", "single"]

CLUSTER_VOLUME_SPEC_ACCESS_MODE_SCOPE_VALUES: frozenset[ClusterVolumeSpecAccessModeScope] = (
    frozenset(
        {
            "multi",
            "single",
        }
    )
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_cluster_volume_spec_access_mode_scope(value: str) -> ClusterVolumeSpecAccessModeScope:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ClusterVolumeSpecAccessModeScope, value)
