from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_spec_update_config_failure_action import (
    ServiceSpecUpdateConfigFailureAction,
    check_service_spec_update_config_failure_action,
)
from ..models.service_spec_update_config_order import (
    ServiceSpecUpdateConfigOrder,
    check_service_spec_update_config_order,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSpecUpdateConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceSpecUpdateConfig:
    """Specification for the update strategy of the service."""

    parallelism: int | Unset = UNSET
    """ Maximum number of tasks to be updated in one iteration (0 means
    unlimited parallelism).
     """
    delay: int | Unset = UNSET
    """ Amount of time between updates, in nanoseconds. """
    failure_action: ServiceSpecUpdateConfigFailureAction | Unset = UNSET
    """ Action to take if an updated task fails to run, or stops running
    during the update.
     """
    monitor: int | Unset = UNSET
    """ Amount of time to monitor each updated task for failures, in
    nanoseconds.
     """
    max_failure_ratio: float | Unset = UNSET
    """ The fraction of tasks that may fail during an update before the
    failure action is invoked, specified as a floating point number
    between 0 and 1.
     """
    order: ServiceSpecUpdateConfigOrder | Unset = UNSET
    """ The order of operations when rolling out an updated task. Either
    the old task is shut down before the new task is started, or the
    new task is started before the old task is shut down.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parallelism = self.parallelism

        delay = self.delay

        failure_action: str | Unset = UNSET
        if not isinstance(self.failure_action, Unset):
            failure_action = self.failure_action

        monitor = self.monitor

        max_failure_ratio = self.max_failure_ratio

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parallelism is not UNSET:
            field_dict["Parallelism"] = parallelism
        if delay is not UNSET:
            field_dict["Delay"] = delay
        if failure_action is not UNSET:
            field_dict["FailureAction"] = failure_action
        if monitor is not UNSET:
            field_dict["Monitor"] = monitor
        if max_failure_ratio is not UNSET:
            field_dict["MaxFailureRatio"] = max_failure_ratio
        if order is not UNSET:
            field_dict["Order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parallelism = d.pop("Parallelism", UNSET)

        delay = d.pop("Delay", UNSET)

        _failure_action = d.pop("FailureAction", UNSET)
        failure_action: ServiceSpecUpdateConfigFailureAction | Unset
        if _failure_action is UNSET:
            failure_action = UNSET
        else:
            failure_action = check_service_spec_update_config_failure_action(_failure_action)

        monitor = d.pop("Monitor", UNSET)

        max_failure_ratio = d.pop("MaxFailureRatio", UNSET)

        _order = d.pop("Order", UNSET)
        order: ServiceSpecUpdateConfigOrder | Unset
        if _order is UNSET:
            order = UNSET
        else:
            order = check_service_spec_update_config_order(_order)

        service_spec_update_config = _new(cls)
        service_spec_update_config.parallelism = parallelism
        service_spec_update_config.delay = delay
        service_spec_update_config.failure_action = failure_action
        service_spec_update_config.monitor = monitor
        service_spec_update_config.max_failure_ratio = max_failure_ratio
        service_spec_update_config.order = order
        service_spec_update_config.additional_properties = d
        return service_spec_update_config

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
