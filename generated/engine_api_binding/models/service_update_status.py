from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_update_status_state import (
    ServiceUpdateStatusState,
    check_service_update_status_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceUpdateStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceUpdateStatus:
    """The status of a service update."""

    state: ServiceUpdateStatusState | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["State"] = state
        if started_at is not UNSET:
            field_dict["StartedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["CompletedAt"] = completed_at
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _state = d.pop("State", UNSET)
        state: ServiceUpdateStatusState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = check_service_update_status_state(_state)

        _started_at = d.pop("StartedAt", UNSET)
        started_at: datetime.datetime | Unset
        if _started_at is UNSET:
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _completed_at = d.pop("CompletedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if _completed_at is UNSET:
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        message = d.pop("Message", UNSET)

        service_update_status = _new(cls)
        service_update_status.state = state
        service_update_status.started_at = started_at
        service_update_status.completed_at = completed_at
        service_update_status.message = message
        service_update_status.additional_properties = d
        return service_update_status

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
