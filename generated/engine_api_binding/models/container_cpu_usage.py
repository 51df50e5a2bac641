from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerCPUUsage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerCPUUsage:
    """All CPU stats aggregated since container inception."""

    total_usage: int | Unset = UNSET
    """ Total CPU time consumed in nanoseconds (Linux) or 100's of nanoseconds (Windows).
     """
    percpu_usage: list[int] | Unset | None = UNSET
    """ Total CPU time (in nanoseconds) consumed per core (Linux).

    This field is Linux-specific when using cgroups v1. It is omitted
    when using cgroups v2 and Windows containers.
     """
    usage_in_kernelmode: int | Unset = UNSET
    """ Time (in nanoseconds) spent by tasks of the cgroup in kernel mode (Linux),
    or time spent (in 100's of nanoseconds) by all container processes in
    kernel mode (Windows).

    Not populated for Windows containers using Hyper-V isolation.
     """
    usage_in_usermode: int | Unset = UNSET
    """ Time (in nanoseconds) spent by tasks of the cgroup in user mode (Linux),
    or time spent (in 100's of nanoseconds) by all container processes in
    kernel mode (Windows).

    Not populated for Windows containers using Hyper-V isolation.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_usage = self.total_usage

        percpu_usage: list[int] | Unset | None
        if isinstance(self.percpu_usage, Unset):
            percpu_usage = UNSET
        elif isinstance(self.percpu_usage, list):
            percpu_usage = self.percpu_usage

        else:
            percpu_usage = self.percpu_usage

        usage_in_kernelmode = self.usage_in_kernelmode

        usage_in_usermode = self.usage_in_usermode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_usage is not UNSET:
            field_dict["total_usage"] = total_usage
        if percpu_usage is not UNSET:
            field_dict["percpu_usage"] = percpu_usage
        if usage_in_kernelmode is not UNSET:
            field_dict["usage_in_kernelmode"] = usage_in_kernelmode
        if usage_in_usermode is not UNSET:
            field_dict["usage_in_usermode"] = usage_in_usermode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_usage = d.pop("total_usage", UNSET)

        _percpu_usage_data = d.pop("percpu_usage", UNSET)
        percpu_usage: list[int] | Unset | None
        if _percpu_usage_data is None or _percpu_usage_data is UNSET:
            percpu_usage = _percpu_usage_data
        elif isinstance(_percpu_usage_data, list):
            percpu_usage_type_0 = _percpu_usage_data

            percpu_usage = percpu_usage_type_0
        else:
            raise TypeError(
                f"percpu_usage: expected list[int] | None, got {type(_percpu_usage_data).__name__}: {_percpu_usage_data!r:.200}"
            )

        usage_in_kernelmode = d.pop("usage_in_kernelmode", UNSET)

        usage_in_usermode = d.pop("usage_in_usermode", UNSET)

        container_cpu_usage = _new(cls)
        container_cpu_usage.total_usage = total_usage
        container_cpu_usage.percpu_usage = percpu_usage
        container_cpu_usage.usage_in_kernelmode = usage_in_kernelmode
        container_cpu_usage.usage_in_usermode = usage_in_usermode
        container_cpu_usage.additional_properties = d
        return container_cpu_usage

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
