from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkDisconnectRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkDisconnectRequest:
    """NetworkDisconnectRequest represents the data to be used to disconnect a container from a network."""

    container: str
    """ The ID or name of the container to disconnect from the network. """
    force: bool | Unset = UNSET
    """ Force the container to disconnect from the network. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container = self.container

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Container": container,
            }
        )
        if force is not UNSET:
            field_dict["Force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container = d.pop("Container")

        force = d.pop("Force", UNSET)

        network_disconnect_request = _new(cls)
        network_disconnect_request.container = container
        network_disconnect_request.force = force
        network_disconnect_request.additional_properties = d
        return network_disconnect_request

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
