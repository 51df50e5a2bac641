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
from ..models.container_state_status import ContainerStateStatus, check_container_state_status

T = TypeVar("T", bound="ContainerState")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerState(Model):
    """ContainerState stores container's running state. It's part of ContainerJSONBase
    and will be returned by the "inspect" command.

    """

    __match_args__ = (
        "status",
        "running",
        "paused",
        "restarting",
        "oom_killed",
        "dead",
        "pid",
        "exit_code",
        "error",
        "started_at",
        "finished_at",
        "health",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    status: ContainerStateStatus | None
    """ String representation of the container state. Can be one of "created",
    "running", "paused", "restarting", "removing", "exited", or "dead".
     """
    running: bool | None
    """ Whether this container is running.

    Note that a running container can be _paused_. The `Running` and `Paused`
    booleans are not mutually exclusive:

    When pausing a container (on Linux), the freezer cgroup is used to suspend
    all processes in the container. Freezing the process requires the process to
    be running. As a result, paused containers are both `Running` _and_ `Paused`.

    Use the `Status` field instead to determine if a container's state is "running".
     """
    paused: bool | None
    """ Whether this container is paused. """
    restarting: bool | None
    """ Whether this container is restarting. """
    oom_killed: bool | None
    """ Whether a process within this container has been killed because it ran
    out of memory since the container was last started.
     """
    dead: bool | None
    pid: int | None
    """ The process ID of this container """
    exit_code: int | None
    """ The last exit code of this container """
    error: str | None
    started_at: str | None
    """ The time when this container was last started. """
    finished_at: str | None
    """ The time when this container last exited. """
    health: Health | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        status: ContainerStateStatus | None = None,
        running: bool | None = None,
        paused: bool | None = None,
        restarting: bool | None = None,
        oom_killed: bool | None = None,
        dead: bool | None = None,
        pid: int | None = None,
        exit_code: int | None = None,
        error: str | None = None,
        started_at: str | None = None,
        finished_at: str | None = None,
        health: Health | None = None,
    ) -> None:
        self.status = status
        self.running = running
        self.paused = paused
        self.restarting = restarting
        self.oom_killed = oom_killed
        self.dead = dead
        self.pid = pid
        self.exit_code = exit_code
        self.error = error
        self.started_at = started_at
        self.finished_at = finished_at
        self.health = health
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        status = self.status
        if status is not None:
            status_json: str = status
            field_dict["Status"] = status_json
        elif "Status" in self._sent:
            field_dict["Status"] = None

        if self.running is not None:
            field_dict["Running"] = self.running
        elif "Running" in self._sent:
            field_dict["Running"] = None

        if self.paused is not None:
            field_dict["Paused"] = self.paused
        elif "Paused" in self._sent:
            field_dict["Paused"] = None

        if self.restarting is not None:
            field_dict["Restarting"] = self.restarting
        elif "Restarting" in self._sent:
            field_dict["Restarting"] = None

        if self.oom_killed is not None:
            field_dict["OOMKilled"] = self.oom_killed
        elif "OOMKilled" in self._sent:
            field_dict["OOMKilled"] = None

        if self.dead is not None:
            field_dict["Dead"] = self.dead
        elif "Dead" in self._sent:
            field_dict["Dead"] = None

        if self.pid is not None:
            field_dict["Pid"] = self.pid
        elif "Pid" in self._sent:
            field_dict["Pid"] = None

        if self.exit_code is not None:
            field_dict["ExitCode"] = self.exit_code
        elif "ExitCode" in self._sent:
            field_dict["ExitCode"] = None

        if self.error is not None:
            field_dict["Error"] = self.error
        elif "Error" in self._sent:
            field_dict["Error"] = None

        if self.started_at is not None:
            field_dict["StartedAt"] = self.started_at
        elif "StartedAt" in self._sent:
            field_dict["StartedAt"] = None

        if self.finished_at is not None:
            field_dict["FinishedAt"] = self.finished_at
        elif "FinishedAt" in self._sent:
            field_dict["FinishedAt"] = None

        health = self.health
        if health is not None:
            health_json: dict[str, Any] | None
            if isinstance(health, Health):
                health_json = health.to_dict()
            else:
                health_json = health
            field_dict["Health"] = health_json
        elif "Health" in self._sent:
            field_dict["Health"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _status_src = d.pop("Status", None)
        status: ContainerStateStatus | None
        if _status_src is None:
            status = None
        else:
            status_value = check_container_state_status(_status_src)

            status = status_value

        running = d.pop("Running", None)

        paused = d.pop("Paused", None)

        restarting = d.pop("Restarting", None)

        oom_killed = d.pop("OOMKilled", None)

        dead = d.pop("Dead", None)

        pid = d.pop("Pid", None)

        exit_code = d.pop("ExitCode", None)

        error = d.pop("Error", None)

        started_at = d.pop("StartedAt", None)

        finished_at = d.pop("FinishedAt", None)

        d.pop("Health", None)

        container_state = _new(cls)
        container_state._sent = src_dict
        container_state.status = status
        container_state.running = running
        container_state.paused = paused
        container_state.restarting = restarting
        container_state.oom_killed = oom_killed
        container_state.dead = dead
        container_state.pid = pid
        container_state.exit_code = exit_code
        container_state.error = error
        container_state.started_at = started_at
        container_state.finished_at = finished_at
        container_state.additional_properties = d
        return container_state

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "health",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "health":
            _health_data = src.get("Health")
            health: Health | None
            if _health_data is None:
                health = _health_data
            elif isinstance(_health_data, dict):
                health_type_0 = Health.from_dict(_health_data)

                health = health_type_0
            else:
                raise TypeError(
                    f"health: expected Health | None, got {type(_health_data).__name__}: {_health_data!r:.200}"
                )

            return health
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Status": "status",
        "Running": "running",
        "Paused": "paused",
        "Restarting": "restarting",
        "OOMKilled": "oom_killed",
        "Dead": "dead",
        "Pid": "pid",
        "ExitCode": "exit_code",
        "Error": "error",
        "StartedAt": "started_at",
        "FinishedAt": "finished_at",
        "Health": "health",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Status"]) -> ContainerStateStatus: ...
        @overload
        def __getitem__(
            self, key: Literal["Running", "Paused", "Restarting", "OOMKilled", "Dead"]
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Pid", "ExitCode"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Error", "StartedAt", "FinishedAt"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Health"]) -> Health: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Status"], default: None = None
        ) -> ContainerStateStatus | None: ...
        @overload
        def get(
            self,
            key: Literal["Running", "Paused", "Restarting", "OOMKilled", "Dead"],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(self, key: Literal["Pid", "ExitCode"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["Error", "StartedAt", "FinishedAt"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Health"], default: None = None) -> Health | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.health import Health
