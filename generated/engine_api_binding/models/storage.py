from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Storage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Storage:
    """Information about the storage used by the container."""

    root_fs: RootFSStorage | Unset | None = UNSET
    """ Information about the storage used for the container's root filesystem.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_fs: dict[str, Any] | Unset | None
        if isinstance(self.root_fs, Unset):
            root_fs = UNSET
        elif isinstance(self.root_fs, RootFSStorage):
            root_fs = self.root_fs.to_dict()
        else:
            root_fs = self.root_fs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_fs is not UNSET:
            field_dict["RootFS"] = root_fs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _root_fs_data = d.pop("RootFS", UNSET)
        root_fs: RootFSStorage | Unset | None
        if _root_fs_data is None or _root_fs_data is UNSET:
            root_fs = _root_fs_data
        elif isinstance(_root_fs_data, dict):
            root_fs_type_0 = RootFSStorage.from_dict(_root_fs_data)

            root_fs = root_fs_type_0
        else:
            raise TypeError(
                f"root_fs: expected None | RootFSStorage, got {type(_root_fs_data).__name__}: {_root_fs_data!r:.200}"
            )

        storage = _new(cls)
        storage.root_fs = root_fs
        storage.additional_properties = d
        return storage

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


from ..models.root_fs_storage import RootFSStorage
