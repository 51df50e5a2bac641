from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="EndpointSettings")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EndpointSettings(Model):
    """Configuration for a network endpoint."""

    __match_args__ = (
        "ipam_config",
        "links",
        "mac_address",
        "aliases",
        "driver_opts",
        "gw_priority",
        "network_id",
        "endpoint_id",
        "gateway",
        "ip_address",
        "ip_prefix_len",
        "ipv6_gateway",
        "global_ipv6_address",
        "global_ipv6_prefix_len",
        "dns_names",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    ipam_config: EndpointIPAMConfig | None
    links: list[str] | None
    mac_address: str | None
    """ MAC address for the endpoint on this network. The network driver might ignore this parameter.
     """
    aliases: list[str] | None
    driver_opts: EndpointSettingsDriverOpts | None
    """ DriverOpts is a mapping of driver options and values. These options
    are passed directly to the driver and are driver specific.
     """
    gw_priority: int | None
    """ This property determines which endpoint will provide the default
    gateway for a container. The endpoint with the highest priority will
    be used. If multiple endpoints have the same priority, endpoints are
    lexicographically sorted based on their network name, and the one
    that sorts first is picked.
     """
    network_id: str | None
    """ Unique ID of the network.
     """
    endpoint_id: str | None
    """ Unique ID for the service endpoint in a Sandbox.
     """
    gateway: str | None
    """ Gateway address for this network.
     """
    ip_address: str | None
    """ IPv4 address.
     """
    ip_prefix_len: int | None
    """ Mask length of the IPv4 address.
     """
    ipv6_gateway: str | None
    """ IPv6 gateway address.
     """
    global_ipv6_address: str | None
    """ Global IPv6 address.
     """
    global_ipv6_prefix_len: int | None
    """ Mask length of the global IPv6 address.
     """
    dns_names: list[str] | None
    """ List of all DNS names an endpoint has on a specific network. This
    list is based on the container name, network aliases, container short
    ID, and hostname.

    These DNS names are non-fully qualified but can contain several dots.
    You can get fully qualified DNS names by appending `.<network-name>`.
    For instance, if container name is `my.ctr` and the network is named
    `testnet`, `DNSNames` will contain `my.ctr` and the FQDN will be
    `my.ctr.testnet`.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        ipam_config: EndpointIPAMConfig | None = None,
        links: list[str] | None = None,
        mac_address: str | None = None,
        aliases: list[str] | None = None,
        driver_opts: EndpointSettingsDriverOpts | None = None,
        gw_priority: int | None = None,
        network_id: str | None = None,
        endpoint_id: str | None = None,
        gateway: str | None = None,
        ip_address: str | None = None,
        ip_prefix_len: int | None = None,
        ipv6_gateway: str | None = None,
        global_ipv6_address: str | None = None,
        global_ipv6_prefix_len: int | None = None,
        dns_names: list[str] | None = None,
    ) -> None:
        self.ipam_config = ipam_config
        self.links = links
        self.mac_address = mac_address
        self.aliases = aliases
        self.driver_opts = driver_opts
        self.gw_priority = gw_priority
        self.network_id = network_id
        self.endpoint_id = endpoint_id
        self.gateway = gateway
        self.ip_address = ip_address
        self.ip_prefix_len = ip_prefix_len
        self.ipv6_gateway = ipv6_gateway
        self.global_ipv6_address = global_ipv6_address
        self.global_ipv6_prefix_len = global_ipv6_prefix_len
        self.dns_names = dns_names
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ipam_config = self.ipam_config
        if ipam_config is not None:
            ipam_config_json: dict[str, Any] | None
            if isinstance(ipam_config, EndpointIPAMConfig):
                ipam_config_json = ipam_config.to_dict()
            else:
                ipam_config_json = ipam_config
            field_dict["IPAMConfig"] = ipam_config_json
        elif "IPAMConfig" in self._sent:
            field_dict["IPAMConfig"] = None

        links = self.links
        if links is not None:
            links_json: list[str] | None
            if isinstance(links, list):
                links_json = links

            else:
                links_json = links
            field_dict["Links"] = links_json
        elif "Links" in self._sent:
            field_dict["Links"] = None

        if self.mac_address is not None:
            field_dict["MacAddress"] = self.mac_address
        elif "MacAddress" in self._sent:
            field_dict["MacAddress"] = None

        aliases = self.aliases
        if aliases is not None:
            aliases_json: list[str] | None
            if isinstance(aliases, list):
                aliases_json = aliases

            else:
                aliases_json = aliases
            field_dict["Aliases"] = aliases_json
        elif "Aliases" in self._sent:
            field_dict["Aliases"] = None

        driver_opts = self.driver_opts
        if driver_opts is not None:
            driver_opts_json: dict[str, Any] | None
            if isinstance(driver_opts, EndpointSettingsDriverOpts):
                driver_opts_json = driver_opts.to_dict()
            else:
                driver_opts_json = driver_opts
            field_dict["DriverOpts"] = driver_opts_json
        elif "DriverOpts" in self._sent:
            field_dict["DriverOpts"] = None

        if self.gw_priority is not None:
            field_dict["GwPriority"] = self.gw_priority
        elif "GwPriority" in self._sent:
            field_dict["GwPriority"] = None

        if self.network_id is not None:
            field_dict["NetworkID"] = self.network_id
        elif "NetworkID" in self._sent:
            field_dict["NetworkID"] = None

        if self.endpoint_id is not None:
            field_dict["EndpointID"] = self.endpoint_id
        elif "EndpointID" in self._sent:
            field_dict["EndpointID"] = None

        if self.gateway is not None:
            field_dict["Gateway"] = self.gateway
        elif "Gateway" in self._sent:
            field_dict["Gateway"] = None

        if self.ip_address is not None:
            field_dict["IPAddress"] = self.ip_address
        elif "IPAddress" in self._sent:
            field_dict["IPAddress"] = None

        if self.ip_prefix_len is not None:
            field_dict["IPPrefixLen"] = self.ip_prefix_len
        elif "IPPrefixLen" in self._sent:
            field_dict["IPPrefixLen"] = None

        if self.ipv6_gateway is not None:
            field_dict["IPv6Gateway"] = self.ipv6_gateway
        elif "IPv6Gateway" in self._sent:
            field_dict["IPv6Gateway"] = None

        if self.global_ipv6_address is not None:
            field_dict["GlobalIPv6Address"] = self.global_ipv6_address
        elif "GlobalIPv6Address" in self._sent:
            field_dict["GlobalIPv6Address"] = None

        if self.global_ipv6_prefix_len is not None:
            field_dict["GlobalIPv6PrefixLen"] = self.global_ipv6_prefix_len
        elif "GlobalIPv6PrefixLen" in self._sent:
            field_dict["GlobalIPv6PrefixLen"] = None

        dns_names = self.dns_names
        if dns_names is not None:
            dns_names_json: list[str] | None
            if isinstance(dns_names, list):
                dns_names_json = dns_names

            else:
                dns_names_json = dns_names
            field_dict["DNSNames"] = dns_names_json
        elif "DNSNames" in self._sent:
            field_dict["DNSNames"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("IPAMConfig", None)

        _links_data = d.pop("Links", None)
        links: list[str] | None
        if _links_data is None:
            links = _links_data
        elif isinstance(_links_data, list):
            links_type_0 = _links_data

            links = links_type_0
        else:
            raise TypeError(
                f"links: expected list[str] | None, got {type(_links_data).__name__}: {_links_data!r:.200}"
            )

        mac_address = d.pop("MacAddress", None)

        _aliases_data = d.pop("Aliases", None)
        aliases: list[str] | None
        if _aliases_data is None:
            aliases = _aliases_data
        elif isinstance(_aliases_data, list):
            aliases_type_0 = _aliases_data

            aliases = aliases_type_0
        else:
            raise TypeError(
                f"aliases: expected list[str] | None, got {type(_aliases_data).__name__}: {_aliases_data!r:.200}"
            )

        d.pop("DriverOpts", None)

        gw_priority = d.pop("GwPriority", None)

        network_id = d.pop("NetworkID", None)

        endpoint_id = d.pop("EndpointID", None)

        gateway = d.pop("Gateway", None)

        ip_address = d.pop("IPAddress", None)

        ip_prefix_len = d.pop("IPPrefixLen", None)

        ipv6_gateway = d.pop("IPv6Gateway", None)

        global_ipv6_address = d.pop("GlobalIPv6Address", None)

        global_ipv6_prefix_len = d.pop("GlobalIPv6PrefixLen", None)

        _dns_names_data = d.pop("DNSNames", None)
        dns_names: list[str] | None
        if _dns_names_data is None:
            dns_names = _dns_names_data
        elif isinstance(_dns_names_data, list):
            dns_names_type_0 = _dns_names_data

            dns_names = dns_names_type_0
        else:
            raise TypeError(
                f"dns_names: expected list[str] | None, got {type(_dns_names_data).__name__}: {_dns_names_data!r:.200}"
            )

        endpoint_settings = _new(cls)
        endpoint_settings._sent = src_dict
        endpoint_settings.links = links
        endpoint_settings.mac_address = mac_address
        endpoint_settings.aliases = aliases
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

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "ipam_config",
            "driver_opts",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "ipam_config":
            _ipam_config_data = src.get("IPAMConfig")
            ipam_config: EndpointIPAMConfig | None
            if _ipam_config_data is None:
                ipam_config = _ipam_config_data
            elif isinstance(_ipam_config_data, dict):
                ipam_config_type_0 = EndpointIPAMConfig.from_dict(_ipam_config_data)

                ipam_config = ipam_config_type_0
            else:
                raise TypeError(
                    f"ipam_config: expected EndpointIPAMConfig | None, got {type(_ipam_config_data).__name__}: {_ipam_config_data!r:.200}"
                )

            return ipam_config
        if deferred_name == "driver_opts":
            _driver_opts_data = src.get("DriverOpts")
            driver_opts: EndpointSettingsDriverOpts | None
            if _driver_opts_data is None:
                driver_opts = _driver_opts_data
            elif isinstance(_driver_opts_data, dict):
                driver_opts_type_0 = EndpointSettingsDriverOpts.from_dict(_driver_opts_data)

                driver_opts = driver_opts_type_0
            else:
                raise TypeError(
                    f"driver_opts: expected EndpointSettingsDriverOpts | None, got {type(_driver_opts_data).__name__}: {_driver_opts_data!r:.200}"
                )

            return driver_opts
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "IPAMConfig": "ipam_config",
        "Links": "links",
        "MacAddress": "mac_address",
        "Aliases": "aliases",
        "DriverOpts": "driver_opts",
        "GwPriority": "gw_priority",
        "NetworkID": "network_id",
        "EndpointID": "endpoint_id",
        "Gateway": "gateway",
        "IPAddress": "ip_address",
        "IPPrefixLen": "ip_prefix_len",
        "IPv6Gateway": "ipv6_gateway",
        "GlobalIPv6Address": "global_ipv6_address",
        "GlobalIPv6PrefixLen": "global_ipv6_prefix_len",
        "DNSNames": "dns_names",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["IPAMConfig"]) -> EndpointIPAMConfig: ...
        @overload
        def __getitem__(self, key: Literal["Links", "Aliases", "DNSNames"]) -> list[str]: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "MacAddress",
                "NetworkID",
                "EndpointID",
                "Gateway",
                "IPAddress",
                "IPv6Gateway",
                "GlobalIPv6Address",
            ],
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["DriverOpts"]) -> EndpointSettingsDriverOpts: ...
        @overload
        def __getitem__(
            self, key: Literal["GwPriority", "IPPrefixLen", "GlobalIPv6PrefixLen"]
        ) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["IPAMConfig"], default: None = None
        ) -> EndpointIPAMConfig | None: ...
        @overload
        def get(
            self, key: Literal["Links", "Aliases", "DNSNames"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "MacAddress",
                "NetworkID",
                "EndpointID",
                "Gateway",
                "IPAddress",
                "IPv6Gateway",
                "GlobalIPv6Address",
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["DriverOpts"], default: None = None
        ) -> EndpointSettingsDriverOpts | None: ...
        @overload
        def get(
            self,
            key: Literal["GwPriority", "IPPrefixLen", "GlobalIPv6PrefixLen"],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.endpoint_ipam_config import EndpointIPAMConfig
from ..models.endpoint_settings_driver_opts import EndpointSettingsDriverOpts
