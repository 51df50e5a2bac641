from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubnetStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SubnetStatus:
    ips_in_use: int | Unset = UNSET
    """ Number of IP addresses in the subnet that are in use or reserved and are therefore unavailable for
    allocation, saturating at 2<sup>64</sup> - 1.
     """
    dynamic_ips_available: int | Unset = UNSET
    """ Number of IP addresses within the network's IPRange for the subnet that are available for allocation,
    saturating at 2<sup>64</sup> - 1.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ips_in_use = self.ips_in_use

        dynamic_ips_available = self.dynamic_ips_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ips_in_use is not UNSET:
            field_dict["IPsInUse"] = ips_in_use
        if dynamic_ips_available is not UNSET:
            field_dict["DynamicIPsAvailable"] = dynamic_ips_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ips_in_use = d.pop("IPsInUse", UNSET)

        dynamic_ips_available = d.pop("DynamicIPsAvailable", UNSET)

        subnet_status = _new(cls)
        subnet_status.ips_in_use = ips_in_use
        subnet_status.dynamic_ips_available = dynamic_ips_available
        subnet_status.additional_properties = d
        return subnet_status

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
