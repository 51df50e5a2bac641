from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swarm_spec_ca_config_external_cas_item_protocol import (
    SwarmSpecCAConfigExternalCAsItemProtocol,
    check_swarm_spec_ca_config_external_cas_item_protocol,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmSpecCAConfigExternalCAsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmSpecCAConfigExternalCAsItem:
    protocol: SwarmSpecCAConfigExternalCAsItemProtocol | Unset = UNSET
    """ Protocol for communication with the external CA (currently
    only `cfssl` is supported).
     """
    url: str | Unset = UNSET
    """ URL where certificate signing requests should be sent.
     """
    options: SwarmSpecCAConfigExternalCAsItemOptions | Unset | None = UNSET
    """ An object with key/value pairs that are interpreted as
    protocol-specific options for the external CA driver.
     """
    ca_cert: str | Unset = UNSET
    """ The root CA certificate (in PEM format) this external CA uses
    to issue TLS certificates (assumed to be to the current swarm
    root CA certificate if not provided).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol

        url = self.url

        options: dict[str, Any] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, SwarmSpecCAConfigExternalCAsItemOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        ca_cert = self.ca_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["Protocol"] = protocol
        if url is not UNSET:
            field_dict["URL"] = url
        if options is not UNSET:
            field_dict["Options"] = options
        if ca_cert is not UNSET:
            field_dict["CACert"] = ca_cert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _protocol = d.pop("Protocol", UNSET)
        protocol: SwarmSpecCAConfigExternalCAsItemProtocol | Unset
        if _protocol is UNSET:
            protocol = UNSET
        else:
            protocol = check_swarm_spec_ca_config_external_cas_item_protocol(_protocol)

        url = d.pop("URL", UNSET)

        _options_data = d.pop("Options", UNSET)
        options: SwarmSpecCAConfigExternalCAsItemOptions | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, dict):
            options_type_0 = SwarmSpecCAConfigExternalCAsItemOptions.from_dict(_options_data)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected None | SwarmSpecCAConfigExternalCAsItemOptions, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        ca_cert = d.pop("CACert", UNSET)

        swarm_spec_ca_config_external_cas_item = _new(cls)
        swarm_spec_ca_config_external_cas_item.protocol = protocol
        swarm_spec_ca_config_external_cas_item.url = url
        swarm_spec_ca_config_external_cas_item.options = options
        swarm_spec_ca_config_external_cas_item.ca_cert = ca_cert
        swarm_spec_ca_config_external_cas_item.additional_properties = d
        return swarm_spec_ca_config_external_cas_item

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


from ..models.swarm_spec_ca_config_external_cas_item_options import (
    SwarmSpecCAConfigExternalCAsItemOptions,
)
