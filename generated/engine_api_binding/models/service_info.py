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

T = TypeVar("T", bound="ServiceInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceInfo(Model):
    """represents service parameters with the list of service's tasks"""

    __match_args__ = (
        "vip",
        "ports",
        "local_lb_index",
        "tasks",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    vip: str | None
    ports: list[str] | None
    local_lb_index: int | None
    tasks: list[NetworkTaskInfo] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        vip: str | None = None,
        ports: list[str] | None = None,
        local_lb_index: int | None = None,
        tasks: list[NetworkTaskInfo] | None = None,
    ) -> None:
        self.vip = vip
        self.ports = ports
        self.local_lb_index = local_lb_index
        self.tasks = tasks
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.vip is not None:
            field_dict["VIP"] = self.vip
        elif "VIP" in self._sent:
            field_dict["VIP"] = None

        ports = self.ports
        if ports is not None:
            ports_json: list[str] | None
            if isinstance(ports, list):
                ports_json = ports

            else:
                ports_json = ports
            field_dict["Ports"] = ports_json
        elif "Ports" in self._sent:
            field_dict["Ports"] = None

        if self.local_lb_index is not None:
            field_dict["LocalLBIndex"] = self.local_lb_index
        elif "LocalLBIndex" in self._sent:
            field_dict["LocalLBIndex"] = None

        tasks = self.tasks
        if tasks is not None:
            tasks_json: list[dict[str, Any]] | None
            if isinstance(tasks, list):
                tasks_json = []
                for tasks_type_0_item_data in tasks:
                    tasks_type_0_item = tasks_type_0_item_data.to_dict()
                    tasks_json.append(tasks_type_0_item)

            else:
                tasks_json = tasks
            field_dict["Tasks"] = tasks_json
        elif "Tasks" in self._sent:
            field_dict["Tasks"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        vip = d.pop("VIP", None)

        _ports_data = d.pop("Ports", None)
        ports: list[str] | None
        if _ports_data is None:
            ports = _ports_data
        elif isinstance(_ports_data, list):
            ports_type_0 = _ports_data

            ports = ports_type_0
        else:
            raise TypeError(
                f"ports: expected list[str] | None, got {type(_ports_data).__name__}: {_ports_data!r:.200}"
            )

        local_lb_index = d.pop("LocalLBIndex", None)

        d.pop("Tasks", None)

        service_info = _new(cls)
        service_info._sent = src_dict
        service_info.vip = vip
        service_info.ports = ports
        service_info.local_lb_index = local_lb_index
        service_info.additional_properties = d
        return service_info

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "tasks",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "tasks":
            _tasks_data = src.get("Tasks")
            tasks: list[NetworkTaskInfo] | None
            if _tasks_data is None:
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

            return tasks
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "VIP": "vip",
        "Ports": "ports",
        "LocalLBIndex": "local_lb_index",
        "Tasks": "tasks",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["VIP"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Ports"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["LocalLBIndex"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Tasks"]) -> list[NetworkTaskInfo]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["VIP"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Ports"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["LocalLBIndex"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["Tasks"], default: None = None
        ) -> list[NetworkTaskInfo] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.network_task_info import NetworkTaskInfo
