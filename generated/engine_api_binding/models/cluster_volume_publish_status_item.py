from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model
from ..models.cluster_volume_publish_status_item_state import (
    ClusterVolumePublishStatusItemState,
    check_cluster_volume_publish_status_item_state,
)

T = TypeVar("T", bound="ClusterVolumePublishStatusItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumePublishStatusItem(Model):
    __match_args__ = (
        "node_id",
        "state",
        "publish_context",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    node_id: str | None
    """ The ID of the Swarm node the volume is published on.
     """
    state: ClusterVolumePublishStatusItemState | None
    """ The published state of the volume.
    * `pending-publish` The volume should be published to this node, but the call to the controller plugin to do so
    has not yet been successfully completed.
    * `published` The volume is published successfully to the node.
    * `pending-node-unpublish` The volume should be unpublished from the node, and the manager is awaiting
    confirmation from the worker that it has done so.
    * `pending-controller-unpublish` The volume is successfully unpublished from the node, but has not yet been
    successfully unpublished on the controller.
     """
    publish_context: ClusterVolumePublishStatusItemPublishContext | None
    """ A map of strings to strings returned by the CSI controller
    plugin when a volume is published.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        node_id: str | None = None,
        state: ClusterVolumePublishStatusItemState | None = None,
        publish_context: ClusterVolumePublishStatusItemPublishContext | None = None,
    ) -> None:
        self.node_id = node_id
        self.state = state
        self.publish_context = publish_context
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_id is not None:
            field_dict["NodeID"] = self.node_id
        elif "NodeID" in self._sent:
            field_dict["NodeID"] = None

        state = self.state
        if state is not None:
            state_json: str = state
            field_dict["State"] = state_json
        elif "State" in self._sent:
            field_dict["State"] = None

        publish_context = self.publish_context
        if publish_context is not None:
            publish_context_json: dict[str, Any] | None
            if isinstance(publish_context, ClusterVolumePublishStatusItemPublishContext):
                publish_context_json = publish_context.to_dict()
            else:
                publish_context_json = publish_context
            field_dict["PublishContext"] = publish_context_json
        elif "PublishContext" in self._sent:
            field_dict["PublishContext"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        node_id = d.pop("NodeID", None)

        _state_src = d.pop("State", None)
        state: ClusterVolumePublishStatusItemState | None
        if _state_src is None:
            state = None
        else:
            state_value = check_cluster_volume_publish_status_item_state(_state_src)

            state = state_value

        d.pop("PublishContext", None)

        cluster_volume_publish_status_item = _new(cls)
        cluster_volume_publish_status_item._sent = src_dict
        cluster_volume_publish_status_item.node_id = node_id
        cluster_volume_publish_status_item.state = state
        cluster_volume_publish_status_item.additional_properties = d
        return cluster_volume_publish_status_item

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "publish_context",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "publish_context":
            _publish_context_data = src.get("PublishContext")
            publish_context: ClusterVolumePublishStatusItemPublishContext | None
            if _publish_context_data is None:
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

            return publish_context
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "NodeID": "node_id",
        "State": "state",
        "PublishContext": "publish_context",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NodeID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["State"]) -> ClusterVolumePublishStatusItemState: ...
        @overload
        def __getitem__(
            self, key: Literal["PublishContext"]
        ) -> ClusterVolumePublishStatusItemPublishContext: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["NodeID"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["State"], default: None = None
        ) -> ClusterVolumePublishStatusItemState | None: ...
        @overload
        def get(
            self, key: Literal["PublishContext"], default: None = None
        ) -> ClusterVolumePublishStatusItemPublishContext | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_volume_publish_status_item_publish_context import (
    ClusterVolumePublishStatusItemPublishContext,
)
