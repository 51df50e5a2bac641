from typing import Literal, cast

ClusterVolumePublishStatusItemState = Literal[
    "pending-controller-unpublish", "pending-node-unpublish", "pending-publish", "published"
]

CLUSTER_VOLUME_PUBLISH_STATUS_ITEM_STATE_VALUES: frozenset[ClusterVolumePublishStatusItemState] = (
    frozenset(
        {
            "pending-controller-unpublish",
            "pending-node-unpublish",
            "pending-publish",
            "published",
        }
    )
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_cluster_volume_publish_status_item_state(
    value: str,
) -> ClusterVolumePublishStatusItemState:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ClusterVolumePublishStatusItemState, value)
