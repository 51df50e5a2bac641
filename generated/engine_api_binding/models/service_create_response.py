from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceCreateResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceCreateResponse:
    """contains the information returned to a client on the
    creation of a new service.

    """

    id: str | Unset = UNSET
    """ The ID of the created service. """
    warnings: list[str] | Unset | None = UNSET
    """ Optional warning message.

    FIXME(thaJeztah): this should have "omitempty" in the generated type.
     """
    warning: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.43; removed after it.

    Optional warning message
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        warnings: list[str] | Unset | None
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings
        if warning is not UNSET:
            field_dict["Warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

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

        warning = d.pop("Warning", UNSET)

        service_create_response = _new(cls)
        service_create_response.id = id
        service_create_response.warnings = warnings
        service_create_response.warning = warning
        service_create_response.additional_properties = d
        return service_create_response

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
