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

T = TypeVar("T", bound="ExecStartRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ExecStartRequest(Model):
    __match_args__ = (
        "detach",
        "tty",
        "console_size",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    detach: bool | None
    """ Detach from the command. """
    tty: bool | None
    """ Allocate a pseudo-TTY. """
    console_size: list[int] | None
    """ Initial console size, as an `[height, width]` array. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        detach: bool | None = None,
        tty: bool | None = None,
        console_size: list[int] | None = None,
    ) -> None:
        self.detach = detach
        self.tty = tty
        self.console_size = console_size
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.detach is not None:
            field_dict["Detach"] = self.detach
        elif "Detach" in self._sent:
            field_dict["Detach"] = None

        if self.tty is not None:
            field_dict["Tty"] = self.tty
        elif "Tty" in self._sent:
            field_dict["Tty"] = None

        console_size = self.console_size
        if console_size is not None:
            console_size_json: list[int] | None
            if isinstance(console_size, list):
                console_size_json = console_size

            else:
                console_size_json = console_size
            field_dict["ConsoleSize"] = console_size_json
        elif "ConsoleSize" in self._sent:
            field_dict["ConsoleSize"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        detach = d.pop("Detach", None)

        tty = d.pop("Tty", None)

        _console_size_data = d.pop("ConsoleSize", None)
        console_size: list[int] | None
        if _console_size_data is None:
            console_size = _console_size_data
        elif isinstance(_console_size_data, list):
            console_size_type_0 = _console_size_data

            console_size = console_size_type_0
        else:
            raise TypeError(
                f"console_size: expected list[int] | None, got {type(_console_size_data).__name__}: {_console_size_data!r:.200}"
            )

        exec_start_request = _new(cls)
        exec_start_request._sent = src_dict
        exec_start_request.detach = detach
        exec_start_request.tty = tty
        exec_start_request.console_size = console_size
        exec_start_request.additional_properties = d
        return exec_start_request

    _keys: ClassVar[dict[str, str]] = {
        "Detach": "detach",
        "Tty": "tty",
        "ConsoleSize": "console_size",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Detach", "Tty"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["ConsoleSize"]) -> list[int]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Detach", "Tty"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: Literal["ConsoleSize"], default: None = None) -> list[int] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
