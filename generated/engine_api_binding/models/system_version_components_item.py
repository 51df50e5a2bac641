from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemVersionComponentsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SystemVersionComponentsItem:
    name: str
    """ Name of the component
     """
    version: str
    """ Version of the component
     """
    details: SystemVersionComponentsItemDetails | Unset | None = UNSET
    """ Key/value pairs of strings with additional information about the
    component. These values are intended for informational purposes
    only, and their content is not defined, and not part of the API
    specification.

    These messages can be printed by the client as information to the user.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        details: dict[str, Any] | Unset | None
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, SystemVersionComponentsItemDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Version": version,
            }
        )
        if details is not UNSET:
            field_dict["Details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        version = d.pop("Version")

        _details_data = d.pop("Details", UNSET)
        details: SystemVersionComponentsItemDetails | Unset | None
        if _details_data is None or _details_data is UNSET:
            details = _details_data
        elif isinstance(_details_data, dict):
            details_type_0 = SystemVersionComponentsItemDetails.from_dict(_details_data)

            details = details_type_0
        else:
            raise TypeError(
                f"details: expected None | SystemVersionComponentsItemDetails, got {type(_details_data).__name__}: {_details_data!r:.200}"
            )

        system_version_components_item = _new(cls)
        system_version_components_item.name = name
        system_version_components_item.version = version
        system_version_components_item.details = details
        system_version_components_item.additional_properties = d
        return system_version_components_item

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


from ..models.system_version_components_item_details import SystemVersionComponentsItemDetails
