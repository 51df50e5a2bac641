from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkingConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkingConfig:
    """NetworkingConfig represents the container's networking configuration for
    each of its interfaces.
    It is used for the networking configs specified in the `docker create`
    and `docker network connect` commands.

        Example:
            {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address': '172.20.30.33', 'IPv6Address':
                '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68', 'fe80::3468']}, 'MacAddress': '02:42:ac:12:05:02',
                'Links': ['container_1', 'container_2'], 'Aliases': ['server_x', 'server_y']}, 'database_nw': {}}}

    """

    endpoints_config: NetworkingConfigEndpointsConfig | Unset | None = UNSET
    """ A mapping of network name to endpoint configuration for that network.
    The endpoint configuration can be left empty to connect to that
    network with no particular endpoint configuration.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoints_config: dict[str, Any] | Unset | None
        if isinstance(self.endpoints_config, Unset):
            endpoints_config = UNSET
        elif isinstance(self.endpoints_config, NetworkingConfigEndpointsConfig):
            endpoints_config = self.endpoints_config.to_dict()
        else:
            endpoints_config = self.endpoints_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoints_config is not UNSET:
            field_dict["EndpointsConfig"] = endpoints_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _endpoints_config_data = d.pop("EndpointsConfig", UNSET)
        endpoints_config: NetworkingConfigEndpointsConfig | Unset | None
        if _endpoints_config_data is None or _endpoints_config_data is UNSET:
            endpoints_config = _endpoints_config_data
        elif isinstance(_endpoints_config_data, dict):
            endpoints_config_type_0 = NetworkingConfigEndpointsConfig.from_dict(
                _endpoints_config_data
            )

            endpoints_config = endpoints_config_type_0
        else:
            raise TypeError(
                f"endpoints_config: expected NetworkingConfigEndpointsConfig | None, got {type(_endpoints_config_data).__name__}: {_endpoints_config_data!r:.200}"
            )

        networking_config = _new(cls)
        networking_config.endpoints_config = endpoints_config
        networking_config.additional_properties = d
        return networking_config

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


from ..models.networking_config_endpoints_config import NetworkingConfigEndpointsConfig
