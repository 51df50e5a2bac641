from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_fs_storage import RootFSStorage


T = TypeVar("T", bound="Storage")


@_attrs_define
class Storage:
    """Information about the storage used by the container."""

    root_fs: RootFSStorage | Unset | None = UNSET
    """ Information about the storage used for the container's root filesystem.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.root_fs_storage import RootFSStorage

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
        from ..models.root_fs_storage import RootFSStorage

        d = dict(src_dict)

        def _parse_root_fs(data: object) -> RootFSStorage | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"root_fs: expected None | RootFSStorage, got {type(data).__name__}: {data!r:.200}"
                )
            root_fs_type_0 = RootFSStorage.from_dict(data)

            return root_fs_type_0

        root_fs = _parse_root_fs(d.pop("RootFS", UNSET))

        storage = cls(
            root_fs=root_fs,
        )

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
