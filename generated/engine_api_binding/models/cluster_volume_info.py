from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterVolumeInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterVolumeInfo:
    """Information about the global status of the volume."""

    capacity_bytes: int | Unset = UNSET
    """ The capacity of the volume in bytes. A value of 0 indicates that
    the capacity is unknown.
     """
    volume_context: ClusterVolumeInfoVolumeContext | Unset | None = UNSET
    """ A map of strings to strings returned from the storage plugin when
    the volume is created.
     """
    volume_id: str | Unset = UNSET
    """ The ID of the volume as returned by the CSI storage plugin. This
    is distinct from the volume's ID as provided by Docker. This ID
    is never used by the user when communicating with Docker to refer
    to this volume. If the ID is blank, then the Volume has not been
    successfully created in the plugin yet.
     """
    accessible_topology: list[Topology] | Unset | None = UNSET
    """ The topology this volume is actually accessible from.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_bytes = self.capacity_bytes

        volume_context: dict[str, Any] | Unset | None
        if isinstance(self.volume_context, Unset):
            volume_context = UNSET
        elif isinstance(self.volume_context, ClusterVolumeInfoVolumeContext):
            volume_context = self.volume_context.to_dict()
        else:
            volume_context = self.volume_context

        volume_id = self.volume_id

        accessible_topology: list[dict[str, Any]] | Unset | None
        if isinstance(self.accessible_topology, Unset):
            accessible_topology = UNSET
        elif isinstance(self.accessible_topology, list):
            accessible_topology = []
            for accessible_topology_type_0_item_data in self.accessible_topology:
                accessible_topology_type_0_item = accessible_topology_type_0_item_data.to_dict()
                accessible_topology.append(accessible_topology_type_0_item)

        else:
            accessible_topology = self.accessible_topology

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_bytes is not UNSET:
            field_dict["CapacityBytes"] = capacity_bytes
        if volume_context is not UNSET:
            field_dict["VolumeContext"] = volume_context
        if volume_id is not UNSET:
            field_dict["VolumeID"] = volume_id
        if accessible_topology is not UNSET:
            field_dict["AccessibleTopology"] = accessible_topology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity_bytes = d.pop("CapacityBytes", UNSET)

        _volume_context_data = d.pop("VolumeContext", UNSET)
        volume_context: ClusterVolumeInfoVolumeContext | Unset | None
        if _volume_context_data is None or _volume_context_data is UNSET:
            volume_context = _volume_context_data
        elif isinstance(_volume_context_data, dict):
            volume_context_type_0 = ClusterVolumeInfoVolumeContext.from_dict(_volume_context_data)

            volume_context = volume_context_type_0
        else:
            raise TypeError(
                f"volume_context: expected ClusterVolumeInfoVolumeContext | None, got {type(_volume_context_data).__name__}: {_volume_context_data!r:.200}"
            )

        volume_id = d.pop("VolumeID", UNSET)

        _accessible_topology_data = d.pop("AccessibleTopology", UNSET)
        accessible_topology: list[Topology] | Unset | None
        if _accessible_topology_data is None or _accessible_topology_data is UNSET:
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

        cluster_volume_info = _new(cls)
        cluster_volume_info.capacity_bytes = capacity_bytes
        cluster_volume_info.volume_context = volume_context
        cluster_volume_info.volume_id = volume_id
        cluster_volume_info.accessible_topology = accessible_topology
        cluster_volume_info.additional_properties = d
        return cluster_volume_info

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


from ..models.cluster_volume_info_volume_context import ClusterVolumeInfoVolumeContext
from ..models.topology import Topology
