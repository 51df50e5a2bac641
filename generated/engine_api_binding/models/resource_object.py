from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceObject")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ResourceObject:
    """An object describing the resources which can be advertised by a node and
    requested by a task.

    """

    nano_cpus: int | Unset = UNSET
    memory_bytes: int | Unset = UNSET
    generic_resources: list[GenericResourcesItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nano_cpus = self.nano_cpus

        memory_bytes = self.memory_bytes

        generic_resources: list[dict[str, Any]] | Unset | None
        if isinstance(self.generic_resources, Unset):
            generic_resources = UNSET
        elif isinstance(self.generic_resources, list):
            generic_resources = []
            for componentsschemas_generic_resources_item_data in self.generic_resources:
                componentsschemas_generic_resources_item = (
                    componentsschemas_generic_resources_item_data.to_dict()
                )
                generic_resources.append(componentsschemas_generic_resources_item)

        else:
            generic_resources = self.generic_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nano_cpus is not UNSET:
            field_dict["NanoCPUs"] = nano_cpus
        if memory_bytes is not UNSET:
            field_dict["MemoryBytes"] = memory_bytes
        if generic_resources is not UNSET:
            field_dict["GenericResources"] = generic_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nano_cpus = d.pop("NanoCPUs", UNSET)

        memory_bytes = d.pop("MemoryBytes", UNSET)

        _generic_resources_data = d.pop("GenericResources", UNSET)
        generic_resources: list[GenericResourcesItem] | Unset | None
        if _generic_resources_data is None or _generic_resources_data is UNSET:
            generic_resources = _generic_resources_data
        elif isinstance(_generic_resources_data, list):
            generic_resources_type_0 = []
            _generic_resources_type_0 = _generic_resources_data
            for componentsschemas_generic_resources_item_data in _generic_resources_type_0:
                componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                    componentsschemas_generic_resources_item_data
                )

                generic_resources_type_0.append(componentsschemas_generic_resources_item)

            generic_resources = generic_resources_type_0
        else:
            raise TypeError(
                f"generic_resources: expected list[GenericResourcesItem] | None, got {type(_generic_resources_data).__name__}: {_generic_resources_data!r:.200}"
            )

        resource_object = _new(cls)
        resource_object.nano_cpus = nano_cpus
        resource_object.memory_bytes = memory_bytes
        resource_object.generic_resources = generic_resources
        resource_object.additional_properties = d
        return resource_object

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


from ..models.generic_resources_item import GenericResourcesItem
