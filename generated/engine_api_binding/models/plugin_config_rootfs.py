from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginConfigRootfs")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PluginConfigRootfs:
    type_: str | Unset = UNSET
    diff_ids: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        diff_ids: list[str] | Unset | None
        if isinstance(self.diff_ids, Unset):
            diff_ids = UNSET
        elif isinstance(self.diff_ids, list):
            diff_ids = self.diff_ids

        else:
            diff_ids = self.diff_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if diff_ids is not UNSET:
            field_dict["diff_ids"] = diff_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _diff_ids_data = d.pop("diff_ids", UNSET)
        diff_ids: list[str] | Unset | None
        if _diff_ids_data is None or _diff_ids_data is UNSET:
            diff_ids = _diff_ids_data
        elif isinstance(_diff_ids_data, list):
            diff_ids_type_0 = _diff_ids_data

            diff_ids = diff_ids_type_0
        else:
            raise TypeError(
                f"diff_ids: expected list[str] | None, got {type(_diff_ids_data).__name__}: {_diff_ids_data!r:.200}"
            )

        plugin_config_rootfs = _new(cls)
        plugin_config_rootfs.type_ = type_
        plugin_config_rootfs.diff_ids = diff_ids
        plugin_config_rootfs.additional_properties = d
        return plugin_config_rootfs

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
