from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecPlacementPreferencesItemSpread")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecPlacementPreferencesItemSpread:
    spread_descriptor: str | Unset = UNSET
    """ label descriptor, such as `engine.labels.az`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spread_descriptor = self.spread_descriptor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spread_descriptor is not UNSET:
            field_dict["SpreadDescriptor"] = spread_descriptor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spread_descriptor = d.pop("SpreadDescriptor", UNSET)

        task_spec_placement_preferences_item_spread = _new(cls)
        task_spec_placement_preferences_item_spread.spread_descriptor = spread_descriptor
        task_spec_placement_preferences_item_spread.additional_properties = d
        return task_spec_placement_preferences_item_spread

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
