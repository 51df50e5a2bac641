from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmSpecOrchestration")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmSpecOrchestration:
    """Orchestration configuration."""

    task_history_retention_limit: int | Unset = UNSET
    """ The number of historic tasks to keep per instance or node. If
    negative, never remove completed or failed tasks.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_history_retention_limit = self.task_history_retention_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_history_retention_limit is not UNSET:
            field_dict["TaskHistoryRetentionLimit"] = task_history_retention_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_history_retention_limit = d.pop("TaskHistoryRetentionLimit", UNSET)

        swarm_spec_orchestration = _new(cls)
        swarm_spec_orchestration.task_history_retention_limit = task_history_retention_limit
        swarm_spec_orchestration.additional_properties = d
        return swarm_spec_orchestration

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
