from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ipam_status_subnets import IPAMStatusSubnets


T = TypeVar("T", bound="IPAMStatus")


@_attrs_define
class IPAMStatus:
    subnets: IPAMStatusSubnets | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ipam_status_subnets import IPAMStatusSubnets

        subnets: dict[str, Any] | Unset | None
        if isinstance(self.subnets, Unset):
            subnets = UNSET
        elif isinstance(self.subnets, IPAMStatusSubnets):
            subnets = self.subnets.to_dict()
        else:
            subnets = self.subnets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subnets is not UNSET:
            field_dict["Subnets"] = subnets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ipam_status_subnets import IPAMStatusSubnets

        d = dict(src_dict)

        def _parse_subnets(data: object) -> IPAMStatusSubnets | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"subnets: expected IPAMStatusSubnets | None, got {type(data).__name__}: {data!r:.200}"
                )
            subnets_type_0 = IPAMStatusSubnets.from_dict(data)

            return subnets_type_0

        subnets = _parse_subnets(d.pop("Subnets", UNSET))

        ipam_status = cls(
            subnets=subnets,
        )

        ipam_status.additional_properties = d
        return ipam_status

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
