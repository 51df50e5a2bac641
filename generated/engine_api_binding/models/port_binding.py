from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortBinding")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PortBinding:
    """PortBinding represents a binding between a host IP address and a host
    port.

    """

    host_ip: str | Unset = UNSET
    """ Host IP address that the container's port is mapped to. """
    host_port: str | Unset = UNSET
    """ Host port number that the container's port is mapped to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_ip = self.host_ip

        host_port = self.host_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host_ip is not UNSET:
            field_dict["HostIp"] = host_ip
        if host_port is not UNSET:
            field_dict["HostPort"] = host_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host_ip = d.pop("HostIp", UNSET)

        host_port = d.pop("HostPort", UNSET)

        port_binding = _new(cls)
        port_binding.host_ip = host_ip
        port_binding.host_port = host_port
        port_binding.additional_properties = d
        return port_binding

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
