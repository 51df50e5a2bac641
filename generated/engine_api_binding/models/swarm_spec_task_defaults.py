from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmSpecTaskDefaults")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmSpecTaskDefaults:
    """Defaults for creating tasks in this cluster."""

    log_driver: SwarmSpecTaskDefaultsLogDriver | Unset | None = UNSET
    """ The log driver to use for tasks created in the orchestrator if
    unspecified by a service.

    Updating this value only affects new tasks. Existing tasks continue
    to use their previously configured log driver until recreated.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_driver: dict[str, Any] | Unset | None
        if isinstance(self.log_driver, Unset):
            log_driver = UNSET
        elif isinstance(self.log_driver, SwarmSpecTaskDefaultsLogDriver):
            log_driver = self.log_driver.to_dict()
        else:
            log_driver = self.log_driver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_driver is not UNSET:
            field_dict["LogDriver"] = log_driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _log_driver_data = d.pop("LogDriver", UNSET)
        log_driver: SwarmSpecTaskDefaultsLogDriver | Unset | None
        if _log_driver_data is None or _log_driver_data is UNSET:
            log_driver = _log_driver_data
        elif isinstance(_log_driver_data, dict):
            log_driver_type_0 = SwarmSpecTaskDefaultsLogDriver.from_dict(_log_driver_data)

            log_driver = log_driver_type_0
        else:
            raise TypeError(
                f"log_driver: expected None | SwarmSpecTaskDefaultsLogDriver, got {type(_log_driver_data).__name__}: {_log_driver_data!r:.200}"
            )

        swarm_spec_task_defaults = _new(cls)
        swarm_spec_task_defaults.log_driver = log_driver
        swarm_spec_task_defaults.additional_properties = d
        return swarm_spec_task_defaults

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


from ..models.swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver
