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

T = TypeVar("T", bound="PluginMount")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginMount(Model):
    __match_args__ = (
        "name",
        "description",
        "settable",
        "source",
        "destination",
        "type_",
        "options",
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
    source: str
    destination: str
    type_: str
    options: list[str] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        description: str,
        settable: list[str] | None,
        source: str,
        destination: str,
        type_: str,
        options: list[str] | None,
    ) -> None:
        self.name = name
        self.description = description
        self.settable = settable
        self.source = source
        self.destination = destination
        self.type_ = type_
        self.options = options
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

        field_dict["Source"] = self.source

        field_dict["Destination"] = self.destination

        field_dict["Type"] = self.type_

        options: list[str] | None
        if isinstance(self.options, list):
            options = self.options

        else:
            options = self.options
        field_dict["Options"] = options

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

        source = d.pop("Source")

        destination = d.pop("Destination")

        type_ = d.pop("Type")

        _options_data = d.pop("Options")
        options: list[str] | None
        if _options_data is None:
            options = _options_data
        elif isinstance(_options_data, list):
            options_type_0 = _options_data

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected list[str] | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        plugin_mount = _new(cls)
        plugin_mount._sent = src_dict
        plugin_mount.name = name
        plugin_mount.description = description
        plugin_mount.settable = settable
        plugin_mount.source = source
        plugin_mount.destination = destination
        plugin_mount.type_ = type_
        plugin_mount.options = options
        plugin_mount.additional_properties = d
        return plugin_mount

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Description": "description",
        "Settable": "settable",
        "Source": "source",
        "Destination": "destination",
        "Type": "type_",
        "Options": "options",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Name", "Description", "Source", "Destination", "Type"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Settable", "Options"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["Name", "Description", "Source", "Destination", "Type"],
            default: None = None,
        ) -> str: ...
        @overload
        def get(
            self, key: Literal["Settable", "Options"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
