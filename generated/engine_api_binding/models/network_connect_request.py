from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkConnectRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkConnectRequest:
    """NetworkConnectRequest represents the data to be used to connect a container to a network."""

    container: str
    """ The ID or name of the container to connect to the network. """
    endpoint_config: EndpointSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container = self.container

        endpoint_config: dict[str, Any] | Unset | None
        if isinstance(self.endpoint_config, Unset):
            endpoint_config = UNSET
        elif isinstance(self.endpoint_config, EndpointSettings):
            endpoint_config = self.endpoint_config.to_dict()
        else:
            endpoint_config = self.endpoint_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Container": container,
            }
        )
        if endpoint_config is not UNSET:
            field_dict["EndpointConfig"] = endpoint_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container = d.pop("Container")

        _endpoint_config_data = d.pop("EndpointConfig", UNSET)
        endpoint_config: EndpointSettings | Unset | None
        if _endpoint_config_data is None or _endpoint_config_data is UNSET:
            endpoint_config = _endpoint_config_data
        elif isinstance(_endpoint_config_data, dict):
            endpoint_config_type_0 = EndpointSettings.from_dict(_endpoint_config_data)

            endpoint_config = endpoint_config_type_0
        else:
            raise TypeError(
                f"endpoint_config: expected EndpointSettings | None, got {type(_endpoint_config_data).__name__}: {_endpoint_config_data!r:.200}"
            )

        network_connect_request = _new(cls)
        network_connect_request.container = container
        network_connect_request.endpoint_config = endpoint_config
        network_connect_request.additional_properties = d
        return network_connect_request

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


from ..models.endpoint_settings import EndpointSettings
