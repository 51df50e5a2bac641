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

T = TypeVar("T", bound="RootFSStorage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class RootFSStorage(Model):
    """Information about the storage used for the container's root filesystem."""

    __match_args__ = ("snapshot",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    snapshot: RootFSStorageSnapshot | None
    """ Information about the snapshot used for the container's root filesystem.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        snapshot: RootFSStorageSnapshot | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        snapshot = self.snapshot
        if snapshot is not None:
            snapshot_json: dict[str, Any] | None
            if isinstance(snapshot, RootFSStorageSnapshot):
                snapshot_json = snapshot.to_dict()
            else:
                snapshot_json = snapshot
            field_dict["Snapshot"] = snapshot_json
        elif "Snapshot" in self._sent:
            field_dict["Snapshot"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Snapshot", None)

        root_fs_storage = _new(cls)
        root_fs_storage._sent = src_dict
        root_fs_storage.additional_properties = d
        return root_fs_storage

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "snapshot",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "snapshot":
            _snapshot_data = src.get("Snapshot")
            snapshot: RootFSStorageSnapshot | None
            if _snapshot_data is None:
                snapshot = _snapshot_data
            elif isinstance(_snapshot_data, dict):
                snapshot_type_0 = RootFSStorageSnapshot.from_dict(_snapshot_data)

                snapshot = snapshot_type_0
            else:
                raise TypeError(
                    f"snapshot: expected None | RootFSStorageSnapshot, got {type(_snapshot_data).__name__}: {_snapshot_data!r:.200}"
                )

            return snapshot
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Snapshot": "snapshot",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Snapshot"]) -> RootFSStorageSnapshot: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Snapshot"], default: None = None
        ) -> RootFSStorageSnapshot | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.root_fs_storage_snapshot import RootFSStorageSnapshot
