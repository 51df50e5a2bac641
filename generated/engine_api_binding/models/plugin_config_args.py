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

T = TypeVar("T", bound="PluginConfigArgs")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginConfigArgs(Model):
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
    value: list[str] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        description: str,
        settable: list[str] | None,
        value: list[str] | None,
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

        value: list[str] | None
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value
        field_dict["Value"] = value

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

        _value_data = d.pop("Value")
        value: list[str] | None
        if _value_data is None:
            value = _value_data
        elif isinstance(_value_data, list):
            value_type_0 = _value_data

            value = value_type_0
        else:
            raise TypeError(
                f"value: expected list[str] | None, got {type(_value_data).__name__}: {_value_data!r:.200}"
            )

        plugin_config_args = _new(cls)
        plugin_config_args._sent = src_dict
        plugin_config_args.name = name
        plugin_config_args.description = description
        plugin_config_args.settable = settable
        plugin_config_args.value = value
        plugin_config_args.additional_properties = d
        return plugin_config_args

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Description": "description",
        "Settable": "settable",
        "Value": "value",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Description"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Settable", "Value"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "Description"], default: None = None) -> str: ...
        @overload
        def get(
            self, key: Literal["Settable", "Value"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
