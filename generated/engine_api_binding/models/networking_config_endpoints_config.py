from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkingConfigEndpointsConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkingConfigEndpointsConfig:
    """A mapping of network name to endpoint configuration for that network.
    The endpoint configuration can be left empty to connect to that
    network with no particular endpoint configuration.

    """

    additional_properties: dict[str, EndpointSettings] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        networking_config_endpoints_config = _new(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EndpointSettings.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        networking_config_endpoints_config.additional_properties = additional_properties
        return networking_config_endpoints_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EndpointSettings:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EndpointSettings) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.endpoint_settings import EndpointSettings
