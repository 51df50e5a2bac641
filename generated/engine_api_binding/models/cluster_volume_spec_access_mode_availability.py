from typing import Literal, cast

ClusterVolumeSpecAccessModeAvailability = Literal["active", "drain", "pause"]

CLUSTER_VOLUME_SPEC_ACCESS_MODE_AVAILABILITY_VALUES: frozenset[
    ClusterVolumeSpecAccessModeAvailability
] = frozenset(
    {
        "active",
        "drain",
        "pause",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_cluster_volume_spec_access_mode_availability(
    value: str,
) -> ClusterVolumeSpecAccessModeAvailability:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ClusterVolumeSpecAccessModeAvailability, value)
