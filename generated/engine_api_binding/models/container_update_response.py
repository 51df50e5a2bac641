from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerUpdateResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerUpdateResponse:
    """Response for a successful container-update."""

    warnings: list[str] | Unset | None = UNSET
    """ Warnings encountered when updating the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warnings: list[str] | Unset | None
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _warnings_data = d.pop("Warnings", UNSET)
        warnings: list[str] | Unset | None
        if _warnings_data is None or _warnings_data is UNSET:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        container_update_response = _new(cls)
        container_update_response.warnings = warnings
        container_update_response.additional_properties = d
        return container_update_response

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
