from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_config_log_config_type import (
    HostConfigLogConfigType,
    check_host_config_log_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostConfigLogConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class HostConfigLogConfig:
    """The logging configuration for this container"""

    type_: HostConfigLogConfigType | Unset = UNSET
    """ Name of the logging driver used for the container or "none"
    if logging is disabled. """
    config: HostConfigLogConfigConfig | Unset | None = UNSET
    """ Driver-specific configuration options for the logging driver. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        config: dict[str, Any] | Unset | None
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, HostConfigLogConfigConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if config is not UNSET:
            field_dict["Config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: HostConfigLogConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_host_config_log_config_type(_type_)

        _config_data = d.pop("Config", UNSET)
        config: HostConfigLogConfigConfig | Unset | None
        if _config_data is None or _config_data is UNSET:
            config = _config_data
        elif isinstance(_config_data, dict):
            config_type_0 = HostConfigLogConfigConfig.from_dict(_config_data)

            config = config_type_0
        else:
            raise TypeError(
                f"config: expected HostConfigLogConfigConfig | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
            )

        host_config_log_config = _new(cls)
        host_config_log_config.type_ = type_
        host_config_log_config.config = config
        host_config_log_config.additional_properties = d
        return host_config_log_config

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


from ..models.host_config_log_config_config import HostConfigLogConfigConfig
