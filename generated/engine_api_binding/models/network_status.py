from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkStatus:
    """provides runtime information about the network such as the number of allocated IPs."""

    ipam: IPAMStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipam: dict[str, Any] | Unset | None
        if isinstance(self.ipam, Unset):
            ipam = UNSET
        elif isinstance(self.ipam, IPAMStatus):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipam is not UNSET:
            field_dict["IPAM"] = ipam

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ipam_data = d.pop("IPAM", UNSET)
        ipam: IPAMStatus | Unset | None
        if _ipam_data is None or _ipam_data is UNSET:
            ipam = _ipam_data
        elif isinstance(_ipam_data, dict):
            ipam_type_0 = IPAMStatus.from_dict(_ipam_data)

            ipam = ipam_type_0
        else:
            raise TypeError(
                f"ipam: expected IPAMStatus | None, got {type(_ipam_data).__name__}: {_ipam_data!r:.200}"
            )

        network_status = _new(cls)
        network_status.ipam = ipam
        network_status.additional_properties = d
        return network_status

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


from ..models.ipam_status import IPAMStatus
