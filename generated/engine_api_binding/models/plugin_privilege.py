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

T = TypeVar("T", bound="PluginPrivilege")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginPrivilege(Model):
    """Describes a permission the user has to accept upon installing
    the plugin.

    """

    __match_args__ = (
        "name",
        "description",
        "value",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    description: str | None
    value: list[str] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        description: str | None = None,
        value: list[str] | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.value = value
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.description is not None:
            field_dict["Description"] = self.description
        elif "Description" in self._sent:
            field_dict["Description"] = None

        value = self.value
        if value is not None:
            value_json: list[str] | None
            if isinstance(value, list):
                value_json = value

            else:
                value_json = value
            field_dict["Value"] = value_json
        elif "Value" in self._sent:
            field_dict["Value"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        description = d.pop("Description", None)

        _value_data = d.pop("Value", None)
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

        plugin_privilege = _new(cls)
        plugin_privilege._sent = src_dict
        plugin_privilege.name = name
        plugin_privilege.description = description
        plugin_privilege.value = value
        plugin_privilege.additional_properties = d
        return plugin_privilege

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Description": "description",
        "Value": "value",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Description"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Value"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "Description"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Value"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
