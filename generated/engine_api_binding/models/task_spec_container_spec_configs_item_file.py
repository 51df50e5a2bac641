from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecConfigsItemFile")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpecConfigsItemFile:
    """File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive

    """

    name: str | Unset = UNSET
    """ Name represents the final filename in the filesystem.
     """
    uid: str | Unset = UNSET
    """ UID represents the file UID. """
    gid: str | Unset = UNSET
    """ GID represents the file GID. """
    mode: int | Unset = UNSET
    """ Mode represents the FileMode of the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uid = self.uid

        gid = self.gid

        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if uid is not UNSET:
            field_dict["UID"] = uid
        if gid is not UNSET:
            field_dict["GID"] = gid
        if mode is not UNSET:
            field_dict["Mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        uid = d.pop("UID", UNSET)

        gid = d.pop("GID", UNSET)

        mode = d.pop("Mode", UNSET)

        task_spec_container_spec_configs_item_file = _new(cls)
        task_spec_container_spec_configs_item_file.name = name
        task_spec_container_spec_configs_item_file.uid = uid
        task_spec_container_spec_configs_item_file.gid = gid
        task_spec_container_spec_configs_item_file.mode = mode
        task_spec_container_spec_configs_item_file.additional_properties = d
        return task_spec_container_spec_configs_item_file

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
