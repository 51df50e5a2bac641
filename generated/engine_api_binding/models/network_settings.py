from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkSettings")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkSettings:
    """NetworkSettings exposes the network settings in the API"""

    sandbox_id: str | Unset = UNSET
    """ SandboxID uniquely represents a container's network stack. """
    sandbox_key: str | Unset = UNSET
    """ SandboxKey is the full path of the netns handle """
    ports: PortMap | Unset | None = UNSET
    networks: NetworkSettingsNetworks | Unset | None = UNSET
    """ Information about all networks that the container is connected to.
     """
    bridge: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Name of the default bridge interface when dockerd's --bridge flag is set.

    Deprecated: This field is only set when the daemon is started with the --bridge flag specified.
     """
    hairpin_mode: bool | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Indicates if hairpin NAT should be enabled on the virtual interface.

    Deprecated: This field is never set and will be removed in a future release.
     """
    link_local_ipv6_address: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    IPv6 unicast address using the link-local prefix.

    Deprecated: This field is never set and will be removed in a future release.
     """
    link_local_ipv6_prefix_len: int | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Prefix length of the IPv6 unicast address.

    Deprecated: This field is never set and will be removed in a future release.
     """
    secondary_ip_addresses: list[Address] | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Deprecated: This field is never set and will be removed in a future release.
     """
    secondary_ipv6_addresses: list[Address] | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Deprecated: This field is never set and will be removed in a future release.
     """
    endpoint_id: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    EndpointID uniquely represents a service endpoint in a Sandbox.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    gateway: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Gateway address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    global_ipv6_address: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Global IPv6 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    global_ipv6_prefix_len: int | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Mask length of the global IPv6 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    ip_address: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    IPv4 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    ip_prefix_len: int | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Mask length of the IPv4 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    ipv6_gateway: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    IPv6 gateway address for this network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    mac_address: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    MAC address for the container on the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sandbox_id = self.sandbox_id

        sandbox_key = self.sandbox_key

        ports: dict[str, Any] | Unset | None
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, PortMap):
            ports = self.ports.to_dict()
        else:
            ports = self.ports

        networks: dict[str, Any] | Unset | None
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, NetworkSettingsNetworks):
            networks = self.networks.to_dict()
        else:
            networks = self.networks

        bridge = self.bridge

        hairpin_mode = self.hairpin_mode

        link_local_ipv6_address = self.link_local_ipv6_address

        link_local_ipv6_prefix_len = self.link_local_ipv6_prefix_len

        secondary_ip_addresses: list[dict[str, Any]] | Unset | None
        if isinstance(self.secondary_ip_addresses, Unset):
            secondary_ip_addresses = UNSET
        elif isinstance(self.secondary_ip_addresses, list):
            secondary_ip_addresses = []
            for secondary_ip_addresses_type_0_item_data in self.secondary_ip_addresses:
                secondary_ip_addresses_type_0_item = (
                    secondary_ip_addresses_type_0_item_data.to_dict()
                )
                secondary_ip_addresses.append(secondary_ip_addresses_type_0_item)

        else:
            secondary_ip_addresses = self.secondary_ip_addresses

        secondary_ipv6_addresses: list[dict[str, Any]] | Unset | None
        if isinstance(self.secondary_ipv6_addresses, Unset):
            secondary_ipv6_addresses = UNSET
        elif isinstance(self.secondary_ipv6_addresses, list):
            secondary_ipv6_addresses = []
            for secondary_ipv6_addresses_type_0_item_data in self.secondary_ipv6_addresses:
                secondary_ipv6_addresses_type_0_item = (
                    secondary_ipv6_addresses_type_0_item_data.to_dict()
                )
                secondary_ipv6_addresses.append(secondary_ipv6_addresses_type_0_item)

        else:
            secondary_ipv6_addresses = self.secondary_ipv6_addresses

        endpoint_id = self.endpoint_id

        gateway = self.gateway

        global_ipv6_address = self.global_ipv6_address

        global_ipv6_prefix_len = self.global_ipv6_prefix_len

        ip_address = self.ip_address

        ip_prefix_len = self.ip_prefix_len

        ipv6_gateway = self.ipv6_gateway

        mac_address = self.mac_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sandbox_id is not UNSET:
            field_dict["SandboxID"] = sandbox_id
        if sandbox_key is not UNSET:
            field_dict["SandboxKey"] = sandbox_key
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if networks is not UNSET:
            field_dict["Networks"] = networks
        if bridge is not UNSET:
            field_dict["Bridge"] = bridge
        if hairpin_mode is not UNSET:
            field_dict["HairpinMode"] = hairpin_mode
        if link_local_ipv6_address is not UNSET:
            field_dict["LinkLocalIPv6Address"] = link_local_ipv6_address
        if link_local_ipv6_prefix_len is not UNSET:
            field_dict["LinkLocalIPv6PrefixLen"] = link_local_ipv6_prefix_len
        if secondary_ip_addresses is not UNSET:
            field_dict["SecondaryIPAddresses"] = secondary_ip_addresses
        if secondary_ipv6_addresses is not UNSET:
            field_dict["SecondaryIPv6Addresses"] = secondary_ipv6_addresses
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if gateway is not UNSET:
            field_dict["Gateway"] = gateway
        if global_ipv6_address is not UNSET:
            field_dict["GlobalIPv6Address"] = global_ipv6_address
        if global_ipv6_prefix_len is not UNSET:
            field_dict["GlobalIPv6PrefixLen"] = global_ipv6_prefix_len
        if ip_address is not UNSET:
            field_dict["IPAddress"] = ip_address
        if ip_prefix_len is not UNSET:
            field_dict["IPPrefixLen"] = ip_prefix_len
        if ipv6_gateway is not UNSET:
            field_dict["IPv6Gateway"] = ipv6_gateway
        if mac_address is not UNSET:
            field_dict["MacAddress"] = mac_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sandbox_id = d.pop("SandboxID", UNSET)

        sandbox_key = d.pop("SandboxKey", UNSET)

        _ports_data = d.pop("Ports", UNSET)
        ports: PortMap | Unset | None
        if _ports_data is None or _ports_data is UNSET:
            ports = _ports_data
        elif isinstance(_ports_data, dict):
            ports_type_0 = PortMap.from_dict(_ports_data)

            ports = ports_type_0
        else:
            raise TypeError(
                f"ports: expected None | PortMap, got {type(_ports_data).__name__}: {_ports_data!r:.200}"
            )

        _networks_data = d.pop("Networks", UNSET)
        networks: NetworkSettingsNetworks | Unset | None
        if _networks_data is None or _networks_data is UNSET:
            networks = _networks_data
        elif isinstance(_networks_data, dict):
            networks_type_0 = NetworkSettingsNetworks.from_dict(_networks_data)

            networks = networks_type_0
        else:
            raise TypeError(
                f"networks: expected NetworkSettingsNetworks | None, got {type(_networks_data).__name__}: {_networks_data!r:.200}"
            )

        bridge = d.pop("Bridge", UNSET)

        hairpin_mode = d.pop("HairpinMode", UNSET)

        link_local_ipv6_address = d.pop("LinkLocalIPv6Address", UNSET)

        link_local_ipv6_prefix_len = d.pop("LinkLocalIPv6PrefixLen", UNSET)

        _secondary_ip_addresses_data = d.pop("SecondaryIPAddresses", UNSET)
        secondary_ip_addresses: list[Address] | Unset | None
        if _secondary_ip_addresses_data is None or _secondary_ip_addresses_data is UNSET:
            secondary_ip_addresses = _secondary_ip_addresses_data
        elif isinstance(_secondary_ip_addresses_data, list):
            secondary_ip_addresses_type_0 = []
            _secondary_ip_addresses_type_0 = _secondary_ip_addresses_data
            for secondary_ip_addresses_type_0_item_data in _secondary_ip_addresses_type_0:
                secondary_ip_addresses_type_0_item = Address.from_dict(
                    secondary_ip_addresses_type_0_item_data
                )

                secondary_ip_addresses_type_0.append(secondary_ip_addresses_type_0_item)

            secondary_ip_addresses = secondary_ip_addresses_type_0
        else:
            raise TypeError(
                f"secondary_ip_addresses: expected list[Address] | None, got {type(_secondary_ip_addresses_data).__name__}: {_secondary_ip_addresses_data!r:.200}"
            )

        _secondary_ipv6_addresses_data = d.pop("SecondaryIPv6Addresses", UNSET)
        secondary_ipv6_addresses: list[Address] | Unset | None
        if _secondary_ipv6_addresses_data is None or _secondary_ipv6_addresses_data is UNSET:
            secondary_ipv6_addresses = _secondary_ipv6_addresses_data
        elif isinstance(_secondary_ipv6_addresses_data, list):
            secondary_ipv6_addresses_type_0 = []
            _secondary_ipv6_addresses_type_0 = _secondary_ipv6_addresses_data
            for secondary_ipv6_addresses_type_0_item_data in _secondary_ipv6_addresses_type_0:
                secondary_ipv6_addresses_type_0_item = Address.from_dict(
                    secondary_ipv6_addresses_type_0_item_data
                )

                secondary_ipv6_addresses_type_0.append(secondary_ipv6_addresses_type_0_item)

            secondary_ipv6_addresses = secondary_ipv6_addresses_type_0
        else:
            raise TypeError(
                f"secondary_ipv6_addresses: expected list[Address] | None, got {type(_secondary_ipv6_addresses_data).__name__}: {_secondary_ipv6_addresses_data!r:.200}"
            )

        endpoint_id = d.pop("EndpointID", UNSET)

        gateway = d.pop("Gateway", UNSET)

        global_ipv6_address = d.pop("GlobalIPv6Address", UNSET)

        global_ipv6_prefix_len = d.pop("GlobalIPv6PrefixLen", UNSET)

        ip_address = d.pop("IPAddress", UNSET)

        ip_prefix_len = d.pop("IPPrefixLen", UNSET)

        ipv6_gateway = d.pop("IPv6Gateway", UNSET)

        mac_address = d.pop("MacAddress", UNSET)

        network_settings = _new(cls)
        network_settings.sandbox_id = sandbox_id
        network_settings.sandbox_key = sandbox_key
        network_settings.ports = ports
        network_settings.networks = networks
        network_settings.bridge = bridge
        network_settings.hairpin_mode = hairpin_mode
        network_settings.link_local_ipv6_address = link_local_ipv6_address
        network_settings.link_local_ipv6_prefix_len = link_local_ipv6_prefix_len
        network_settings.secondary_ip_addresses = secondary_ip_addresses
        network_settings.secondary_ipv6_addresses = secondary_ipv6_addresses
        network_settings.endpoint_id = endpoint_id
        network_settings.gateway = gateway
        network_settings.global_ipv6_address = global_ipv6_address
        network_settings.global_ipv6_prefix_len = global_ipv6_prefix_len
        network_settings.ip_address = ip_address
        network_settings.ip_prefix_len = ip_prefix_len
        network_settings.ipv6_gateway = ipv6_gateway
        network_settings.mac_address = mac_address
        network_settings.additional_properties = d
        return network_settings

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


from ..models.address import Address
from ..models.network_settings_networks import NetworkSettingsNetworks
from ..models.port_map import PortMap
