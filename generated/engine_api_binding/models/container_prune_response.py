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

T = TypeVar("T", bound="ContainerPruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerPruneResponse(Model):
    __match_args__ = (
        "containers_deleted",
        "space_reclaimed",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    containers_deleted: list[str] | None
    """ Container IDs that were deleted """
    space_reclaimed: int | None
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        containers_deleted: list[str] | None = None,
        space_reclaimed: int | None = None,
    ) -> None:
        self.containers_deleted = containers_deleted
        self.space_reclaimed = space_reclaimed
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        containers_deleted = self.containers_deleted
        if containers_deleted is not None:
            containers_deleted_json: list[str] | None
            if isinstance(containers_deleted, list):
                containers_deleted_json = containers_deleted

            else:
                containers_deleted_json = containers_deleted
            field_dict["ContainersDeleted"] = containers_deleted_json
        elif "ContainersDeleted" in self._sent:
            field_dict["ContainersDeleted"] = None

        if self.space_reclaimed is not None:
            field_dict["SpaceReclaimed"] = self.space_reclaimed
        elif "SpaceReclaimed" in self._sent:
            field_dict["SpaceReclaimed"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _containers_deleted_data = d.pop("ContainersDeleted", None)
        containers_deleted: list[str] | None
        if _containers_deleted_data is None:
            containers_deleted = _containers_deleted_data
        elif isinstance(_containers_deleted_data, list):
            containers_deleted_type_0 = _containers_deleted_data

            containers_deleted = containers_deleted_type_0
        else:
            raise TypeError(
                f"containers_deleted: expected list[str] | None, got {type(_containers_deleted_data).__name__}: {_containers_deleted_data!r:.200}"
            )

        space_reclaimed = d.pop("SpaceReclaimed", None)

        container_prune_response = _new(cls)
        container_prune_response._sent = src_dict
        container_prune_response.containers_deleted = containers_deleted
        container_prune_response.space_reclaimed = space_reclaimed
        container_prune_response.additional_properties = d
        return container_prune_response

    _keys: ClassVar[dict[str, str]] = {
        "ContainersDeleted": "containers_deleted",
        "SpaceReclaimed": "space_reclaimed",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ContainersDeleted"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["SpaceReclaimed"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["ContainersDeleted"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["SpaceReclaimed"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
