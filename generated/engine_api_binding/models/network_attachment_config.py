from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkAttachmentConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkAttachmentConfig:
    """Specifies how a service should be attached to a particular network."""

    target: str | Unset = UNSET
    """ The target network for attachment. Must be a network name or ID.
     """
    aliases: list[str] | Unset | None = UNSET
    """ Discoverable alternate names for the service on this network.
     """
    driver_opts: NetworkAttachmentConfigDriverOpts | Unset | None = UNSET
    """ Driver attachment options for the network target.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        aliases: list[str] | Unset | None
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        driver_opts: dict[str, Any] | Unset | None
        if isinstance(self.driver_opts, Unset):
            driver_opts = UNSET
        elif isinstance(self.driver_opts, NetworkAttachmentConfigDriverOpts):
            driver_opts = self.driver_opts.to_dict()
        else:
            driver_opts = self.driver_opts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["Target"] = target
        if aliases is not UNSET:
            field_dict["Aliases"] = aliases
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("Target", UNSET)

        _aliases_data = d.pop("Aliases", UNSET)
        aliases: list[str] | Unset | None
        if _aliases_data is None or _aliases_data is UNSET:
            aliases = _aliases_data
        elif isinstance(_aliases_data, list):
            aliases_type_0 = _aliases_data

            aliases = aliases_type_0
        else:
            raise TypeError(
                f"aliases: expected list[str] | None, got {type(_aliases_data).__name__}: {_aliases_data!r:.200}"
            )

        _driver_opts_data = d.pop("DriverOpts", UNSET)
        driver_opts: NetworkAttachmentConfigDriverOpts | Unset | None
        if _driver_opts_data is None or _driver_opts_data is UNSET:
            driver_opts = _driver_opts_data
        elif isinstance(_driver_opts_data, dict):
            driver_opts_type_0 = NetworkAttachmentConfigDriverOpts.from_dict(_driver_opts_data)

            driver_opts = driver_opts_type_0
        else:
            raise TypeError(
                f"driver_opts: expected NetworkAttachmentConfigDriverOpts | None, got {type(_driver_opts_data).__name__}: {_driver_opts_data!r:.200}"
            )

        network_attachment_config = _new(cls)
        network_attachment_config.target = target
        network_attachment_config.aliases = aliases
        network_attachment_config.driver_opts = driver_opts
        network_attachment_config.additional_properties = d
        return network_attachment_config

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


from ..models.network_attachment_config_driver_opts import NetworkAttachmentConfigDriverOpts
