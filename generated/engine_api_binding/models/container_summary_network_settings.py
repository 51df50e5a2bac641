from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerSummaryNetworkSettings")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerSummaryNetworkSettings:
    """Summary of the container's network settings"""

    networks: ContainerSummaryNetworkSettingsNetworks | Unset | None = UNSET
    """ Summary of network-settings for each network the container is
    attached to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        networks: dict[str, Any] | Unset | None
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, ContainerSummaryNetworkSettingsNetworks):
            networks = self.networks.to_dict()
        else:
            networks = self.networks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if networks is not UNSET:
            field_dict["Networks"] = networks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _networks_data = d.pop("Networks", UNSET)
        networks: ContainerSummaryNetworkSettingsNetworks | Unset | None
        if _networks_data is None or _networks_data is UNSET:
            networks = _networks_data
        elif isinstance(_networks_data, dict):
            networks_type_0 = ContainerSummaryNetworkSettingsNetworks.from_dict(_networks_data)

            networks = networks_type_0
        else:
            raise TypeError(
                f"networks: expected ContainerSummaryNetworkSettingsNetworks | None, got {type(_networks_data).__name__}: {_networks_data!r:.200}"
            )

        container_summary_network_settings = _new(cls)
        container_summary_network_settings.networks = networks
        container_summary_network_settings.additional_properties = d
        return container_summary_network_settings

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


from ..models.container_summary_network_settings_networks import (
    ContainerSummaryNetworkSettingsNetworks,
)
