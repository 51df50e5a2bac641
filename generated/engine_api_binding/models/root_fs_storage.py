from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootFSStorage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class RootFSStorage:
    """Information about the storage used for the container's root filesystem."""

    snapshot: RootFSStorageSnapshot | Unset | None = UNSET
    """ Information about the snapshot used for the container's root filesystem.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot: dict[str, Any] | Unset | None
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, RootFSStorageSnapshot):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshot is not UNSET:
            field_dict["Snapshot"] = snapshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _snapshot_data = d.pop("Snapshot", UNSET)
        snapshot: RootFSStorageSnapshot | Unset | None
        if _snapshot_data is None or _snapshot_data is UNSET:
            snapshot = _snapshot_data
        elif isinstance(_snapshot_data, dict):
            snapshot_type_0 = RootFSStorageSnapshot.from_dict(_snapshot_data)

            snapshot = snapshot_type_0
        else:
            raise TypeError(
                f"snapshot: expected None | RootFSStorageSnapshot, got {type(_snapshot_data).__name__}: {_snapshot_data!r:.200}"
            )

        root_fs_storage = _new(cls)
        root_fs_storage.snapshot = snapshot
        root_fs_storage.additional_properties = d
        return root_fs_storage

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


from ..models.root_fs_storage_snapshot import RootFSStorageSnapshot
