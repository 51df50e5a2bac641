from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_spec_container_spec_privileges_app_armor_mode import (
    TaskSpecContainerSpecPrivilegesAppArmorMode,
    check_task_spec_container_spec_privileges_app_armor_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesAppArmor")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpecPrivilegesAppArmor:
    """Options for configuring AppArmor on the container"""

    mode: TaskSpecContainerSpecPrivilegesAppArmorMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["Mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("Mode", UNSET)
        mode: TaskSpecContainerSpecPrivilegesAppArmorMode | Unset
        if _mode is UNSET:
            mode = UNSET
        else:
            mode = check_task_spec_container_spec_privileges_app_armor_mode(_mode)

        task_spec_container_spec_privileges_app_armor = _new(cls)
        task_spec_container_spec_privileges_app_armor.mode = mode
        task_spec_container_spec_privileges_app_armor.additional_properties = d
        return task_spec_container_spec_privileges_app_armor

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
