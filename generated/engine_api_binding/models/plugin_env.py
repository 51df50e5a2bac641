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

T = TypeVar("T", bound="PluginEnv")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginEnv(Model):
    __match_args__ = (
        "name",
        "description",
        "settable",
        "value",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str
    description: str
    settable: list[str] | None
    value: str
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        description: str,
        settable: list[str] | None,
        value: str,
    ) -> None:
        self.name = name
        self.description = description
        self.settable = settable
        self.value = value
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        field_dict["Description"] = self.description

        settable: list[str] | None
        if isinstance(self.settable, list):
            settable = self.settable

        else:
            settable = self.settable
        field_dict["Settable"] = settable

        field_dict["Value"] = self.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name")

        description = d.pop("Description")

        _settable_data = d.pop("Settable")
        settable: list[str] | None
        if _settable_data is None:
            settable = _settable_data
        elif isinstance(_settable_data, list):
            settable_type_0 = _settable_data

            settable = settable_type_0
        else:
            raise TypeError(
                f"settable: expected list[str] | None, got {type(_settable_data).__name__}: {_settable_data!r:.200}"
            )

        value = d.pop("Value")

        plugin_env = _new(cls)
        plugin_env._sent = src_dict
        plugin_env.name = name
        plugin_env.description = description
        plugin_env.settable = settable
        plugin_env.value = value
        plugin_env.additional_properties = d
        return plugin_env

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Description": "description",
        "Settable": "settable",
        "Value": "value",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Description", "Value"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Settable"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Name", "Description", "Value"], default: None = None
        ) -> str: ...
        @overload
        def get(self, key: Literal["Settable"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
