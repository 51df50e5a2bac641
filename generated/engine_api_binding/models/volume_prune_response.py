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

T = TypeVar("T", bound="VolumePruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class VolumePruneResponse(Model):
    __match_args__ = (
        "volumes_deleted",
        "space_reclaimed",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    volumes_deleted: list[str] | None
    """ Volumes that were deleted """
    space_reclaimed: int | None
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        volumes_deleted: list[str] | None = None,
        space_reclaimed: int | None = None,
    ) -> None:
        self.volumes_deleted = volumes_deleted
        self.space_reclaimed = space_reclaimed
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        volumes_deleted = self.volumes_deleted
        if volumes_deleted is not None:
            volumes_deleted_json: list[str] | None
            if isinstance(volumes_deleted, list):
                volumes_deleted_json = volumes_deleted

            else:
                volumes_deleted_json = volumes_deleted
            field_dict["VolumesDeleted"] = volumes_deleted_json
        elif "VolumesDeleted" in self._sent:
            field_dict["VolumesDeleted"] = None

        if self.space_reclaimed is not None:
            field_dict["SpaceReclaimed"] = self.space_reclaimed
        elif "SpaceReclaimed" in self._sent:
            field_dict["SpaceReclaimed"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _volumes_deleted_data = d.pop("VolumesDeleted", None)
        volumes_deleted: list[str] | None
        if _volumes_deleted_data is None:
            volumes_deleted = _volumes_deleted_data
        elif isinstance(_volumes_deleted_data, list):
            volumes_deleted_type_0 = _volumes_deleted_data

            volumes_deleted = volumes_deleted_type_0
        else:
            raise TypeError(
                f"volumes_deleted: expected list[str] | None, got {type(_volumes_deleted_data).__name__}: {_volumes_deleted_data!r:.200}"
            )

        space_reclaimed = d.pop("SpaceReclaimed", None)

        volume_prune_response = _new(cls)
        volume_prune_response._sent = src_dict
        volume_prune_response.volumes_deleted = volumes_deleted
        volume_prune_response.space_reclaimed = space_reclaimed
        volume_prune_response.additional_properties = d
        return volume_prune_response

    _keys: ClassVar[dict[str, str]] = {
        "VolumesDeleted": "volumes_deleted",
        "SpaceReclaimed": "space_reclaimed",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["VolumesDeleted"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["SpaceReclaimed"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["VolumesDeleted"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["SpaceReclaimed"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
