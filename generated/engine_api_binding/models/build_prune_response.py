from __future__ import annotations

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

T = TypeVar("T", bound="BuildPruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class BuildPruneResponse(Model):
    __match_args__ = (
        "caches_deleted",
        "space_reclaimed",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    caches_deleted: list[str] | None
    space_reclaimed: int | None
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        caches_deleted: list[str] | None = None,
        space_reclaimed: int | None = None,
    ) -> None:
        self.caches_deleted = caches_deleted
        self.space_reclaimed = space_reclaimed
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        caches_deleted = self.caches_deleted
        if caches_deleted is not None:
            caches_deleted_json: list[str] | None
            if isinstance(caches_deleted, list):
                caches_deleted_json = caches_deleted

            else:
                caches_deleted_json = caches_deleted
            field_dict["CachesDeleted"] = caches_deleted_json
        elif "CachesDeleted" in self._sent:
            field_dict["CachesDeleted"] = None

        if self.space_reclaimed is not None:
            field_dict["SpaceReclaimed"] = self.space_reclaimed
        elif "SpaceReclaimed" in self._sent:
            field_dict["SpaceReclaimed"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _caches_deleted_data = d.pop("CachesDeleted", None)
        caches_deleted: list[str] | None
        if _caches_deleted_data is None:
            caches_deleted = _caches_deleted_data
        elif isinstance(_caches_deleted_data, list):
            caches_deleted_type_0 = _caches_deleted_data

            caches_deleted = caches_deleted_type_0
        else:
            raise TypeError(
                f"caches_deleted: expected list[str] | None, got {type(_caches_deleted_data).__name__}: {_caches_deleted_data!r:.200}"
            )

        space_reclaimed = d.pop("SpaceReclaimed", None)

        build_prune_response = _new(cls)
        build_prune_response._sent = src_dict
        build_prune_response.caches_deleted = caches_deleted
        build_prune_response.space_reclaimed = space_reclaimed
        build_prune_response.additional_properties = d
        return build_prune_response

    _keys: ClassVar[dict[str, str]] = {
        "CachesDeleted": "caches_deleted",
        "SpaceReclaimed": "space_reclaimed",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["CachesDeleted"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["SpaceReclaimed"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["CachesDeleted"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["SpaceReclaimed"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
