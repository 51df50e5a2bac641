from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_spec_restart_policy_condition import (
    TaskSpecRestartPolicyCondition,
    check_task_spec_restart_policy_condition,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecRestartPolicy")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecRestartPolicy:
    """Specification for the restart policy which applies to containers
    created as part of this service.

    """

    condition: TaskSpecRestartPolicyCondition | Unset = UNSET
    """ Condition for restart. """
    delay: int | Unset = UNSET
    """ Delay between restart attempts. """
    max_attempts: int | Unset = UNSET
    """ Maximum attempts to restart a given container before giving up
    (default value is 0, which is ignored).
     """
    window: int | Unset = UNSET
    """ Windows is the time window used to evaluate the restart policy
    (default value is 0, which is unbounded).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition

        delay = self.delay

        max_attempts = self.max_attempts

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["Condition"] = condition
        if delay is not UNSET:
            field_dict["Delay"] = delay
        if max_attempts is not UNSET:
            field_dict["MaxAttempts"] = max_attempts
        if window is not UNSET:
            field_dict["Window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _condition = d.pop("Condition", UNSET)
        condition: TaskSpecRestartPolicyCondition | Unset
        if _condition is UNSET:
            condition = UNSET
        else:
            condition = check_task_spec_restart_policy_condition(_condition)

        delay = d.pop("Delay", UNSET)

        max_attempts = d.pop("MaxAttempts", UNSET)

        window = d.pop("Window", UNSET)

        task_spec_restart_policy = _new(cls)
        task_spec_restart_policy.condition = condition
        task_spec_restart_policy.delay = delay
        task_spec_restart_policy.max_attempts = max_attempts
        task_spec_restart_policy.window = window
        task_spec_restart_policy.additional_properties = d
        return task_spec_restart_policy

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
