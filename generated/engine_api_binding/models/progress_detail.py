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

T = TypeVar("T", bound="ProgressDetail")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ProgressDetail(Model):
    __match_args__ = (
        "current",
        "total",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    current: int | None
    total: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        current: int | None = None,
        total: int | None = None,
    ) -> None:
        self.current = current
        self.total = total
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.current is not None:
            field_dict["current"] = self.current
        elif "current" in self._sent:
            field_dict["current"] = None

        if self.total is not None:
            field_dict["total"] = self.total
        elif "total" in self._sent:
            field_dict["total"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        current = d.pop("current", None)

        total = d.pop("total", None)

        progress_detail = _new(cls)
        progress_detail._sent = src_dict
        progress_detail.current = current
        progress_detail.total = total
        progress_detail.additional_properties = d
        return progress_detail

    _keys: ClassVar[dict[str, str]] = {
        "current": "current",
        "total": "total",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["current", "total"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["current", "total"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
