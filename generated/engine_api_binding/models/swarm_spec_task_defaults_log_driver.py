from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmSpecTaskDefaultsLogDriver")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmSpecTaskDefaultsLogDriver:
    """The log driver to use for tasks created in the orchestrator if
    unspecified by a service.

    Updating this value only affects new tasks. Existing tasks continue
    to use their previously configured log driver until recreated.

    """

    name: str | Unset = UNSET
    """ The log driver to use as a default for new tasks.
     """
    options: SwarmSpecTaskDefaultsLogDriverOptions | Unset | None = UNSET
    """ Driver-specific options for the selected log driver, specified
    as key/value pairs.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        options: dict[str, Any] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, SwarmSpecTaskDefaultsLogDriverOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _options_data = d.pop("Options", UNSET)
        options: SwarmSpecTaskDefaultsLogDriverOptions | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, dict):
            options_type_0 = SwarmSpecTaskDefaultsLogDriverOptions.from_dict(_options_data)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected None | SwarmSpecTaskDefaultsLogDriverOptions, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        swarm_spec_task_defaults_log_driver = _new(cls)
        swarm_spec_task_defaults_log_driver.name = name
        swarm_spec_task_defaults_log_driver.options = options
        swarm_spec_task_defaults_log_driver.additional_properties = d
        return swarm_spec_task_defaults_log_driver

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


from ..models.swarm_spec_task_defaults_log_driver_options import (
    SwarmSpecTaskDefaultsLogDriverOptions,
)
