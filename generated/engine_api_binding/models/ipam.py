from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ipam_config import IPAMConfig
    from ..models.ipam_options import IPAMOptions


T = TypeVar("T", bound="IPAM")


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
        from ..models.ipam_options import IPAMOptions

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
        from ..models.ipam_config import IPAMConfig
        from ..models.ipam_options import IPAMOptions

        d = dict(src_dict)
        driver = d.pop("Driver", UNSET)

        def _parse_config(data: object) -> list[IPAMConfig] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"config: expected list[IPAMConfig] | None, got {type(data).__name__}: {data!r:.200}"
                )
            config_type_0 = []
            _config_type_0 = data
            for config_type_0_item_data in _config_type_0:
                config_type_0_item = IPAMConfig.from_dict(config_type_0_item_data)

                config_type_0.append(config_type_0_item)

            return config_type_0

        config = _parse_config(d.pop("Config", UNSET))

        def _parse_options(data: object) -> IPAMOptions | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"options: expected IPAMOptions | None, got {type(data).__name__}: {data!r:.200}"
                )
            options_type_0 = IPAMOptions.from_dict(data)

            return options_type_0

        options = _parse_options(d.pop("Options", UNSET))

        ipam = cls(
            driver=driver,
            config=config,
            options=options,
        )

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
