from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointIPAMConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class EndpointIPAMConfig:
    """EndpointIPAMConfig represents an endpoint's IPAM configuration."""

    ipv4_address: str | Unset = UNSET
    ipv6_address: str | Unset = UNSET
    link_local_ips: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipv4_address = self.ipv4_address

        ipv6_address = self.ipv6_address

        link_local_ips: list[str] | Unset | None
        if isinstance(self.link_local_ips, Unset):
            link_local_ips = UNSET
        elif isinstance(self.link_local_ips, list):
            link_local_ips = self.link_local_ips

        else:
            link_local_ips = self.link_local_ips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipv4_address is not UNSET:
            field_dict["IPv4Address"] = ipv4_address
        if ipv6_address is not UNSET:
            field_dict["IPv6Address"] = ipv6_address
        if link_local_ips is not UNSET:
            field_dict["LinkLocalIPs"] = link_local_ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ipv4_address = d.pop("IPv4Address", UNSET)

        ipv6_address = d.pop("IPv6Address", UNSET)

        _link_local_ips_data = d.pop("LinkLocalIPs", UNSET)
        link_local_ips: list[str] | Unset | None
        if _link_local_ips_data is None or _link_local_ips_data is UNSET:
            link_local_ips = _link_local_ips_data
        elif isinstance(_link_local_ips_data, list):
            link_local_ips_type_0 = _link_local_ips_data

            link_local_ips = link_local_ips_type_0
        else:
            raise TypeError(
                f"link_local_ips: expected list[str] | None, got {type(_link_local_ips_data).__name__}: {_link_local_ips_data!r:.200}"
            )

        endpoint_ipam_config = _new(cls)
        endpoint_ipam_config.ipv4_address = ipv4_address
        endpoint_ipam_config.ipv6_address = ipv6_address
        endpoint_ipam_config.link_local_ips = link_local_ips
        endpoint_ipam_config.additional_properties = d
        return endpoint_ipam_config

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
