from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContainerConfigVolumes")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerConfigVolumes:
    """An object mapping mount point paths inside the container to empty
    objects.

    """

    additional_properties: dict[str, EmptyObject] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_config_volumes = _new(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EmptyObject.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        container_config_volumes.additional_properties = additional_properties
        return container_config_volumes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EmptyObject:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EmptyObject) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.empty_object import EmptyObject
