from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkPruneResponse")


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

        def _parse_networks_deleted(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"networks_deleted: expected list[str] | None, got {type(data).__name__}: {data!r:.200}"
                )
            networks_deleted_type_0 = cast(list[str], data)

            return networks_deleted_type_0

        networks_deleted = _parse_networks_deleted(d.pop("NetworksDeleted", UNSET))

        network_prune_response = cls(
            networks_deleted=networks_deleted,
        )

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
