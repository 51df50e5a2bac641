from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildPruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class BuildPruneResponse:
    caches_deleted: list[str] | Unset | None = UNSET
    space_reclaimed: int | Unset = UNSET
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caches_deleted: list[str] | Unset | None
        if isinstance(self.caches_deleted, Unset):
            caches_deleted = UNSET
        elif isinstance(self.caches_deleted, list):
            caches_deleted = self.caches_deleted

        else:
            caches_deleted = self.caches_deleted

        space_reclaimed = self.space_reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caches_deleted is not UNSET:
            field_dict["CachesDeleted"] = caches_deleted
        if space_reclaimed is not UNSET:
            field_dict["SpaceReclaimed"] = space_reclaimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _caches_deleted_data = d.pop("CachesDeleted", UNSET)
        caches_deleted: list[str] | Unset | None
        if _caches_deleted_data is None or _caches_deleted_data is UNSET:
            caches_deleted = _caches_deleted_data
        elif isinstance(_caches_deleted_data, list):
            caches_deleted_type_0 = _caches_deleted_data

            caches_deleted = caches_deleted_type_0
        else:
            raise TypeError(
                f"caches_deleted: expected list[str] | None, got {type(_caches_deleted_data).__name__}: {_caches_deleted_data!r:.200}"
            )

        space_reclaimed = d.pop("SpaceReclaimed", UNSET)

        build_prune_response = _new(cls)
        build_prune_response.caches_deleted = caches_deleted
        build_prune_response.space_reclaimed = space_reclaimed
        build_prune_response.additional_properties = d
        return build_prune_response

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
