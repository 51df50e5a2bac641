from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_state_status import ContainerStateStatus, check_container_state_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerState")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerState:
    """ContainerState stores container's running state. It's part of ContainerJSONBase
    and will be returned by the "inspect" command.

    """

    status: ContainerStateStatus | Unset = UNSET
    """ String representation of the container state. Can be one of "created",
    "running", "paused", "restarting", "removing", "exited", or "dead".
     """
    running: bool | Unset = UNSET
    """ Whether this container is running.

    Note that a running container can be _paused_. The `Running` and `Paused`
    booleans are not mutually exclusive:

    When pausing a container (on Linux), the freezer cgroup is used to suspend
    all processes in the container. Freezing the process requires the process to
    be running. As a result, paused containers are both `Running` _and_ `Paused`.

    Use the `Status` field instead to determine if a container's state is "running".
     """
    paused: bool | Unset = UNSET
    """ Whether this container is paused. """
    restarting: bool | Unset = UNSET
    """ Whether this container is restarting. """
    oom_killed: bool | Unset = UNSET
    """ Whether a process within this container has been killed because it ran
    out of memory since the container was last started.
     """
    dead: bool | Unset = UNSET
    pid: int | Unset = UNSET
    """ The process ID of this container """
    exit_code: int | Unset = UNSET
    """ The last exit code of this container """
    error: str | Unset = UNSET
    started_at: str | Unset = UNSET
    """ The time when this container was last started. """
    finished_at: str | Unset = UNSET
    """ The time when this container last exited. """
    health: Health | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        running = self.running

        paused = self.paused

        restarting = self.restarting

        oom_killed = self.oom_killed

        dead = self.dead

        pid = self.pid

        exit_code = self.exit_code

        error = self.error

        started_at = self.started_at

        finished_at = self.finished_at

        health: dict[str, Any] | Unset | None
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, Health):
            health = self.health.to_dict()
        else:
            health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if running is not UNSET:
            field_dict["Running"] = running
        if paused is not UNSET:
            field_dict["Paused"] = paused
        if restarting is not UNSET:
            field_dict["Restarting"] = restarting
        if oom_killed is not UNSET:
            field_dict["OOMKilled"] = oom_killed
        if dead is not UNSET:
            field_dict["Dead"] = dead
        if pid is not UNSET:
            field_dict["Pid"] = pid
        if exit_code is not UNSET:
            field_dict["ExitCode"] = exit_code
        if error is not UNSET:
            field_dict["Error"] = error
        if started_at is not UNSET:
            field_dict["StartedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["FinishedAt"] = finished_at
        if health is not UNSET:
            field_dict["Health"] = health

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: ContainerStateStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_container_state_status(_status)

        running = d.pop("Running", UNSET)

        paused = d.pop("Paused", UNSET)

        restarting = d.pop("Restarting", UNSET)

        oom_killed = d.pop("OOMKilled", UNSET)

        dead = d.pop("Dead", UNSET)

        pid = d.pop("Pid", UNSET)

        exit_code = d.pop("ExitCode", UNSET)

        error = d.pop("Error", UNSET)

        started_at = d.pop("StartedAt", UNSET)

        finished_at = d.pop("FinishedAt", UNSET)

        _health_data = d.pop("Health", UNSET)
        health: Health | Unset | None
        if _health_data is None or _health_data is UNSET:
            health = _health_data
        elif isinstance(_health_data, dict):
            health_type_0 = Health.from_dict(_health_data)

            health = health_type_0
        else:
            raise TypeError(
                f"health: expected Health | None, got {type(_health_data).__name__}: {_health_data!r:.200}"
            )

        container_state = _new(cls)
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
        container_state.health = health
        container_state.additional_properties = d
        return container_state

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


from ..models.health import Health
