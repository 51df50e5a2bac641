from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plugin_config_interface_protocol_scheme import (
    PluginConfigInterfaceProtocolScheme,
    check_plugin_config_interface_protocol_scheme,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginConfigInterface")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PluginConfigInterface:
    """The interface between Docker and the plugin"""

    types: list[str] | None
    socket: str
    protocol_scheme: PluginConfigInterfaceProtocolScheme | Unset = UNSET
    """ Protocol to use for clients connecting to the plugin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        types: list[str] | None
        if isinstance(self.types, list):
            types = self.types

        else:
            types = self.types

        socket = self.socket

        protocol_scheme: str | Unset = UNSET
        if not isinstance(self.protocol_scheme, Unset):
            protocol_scheme = self.protocol_scheme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Types": types,
                "Socket": socket,
            }
        )
        if protocol_scheme is not UNSET:
            field_dict["ProtocolScheme"] = protocol_scheme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _types_data = d.pop("Types")
        types: list[str] | None
        if _types_data is None:
            types = _types_data
        elif isinstance(_types_data, list):
            types_type_0 = _types_data

            types = types_type_0
        else:
            raise TypeError(
                f"types: expected list[str] | None, got {type(_types_data).__name__}: {_types_data!r:.200}"
            )

        socket = d.pop("Socket")

        _protocol_scheme = d.pop("ProtocolScheme", UNSET)
        protocol_scheme: PluginConfigInterfaceProtocolScheme | Unset
        if _protocol_scheme is UNSET:
            protocol_scheme = UNSET
        else:
            protocol_scheme = check_plugin_config_interface_protocol_scheme(_protocol_scheme)

        plugin_config_interface = _new(cls)
        plugin_config_interface.types = types
        plugin_config_interface.socket = socket
        plugin_config_interface.protocol_scheme = protocol_scheme
        plugin_config_interface.additional_properties = d
        return plugin_config_interface

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
