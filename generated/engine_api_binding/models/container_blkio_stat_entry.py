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

T = TypeVar("T", bound="ContainerBlkioStatEntry")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerBlkioStatEntry(Model):
    """Blkio stats entry.

    This type is Linux-specific and omitted for Windows containers.

    """

    __match_args__ = (
        "major",
        "minor",
        "op",
        "value",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    major: int | None
    minor: int | None
    op: str | None
    value: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        major: int | None = None,
        minor: int | None = None,
        op: str | None = None,
        value: int | None = None,
    ) -> None:
        self.major = major
        self.minor = minor
        self.op = op
        self.value = value
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.major is not None:
            field_dict["major"] = self.major
        elif "major" in self._sent:
            field_dict["major"] = None

        if self.minor is not None:
            field_dict["minor"] = self.minor
        elif "minor" in self._sent:
            field_dict["minor"] = None

        if self.op is not None:
            field_dict["op"] = self.op
        elif "op" in self._sent:
            field_dict["op"] = None

        if self.value is not None:
            field_dict["value"] = self.value
        elif "value" in self._sent:
            field_dict["value"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        major = d.pop("major", None)

        minor = d.pop("minor", None)

        op = d.pop("op", None)

        value = d.pop("value", None)

        container_blkio_stat_entry = _new(cls)
        container_blkio_stat_entry._sent = src_dict
        container_blkio_stat_entry.major = major
        container_blkio_stat_entry.minor = minor
        container_blkio_stat_entry.op = op
        container_blkio_stat_entry.value = value
        container_blkio_stat_entry.additional_properties = d
        return container_blkio_stat_entry

    _keys: ClassVar[dict[str, str]] = {
        "major": "major",
        "minor": "minor",
        "op": "op",
        "value": "value",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["major", "minor", "value"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["op"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["major", "minor", "value"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: Literal["op"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
