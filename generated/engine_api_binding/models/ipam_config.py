from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IPAMConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class IPAMConfig:
    subnet: str | Unset = UNSET
    ip_range: str | Unset = UNSET
    gateway: str | Unset = UNSET
    auxiliary_addresses: IPAMConfigAuxiliaryAddresses | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subnet = self.subnet

        ip_range = self.ip_range

        gateway = self.gateway

        auxiliary_addresses: dict[str, Any] | Unset | None
        if isinstance(self.auxiliary_addresses, Unset):
            auxiliary_addresses = UNSET
        elif isinstance(self.auxiliary_addresses, IPAMConfigAuxiliaryAddresses):
            auxiliary_addresses = self.auxiliary_addresses.to_dict()
        else:
            auxiliary_addresses = self.auxiliary_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subnet is not UNSET:
            field_dict["Subnet"] = subnet
        if ip_range is not UNSET:
            field_dict["IPRange"] = ip_range
        if gateway is not UNSET:
            field_dict["Gateway"] = gateway
        if auxiliary_addresses is not UNSET:
            field_dict["AuxiliaryAddresses"] = auxiliary_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subnet = d.pop("Subnet", UNSET)

        ip_range = d.pop("IPRange", UNSET)

        gateway = d.pop("Gateway", UNSET)

        _auxiliary_addresses_data = d.pop("AuxiliaryAddresses", UNSET)
        auxiliary_addresses: IPAMConfigAuxiliaryAddresses | Unset | None
        if _auxiliary_addresses_data is None or _auxiliary_addresses_data is UNSET:
            auxiliary_addresses = _auxiliary_addresses_data
        elif isinstance(_auxiliary_addresses_data, dict):
            auxiliary_addresses_type_0 = IPAMConfigAuxiliaryAddresses.from_dict(
                _auxiliary_addresses_data
            )

            auxiliary_addresses = auxiliary_addresses_type_0
        else:
            raise TypeError(
                f"auxiliary_addresses: expected IPAMConfigAuxiliaryAddresses | None, got {type(_auxiliary_addresses_data).__name__}: {_auxiliary_addresses_data!r:.200}"
            )

        ipam_config = _new(cls)
        ipam_config.subnet = subnet
        ipam_config.ip_range = ip_range
        ipam_config.gateway = gateway
        ipam_config.auxiliary_addresses = auxiliary_addresses
        ipam_config.additional_properties = d
        return ipam_config

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


from ..models.ipam_config_auxiliary_addresses import IPAMConfigAuxiliaryAddresses
