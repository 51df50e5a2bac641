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

T = TypeVar("T", bound="ClusterVolumeInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumeInfo(Model):
    """Information about the global status of the volume."""

    __match_args__ = (
        "capacity_bytes",
        "volume_context",
        "volume_id",
        "accessible_topology",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    capacity_bytes: int | None
    """ The capacity of the volume in bytes. A value of 0 indicates that
    the capacity is unknown.
     """
    volume_context: ClusterVolumeInfoVolumeContext | None
    """ A map of strings to strings returned from the storage plugin when
    the volume is created.
     """
    volume_id: str | None
    """ The ID of the volume as returned by the CSI storage plugin. This
    is distinct from the volume's ID as provided by Docker. This ID
    is never used by the user when communicating with Docker to refer
    to this volume. If the ID is blank, then the Volume has not been
    successfully created in the plugin yet.
     """
    accessible_topology: list[Topology] | None
    """ The topology this volume is actually accessible from.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        capacity_bytes: int | None = None,
        volume_context: ClusterVolumeInfoVolumeContext | None = None,
        volume_id: str | None = None,
        accessible_topology: list[Topology] | None = None,
    ) -> None:
        self.capacity_bytes = capacity_bytes
        self.volume_context = volume_context
        self.volume_id = volume_id
        self.accessible_topology = accessible_topology
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.capacity_bytes is not None:
            field_dict["CapacityBytes"] = self.capacity_bytes
        elif "CapacityBytes" in self._sent:
            field_dict["CapacityBytes"] = None

        volume_context = self.volume_context
        if volume_context is not None:
            volume_context_json: dict[str, Any] | None
            if isinstance(volume_context, ClusterVolumeInfoVolumeContext):
                volume_context_json = volume_context.to_dict()
            else:
                volume_context_json = volume_context
            field_dict["VolumeContext"] = volume_context_json
        elif "VolumeContext" in self._sent:
            field_dict["VolumeContext"] = None

        if self.volume_id is not None:
            field_dict["VolumeID"] = self.volume_id
        elif "VolumeID" in self._sent:
            field_dict["VolumeID"] = None

        accessible_topology = self.accessible_topology
        if accessible_topology is not None:
            accessible_topology_json: list[dict[str, Any]] | None
            if isinstance(accessible_topology, list):
                accessible_topology_json = []
                for accessible_topology_type_0_item_data in accessible_topology:
                    accessible_topology_type_0_item = accessible_topology_type_0_item_data.to_dict()
                    accessible_topology_json.append(accessible_topology_type_0_item)

            else:
                accessible_topology_json = accessible_topology
            field_dict["AccessibleTopology"] = accessible_topology_json
        elif "AccessibleTopology" in self._sent:
            field_dict["AccessibleTopology"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        capacity_bytes = d.pop("CapacityBytes", None)

        d.pop("VolumeContext", None)

        volume_id = d.pop("VolumeID", None)

        d.pop("AccessibleTopology", None)

        cluster_volume_info = _new(cls)
        cluster_volume_info._sent = src_dict
        cluster_volume_info.capacity_bytes = capacity_bytes
        cluster_volume_info.volume_id = volume_id
        cluster_volume_info.additional_properties = d
        return cluster_volume_info

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "volume_context",
            "accessible_topology",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "volume_context":
            _volume_context_data = src.get("VolumeContext")
            volume_context: ClusterVolumeInfoVolumeContext | None
            if _volume_context_data is None:
                volume_context = _volume_context_data
            elif isinstance(_volume_context_data, dict):
                volume_context_type_0 = ClusterVolumeInfoVolumeContext.from_dict(
                    _volume_context_data
                )

                volume_context = volume_context_type_0
            else:
                raise TypeError(
                    f"volume_context: expected ClusterVolumeInfoVolumeContext | None, got {type(_volume_context_data).__name__}: {_volume_context_data!r:.200}"
                )

            return volume_context
        if deferred_name == "accessible_topology":
            _accessible_topology_data = src.get("AccessibleTopology")
            accessible_topology: list[Topology] | None
            if _accessible_topology_data is None:
                accessible_topology = _accessible_topology_data
            elif isinstance(_accessible_topology_data, list):
                accessible_topology_type_0 = []
                _accessible_topology_type_0 = _accessible_topology_data
                for accessible_topology_type_0_item_data in _accessible_topology_type_0:
                    accessible_topology_type_0_item = Topology.from_dict(
                        accessible_topology_type_0_item_data
                    )

                    accessible_topology_type_0.append(accessible_topology_type_0_item)

                accessible_topology = accessible_topology_type_0
            else:
                raise TypeError(
                    f"accessible_topology: expected list[Topology] | None, got {type(_accessible_topology_data).__name__}: {_accessible_topology_data!r:.200}"
                )

            return accessible_topology
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "CapacityBytes": "capacity_bytes",
        "VolumeContext": "volume_context",
        "VolumeID": "volume_id",
        "AccessibleTopology": "accessible_topology",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["CapacityBytes"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["VolumeContext"]) -> ClusterVolumeInfoVolumeContext: ...
        @overload
        def __getitem__(self, key: Literal["VolumeID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["AccessibleTopology"]) -> list[Topology]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["CapacityBytes"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["VolumeContext"], default: None = None
        ) -> ClusterVolumeInfoVolumeContext | None: ...
        @overload
        def get(self, key: Literal["VolumeID"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["AccessibleTopology"], default: None = None
        ) -> list[Topology] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_volume_info_volume_context import ClusterVolumeInfoVolumeContext
from ..models.topology import Topology
