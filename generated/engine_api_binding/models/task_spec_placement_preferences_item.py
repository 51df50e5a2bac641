from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecPlacementPreferencesItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecPlacementPreferencesItem:
    spread: TaskSpecPlacementPreferencesItemSpread | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spread: dict[str, Any] | Unset | None
        if isinstance(self.spread, Unset):
            spread = UNSET
        elif isinstance(self.spread, TaskSpecPlacementPreferencesItemSpread):
            spread = self.spread.to_dict()
        else:
            spread = self.spread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spread is not UNSET:
            field_dict["Spread"] = spread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _spread_data = d.pop("Spread", UNSET)
        spread: TaskSpecPlacementPreferencesItemSpread | Unset | None
        if _spread_data is None or _spread_data is UNSET:
            spread = _spread_data
        elif isinstance(_spread_data, dict):
            spread_type_0 = TaskSpecPlacementPreferencesItemSpread.from_dict(_spread_data)

            spread = spread_type_0
        else:
            raise TypeError(
                f"spread: expected None | TaskSpecPlacementPreferencesItemSpread, got {type(_spread_data).__name__}: {_spread_data!r:.200}"
            )

        task_spec_placement_preferences_item = _new(cls)
        task_spec_placement_preferences_item.spread = spread
        task_spec_placement_preferences_item.additional_properties = d
        return task_spec_placement_preferences_item

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


from ..models.task_spec_placement_preferences_item_spread import (
    TaskSpecPlacementPreferencesItemSpread,
)
