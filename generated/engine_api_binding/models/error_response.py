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

T = TypeVar("T", bound="ErrorResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ErrorResponse(Model):
    """Represents an error.

    Example:
        {'message': 'Something went wrong.'}

    """

    __match_args__ = ("message",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    message: str
    """ The error message. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        message: str,
    ) -> None:
        self.message = message
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message"] = self.message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        message = d.pop("message")

        error_response = _new(cls)
        error_response._sent = src_dict
        error_response.message = message
        error_response.additional_properties = d
        return error_response

    _keys: ClassVar[dict[str, str]] = {
        "message": "message",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["message"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["message"], default: None = None) -> str: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
