from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskStatus:
    """represents the status of a task."""

    timestamp: datetime.datetime | Unset = UNSET
    state: TaskState | Unset = UNSET
    message: str | Unset = UNSET
    err: str | Unset = UNSET
    container_status: ContainerStatus | Unset | None = UNSET
    port_status: PortStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        message = self.message

        err = self.err

        container_status: dict[str, Any] | Unset | None
        if isinstance(self.container_status, Unset):
            container_status = UNSET
        elif isinstance(self.container_status, ContainerStatus):
            container_status = self.container_status.to_dict()
        else:
            container_status = self.container_status

        port_status: dict[str, Any] | Unset | None
        if isinstance(self.port_status, Unset):
            port_status = UNSET
        elif isinstance(self.port_status, PortStatus):
            port_status = self.port_status.to_dict()
        else:
            port_status = self.port_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp
        if state is not UNSET:
            field_dict["State"] = state
        if message is not UNSET:
            field_dict["Message"] = message
        if err is not UNSET:
            field_dict["Err"] = err
        if container_status is not UNSET:
            field_dict["ContainerStatus"] = container_status
        if port_status is not UNSET:
            field_dict["PortStatus"] = port_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _timestamp = d.pop("Timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if _timestamp is UNSET:
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _state = d.pop("State", UNSET)
        state: TaskState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = check_task_state(_state)

        message = d.pop("Message", UNSET)

        err = d.pop("Err", UNSET)

        _container_status_data = d.pop("ContainerStatus", UNSET)
        container_status: ContainerStatus | Unset | None
        if _container_status_data is None or _container_status_data is UNSET:
            container_status = _container_status_data
        elif isinstance(_container_status_data, dict):
            container_status_type_0 = ContainerStatus.from_dict(_container_status_data)

            container_status = container_status_type_0
        else:
            raise TypeError(
                f"container_status: expected ContainerStatus | None, got {type(_container_status_data).__name__}: {_container_status_data!r:.200}"
            )

        _port_status_data = d.pop("PortStatus", UNSET)
        port_status: PortStatus | Unset | None
        if _port_status_data is None or _port_status_data is UNSET:
            port_status = _port_status_data
        elif isinstance(_port_status_data, dict):
            port_status_type_0 = PortStatus.from_dict(_port_status_data)

            port_status = port_status_type_0
        else:
            raise TypeError(
                f"port_status: expected None | PortStatus, got {type(_port_status_data).__name__}: {_port_status_data!r:.200}"
            )

        task_status = _new(cls)
        task_status.timestamp = timestamp
        task_status.state = state
        task_status.message = message
        task_status.err = err
        task_status.container_status = container_status
        task_status.port_status = port_status
        task_status.additional_properties = d
        return task_status

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


from ..models.container_status import ContainerStatus
from ..models.port_status import PortStatus
