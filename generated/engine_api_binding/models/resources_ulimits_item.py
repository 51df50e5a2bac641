from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesUlimitsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ResourcesUlimitsItem:
    name: str | Unset = UNSET
    """ Name of ulimit """
    soft: int | Unset = UNSET
    """ Soft limit """
    hard: int | Unset = UNSET
    """ Hard limit """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        soft = self.soft

        hard = self.hard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if soft is not UNSET:
            field_dict["Soft"] = soft
        if hard is not UNSET:
            field_dict["Hard"] = hard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        soft = d.pop("Soft", UNSET)

        hard = d.pop("Hard", UNSET)

        resources_ulimits_item = _new(cls)
        resources_ulimits_item.name = name
        resources_ulimits_item.soft = soft
        resources_ulimits_item.hard = hard
        resources_ulimits_item.additional_properties = d
        return resources_ulimits_item

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
