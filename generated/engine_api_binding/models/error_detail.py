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

T = TypeVar("T", bound="ErrorDetail")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ErrorDetail(Model):
    __match_args__ = (
        "code",
        "message",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    code: int | None
    message: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        code: int | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in self._sent:
            field_dict["code"] = None

        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._sent:
            field_dict["message"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        code = d.pop("code", None)

        message = d.pop("message", None)

        error_detail = _new(cls)
        error_detail._sent = src_dict
        error_detail.code = code
        error_detail.message = message
        error_detail.additional_properties = d
        return error_detail

    _keys: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["code"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["message"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["code"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["message"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
