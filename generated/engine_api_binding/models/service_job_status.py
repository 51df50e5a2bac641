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

T = TypeVar("T", bound="ServiceJobStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceJobStatus(Model):
    """The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.

    """

    __match_args__ = (
        "job_iteration",
        "last_execution",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    job_iteration: ObjectVersion | None
    """ JobIteration is a value increased each time a Job is executed,
    successfully or otherwise. "Executed", in this case, means the
    job as a whole has been started, not that an individual Task has
    been launched. A job is "Executed" when its ServiceSpec is
    updated. JobIteration can be used to disambiguate Tasks belonging
    to different executions of a job.  Though JobIteration will
    increase with each subsequent execution, it may not necessarily
    increase by 1, and so JobIteration should not be used to
     """
    last_execution: datetime.datetime | None
    """ The last time, as observed by the server, that this job was
    started.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        job_iteration: ObjectVersion | None = None,
        last_execution: datetime.datetime | None = None,
    ) -> None:
        self.job_iteration = job_iteration
        self.last_execution = last_execution
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        job_iteration = self.job_iteration
        if job_iteration is not None:
            job_iteration_json: dict[str, Any] | None
            if isinstance(job_iteration, ObjectVersion):
                job_iteration_json = job_iteration.to_dict()
            else:
                job_iteration_json = job_iteration
            field_dict["JobIteration"] = job_iteration_json
        elif "JobIteration" in self._sent:
            field_dict["JobIteration"] = None

        last_execution = self.last_execution
        if last_execution is not None:
            last_execution_json = last_execution.isoformat()
            field_dict["LastExecution"] = last_execution_json
        elif "LastExecution" in self._sent:
            field_dict["LastExecution"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("JobIteration", None)

        d.pop("LastExecution", None)

        service_job_status = _new(cls)
        service_job_status._sent = src_dict
        service_job_status.additional_properties = d
        return service_job_status

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "job_iteration",
            "last_execution",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "job_iteration":
            _job_iteration_data = src.get("JobIteration")
            job_iteration: ObjectVersion | None
            if _job_iteration_data is None:
                job_iteration = _job_iteration_data
            elif isinstance(_job_iteration_data, dict):
                job_iteration_type_0 = ObjectVersion.from_dict(_job_iteration_data)

                job_iteration = job_iteration_type_0
            else:
                raise TypeError(
                    f"job_iteration: expected None | ObjectVersion, got {type(_job_iteration_data).__name__}: {_job_iteration_data!r:.200}"
                )

            return job_iteration
        if deferred_name == "last_execution":
            _last_execution_src = src.get("LastExecution")
            last_execution: datetime.datetime | None
            if _last_execution_src is None:
                last_execution = None
            else:
                last_execution_value = datetime.datetime.fromisoformat(_last_execution_src)

                last_execution = last_execution_value

            return last_execution
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "JobIteration": "job_iteration",
        "LastExecution": "last_execution",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["JobIteration"]) -> ObjectVersion: ...
        @overload
        def __getitem__(self, key: Literal["LastExecution"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["JobIteration"], default: None = None
        ) -> ObjectVersion | None: ...
        @overload
        def get(
            self, key: Literal["LastExecution"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.object_version import ObjectVersion
