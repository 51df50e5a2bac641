from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerCPUStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerCPUStats:
    """CPU related info of the container"""

    cpu_usage: ContainerCPUUsage | Unset | None = UNSET
    system_cpu_usage: int | Unset | None = UNSET
    """ System Usage.

    This field is Linux-specific and omitted for Windows containers.
     """
    online_cpus: int | Unset | None = UNSET
    """ Number of online CPUs.

    This field is Linux-specific and omitted for Windows containers.
     """
    throttling_data: ContainerThrottlingData | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_usage: dict[str, Any] | Unset | None
        if isinstance(self.cpu_usage, Unset):
            cpu_usage = UNSET
        elif isinstance(self.cpu_usage, ContainerCPUUsage):
            cpu_usage = self.cpu_usage.to_dict()
        else:
            cpu_usage = self.cpu_usage

        system_cpu_usage: int | Unset | None
        if isinstance(self.system_cpu_usage, Unset):
            system_cpu_usage = UNSET
        else:
            system_cpu_usage = self.system_cpu_usage

        online_cpus: int | Unset | None
        if isinstance(self.online_cpus, Unset):
            online_cpus = UNSET
        else:
            online_cpus = self.online_cpus

        throttling_data: dict[str, Any] | Unset | None
        if isinstance(self.throttling_data, Unset):
            throttling_data = UNSET
        elif isinstance(self.throttling_data, ContainerThrottlingData):
            throttling_data = self.throttling_data.to_dict()
        else:
            throttling_data = self.throttling_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_usage is not UNSET:
            field_dict["cpu_usage"] = cpu_usage
        if system_cpu_usage is not UNSET:
            field_dict["system_cpu_usage"] = system_cpu_usage
        if online_cpus is not UNSET:
            field_dict["online_cpus"] = online_cpus
        if throttling_data is not UNSET:
            field_dict["throttling_data"] = throttling_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpu_usage_data = d.pop("cpu_usage", UNSET)
        cpu_usage: ContainerCPUUsage | Unset | None
        if _cpu_usage_data is None or _cpu_usage_data is UNSET:
            cpu_usage = _cpu_usage_data
        elif isinstance(_cpu_usage_data, dict):
            cpu_usage_type_0 = ContainerCPUUsage.from_dict(_cpu_usage_data)

            cpu_usage = cpu_usage_type_0
        else:
            raise TypeError(
                f"cpu_usage: expected ContainerCPUUsage | None, got {type(_cpu_usage_data).__name__}: {_cpu_usage_data!r:.200}"
            )

        _system_cpu_usage_data = d.pop("system_cpu_usage", UNSET)
        system_cpu_usage: int | Unset | None
        if (
            _system_cpu_usage_data is None
            or _system_cpu_usage_data is UNSET
            or isinstance(_system_cpu_usage_data, int)
        ):
            system_cpu_usage = _system_cpu_usage_data
        else:
            raise TypeError(
                f"system_cpu_usage: expected int | None, got {type(_system_cpu_usage_data).__name__}: {_system_cpu_usage_data!r:.200}"
            )

        _online_cpus_data = d.pop("online_cpus", UNSET)
        online_cpus: int | Unset | None
        if (
            _online_cpus_data is None
            or _online_cpus_data is UNSET
            or isinstance(_online_cpus_data, int)
        ):
            online_cpus = _online_cpus_data
        else:
            raise TypeError(
                f"online_cpus: expected int | None, got {type(_online_cpus_data).__name__}: {_online_cpus_data!r:.200}"
            )

        _throttling_data_data = d.pop("throttling_data", UNSET)
        throttling_data: ContainerThrottlingData | Unset | None
        if _throttling_data_data is None or _throttling_data_data is UNSET:
            throttling_data = _throttling_data_data
        elif isinstance(_throttling_data_data, dict):
            throttling_data_type_0 = ContainerThrottlingData.from_dict(_throttling_data_data)

            throttling_data = throttling_data_type_0
        else:
            raise TypeError(
                f"throttling_data: expected ContainerThrottlingData | None, got {type(_throttling_data_data).__name__}: {_throttling_data_data!r:.200}"
            )

        container_cpu_stats = _new(cls)
        container_cpu_stats.cpu_usage = cpu_usage
        container_cpu_stats.system_cpu_usage = system_cpu_usage
        container_cpu_stats.online_cpus = online_cpus
        container_cpu_stats.throttling_data = throttling_data
        container_cpu_stats.additional_properties = d
        return container_cpu_stats

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


from ..models.container_cpu_usage import ContainerCPUUsage
from ..models.container_throttling_data import ContainerThrottlingData
