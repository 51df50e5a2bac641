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

T = TypeVar("T", bound="ContainerCPUStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerCPUStats(Model):
    """CPU related info of the container"""

    __match_args__ = (
        "cpu_usage",
        "system_cpu_usage",
        "online_cpus",
        "throttling_data",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    cpu_usage: ContainerCPUUsage | None
    system_cpu_usage: int | None
    """ System Usage.

    This field is Linux-specific and omitted for Windows containers.
     """
    online_cpus: int | None
    """ Number of online CPUs.

    This field is Linux-specific and omitted for Windows containers.
     """
    throttling_data: ContainerThrottlingData | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        cpu_usage: ContainerCPUUsage | None = None,
        system_cpu_usage: int | None = None,
        online_cpus: int | None = None,
        throttling_data: ContainerThrottlingData | None = None,
    ) -> None:
        self.cpu_usage = cpu_usage
        self.system_cpu_usage = system_cpu_usage
        self.online_cpus = online_cpus
        self.throttling_data = throttling_data
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cpu_usage = self.cpu_usage
        if cpu_usage is not None:
            cpu_usage_json: dict[str, Any] | None
            if isinstance(cpu_usage, ContainerCPUUsage):
                cpu_usage_json = cpu_usage.to_dict()
            else:
                cpu_usage_json = cpu_usage
            field_dict["cpu_usage"] = cpu_usage_json
        elif "cpu_usage" in self._sent:
            field_dict["cpu_usage"] = None

        system_cpu_usage = self.system_cpu_usage
        if system_cpu_usage is not None:
            system_cpu_usage_json: int | None
            system_cpu_usage_json = system_cpu_usage
            field_dict["system_cpu_usage"] = system_cpu_usage_json
        elif "system_cpu_usage" in self._sent:
            field_dict["system_cpu_usage"] = None

        online_cpus = self.online_cpus
        if online_cpus is not None:
            online_cpus_json: int | None
            online_cpus_json = online_cpus
            field_dict["online_cpus"] = online_cpus_json
        elif "online_cpus" in self._sent:
            field_dict["online_cpus"] = None

        throttling_data = self.throttling_data
        if throttling_data is not None:
            throttling_data_json: dict[str, Any] | None
            if isinstance(throttling_data, ContainerThrottlingData):
                throttling_data_json = throttling_data.to_dict()
            else:
                throttling_data_json = throttling_data
            field_dict["throttling_data"] = throttling_data_json
        elif "throttling_data" in self._sent:
            field_dict["throttling_data"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("cpu_usage", None)

        _system_cpu_usage_data = d.pop("system_cpu_usage", None)
        system_cpu_usage: int | None
        if _system_cpu_usage_data is None or isinstance(_system_cpu_usage_data, int):
            system_cpu_usage = _system_cpu_usage_data
        else:
            raise TypeError(
                f"system_cpu_usage: expected int | None, got {type(_system_cpu_usage_data).__name__}: {_system_cpu_usage_data!r:.200}"
            )

        _online_cpus_data = d.pop("online_cpus", None)
        online_cpus: int | None
        if _online_cpus_data is None or isinstance(_online_cpus_data, int):
            online_cpus = _online_cpus_data
        else:
            raise TypeError(
                f"online_cpus: expected int | None, got {type(_online_cpus_data).__name__}: {_online_cpus_data!r:.200}"
            )

        d.pop("throttling_data", None)

        container_cpu_stats = _new(cls)
        container_cpu_stats._sent = src_dict
        container_cpu_stats.system_cpu_usage = system_cpu_usage
        container_cpu_stats.online_cpus = online_cpus
        container_cpu_stats.additional_properties = d
        return container_cpu_stats

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "cpu_usage",
            "throttling_data",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "cpu_usage":
            _cpu_usage_data = src.get("cpu_usage")
            cpu_usage: ContainerCPUUsage | None
            if _cpu_usage_data is None:
                cpu_usage = _cpu_usage_data
            elif isinstance(_cpu_usage_data, dict):
                cpu_usage_type_0 = ContainerCPUUsage.from_dict(_cpu_usage_data)

                cpu_usage = cpu_usage_type_0
            else:
                raise TypeError(
                    f"cpu_usage: expected ContainerCPUUsage | None, got {type(_cpu_usage_data).__name__}: {_cpu_usage_data!r:.200}"
                )

            return cpu_usage
        if deferred_name == "throttling_data":
            _throttling_data_data = src.get("throttling_data")
            throttling_data: ContainerThrottlingData | None
            if _throttling_data_data is None:
                throttling_data = _throttling_data_data
            elif isinstance(_throttling_data_data, dict):
                throttling_data_type_0 = ContainerThrottlingData.from_dict(_throttling_data_data)

                throttling_data = throttling_data_type_0
            else:
                raise TypeError(
                    f"throttling_data: expected ContainerThrottlingData | None, got {type(_throttling_data_data).__name__}: {_throttling_data_data!r:.200}"
                )

            return throttling_data
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "cpu_usage": "cpu_usage",
        "system_cpu_usage": "system_cpu_usage",
        "online_cpus": "online_cpus",
        "throttling_data": "throttling_data",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["cpu_usage"]) -> ContainerCPUUsage: ...
        @overload
        def __getitem__(self, key: Literal["system_cpu_usage", "online_cpus"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["throttling_data"]) -> ContainerThrottlingData: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["cpu_usage"], default: None = None
        ) -> ContainerCPUUsage | None: ...
        @overload
        def get(
            self, key: Literal["system_cpu_usage", "online_cpus"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["throttling_data"], default: None = None
        ) -> ContainerThrottlingData | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_cpu_usage import ContainerCPUUsage
from ..models.container_throttling_data import ContainerThrottlingData
