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

T = TypeVar("T", bound="ContainerWaitExitError")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerWaitExitError(Model):
    """container waiting error, if any"""

    __match_args__ = ("message",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    message: str | None
    """ Details of an error """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        message: str | None = None,
    ) -> None:
        self.message = message
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.message is not None:
            field_dict["Message"] = self.message
        elif "Message" in self._sent:
            field_dict["Message"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        message = d.pop("Message", None)

        container_wait_exit_error = _new(cls)
        container_wait_exit_error._sent = src_dict
        container_wait_exit_error.message = message
        container_wait_exit_error.additional_properties = d
        return container_wait_exit_error

    _keys: ClassVar[dict[str, str]] = {
        "Message": "message",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Message"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Message"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
