from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerPruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerPruneResponse:
    containers_deleted: list[str] | Unset | None = UNSET
    """ Container IDs that were deleted """
    space_reclaimed: int | Unset = UNSET
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers_deleted: list[str] | Unset | None
        if isinstance(self.containers_deleted, Unset):
            containers_deleted = UNSET
        elif isinstance(self.containers_deleted, list):
            containers_deleted = self.containers_deleted

        else:
            containers_deleted = self.containers_deleted

        space_reclaimed = self.space_reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if containers_deleted is not UNSET:
            field_dict["ContainersDeleted"] = containers_deleted
        if space_reclaimed is not UNSET:
            field_dict["SpaceReclaimed"] = space_reclaimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _containers_deleted_data = d.pop("ContainersDeleted", UNSET)
        containers_deleted: list[str] | Unset | None
        if _containers_deleted_data is None or _containers_deleted_data is UNSET:
            containers_deleted = _containers_deleted_data
        elif isinstance(_containers_deleted_data, list):
            containers_deleted_type_0 = _containers_deleted_data

            containers_deleted = containers_deleted_type_0
        else:
            raise TypeError(
                f"containers_deleted: expected list[str] | None, got {type(_containers_deleted_data).__name__}: {_containers_deleted_data!r:.200}"
            )

        space_reclaimed = d.pop("SpaceReclaimed", UNSET)

        container_prune_response = _new(cls)
        container_prune_response.containers_deleted = containers_deleted
        container_prune_response.space_reclaimed = space_reclaimed
        container_prune_response.additional_properties = d
        return container_prune_response

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
