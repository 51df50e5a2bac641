from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSpecModeReplicatedJob")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceSpecModeReplicatedJob:
    """The mode used for services with a finite number of tasks that run
    to a completed state.

    """

    max_concurrent: int | Unset = UNSET
    """ The maximum number of replicas to run simultaneously.
     """
    total_completions: int | Unset = UNSET
    """ The total number of replicas desired to reach the Completed
    state. If unset, will default to the value of `MaxConcurrent`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_concurrent = self.max_concurrent

        total_completions = self.total_completions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_concurrent is not UNSET:
            field_dict["MaxConcurrent"] = max_concurrent
        if total_completions is not UNSET:
            field_dict["TotalCompletions"] = total_completions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_concurrent = d.pop("MaxConcurrent", UNSET)

        total_completions = d.pop("TotalCompletions", UNSET)

        service_spec_mode_replicated_job = _new(cls)
        service_spec_mode_replicated_job.max_concurrent = max_concurrent
        service_spec_mode_replicated_job.total_completions = total_completions
        service_spec_mode_replicated_job.additional_properties = d
        return service_spec_mode_replicated_job

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
