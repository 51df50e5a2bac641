from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerWaitResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerWaitResponse:
    """OK response to ContainerWait operation"""

    status_code: int
    """ Exit code of the container """
    error: ContainerWaitExitError | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error: dict[str, Any] | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ContainerWaitExitError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "StatusCode": status_code,
            }
        )
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("StatusCode")

        _error_data = d.pop("Error", UNSET)
        error: ContainerWaitExitError | Unset | None
        if _error_data is None or _error_data is UNSET:
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_0 = ContainerWaitExitError.from_dict(_error_data)

            error = error_type_0
        else:
            raise TypeError(
                f"error: expected ContainerWaitExitError | None, got {type(_error_data).__name__}: {_error_data!r:.200}"
            )

        container_wait_response = _new(cls)
        container_wait_response.status_code = status_code
        container_wait_response.error = error
        container_wait_response.additional_properties = d
        return container_wait_response

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


from ..models.container_wait_exit_error import ContainerWaitExitError
