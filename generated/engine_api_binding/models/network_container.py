from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkContainer")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkContainer:
    name: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    mac_address: str | Unset = UNSET
    ipv4_address: str | Unset = UNSET
    ipv6_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        endpoint_id = self.endpoint_id

        mac_address = self.mac_address

        ipv4_address = self.ipv4_address

        ipv6_address = self.ipv6_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if mac_address is not UNSET:
            field_dict["MacAddress"] = mac_address
        if ipv4_address is not UNSET:
            field_dict["IPv4Address"] = ipv4_address
        if ipv6_address is not UNSET:
            field_dict["IPv6Address"] = ipv6_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        endpoint_id = d.pop("EndpointID", UNSET)

        mac_address = d.pop("MacAddress", UNSET)

        ipv4_address = d.pop("IPv4Address", UNSET)

        ipv6_address = d.pop("IPv6Address", UNSET)

        network_container = _new(cls)
        network_container.name = name
        network_container.endpoint_id = endpoint_id
        network_container.mac_address = mac_address
        network_container.ipv4_address = ipv4_address
        network_container.ipv6_address = ipv6_address
        network_container.additional_properties = d
        return network_container

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
