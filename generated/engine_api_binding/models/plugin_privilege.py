from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginPrivilege")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PluginPrivilege:
    """Describes a permission the user has to accept upon installing
    the plugin.

    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    value: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        value: list[str] | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if value is not UNSET:
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        description = d.pop("Description", UNSET)

        _value_data = d.pop("Value", UNSET)
        value: list[str] | Unset | None
        if _value_data is None or _value_data is UNSET:
            value = _value_data
        elif isinstance(_value_data, list):
            value_type_0 = _value_data

            value = value_type_0
        else:
            raise TypeError(
                f"value: expected list[str] | None, got {type(_value_data).__name__}: {_value_data!r:.200}"
            )

        plugin_privilege = _new(cls)
        plugin_privilege.name = name
        plugin_privilege.description = description
        plugin_privilege.value = value
        plugin_privilege.additional_properties = d
        return plugin_privilege

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
