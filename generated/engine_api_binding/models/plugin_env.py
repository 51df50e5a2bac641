from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PluginEnv")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PluginEnv:
    name: str
    description: str
    settable: list[str] | None
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        settable: list[str] | None
        if isinstance(self.settable, list):
            settable = self.settable

        else:
            settable = self.settable

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Description": description,
                "Settable": settable,
                "Value": value,
            }
        )

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
        plugin_env.name = name
        plugin_env.description = description
        plugin_env.settable = settable
        plugin_env.value = value
        plugin_env.additional_properties = d
        return plugin_env

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
