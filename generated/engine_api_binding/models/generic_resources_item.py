from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericResourcesItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class GenericResourcesItem:
    named_resource_spec: GenericResourcesItemNamedResourceSpec | Unset | None = UNSET
    discrete_resource_spec: GenericResourcesItemDiscreteResourceSpec | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        named_resource_spec: dict[str, Any] | Unset | None
        if isinstance(self.named_resource_spec, Unset):
            named_resource_spec = UNSET
        elif isinstance(self.named_resource_spec, GenericResourcesItemNamedResourceSpec):
            named_resource_spec = self.named_resource_spec.to_dict()
        else:
            named_resource_spec = self.named_resource_spec

        discrete_resource_spec: dict[str, Any] | Unset | None
        if isinstance(self.discrete_resource_spec, Unset):
            discrete_resource_spec = UNSET
        elif isinstance(self.discrete_resource_spec, GenericResourcesItemDiscreteResourceSpec):
            discrete_resource_spec = self.discrete_resource_spec.to_dict()
        else:
            discrete_resource_spec = self.discrete_resource_spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if named_resource_spec is not UNSET:
            field_dict["NamedResourceSpec"] = named_resource_spec
        if discrete_resource_spec is not UNSET:
            field_dict["DiscreteResourceSpec"] = discrete_resource_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _named_resource_spec_data = d.pop("NamedResourceSpec", UNSET)
        named_resource_spec: GenericResourcesItemNamedResourceSpec | Unset | None
        if _named_resource_spec_data is None or _named_resource_spec_data is UNSET:
            named_resource_spec = _named_resource_spec_data
        elif isinstance(_named_resource_spec_data, dict):
            named_resource_spec_type_0 = GenericResourcesItemNamedResourceSpec.from_dict(
                _named_resource_spec_data
            )

            named_resource_spec = named_resource_spec_type_0
        else:
            raise TypeError(
                f"named_resource_spec: expected GenericResourcesItemNamedResourceSpec | None, got {type(_named_resource_spec_data).__name__}: {_named_resource_spec_data!r:.200}"
            )

        _discrete_resource_spec_data = d.pop("DiscreteResourceSpec", UNSET)
        discrete_resource_spec: GenericResourcesItemDiscreteResourceSpec | Unset | None
        if _discrete_resource_spec_data is None or _discrete_resource_spec_data is UNSET:
            discrete_resource_spec = _discrete_resource_spec_data
        elif isinstance(_discrete_resource_spec_data, dict):
            discrete_resource_spec_type_0 = GenericResourcesItemDiscreteResourceSpec.from_dict(
                _discrete_resource_spec_data
            )

            discrete_resource_spec = discrete_resource_spec_type_0
        else:
            raise TypeError(
                f"discrete_resource_spec: expected GenericResourcesItemDiscreteResourceSpec | None, got {type(_discrete_resource_spec_data).__name__}: {_discrete_resource_spec_data!r:.200}"
            )

        generic_resources_item = _new(cls)
        generic_resources_item.named_resource_spec = named_resource_spec
        generic_resources_item.discrete_resource_spec = discrete_resource_spec
        generic_resources_item.additional_properties = d
        return generic_resources_item

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


from ..models.generic_resources_item_discrete_resource_spec import (
    GenericResourcesItemDiscreteResourceSpec,
)
from ..models.generic_resources_item_named_resource_spec import (
    GenericResourcesItemNamedResourceSpec,
)
