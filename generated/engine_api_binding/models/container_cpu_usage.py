from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ContainerCPUUsage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerCPUUsage(Model):
    """All CPU stats aggregated since container inception."""

    __match_args__ = (
        "total_usage",
        "percpu_usage",
        "usage_in_kernelmode",
        "usage_in_usermode",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    total_usage: int | None
    """ Total CPU time consumed in nanoseconds (Linux) or 100's of nanoseconds (Windows).
     """
    percpu_usage: list[int] | None
    """ Total CPU time (in nanoseconds) consumed per core (Linux).

    This field is Linux-specific when using cgroups v1. It is omitted
    when using cgroups v2 and Windows containers.
     """
    usage_in_kernelmode: int | None
    """ Time (in nanoseconds) spent by tasks of the cgroup in kernel mode (Linux),
    or time spent (in 100's of nanoseconds) by all container processes in
    kernel mode (Windows).

    Not populated for Windows containers using Hyper-V isolation.
     """
    usage_in_usermode: int | None
    """ Time (in nanoseconds) spent by tasks of the cgroup in user mode (Linux),
    or time spent (in 100's of nanoseconds) by all container processes in
    kernel mode (Windows).

    Not populated for Windows containers using Hyper-V isolation.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        total_usage: int | None = None,
        percpu_usage: list[int] | None = None,
        usage_in_kernelmode: int | None = None,
        usage_in_usermode: int | None = None,
    ) -> None:
        self.total_usage = total_usage
        self.percpu_usage = percpu_usage
        self.usage_in_kernelmode = usage_in_kernelmode
        self.usage_in_usermode = usage_in_usermode
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.total_usage is not None:
            field_dict["total_usage"] = self.total_usage
        elif "total_usage" in self._sent:
            field_dict["total_usage"] = None

        percpu_usage = self.percpu_usage
        if percpu_usage is not None:
            percpu_usage_json: list[int] | None
            if isinstance(percpu_usage, list):
                percpu_usage_json = percpu_usage

            else:
                percpu_usage_json = percpu_usage
            field_dict["percpu_usage"] = percpu_usage_json
        elif "percpu_usage" in self._sent:
            field_dict["percpu_usage"] = None

        if self.usage_in_kernelmode is not None:
            field_dict["usage_in_kernelmode"] = self.usage_in_kernelmode
        elif "usage_in_kernelmode" in self._sent:
            field_dict["usage_in_kernelmode"] = None

        if self.usage_in_usermode is not None:
            field_dict["usage_in_usermode"] = self.usage_in_usermode
        elif "usage_in_usermode" in self._sent:
            field_dict["usage_in_usermode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        total_usage = d.pop("total_usage", None)

        _percpu_usage_data = d.pop("percpu_usage", None)
        percpu_usage: list[int] | None
        if _percpu_usage_data is None:
            percpu_usage = _percpu_usage_data
        elif isinstance(_percpu_usage_data, list):
            percpu_usage_type_0 = _percpu_usage_data

            percpu_usage = percpu_usage_type_0
        else:
            raise TypeError(
                f"percpu_usage: expected list[int] | None, got {type(_percpu_usage_data).__name__}: {_percpu_usage_data!r:.200}"
            )

        usage_in_kernelmode = d.pop("usage_in_kernelmode", None)

        usage_in_usermode = d.pop("usage_in_usermode", None)

        container_cpu_usage = _new(cls)
        container_cpu_usage._sent = src_dict
        container_cpu_usage.total_usage = total_usage
        container_cpu_usage.percpu_usage = percpu_usage
        container_cpu_usage.usage_in_kernelmode = usage_in_kernelmode
        container_cpu_usage.usage_in_usermode = usage_in_usermode
        container_cpu_usage.additional_properties = d
        return container_cpu_usage

    _keys: ClassVar[dict[str, str]] = {
        "total_usage": "total_usage",
        "percpu_usage": "percpu_usage",
        "usage_in_kernelmode": "usage_in_kernelmode",
        "usage_in_usermode": "usage_in_usermode",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["total_usage", "usage_in_kernelmode", "usage_in_usermode"]
        ) -> int: ...
        @overload
        def __getitem__(self, key: Literal["percpu_usage"]) -> list[int]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["total_usage", "usage_in_kernelmode", "usage_in_usermode"],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(self, key: Literal["percpu_usage"], default: None = None) -> list[int] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
