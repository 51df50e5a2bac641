from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_cache_type import BuildCacheType, check_build_cache_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildCache")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class BuildCache:
    """BuildCache contains information about a build cache record."""

    id: str | Unset = UNSET
    """ Unique ID of the build cache record.
     """
    parents: list[str] | Unset | None = UNSET
    """ List of parent build cache record IDs.
     """
    type_: BuildCacheType | Unset = UNSET
    """ Cache record type.
     """
    description: str | Unset = UNSET
    """ Description of the build-step that produced the build cache.
     """
    in_use: bool | Unset = UNSET
    """ Indicates if the build cache is in use.
     """
    shared: bool | Unset = UNSET
    """ Indicates if the build cache is shared.
     """
    size: int | Unset = UNSET
    """ Amount of disk space used by the build cache (in bytes).
     """
    created_at: datetime.datetime | Unset = UNSET
    """ Date and time at which the build cache was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    last_used_at: datetime.datetime | Unset | None = UNSET
    """ Date and time at which the build cache was last used in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    usage_count: int | Unset = UNSET
    parent: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.41; removed after it.

    ID of the parent build cache record.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parents: list[str] | Unset | None
        if isinstance(self.parents, Unset):
            parents = UNSET
        elif isinstance(self.parents, list):
            parents = self.parents

        else:
            parents = self.parents

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        description = self.description

        in_use = self.in_use

        shared = self.shared

        size = self.size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_used_at: str | Unset | None
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        usage_count = self.usage_count

        parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if parents is not UNSET:
            field_dict["Parents"] = parents
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if description is not UNSET:
            field_dict["Description"] = description
        if in_use is not UNSET:
            field_dict["InUse"] = in_use
        if shared is not UNSET:
            field_dict["Shared"] = shared
        if size is not UNSET:
            field_dict["Size"] = size
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if last_used_at is not UNSET:
            field_dict["LastUsedAt"] = last_used_at
        if usage_count is not UNSET:
            field_dict["UsageCount"] = usage_count
        if parent is not UNSET:
            field_dict["Parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _parents_data = d.pop("Parents", UNSET)
        parents: list[str] | Unset | None
        if _parents_data is None or _parents_data is UNSET:
            parents = _parents_data
        elif isinstance(_parents_data, list):
            parents_type_0 = _parents_data

            parents = parents_type_0
        else:
            raise TypeError(
                f"parents: expected list[str] | None, got {type(_parents_data).__name__}: {_parents_data!r:.200}"
            )

        _type_ = d.pop("Type", UNSET)
        type_: BuildCacheType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_build_cache_type(_type_)

        description = d.pop("Description", UNSET)

        in_use = d.pop("InUse", UNSET)

        shared = d.pop("Shared", UNSET)

        size = d.pop("Size", UNSET)

        _created_at = d.pop("CreatedAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _last_used_at_data = d.pop("LastUsedAt", UNSET)
        last_used_at: datetime.datetime | Unset | None
        if _last_used_at_data is None or _last_used_at_data is UNSET:
            last_used_at = _last_used_at_data
        elif isinstance(_last_used_at_data, str):
            last_used_at_type_0 = datetime.datetime.fromisoformat(_last_used_at_data)

            last_used_at = last_used_at_type_0
        else:
            raise TypeError(
                f"last_used_at: expected datetime.datetime | None, got {type(_last_used_at_data).__name__}: {_last_used_at_data!r:.200}"
            )

        usage_count = d.pop("UsageCount", UNSET)

        parent = d.pop("Parent", UNSET)

        build_cache = _new(cls)
        build_cache.id = id
        build_cache.parents = parents
        build_cache.type_ = type_
        build_cache.description = description
        build_cache.in_use = in_use
        build_cache.shared = shared
        build_cache.size = size
        build_cache.created_at = created_at
        build_cache.last_used_at = last_used_at
        build_cache.usage_count = usage_count
        build_cache.parent = parent
        build_cache.additional_properties = d
        return build_cache

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
