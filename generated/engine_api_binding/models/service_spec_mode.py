from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSpecMode")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceSpecMode:
    """Scheduling mode for the service."""

    replicated: ServiceSpecModeReplicated | Unset | None = UNSET
    global_: ServiceSpecModeGlobal | Unset | None = UNSET
    replicated_job: ServiceSpecModeReplicatedJob | Unset | None = UNSET
    """ The mode used for services with a finite number of tasks that run
    to a completed state.
     """
    global_job: ServiceSpecModeGlobalJob | Unset | None = UNSET
    """ The mode used for services which run a task to the completed state
    on each valid node.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replicated: dict[str, Any] | Unset | None
        if isinstance(self.replicated, Unset):
            replicated = UNSET
        elif isinstance(self.replicated, ServiceSpecModeReplicated):
            replicated = self.replicated.to_dict()
        else:
            replicated = self.replicated

        global_: dict[str, Any] | Unset | None
        if isinstance(self.global_, Unset):
            global_ = UNSET
        elif isinstance(self.global_, ServiceSpecModeGlobal):
            global_ = self.global_.to_dict()
        else:
            global_ = self.global_

        replicated_job: dict[str, Any] | Unset | None
        if isinstance(self.replicated_job, Unset):
            replicated_job = UNSET
        elif isinstance(self.replicated_job, ServiceSpecModeReplicatedJob):
            replicated_job = self.replicated_job.to_dict()
        else:
            replicated_job = self.replicated_job

        global_job: dict[str, Any] | Unset | None
        if isinstance(self.global_job, Unset):
            global_job = UNSET
        elif isinstance(self.global_job, ServiceSpecModeGlobalJob):
            global_job = self.global_job.to_dict()
        else:
            global_job = self.global_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replicated is not UNSET:
            field_dict["Replicated"] = replicated
        if global_ is not UNSET:
            field_dict["Global"] = global_
        if replicated_job is not UNSET:
            field_dict["ReplicatedJob"] = replicated_job
        if global_job is not UNSET:
            field_dict["GlobalJob"] = global_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _replicated_data = d.pop("Replicated", UNSET)
        replicated: ServiceSpecModeReplicated | Unset | None
        if _replicated_data is None or _replicated_data is UNSET:
            replicated = _replicated_data
        elif isinstance(_replicated_data, dict):
            replicated_type_0 = ServiceSpecModeReplicated.from_dict(_replicated_data)

            replicated = replicated_type_0
        else:
            raise TypeError(
                f"replicated: expected None | ServiceSpecModeReplicated, got {type(_replicated_data).__name__}: {_replicated_data!r:.200}"
            )

        _global__data = d.pop("Global", UNSET)
        global_: ServiceSpecModeGlobal | Unset | None
        if _global__data is None or _global__data is UNSET:
            global_ = _global__data
        elif isinstance(_global__data, dict):
            global_type_0 = ServiceSpecModeGlobal.from_dict(_global__data)

            global_ = global_type_0
        else:
            raise TypeError(
                f"global_: expected None | ServiceSpecModeGlobal, got {type(_global__data).__name__}: {_global__data!r:.200}"
            )

        _replicated_job_data = d.pop("ReplicatedJob", UNSET)
        replicated_job: ServiceSpecModeReplicatedJob | Unset | None
        if _replicated_job_data is None or _replicated_job_data is UNSET:
            replicated_job = _replicated_job_data
        elif isinstance(_replicated_job_data, dict):
            replicated_job_type_0 = ServiceSpecModeReplicatedJob.from_dict(_replicated_job_data)

            replicated_job = replicated_job_type_0
        else:
            raise TypeError(
                f"replicated_job: expected None | ServiceSpecModeReplicatedJob, got {type(_replicated_job_data).__name__}: {_replicated_job_data!r:.200}"
            )

        _global_job_data = d.pop("GlobalJob", UNSET)
        global_job: ServiceSpecModeGlobalJob | Unset | None
        if _global_job_data is None or _global_job_data is UNSET:
            global_job = _global_job_data
        elif isinstance(_global_job_data, dict):
            global_job_type_0 = ServiceSpecModeGlobalJob.from_dict(_global_job_data)

            global_job = global_job_type_0
        else:
            raise TypeError(
                f"global_job: expected None | ServiceSpecModeGlobalJob, got {type(_global_job_data).__name__}: {_global_job_data!r:.200}"
            )

        service_spec_mode = _new(cls)
        service_spec_mode.replicated = replicated
        service_spec_mode.global_ = global_
        service_spec_mode.replicated_job = replicated_job
        service_spec_mode.global_job = global_job
        service_spec_mode.additional_properties = d
        return service_spec_mode

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


from ..models.service_spec_mode_global import ServiceSpecModeGlobal
from ..models.service_spec_mode_global_job import ServiceSpecModeGlobalJob
from ..models.service_spec_mode_replicated import ServiceSpecModeReplicated
from ..models.service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob
