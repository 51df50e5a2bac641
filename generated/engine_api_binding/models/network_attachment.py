from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkAttachment")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkAttachment:
    """Specifies how a task is attached to a network, and the addresses the
    task was assigned on that network.

        Example:
            {'Network': {'ID': '4qvuz4ko70xaltuqbt8956gd1'}, 'Addresses': ['10.255.0.10/16']}

    """

    network: Network | Unset | None = UNSET
    addresses: list[str] | Unset | None = UNSET
    """ The IP addresses (in CIDR notation) assigned to the task on this
    network. To maintain backward compatibility this field accepts CIDR
    notation, but only the IP address is used.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network: dict[str, Any] | Unset | None
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, Network):
            network = self.network.to_dict()
        else:
            network = self.network

        addresses: list[str] | Unset | None
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = self.addresses

        else:
            addresses = self.addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network is not UNSET:
            field_dict["Network"] = network
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _network_data = d.pop("Network", UNSET)
        network: Network | Unset | None
        if _network_data is None or _network_data is UNSET:
            network = _network_data
        elif isinstance(_network_data, dict):
            network_type_0 = Network.from_dict(_network_data)

            network = network_type_0
        else:
            raise TypeError(
                f"network: expected Network | None, got {type(_network_data).__name__}: {_network_data!r:.200}"
            )

        _addresses_data = d.pop("Addresses", UNSET)
        addresses: list[str] | Unset | None
        if _addresses_data is None or _addresses_data is UNSET:
            addresses = _addresses_data
        elif isinstance(_addresses_data, list):
            addresses_type_0 = _addresses_data

            addresses = addresses_type_0
        else:
            raise TypeError(
                f"addresses: expected list[str] | None, got {type(_addresses_data).__name__}: {_addresses_data!r:.200}"
            )

        network_attachment = _new(cls)
        network_attachment.network = network
        network_attachment.addresses = addresses
        network_attachment.additional_properties = d
        return network_attachment

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


from ..models.network import Network
