from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceJobStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceJobStatus:
    """The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.

    """

    job_iteration: ObjectVersion | Unset | None = UNSET
    """ JobIteration is a value increased each time a Job is executed,
    successfully or otherwise. "Executed", in this case, means the
    job as a whole has been started, not that an individual Task has
    been launched. A job is "Executed" when its ServiceSpec is
    updated. JobIteration can be used to disambiguate Tasks belonging
    to different executions of a job.  Though JobIteration will
    increase with each subsequent execution, it may not necessarily
    increase by 1, and so JobIteration should not be used to
     """
    last_execution: datetime.datetime | Unset = UNSET
    """ The last time, as observed by the server, that this job was
    started.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_iteration: dict[str, Any] | Unset | None
        if isinstance(self.job_iteration, Unset):
            job_iteration = UNSET
        elif isinstance(self.job_iteration, ObjectVersion):
            job_iteration = self.job_iteration.to_dict()
        else:
            job_iteration = self.job_iteration

        last_execution: str | Unset = UNSET
        if not isinstance(self.last_execution, Unset):
            last_execution = self.last_execution.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_iteration is not UNSET:
            field_dict["JobIteration"] = job_iteration
        if last_execution is not UNSET:
            field_dict["LastExecution"] = last_execution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _job_iteration_data = d.pop("JobIteration", UNSET)
        job_iteration: ObjectVersion | Unset | None
        if _job_iteration_data is None or _job_iteration_data is UNSET:
            job_iteration = _job_iteration_data
        elif isinstance(_job_iteration_data, dict):
            job_iteration_type_0 = ObjectVersion.from_dict(_job_iteration_data)

            job_iteration = job_iteration_type_0
        else:
            raise TypeError(
                f"job_iteration: expected None | ObjectVersion, got {type(_job_iteration_data).__name__}: {_job_iteration_data!r:.200}"
            )

        _last_execution = d.pop("LastExecution", UNSET)
        last_execution: datetime.datetime | Unset
        if _last_execution is UNSET:
            last_execution = UNSET
        else:
            last_execution = datetime.datetime.fromisoformat(_last_execution)

        service_job_status = _new(cls)
        service_job_status.job_iteration = job_iteration
        service_job_status.last_execution = last_execution
        service_job_status.additional_properties = d
        return service_job_status

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


from ..models.object_version import ObjectVersion
