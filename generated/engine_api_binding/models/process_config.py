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

T = TypeVar("T", bound="ProcessConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ProcessConfig(Model):
    __match_args__ = (
        "privileged",
        "user",
        "tty",
        "entrypoint",
        "arguments",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    privileged: bool | None
    user: str | None
    tty: bool | None
    entrypoint: str | None
    arguments: list[str] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        privileged: bool | None = None,
        user: str | None = None,
        tty: bool | None = None,
        entrypoint: str | None = None,
        arguments: list[str] | None = None,
    ) -> None:
        self.privileged = privileged
        self.user = user
        self.tty = tty
        self.entrypoint = entrypoint
        self.arguments = arguments
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.privileged is not None:
            field_dict["privileged"] = self.privileged
        elif "privileged" in self._sent:
            field_dict["privileged"] = None

        if self.user is not None:
            field_dict["user"] = self.user
        elif "user" in self._sent:
            field_dict["user"] = None

        if self.tty is not None:
            field_dict["tty"] = self.tty
        elif "tty" in self._sent:
            field_dict["tty"] = None

        if self.entrypoint is not None:
            field_dict["entrypoint"] = self.entrypoint
        elif "entrypoint" in self._sent:
            field_dict["entrypoint"] = None

        arguments = self.arguments
        if arguments is not None:
            arguments_json: list[str] | None
            if isinstance(arguments, list):
                arguments_json = arguments

            else:
                arguments_json = arguments
            field_dict["arguments"] = arguments_json
        elif "arguments" in self._sent:
            field_dict["arguments"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        privileged = d.pop("privileged", None)

        user = d.pop("user", None)

        tty = d.pop("tty", None)

        entrypoint = d.pop("entrypoint", None)

        _arguments_data = d.pop("arguments", None)
        arguments: list[str] | None
        if _arguments_data is None:
            arguments = _arguments_data
        elif isinstance(_arguments_data, list):
            arguments_type_0 = _arguments_data

            arguments = arguments_type_0
        else:
            raise TypeError(
                f"arguments: expected list[str] | None, got {type(_arguments_data).__name__}: {_arguments_data!r:.200}"
            )

        process_config = _new(cls)
        process_config._sent = src_dict
        process_config.privileged = privileged
        process_config.user = user
        process_config.tty = tty
        process_config.entrypoint = entrypoint
        process_config.arguments = arguments
        process_config.additional_properties = d
        return process_config

    _keys: ClassVar[dict[str, str]] = {
        "privileged": "privileged",
        "user": "user",
        "tty": "tty",
        "entrypoint": "entrypoint",
        "arguments": "arguments",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["privileged", "tty"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["user", "entrypoint"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["arguments"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["privileged", "tty"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: Literal["user", "entrypoint"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["arguments"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
