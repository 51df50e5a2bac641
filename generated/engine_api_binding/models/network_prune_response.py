from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkPruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkPruneResponse:
    networks_deleted: list[str] | Unset | None = UNSET
    """ Networks that were deleted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        networks_deleted: list[str] | Unset | None
        if isinstance(self.networks_deleted, Unset):
            networks_deleted = UNSET
        elif isinstance(self.networks_deleted, list):
            networks_deleted = self.networks_deleted

        else:
            networks_deleted = self.networks_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if networks_deleted is not UNSET:
            field_dict["NetworksDeleted"] = networks_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _networks_deleted_data = d.pop("NetworksDeleted", UNSET)
        networks_deleted: list[str] | Unset | None
        if _networks_deleted_data is None or _networks_deleted_data is UNSET:
            networks_deleted = _networks_deleted_data
        elif isinstance(_networks_deleted_data, list):
            networks_deleted_type_0 = _networks_deleted_data

            networks_deleted = networks_deleted_type_0
        else:
            raise TypeError(
                f"networks_deleted: expected list[str] | None, got {type(_networks_deleted_data).__name__}: {_networks_deleted_data!r:.200}"
            )

        network_prune_response = _new(cls)
        network_prune_response.networks_deleted = networks_deleted
        network_prune_response.additional_properties = d
        return network_prune_response

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
