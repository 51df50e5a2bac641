from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IPAM")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class IPAM:
    driver: str | Unset = UNSET
    """ Name of the IPAM driver to use. """
    config: list[IPAMConfig] | Unset | None = UNSET
    """ List of IPAM configuration options, specified as a map:

    ```
    {"Subnet": <CIDR>, "IPRange": <CIDR>, "Gateway": <IP address>, "AuxAddress": <device_name:IP address>}
    ```
     """
    options: IPAMOptions | Unset | None = UNSET
    """ Driver-specific options, specified as a map. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        driver = self.driver

        config: list[dict[str, Any]] | Unset | None
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, list):
            config = []
            for config_type_0_item_data in self.config:
                config_type_0_item = config_type_0_item_data.to_dict()
                config.append(config_type_0_item)

        else:
            config = self.config

        options: dict[str, Any] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, IPAMOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if config is not UNSET:
            field_dict["Config"] = config
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        driver = d.pop("Driver", UNSET)

        _config_data = d.pop("Config", UNSET)
        config: list[IPAMConfig] | Unset | None
        if _config_data is None or _config_data is UNSET:
            config = _config_data
        elif isinstance(_config_data, list):
            config_type_0 = []
            _config_type_0 = _config_data
            for config_type_0_item_data in _config_type_0:
                config_type_0_item = IPAMConfig.from_dict(config_type_0_item_data)

                config_type_0.append(config_type_0_item)

            config = config_type_0
        else:
            raise TypeError(
                f"config: expected list[IPAMConfig] | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
            )

        _options_data = d.pop("Options", UNSET)
        options: IPAMOptions | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, dict):
            options_type_0 = IPAMOptions.from_dict(_options_data)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected IPAMOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        ipam = _new(cls)
        ipam.driver = driver
        ipam.config = config
        ipam.options = options
        ipam.additional_properties = d
        return ipam

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


from ..models.ipam_config import IPAMConfig
from ..models.ipam_options import IPAMOptions
