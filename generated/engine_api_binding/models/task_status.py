from __future__ import annotations

import datetime
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
from ..models.task_state import TaskState, check_task_state

T = TypeVar("T", bound="TaskStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskStatus(Model):
    """represents the status of a task."""

    __match_args__ = (
        "timestamp",
        "state",
        "message",
        "err",
        "container_status",
        "port_status",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    timestamp: datetime.datetime | None
    state: TaskState | None
    message: str | None
    err: str | None
    container_status: ContainerStatus | None
    port_status: PortStatus | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        timestamp: datetime.datetime | None = None,
        state: TaskState | None = None,
        message: str | None = None,
        err: str | None = None,
        container_status: ContainerStatus | None = None,
        port_status: PortStatus | None = None,
    ) -> None:
        self.timestamp = timestamp
        self.state = state
        self.message = message
        self.err = err
        self.container_status = container_status
        self.port_status = port_status
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        timestamp = self.timestamp
        if timestamp is not None:
            timestamp_json = timestamp.isoformat()
            field_dict["Timestamp"] = timestamp_json
        elif "Timestamp" in self._sent:
            field_dict["Timestamp"] = None

        state = self.state
        if state is not None:
            state_json: str = state
            field_dict["State"] = state_json
        elif "State" in self._sent:
            field_dict["State"] = None

        if self.message is not None:
            field_dict["Message"] = self.message
        elif "Message" in self._sent:
            field_dict["Message"] = None

        if self.err is not None:
            field_dict["Err"] = self.err
        elif "Err" in self._sent:
            field_dict["Err"] = None

        container_status = self.container_status
        if container_status is not None:
            container_status_json: dict[str, Any] | None
            if isinstance(container_status, ContainerStatus):
                container_status_json = container_status.to_dict()
            else:
                container_status_json = container_status
            field_dict["ContainerStatus"] = container_status_json
        elif "ContainerStatus" in self._sent:
            field_dict["ContainerStatus"] = None

        port_status = self.port_status
        if port_status is not None:
            port_status_json: dict[str, Any] | None
            if isinstance(port_status, PortStatus):
                port_status_json = port_status.to_dict()
            else:
                port_status_json = port_status
            field_dict["PortStatus"] = port_status_json
        elif "PortStatus" in self._sent:
            field_dict["PortStatus"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Timestamp", None)

        _state_src = d.pop("State", None)
        state: TaskState | None
        if _state_src is None:
            state = None
        else:
            state_value = check_task_state(_state_src)

            state = state_value

        message = d.pop("Message", None)

        err = d.pop("Err", None)

        d.pop("ContainerStatus", None)

        d.pop("PortStatus", None)

        task_status = _new(cls)
        task_status._sent = src_dict
        task_status.state = state
        task_status.message = message
        task_status.err = err
        task_status.additional_properties = d
        return task_status

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "timestamp",
            "container_status",
            "port_status",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "timestamp":
            _timestamp_src = src.get("Timestamp")
            timestamp: datetime.datetime | None
            if _timestamp_src is None:
                timestamp = None
            else:
                timestamp_value = datetime.datetime.fromisoformat(_timestamp_src)

                timestamp = timestamp_value

            return timestamp
        if deferred_name == "container_status":
            _container_status_data = src.get("ContainerStatus")
            container_status: ContainerStatus | None
            if _container_status_data is None:
                container_status = _container_status_data
            elif isinstance(_container_status_data, dict):
                container_status_type_0 = ContainerStatus.from_dict(_container_status_data)

                container_status = container_status_type_0
            else:
                raise TypeError(
                    f"container_status: expected ContainerStatus | None, got {type(_container_status_data).__name__}: {_container_status_data!r:.200}"
                )

            return container_status
        if deferred_name == "port_status":
            _port_status_data = src.get("PortStatus")
            port_status: PortStatus | None
            if _port_status_data is None:
                port_status = _port_status_data
            elif isinstance(_port_status_data, dict):
                port_status_type_0 = PortStatus.from_dict(_port_status_data)

                port_status = port_status_type_0
            else:
                raise TypeError(
                    f"port_status: expected None | PortStatus, got {type(_port_status_data).__name__}: {_port_status_data!r:.200}"
                )

            return port_status
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Timestamp": "timestamp",
        "State": "state",
        "Message": "message",
        "Err": "err",
        "ContainerStatus": "container_status",
        "PortStatus": "port_status",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Timestamp"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["State"]) -> TaskState: ...
        @overload
        def __getitem__(self, key: Literal["Message", "Err"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["ContainerStatus"]) -> ContainerStatus: ...
        @overload
        def __getitem__(self, key: Literal["PortStatus"]) -> PortStatus: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Timestamp"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["State"], default: None = None) -> TaskState | None: ...
        @overload
        def get(self, key: Literal["Message", "Err"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["ContainerStatus"], default: None = None
        ) -> ContainerStatus | None: ...
        @overload
        def get(self, key: Literal["PortStatus"], default: None = None) -> PortStatus | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_status import ContainerStatus
from ..models.port_status import PortStatus
