from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IPAMStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class IPAMStatus:
    subnets: IPAMStatusSubnets | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subnets: dict[str, Any] | Unset | None
        if isinstance(self.subnets, Unset):
            subnets = UNSET
        elif isinstance(self.subnets, IPAMStatusSubnets):
            subnets = self.subnets.to_dict()
        else:
            subnets = self.subnets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subnets is not UNSET:
            field_dict["Subnets"] = subnets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subnets_data = d.pop("Subnets", UNSET)
        subnets: IPAMStatusSubnets | Unset | None
        if _subnets_data is None or _subnets_data is UNSET:
            subnets = _subnets_data
        elif isinstance(_subnets_data, dict):
            subnets_type_0 = IPAMStatusSubnets.from_dict(_subnets_data)

            subnets = subnets_type_0
        else:
            raise TypeError(
                f"subnets: expected IPAMStatusSubnets | None, got {type(_subnets_data).__name__}: {_subnets_data!r:.200}"
            )

        ipam_status = _new(cls)
        ipam_status.subnets = subnets
        ipam_status.additional_properties = d
        return ipam_status

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


from ..models.ipam_status_subnets import IPAMStatusSubnets
