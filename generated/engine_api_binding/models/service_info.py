from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceInfo:
    """represents service parameters with the list of service's tasks"""

    vip: str | Unset = UNSET
    ports: list[str] | Unset | None = UNSET
    local_lb_index: int | Unset = UNSET
    tasks: list[NetworkTaskInfo] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vip = self.vip

        ports: list[str] | Unset | None
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = self.ports

        else:
            ports = self.ports

        local_lb_index = self.local_lb_index

        tasks: list[dict[str, Any]] | Unset | None
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vip is not UNSET:
            field_dict["VIP"] = vip
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if local_lb_index is not UNSET:
            field_dict["LocalLBIndex"] = local_lb_index
        if tasks is not UNSET:
            field_dict["Tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vip = d.pop("VIP", UNSET)

        _ports_data = d.pop("Ports", UNSET)
        ports: list[str] | Unset | None
        if _ports_data is None or _ports_data is UNSET:
            ports = _ports_data
        elif isinstance(_ports_data, list):
            ports_type_0 = _ports_data

            ports = ports_type_0
        else:
            raise TypeError(
                f"ports: expected list[str] | None, got {type(_ports_data).__name__}: {_ports_data!r:.200}"
            )

        local_lb_index = d.pop("LocalLBIndex", UNSET)

        _tasks_data = d.pop("Tasks", UNSET)
        tasks: list[NetworkTaskInfo] | Unset | None
        if _tasks_data is None or _tasks_data is UNSET:
            tasks = _tasks_data
        elif isinstance(_tasks_data, list):
            tasks_type_0 = []
            _tasks_type_0 = _tasks_data
            for tasks_type_0_item_data in _tasks_type_0:
                tasks_type_0_item = NetworkTaskInfo.from_dict(tasks_type_0_item_data)

                tasks_type_0.append(tasks_type_0_item)

            tasks = tasks_type_0
        else:
            raise TypeError(
                f"tasks: expected list[NetworkTaskInfo] | None, got {type(_tasks_data).__name__}: {_tasks_data!r:.200}"
            )

        service_info = _new(cls)
        service_info.vip = vip
        service_info.ports = ports
        service_info.local_lb_index = local_lb_index
        service_info.tasks = tasks
        service_info.additional_properties = d
        return service_info

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


from ..models.network_task_info import NetworkTaskInfo
