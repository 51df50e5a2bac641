from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_summary_network_settings_networks import (
        ContainerSummaryNetworkSettingsNetworks,
    )


T = TypeVar("T", bound="ContainerSummaryNetworkSettings")


@_attrs_define
class ContainerSummaryNetworkSettings:
    """Summary of the container's network settings"""

    networks: ContainerSummaryNetworkSettingsNetworks | Unset | None = UNSET
    """ Summary of network-settings for each network the container is
    attached to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_summary_network_settings_networks import (
            ContainerSummaryNetworkSettingsNetworks,
        )

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
        from ..models.container_summary_network_settings_networks import (
            ContainerSummaryNetworkSettingsNetworks,
        )

        d = dict(src_dict)

        def _parse_networks(data: object) -> ContainerSummaryNetworkSettingsNetworks | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"networks: expected ContainerSummaryNetworkSettingsNetworks | None, got {type(data).__name__}: {data!r:.200}"
                )
            networks_type_0 = ContainerSummaryNetworkSettingsNetworks.from_dict(data)

            return networks_type_0

        networks = _parse_networks(d.pop("Networks", UNSET))

        container_summary_network_settings = cls(
            networks=networks,
        )

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
