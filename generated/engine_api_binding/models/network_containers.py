from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkContainers")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkContainers:
    """Sent and accepted by engines up to API 1.51; removed after it.

    Contains endpoints attached to the network.

        Example:
            {'19a4d5d687db25203351ed79d478946f861258f018fe384f229f2efa4b23513c': {'Name': 'test', 'EndpointID':
                '628cadb8bcb92de107b2a1e516cbffe463e321f548feb37697cce00ad694f21a', 'MacAddress': '02:42:ac:13:00:02',
                'IPv4Address': '172.19.0.2/16', 'IPv6Address': ''}}

    """

    additional_properties: dict[str, NetworkContainer] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_containers = _new(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = NetworkContainer.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        network_containers.additional_properties = additional_properties
        return network_containers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> NetworkContainer:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: NetworkContainer) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.network_container import NetworkContainer
