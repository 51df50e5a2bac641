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

T = TypeVar("T", bound="ServiceServiceStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceServiceStatus(Model):
    """The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.

    """

    __match_args__ = (
        "running_tasks",
        "desired_tasks",
        "completed_tasks",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    running_tasks: int | None
    """ The number of tasks for the service currently in the Running state.
     """
    desired_tasks: int | None
    """ The number of tasks for the service desired to be running.
    For replicated services, this is the replica count from the
    service spec. For global services, this is computed by taking
    count of all tasks for the service with a Desired State other
    than Shutdown.
     """
    completed_tasks: int | None
    """ The number of tasks for a job that are in the Completed state.
    This field must be cross-referenced with the service type, as the
    value of 0 may mean the service is not in a job mode, or it may
    mean the job-mode service has no tasks yet Completed.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        running_tasks: int | None = None,
        desired_tasks: int | None = None,
        completed_tasks: int | None = None,
    ) -> None:
        self.running_tasks = running_tasks
        self.desired_tasks = desired_tasks
        self.completed_tasks = completed_tasks
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.running_tasks is not None:
            field_dict["RunningTasks"] = self.running_tasks
        elif "RunningTasks" in self._sent:
            field_dict["RunningTasks"] = None

        if self.desired_tasks is not None:
            field_dict["DesiredTasks"] = self.desired_tasks
        elif "DesiredTasks" in self._sent:
            field_dict["DesiredTasks"] = None

        if self.completed_tasks is not None:
            field_dict["CompletedTasks"] = self.completed_tasks
        elif "CompletedTasks" in self._sent:
            field_dict["CompletedTasks"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        running_tasks = d.pop("RunningTasks", None)

        desired_tasks = d.pop("DesiredTasks", None)

        completed_tasks = d.pop("CompletedTasks", None)

        service_service_status = _new(cls)
        service_service_status._sent = src_dict
        service_service_status.running_tasks = running_tasks
        service_service_status.desired_tasks = desired_tasks
        service_service_status.completed_tasks = completed_tasks
        service_service_status.additional_properties = d
        return service_service_status

    _keys: ClassVar[dict[str, str]] = {
        "RunningTasks": "running_tasks",
        "DesiredTasks": "desired_tasks",
        "CompletedTasks": "completed_tasks",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["RunningTasks", "DesiredTasks", "CompletedTasks"]
        ) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["RunningTasks", "DesiredTasks", "CompletedTasks"],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
