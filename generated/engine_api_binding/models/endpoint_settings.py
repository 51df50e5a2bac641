from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointSettings")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class EndpointSettings:
    """Configuration for a network endpoint."""

    ipam_config: EndpointIPAMConfig | Unset | None = UNSET
    links: list[str] | Unset | None = UNSET
    mac_address: str | Unset = UNSET
    """ MAC address for the endpoint on this network. The network driver might ignore this parameter.
     """
    aliases: list[str] | Unset | None = UNSET
    driver_opts: EndpointSettingsDriverOpts | Unset | None = UNSET
    """ DriverOpts is a mapping of driver options and values. These options
    are passed directly to the driver and are driver specific.
     """
    gw_priority: int | Unset = UNSET
    """ This property determines which endpoint will provide the default
    gateway for a container. The endpoint with the highest priority will
    be used. If multiple endpoints have the same priority, endpoints are
    lexicographically sorted based on their network name, and the one
    that sorts first is picked.
     """
    network_id: str | Unset = UNSET
    """ Unique ID of the network.
     """
    endpoint_id: str | Unset = UNSET
    """ Unique ID for the service endpoint in a Sandbox.
     """
    gateway: str | Unset = UNSET
    """ Gateway address for this network.
     """
    ip_address: str | Unset = UNSET
    """ IPv4 address.
     """
    ip_prefix_len: int | Unset = UNSET
    """ Mask length of the IPv4 address.
     """
    ipv6_gateway: str | Unset = UNSET
    """ IPv6 gateway address.
     """
    global_ipv6_address: str | Unset = UNSET
    """ Global IPv6 address.
     """
    global_ipv6_prefix_len: int | Unset = UNSET
    """ Mask length of the global IPv6 address.
     """
    dns_names: list[str] | Unset | None = UNSET
    """ List of all DNS names an endpoint has on a specific network. This
    list is based on the container name, network aliases, container short
    ID, and hostname.

    These DNS names are non-fully qualified but can contain several dots.
    You can get fully qualified DNS names by appending `.<network-name>`.
    For instance, if container name is `my.ctr` and the network is named
    `testnet`, `DNSNames` will contain `my.ctr` and the FQDN will be
    `my.ctr.testnet`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipam_config: dict[str, Any] | Unset | None
        if isinstance(self.ipam_config, Unset):
            ipam_config = UNSET
        elif isinstance(self.ipam_config, EndpointIPAMConfig):
            ipam_config = self.ipam_config.to_dict()
        else:
            ipam_config = self.ipam_config

        links: list[str] | Unset | None
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = self.links

        else:
            links = self.links

        mac_address = self.mac_address

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
        elif isinstance(self.driver_opts, EndpointSettingsDriverOpts):
            driver_opts = self.driver_opts.to_dict()
        else:
            driver_opts = self.driver_opts

        gw_priority = self.gw_priority

        network_id = self.network_id

        endpoint_id = self.endpoint_id

        gateway = self.gateway

        ip_address = self.ip_address

        ip_prefix_len = self.ip_prefix_len

        ipv6_gateway = self.ipv6_gateway

        global_ipv6_address = self.global_ipv6_address

        global_ipv6_prefix_len = self.global_ipv6_prefix_len

        dns_names: list[str] | Unset | None
        if isinstance(self.dns_names, Unset):
            dns_names = UNSET
        elif isinstance(self.dns_names, list):
            dns_names = self.dns_names

        else:
            dns_names = self.dns_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipam_config is not UNSET:
            field_dict["IPAMConfig"] = ipam_config
        if links is not UNSET:
            field_dict["Links"] = links
        if mac_address is not UNSET:
            field_dict["MacAddress"] = mac_address
        if aliases is not UNSET:
            field_dict["Aliases"] = aliases
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts
        if gw_priority is not UNSET:
            field_dict["GwPriority"] = gw_priority
        if network_id is not UNSET:
            field_dict["NetworkID"] = network_id
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if gateway is not UNSET:
            field_dict["Gateway"] = gateway
        if ip_address is not UNSET:
            field_dict["IPAddress"] = ip_address
        if ip_prefix_len is not UNSET:
            field_dict["IPPrefixLen"] = ip_prefix_len
        if ipv6_gateway is not UNSET:
            field_dict["IPv6Gateway"] = ipv6_gateway
        if global_ipv6_address is not UNSET:
            field_dict["GlobalIPv6Address"] = global_ipv6_address
        if global_ipv6_prefix_len is not UNSET:
            field_dict["GlobalIPv6PrefixLen"] = global_ipv6_prefix_len
        if dns_names is not UNSET:
            field_dict["DNSNames"] = dns_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ipam_config_data = d.pop("IPAMConfig", UNSET)
        ipam_config: EndpointIPAMConfig | Unset | None
        if _ipam_config_data is None or _ipam_config_data is UNSET:
            ipam_config = _ipam_config_data
        elif isinstance(_ipam_config_data, dict):
            ipam_config_type_0 = EndpointIPAMConfig.from_dict(_ipam_config_data)

            ipam_config = ipam_config_type_0
        else:
            raise TypeError(
                f"ipam_config: expected EndpointIPAMConfig | None, got {type(_ipam_config_data).__name__}: {_ipam_config_data!r:.200}"
            )

        _links_data = d.pop("Links", UNSET)
        links: list[str] | Unset | None
        if _links_data is None or _links_data is UNSET:
            links = _links_data
        elif isinstance(_links_data, list):
            links_type_0 = _links_data

            links = links_type_0
        else:
            raise TypeError(
                f"links: expected list[str] | None, got {type(_links_data).__name__}: {_links_data!r:.200}"
            )

        mac_address = d.pop("MacAddress", UNSET)

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
        driver_opts: EndpointSettingsDriverOpts | Unset | None
        if _driver_opts_data is None or _driver_opts_data is UNSET:
            driver_opts = _driver_opts_data
        elif isinstance(_driver_opts_data, dict):
            driver_opts_type_0 = EndpointSettingsDriverOpts.from_dict(_driver_opts_data)

            driver_opts = driver_opts_type_0
        else:
            raise TypeError(
                f"driver_opts: expected EndpointSettingsDriverOpts | None, got {type(_driver_opts_data).__name__}: {_driver_opts_data!r:.200}"
            )

        gw_priority = d.pop("GwPriority", UNSET)

        network_id = d.pop("NetworkID", UNSET)

        endpoint_id = d.pop("EndpointID", UNSET)

        gateway = d.pop("Gateway", UNSET)

        ip_address = d.pop("IPAddress", UNSET)

        ip_prefix_len = d.pop("IPPrefixLen", UNSET)

        ipv6_gateway = d.pop("IPv6Gateway", UNSET)

        global_ipv6_address = d.pop("GlobalIPv6Address", UNSET)

        global_ipv6_prefix_len = d.pop("GlobalIPv6PrefixLen", UNSET)

        _dns_names_data = d.pop("DNSNames", UNSET)
        dns_names: list[str] | Unset | None
        if _dns_names_data is None or _dns_names_data is UNSET:
            dns_names = _dns_names_data
        elif isinstance(_dns_names_data, list):
            dns_names_type_0 = _dns_names_data

            dns_names = dns_names_type_0
        else:
            raise TypeError(
                f"dns_names: expected list[str] | None, got {type(_dns_names_data).__name__}: {_dns_names_data!r:.200}"
            )

        endpoint_settings = _new(cls)
        endpoint_settings.ipam_config = ipam_config
        endpoint_settings.links = links
        endpoint_settings.mac_address = mac_address
        endpoint_settings.aliases = aliases
        endpoint_settings.driver_opts = driver_opts
        endpoint_settings.gw_priority = gw_priority
        endpoint_settings.network_id = network_id
        endpoint_settings.endpoint_id = endpoint_id
        endpoint_settings.gateway = gateway
        endpoint_settings.ip_address = ip_address
        endpoint_settings.ip_prefix_len = ip_prefix_len
        endpoint_settings.ipv6_gateway = ipv6_gateway
        endpoint_settings.global_ipv6_address = global_ipv6_address
        endpoint_settings.global_ipv6_prefix_len = global_ipv6_prefix_len
        endpoint_settings.dns_names = dns_names
        endpoint_settings.additional_properties = d
        return endpoint_settings

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


from ..models.endpoint_ipam_config import EndpointIPAMConfig
from ..models.endpoint_settings_driver_opts import EndpointSettingsDriverOpts
