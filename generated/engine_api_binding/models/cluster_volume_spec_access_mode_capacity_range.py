from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterVolumeSpecAccessModeCapacityRange")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterVolumeSpecAccessModeCapacityRange:
    """The desired capacity that the volume should be created with. If
    empty, the plugin will decide the capacity.

    """

    required_bytes: int | Unset = UNSET
    """ The volume must be at least this big. The value of 0
    indicates an unspecified minimum
     """
    limit_bytes: int | Unset = UNSET
    """ The volume must not be bigger than this. The value of 0
    indicates an unspecified maximum.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_bytes = self.required_bytes

        limit_bytes = self.limit_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_bytes is not UNSET:
            field_dict["RequiredBytes"] = required_bytes
        if limit_bytes is not UNSET:
            field_dict["LimitBytes"] = limit_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        required_bytes = d.pop("RequiredBytes", UNSET)

        limit_bytes = d.pop("LimitBytes", UNSET)

        cluster_volume_spec_access_mode_capacity_range = _new(cls)
        cluster_volume_spec_access_mode_capacity_range.required_bytes = required_bytes
        cluster_volume_spec_access_mode_capacity_range.limit_bytes = limit_bytes
        cluster_volume_spec_access_mode_capacity_range.additional_properties = d
        return cluster_volume_spec_access_mode_capacity_range

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
