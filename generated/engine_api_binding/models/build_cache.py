from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model
from ..models.build_cache_type import BuildCacheType, check_build_cache_type

T = TypeVar("T", bound="BuildCache")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class BuildCache(Model):
    """BuildCache contains information about a build cache record."""

    __match_args__ = (
        "id",
        "parents",
        "type_",
        "description",
        "in_use",
        "shared",
        "size",
        "created_at",
        "last_used_at",
        "usage_count",
        "parent",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ Unique ID of the build cache record.
     """
    parents: list[str] | None
    """ List of parent build cache record IDs.
     """
    type_: BuildCacheType | None
    """ Cache record type.
     """
    description: str | None
    """ Description of the build-step that produced the build cache.
     """
    in_use: bool | None
    """ Indicates if the build cache is in use.
     """
    shared: bool | None
    """ Indicates if the build cache is shared.
     """
    size: int | None
    """ Amount of disk space used by the build cache (in bytes).
     """
    created_at: datetime.datetime | None
    """ Date and time at which the build cache was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    last_used_at: datetime.datetime | None
    """ Date and time at which the build cache was last used in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    usage_count: int | None
    parent: str | None
    """ Sent and accepted by engines up to API 1.41; removed after it.

    ID of the parent build cache record.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        parents: list[str] | None = None,
        type_: BuildCacheType | None = None,
        description: str | None = None,
        in_use: bool | None = None,
        shared: bool | None = None,
        size: int | None = None,
        created_at: datetime.datetime | None = None,
        last_used_at: datetime.datetime | None = None,
        usage_count: int | None = None,
        parent: str | None = None,
    ) -> None:
        self.id = id
        self.parents = parents
        self.type_ = type_
        self.description = description
        self.in_use = in_use
        self.shared = shared
        self.size = size
        self.created_at = created_at
        self.last_used_at = last_used_at
        self.usage_count = usage_count
        self.parent = parent
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        parents = self.parents
        if parents is not None:
            parents_json: list[str] | None
            if isinstance(parents, list):
                parents_json = parents

            else:
                parents_json = parents
            field_dict["Parents"] = parents_json
        elif "Parents" in self._sent:
            field_dict["Parents"] = None

        type_ = self.type_
        if type_ is not None:
            type__json: str = type_
            field_dict["Type"] = type__json
        elif "Type" in self._sent:
            field_dict["Type"] = None

        if self.description is not None:
            field_dict["Description"] = self.description
        elif "Description" in self._sent:
            field_dict["Description"] = None

        if self.in_use is not None:
            field_dict["InUse"] = self.in_use
        elif "InUse" in self._sent:
            field_dict["InUse"] = None

        if self.shared is not None:
            field_dict["Shared"] = self.shared
        elif "Shared" in self._sent:
            field_dict["Shared"] = None

        if self.size is not None:
            field_dict["Size"] = self.size
        elif "Size" in self._sent:
            field_dict["Size"] = None

        created_at = self.created_at
        if created_at is not None:
            created_at_json = created_at.isoformat()
            field_dict["CreatedAt"] = created_at_json
        elif "CreatedAt" in self._sent:
            field_dict["CreatedAt"] = None

        last_used_at = self.last_used_at
        if last_used_at is not None:
            last_used_at_json: str | None
            if isinstance(last_used_at, datetime.datetime):
                last_used_at_json = last_used_at.isoformat()
            else:
                last_used_at_json = last_used_at
            field_dict["LastUsedAt"] = last_used_at_json
        elif "LastUsedAt" in self._sent:
            field_dict["LastUsedAt"] = None

        if self.usage_count is not None:
            field_dict["UsageCount"] = self.usage_count
        elif "UsageCount" in self._sent:
            field_dict["UsageCount"] = None

        if self.parent is not None:
            field_dict["Parent"] = self.parent
        elif "Parent" in self._sent:
            field_dict["Parent"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        _parents_data = d.pop("Parents", None)
        parents: list[str] | None
        if _parents_data is None:
            parents = _parents_data
        elif isinstance(_parents_data, list):
            parents_type_0 = _parents_data

            parents = parents_type_0
        else:
            raise TypeError(
                f"parents: expected list[str] | None, got {type(_parents_data).__name__}: {_parents_data!r:.200}"
            )

        _type__src = d.pop("Type", None)
        type_: BuildCacheType | None
        if _type__src is None:
            type_ = None
        else:
            type__value = check_build_cache_type(_type__src)

            type_ = type__value

        description = d.pop("Description", None)

        in_use = d.pop("InUse", None)

        shared = d.pop("Shared", None)

        size = d.pop("Size", None)

        d.pop("CreatedAt", None)

        d.pop("LastUsedAt", None)

        usage_count = d.pop("UsageCount", None)

        parent = d.pop("Parent", None)

        build_cache = _new(cls)
        build_cache._sent = src_dict
        build_cache.id = id
        build_cache.parents = parents
        build_cache.type_ = type_
        build_cache.description = description
        build_cache.in_use = in_use
        build_cache.shared = shared
        build_cache.size = size
        build_cache.usage_count = usage_count
        build_cache.parent = parent
        build_cache.additional_properties = d
        return build_cache

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "last_used_at",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "created_at":
            _created_at_src = src.get("CreatedAt")
            created_at: datetime.datetime | None
            if _created_at_src is None:
                created_at = None
            else:
                created_at_value = datetime.datetime.fromisoformat(_created_at_src)

                created_at = created_at_value

            return created_at
        if deferred_name == "last_used_at":
            _last_used_at_data = src.get("LastUsedAt")
            last_used_at: datetime.datetime | None
            if _last_used_at_data is None:
                last_used_at = _last_used_at_data
            elif isinstance(_last_used_at_data, str):
                last_used_at_type_0 = datetime.datetime.fromisoformat(_last_used_at_data)

                last_used_at = last_used_at_type_0
            else:
                raise TypeError(
                    f"last_used_at: expected datetime.datetime | None, got {type(_last_used_at_data).__name__}: {_last_used_at_data!r:.200}"
                )

            return last_used_at
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Parents": "parents",
        "Type": "type_",
        "Description": "description",
        "InUse": "in_use",
        "Shared": "shared",
        "Size": "size",
        "CreatedAt": "created_at",
        "LastUsedAt": "last_used_at",
        "UsageCount": "usage_count",
        "Parent": "parent",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID", "Description", "Parent"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Parents"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Type"]) -> BuildCacheType: ...
        @overload
        def __getitem__(self, key: Literal["InUse", "Shared"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Size", "UsageCount"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt", "LastUsedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["ID", "Description", "Parent"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Parents"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["Type"], default: None = None) -> BuildCacheType | None: ...
        @overload
        def get(self, key: Literal["InUse", "Shared"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: Literal["Size", "UsageCount"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["CreatedAt", "LastUsedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
