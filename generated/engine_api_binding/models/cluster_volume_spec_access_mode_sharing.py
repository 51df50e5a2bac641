from typing import Literal, cast

ClusterVolumeSpecAccessModeSharing = Literal["all", "none", "onewriter", "readonly"]

CLUSTER_VOLUME_SPEC_ACCESS_MODE_SHARING_VALUES: frozenset[ClusterVolumeSpecAccessModeSharing] = (
    frozenset(
        {
            "all",
            "none",
            "onewriter",
            "readonly",
        }
    )
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_cluster_volume_spec_access_mode_sharing(value: str) -> ClusterVolumeSpecAccessModeSharing:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ClusterVolumeSpecAccessModeSharing, value)
