from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IPAMStatusSubnets")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class IPAMStatusSubnets:
    """
    Example:
        {'172.16.0.0/16': {'IPsInUse': 3, 'DynamicIPsAvailable': 65533}, '2001:db8:abcd:0012::0/96': {'IPsInUse': 5,
            'DynamicIPsAvailable': 4294967291}}

    """

    additional_properties: dict[str, SubnetStatus] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ipam_status_subnets = _new(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SubnetStatus.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        ipam_status_subnets.additional_properties = additional_properties
        return ipam_status_subnets

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SubnetStatus:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SubnetStatus) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.subnet_status import SubnetStatus
