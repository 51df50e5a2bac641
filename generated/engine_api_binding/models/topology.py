from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Topology")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Topology:
    """A map of topological domains to topological segments. For in depth
    details, see documentation for the Topology object in the CSI
    specification.

    """

    segments: TopologySegments | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segments: dict[str, Any] | Unset | None
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, TopologySegments):
            segments = self.segments.to_dict()
        else:
            segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segments is not UNSET:
            field_dict["Segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _segments_data = d.pop("Segments", UNSET)
        segments: TopologySegments | Unset | None
        if _segments_data is None or _segments_data is UNSET:
            segments = _segments_data
        elif isinstance(_segments_data, dict):
            segments_type_0 = TopologySegments.from_dict(_segments_data)

            segments = segments_type_0
        else:
            raise TypeError(
                f"segments: expected None | TopologySegments, got {type(_segments_data).__name__}: {_segments_data!r:.200}"
            )

        topology = _new(cls)
        topology.segments = segments
        topology.additional_properties = d
        return topology

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


from ..models.topology_segments import TopologySegments
