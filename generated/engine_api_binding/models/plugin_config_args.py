from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PluginConfigArgs")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PluginConfigArgs:
    name: str
    description: str
    settable: list[str] | None
    value: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        settable: list[str] | None
        if isinstance(self.settable, list):
            settable = self.settable

        else:
            settable = self.settable

        value: list[str] | None
        if isinstance(self.value, list):
            value = self.value

        else:
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
        plugin_config_args.name = name
        plugin_config_args.description = description
        plugin_config_args.settable = settable
        plugin_config_args.value = value
        plugin_config_args.additional_properties = d
        return plugin_config_args

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
