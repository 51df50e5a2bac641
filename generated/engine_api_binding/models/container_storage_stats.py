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

T = TypeVar("T", bound="ContainerStorageStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerStorageStats(Model):
    """StorageStats is the disk I/O stats for read/write on Windows.

    This type is Windows-specific and omitted for Linux containers.

    """

    __match_args__ = (
        "read_count_normalized",
        "read_size_bytes",
        "write_count_normalized",
        "write_size_bytes",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    read_count_normalized: int | None
    read_size_bytes: int | None
    write_count_normalized: int | None
    write_size_bytes: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        read_count_normalized: int | None = None,
        read_size_bytes: int | None = None,
        write_count_normalized: int | None = None,
        write_size_bytes: int | None = None,
    ) -> None:
        self.read_count_normalized = read_count_normalized
        self.read_size_bytes = read_size_bytes
        self.write_count_normalized = write_count_normalized
        self.write_size_bytes = write_size_bytes
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        read_count_normalized = self.read_count_normalized
        if read_count_normalized is not None:
            read_count_normalized_json: int | None
            read_count_normalized_json = read_count_normalized
            field_dict["read_count_normalized"] = read_count_normalized_json
        elif "read_count_normalized" in self._sent:
            field_dict["read_count_normalized"] = None

        read_size_bytes = self.read_size_bytes
        if read_size_bytes is not None:
            read_size_bytes_json: int | None
            read_size_bytes_json = read_size_bytes
            field_dict["read_size_bytes"] = read_size_bytes_json
        elif "read_size_bytes" in self._sent:
            field_dict["read_size_bytes"] = None

        write_count_normalized = self.write_count_normalized
        if write_count_normalized is not None:
            write_count_normalized_json: int | None
            write_count_normalized_json = write_count_normalized
            field_dict["write_count_normalized"] = write_count_normalized_json
        elif "write_count_normalized" in self._sent:
            field_dict["write_count_normalized"] = None

        write_size_bytes = self.write_size_bytes
        if write_size_bytes is not None:
            write_size_bytes_json: int | None
            write_size_bytes_json = write_size_bytes
            field_dict["write_size_bytes"] = write_size_bytes_json
        elif "write_size_bytes" in self._sent:
            field_dict["write_size_bytes"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _read_count_normalized_data = d.pop("read_count_normalized", None)
        read_count_normalized: int | None
        if _read_count_normalized_data is None or isinstance(_read_count_normalized_data, int):
            read_count_normalized = _read_count_normalized_data
        else:
            raise TypeError(
                f"read_count_normalized: expected int | None, got {type(_read_count_normalized_data).__name__}: {_read_count_normalized_data!r:.200}"
            )

        _read_size_bytes_data = d.pop("read_size_bytes", None)
        read_size_bytes: int | None
        if _read_size_bytes_data is None or isinstance(_read_size_bytes_data, int):
            read_size_bytes = _read_size_bytes_data
        else:
            raise TypeError(
                f"read_size_bytes: expected int | None, got {type(_read_size_bytes_data).__name__}: {_read_size_bytes_data!r:.200}"
            )

        _write_count_normalized_data = d.pop("write_count_normalized", None)
        write_count_normalized: int | None
        if _write_count_normalized_data is None or isinstance(_write_count_normalized_data, int):
            write_count_normalized = _write_count_normalized_data
        else:
            raise TypeError(
                f"write_count_normalized: expected int | None, got {type(_write_count_normalized_data).__name__}: {_write_count_normalized_data!r:.200}"
            )

        _write_size_bytes_data = d.pop("write_size_bytes", None)
        write_size_bytes: int | None
        if _write_size_bytes_data is None or isinstance(_write_size_bytes_data, int):
            write_size_bytes = _write_size_bytes_data
        else:
            raise TypeError(
                f"write_size_bytes: expected int | None, got {type(_write_size_bytes_data).__name__}: {_write_size_bytes_data!r:.200}"
            )

        container_storage_stats = _new(cls)
        container_storage_stats._sent = src_dict
        container_storage_stats.read_count_normalized = read_count_normalized
        container_storage_stats.read_size_bytes = read_size_bytes
        container_storage_stats.write_count_normalized = write_count_normalized
        container_storage_stats.write_size_bytes = write_size_bytes
        container_storage_stats.additional_properties = d
        return container_storage_stats

    _keys: ClassVar[dict[str, str]] = {
        "read_count_normalized": "read_count_normalized",
        "read_size_bytes": "read_size_bytes",
        "write_count_normalized": "write_count_normalized",
        "write_size_bytes": "write_size_bytes",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "read_count_normalized",
                "read_size_bytes",
                "write_count_normalized",
                "write_size_bytes",
            ],
        ) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "read_count_normalized",
                "read_size_bytes",
                "write_count_normalized",
                "write_size_bytes",
            ],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
