from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_spec_mode_global import ServiceSpecModeGlobal
    from ..models.service_spec_mode_global_job import ServiceSpecModeGlobalJob
    from ..models.service_spec_mode_replicated import ServiceSpecModeReplicated
    from ..models.service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob


T = TypeVar("T", bound="ServiceSpecMode")


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
        from ..models.service_spec_mode_global import ServiceSpecModeGlobal
        from ..models.service_spec_mode_global_job import ServiceSpecModeGlobalJob
        from ..models.service_spec_mode_replicated import ServiceSpecModeReplicated
        from ..models.service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob

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
        from ..models.service_spec_mode_global import ServiceSpecModeGlobal
        from ..models.service_spec_mode_global_job import ServiceSpecModeGlobalJob
        from ..models.service_spec_mode_replicated import ServiceSpecModeReplicated
        from ..models.service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob

        d = dict(src_dict)

        def _parse_replicated(data: object) -> ServiceSpecModeReplicated | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"replicated: expected None | ServiceSpecModeReplicated, got {type(data).__name__}: {data!r:.200}"
                )
            replicated_type_0 = ServiceSpecModeReplicated.from_dict(data)

            return replicated_type_0

        replicated = _parse_replicated(d.pop("Replicated", UNSET))

        def _parse_global_(data: object) -> ServiceSpecModeGlobal | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"global_: expected None | ServiceSpecModeGlobal, got {type(data).__name__}: {data!r:.200}"
                )
            global_type_0 = ServiceSpecModeGlobal.from_dict(data)

            return global_type_0

        global_ = _parse_global_(d.pop("Global", UNSET))

        def _parse_replicated_job(data: object) -> ServiceSpecModeReplicatedJob | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"replicated_job: expected None | ServiceSpecModeReplicatedJob, got {type(data).__name__}: {data!r:.200}"
                )
            replicated_job_type_0 = ServiceSpecModeReplicatedJob.from_dict(data)

            return replicated_job_type_0

        replicated_job = _parse_replicated_job(d.pop("ReplicatedJob", UNSET))

        def _parse_global_job(data: object) -> ServiceSpecModeGlobalJob | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"global_job: expected None | ServiceSpecModeGlobalJob, got {type(data).__name__}: {data!r:.200}"
                )
            global_job_type_0 = ServiceSpecModeGlobalJob.from_dict(data)

            return global_job_type_0

        global_job = _parse_global_job(d.pop("GlobalJob", UNSET))

        service_spec_mode = cls(
            replicated=replicated,
            global_=global_,
            replicated_job=replicated_job,
            global_job=global_job,
        )

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
