from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceMapping")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class DeviceMapping:
    """A device mapping between the host and container

    Example:
        {'PathOnHost': '/dev/deviceName', 'PathInContainer': '/dev/deviceName', 'CgroupPermissions': 'mrw'}

    """

    path_on_host: str | Unset = UNSET
    path_in_container: str | Unset = UNSET
    cgroup_permissions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path_on_host = self.path_on_host

        path_in_container = self.path_in_container

        cgroup_permissions = self.cgroup_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path_on_host is not UNSET:
            field_dict["PathOnHost"] = path_on_host
        if path_in_container is not UNSET:
            field_dict["PathInContainer"] = path_in_container
        if cgroup_permissions is not UNSET:
            field_dict["CgroupPermissions"] = cgroup_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path_on_host = d.pop("PathOnHost", UNSET)

        path_in_container = d.pop("PathInContainer", UNSET)

        cgroup_permissions = d.pop("CgroupPermissions", UNSET)

        device_mapping = _new(cls)
        device_mapping.path_on_host = path_on_host
        device_mapping.path_in_container = path_in_container
        device_mapping.cgroup_permissions = cgroup_permissions
        device_mapping.additional_properties = d
        return device_mapping

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
