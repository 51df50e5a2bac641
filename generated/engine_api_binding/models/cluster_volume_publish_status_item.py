from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_volume_publish_status_item_state import (
    ClusterVolumePublishStatusItemState,
    check_cluster_volume_publish_status_item_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterVolumePublishStatusItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterVolumePublishStatusItem:
    node_id: str | Unset = UNSET
    """ The ID of the Swarm node the volume is published on.
     """
    state: ClusterVolumePublishStatusItemState | Unset = UNSET
    """ The published state of the volume.
    * `pending-publish` The volume should be published to this node, but the call to the controller plugin to do so
    has not yet been successfully completed.
    * `published` The volume is published successfully to the node.
    * `pending-node-unpublish` The volume should be unpublished from the node, and the manager is awaiting
    confirmation from the worker that it has done so.
    * `pending-controller-unpublish` The volume is successfully unpublished from the node, but has not yet been
    successfully unpublished on the controller.
     """
    publish_context: ClusterVolumePublishStatusItemPublishContext | Unset | None = UNSET
    """ A map of strings to strings returned by the CSI controller
    plugin when a volume is published.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        publish_context: dict[str, Any] | Unset | None
        if isinstance(self.publish_context, Unset):
            publish_context = UNSET
        elif isinstance(self.publish_context, ClusterVolumePublishStatusItemPublishContext):
            publish_context = self.publish_context.to_dict()
        else:
            publish_context = self.publish_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["NodeID"] = node_id
        if state is not UNSET:
            field_dict["State"] = state
        if publish_context is not UNSET:
            field_dict["PublishContext"] = publish_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("NodeID", UNSET)

        _state = d.pop("State", UNSET)
        state: ClusterVolumePublishStatusItemState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = check_cluster_volume_publish_status_item_state(_state)

        _publish_context_data = d.pop("PublishContext", UNSET)
        publish_context: ClusterVolumePublishStatusItemPublishContext | Unset | None
        if _publish_context_data is None or _publish_context_data is UNSET:
            publish_context = _publish_context_data
        elif isinstance(_publish_context_data, dict):
            publish_context_type_0 = ClusterVolumePublishStatusItemPublishContext.from_dict(
                _publish_context_data
            )

            publish_context = publish_context_type_0
        else:
            raise TypeError(
                f"publish_context: expected ClusterVolumePublishStatusItemPublishContext | None, got {type(_publish_context_data).__name__}: {_publish_context_data!r:.200}"
            )

        cluster_volume_publish_status_item = _new(cls)
        cluster_volume_publish_status_item.node_id = node_id
        cluster_volume_publish_status_item.state = state
        cluster_volume_publish_status_item.publish_context = publish_context
        cluster_volume_publish_status_item.additional_properties = d
        return cluster_volume_publish_status_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.cluster_volume_publish_status_item_publish_context import (
    ClusterVolumePublishStatusItemPublishContext,
)
