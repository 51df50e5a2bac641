from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerStorageStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerStorageStats:
    """StorageStats is the disk I/O stats for read/write on Windows.

    This type is Windows-specific and omitted for Linux containers.

    """

    read_count_normalized: int | Unset | None = UNSET
    read_size_bytes: int | Unset | None = UNSET
    write_count_normalized: int | Unset | None = UNSET
    write_size_bytes: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_count_normalized: int | Unset | None
        if isinstance(self.read_count_normalized, Unset):
            read_count_normalized = UNSET
        else:
            read_count_normalized = self.read_count_normalized

        read_size_bytes: int | Unset | None
        if isinstance(self.read_size_bytes, Unset):
            read_size_bytes = UNSET
        else:
            read_size_bytes = self.read_size_bytes

        write_count_normalized: int | Unset | None
        if isinstance(self.write_count_normalized, Unset):
            write_count_normalized = UNSET
        else:
            write_count_normalized = self.write_count_normalized

        write_size_bytes: int | Unset | None
        if isinstance(self.write_size_bytes, Unset):
            write_size_bytes = UNSET
        else:
            write_size_bytes = self.write_size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_count_normalized is not UNSET:
            field_dict["read_count_normalized"] = read_count_normalized
        if read_size_bytes is not UNSET:
            field_dict["read_size_bytes"] = read_size_bytes
        if write_count_normalized is not UNSET:
            field_dict["write_count_normalized"] = write_count_normalized
        if write_size_bytes is not UNSET:
            field_dict["write_size_bytes"] = write_size_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _read_count_normalized_data = d.pop("read_count_normalized", UNSET)
        read_count_normalized: int | Unset | None
        if (
            _read_count_normalized_data is None
            or _read_count_normalized_data is UNSET
            or isinstance(_read_count_normalized_data, int)
        ):
            read_count_normalized = _read_count_normalized_data
        else:
            raise TypeError(
                f"read_count_normalized: expected int | None, got {type(_read_count_normalized_data).__name__}: {_read_count_normalized_data!r:.200}"
            )

        _read_size_bytes_data = d.pop("read_size_bytes", UNSET)
        read_size_bytes: int | Unset | None
        if (
            _read_size_bytes_data is None
            or _read_size_bytes_data is UNSET
            or isinstance(_read_size_bytes_data, int)
        ):
            read_size_bytes = _read_size_bytes_data
        else:
            raise TypeError(
                f"read_size_bytes: expected int | None, got {type(_read_size_bytes_data).__name__}: {_read_size_bytes_data!r:.200}"
            )

        _write_count_normalized_data = d.pop("write_count_normalized", UNSET)
        write_count_normalized: int | Unset | None
        if (
            _write_count_normalized_data is None
            or _write_count_normalized_data is UNSET
            or isinstance(_write_count_normalized_data, int)
        ):
            write_count_normalized = _write_count_normalized_data
        else:
            raise TypeError(
                f"write_count_normalized: expected int | None, got {type(_write_count_normalized_data).__name__}: {_write_count_normalized_data!r:.200}"
            )

        _write_size_bytes_data = d.pop("write_size_bytes", UNSET)
        write_size_bytes: int | Unset | None
        if (
            _write_size_bytes_data is None
            or _write_size_bytes_data is UNSET
            or isinstance(_write_size_bytes_data, int)
        ):
            write_size_bytes = _write_size_bytes_data
        else:
            raise TypeError(
                f"write_size_bytes: expected int | None, got {type(_write_size_bytes_data).__name__}: {_write_size_bytes_data!r:.200}"
            )

        container_storage_stats = _new(cls)
        container_storage_stats.read_count_normalized = read_count_normalized
        container_storage_stats.read_size_bytes = read_size_bytes
        container_storage_stats.write_count_normalized = write_count_normalized
        container_storage_stats.write_size_bytes = write_size_bytes
        container_storage_stats.additional_properties = d
        return container_storage_stats

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
