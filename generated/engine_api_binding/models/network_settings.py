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

T = TypeVar("T", bound="NetworkSettings")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkSettings(Model):
    """NetworkSettings exposes the network settings in the API"""

    __match_args__ = (
        "sandbox_id",
        "sandbox_key",
        "ports",
        "networks",
        "bridge",
        "hairpin_mode",
        "link_local_ipv6_address",
        "link_local_ipv6_prefix_len",
        "secondary_ip_addresses",
        "secondary_ipv6_addresses",
        "endpoint_id",
        "gateway",
        "global_ipv6_address",
        "global_ipv6_prefix_len",
        "ip_address",
        "ip_prefix_len",
        "ipv6_gateway",
        "mac_address",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    sandbox_id: str | None
    """ SandboxID uniquely represents a container's network stack. """
    sandbox_key: str | None
    """ SandboxKey is the full path of the netns handle """
    ports: PortMap | None
    networks: NetworkSettingsNetworks | None
    """ Information about all networks that the container is connected to.
     """
    bridge: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Name of the default bridge interface when dockerd's --bridge flag is set.

    Deprecated: This field is only set when the daemon is started with the --bridge flag specified.
     """
    hairpin_mode: bool | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Indicates if hairpin NAT should be enabled on the virtual interface.

    Deprecated: This field is never set and will be removed in a future release.
     """
    link_local_ipv6_address: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    IPv6 unicast address using the link-local prefix.

    Deprecated: This field is never set and will be removed in a future release.
     """
    link_local_ipv6_prefix_len: int | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Prefix length of the IPv6 unicast address.

    Deprecated: This field is never set and will be removed in a future release.
     """
    secondary_ip_addresses: list[Address] | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Deprecated: This field is never set and will be removed in a future release.
     """
    secondary_ipv6_addresses: list[Address] | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Deprecated: This field is never set and will be removed in a future release.
     """
    endpoint_id: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    EndpointID uniquely represents a service endpoint in a Sandbox.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    gateway: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Gateway address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    global_ipv6_address: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Global IPv6 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    global_ipv6_prefix_len: int | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Mask length of the global IPv6 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    ip_address: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    IPv4 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    ip_prefix_len: int | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Mask length of the IPv4 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    ipv6_gateway: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    IPv6 gateway address for this network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    mac_address: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    MAC address for the container on the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        sandbox_id: str | None = None,
        sandbox_key: str | None = None,
        ports: PortMap | None = None,
        networks: NetworkSettingsNetworks | None = None,
        bridge: str | None = None,
        hairpin_mode: bool | None = None,
        link_local_ipv6_address: str | None = None,
        link_local_ipv6_prefix_len: int | None = None,
        secondary_ip_addresses: list[Address] | None = None,
        secondary_ipv6_addresses: list[Address] | None = None,
        endpoint_id: str | None = None,
        gateway: str | None = None,
        global_ipv6_address: str | None = None,
        global_ipv6_prefix_len: int | None = None,
        ip_address: str | None = None,
        ip_prefix_len: int | None = None,
        ipv6_gateway: str | None = None,
        mac_address: str | None = None,
    ) -> None:
        self.sandbox_id = sandbox_id
        self.sandbox_key = sandbox_key
        self.ports = ports
        self.networks = networks
        self.bridge = bridge
        self.hairpin_mode = hairpin_mode
        self.link_local_ipv6_address = link_local_ipv6_address
        self.link_local_ipv6_prefix_len = link_local_ipv6_prefix_len
        self.secondary_ip_addresses = secondary_ip_addresses
        self.secondary_ipv6_addresses = secondary_ipv6_addresses
        self.endpoint_id = endpoint_id
        self.gateway = gateway
        self.global_ipv6_address = global_ipv6_address
        self.global_ipv6_prefix_len = global_ipv6_prefix_len
        self.ip_address = ip_address
        self.ip_prefix_len = ip_prefix_len
        self.ipv6_gateway = ipv6_gateway
        self.mac_address = mac_address
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sandbox_id is not None:
            field_dict["SandboxID"] = self.sandbox_id
        elif "SandboxID" in self._sent:
            field_dict["SandboxID"] = None

        if self.sandbox_key is not None:
            field_dict["SandboxKey"] = self.sandbox_key
        elif "SandboxKey" in self._sent:
            field_dict["SandboxKey"] = None

        ports = self.ports
        if ports is not None:
            ports_json: dict[str, Any] | None
            if isinstance(ports, PortMap):
                ports_json = ports.to_dict()
            else:
                ports_json = ports
            field_dict["Ports"] = ports_json
        elif "Ports" in self._sent:
            field_dict["Ports"] = None

        networks = self.networks
        if networks is not None:
            networks_json: dict[str, Any] | None
            if isinstance(networks, NetworkSettingsNetworks):
                networks_json = networks.to_dict()
            else:
                networks_json = networks
            field_dict["Networks"] = networks_json
        elif "Networks" in self._sent:
            field_dict["Networks"] = None

        if self.bridge is not None:
            field_dict["Bridge"] = self.bridge
        elif "Bridge" in self._sent:
            field_dict["Bridge"] = None

        if self.hairpin_mode is not None:
            field_dict["HairpinMode"] = self.hairpin_mode
        elif "HairpinMode" in self._sent:
            field_dict["HairpinMode"] = None

        if self.link_local_ipv6_address is not None:
            field_dict["LinkLocalIPv6Address"] = self.link_local_ipv6_address
        elif "LinkLocalIPv6Address" in self._sent:
            field_dict["LinkLocalIPv6Address"] = None

        if self.link_local_ipv6_prefix_len is not None:
            field_dict["LinkLocalIPv6PrefixLen"] = self.link_local_ipv6_prefix_len
        elif "LinkLocalIPv6PrefixLen" in self._sent:
            field_dict["LinkLocalIPv6PrefixLen"] = None

        secondary_ip_addresses = self.secondary_ip_addresses
        if secondary_ip_addresses is not None:
            secondary_ip_addresses_json: list[dict[str, Any]] | None
            if isinstance(secondary_ip_addresses, list):
                secondary_ip_addresses_json = []
                for secondary_ip_addresses_type_0_item_data in secondary_ip_addresses:
                    secondary_ip_addresses_type_0_item = (
                        secondary_ip_addresses_type_0_item_data.to_dict()
                    )
                    secondary_ip_addresses_json.append(secondary_ip_addresses_type_0_item)

            else:
                secondary_ip_addresses_json = secondary_ip_addresses
            field_dict["SecondaryIPAddresses"] = secondary_ip_addresses_json
        elif "SecondaryIPAddresses" in self._sent:
            field_dict["SecondaryIPAddresses"] = None

        secondary_ipv6_addresses = self.secondary_ipv6_addresses
        if secondary_ipv6_addresses is not None:
            secondary_ipv6_addresses_json: list[dict[str, Any]] | None
            if isinstance(secondary_ipv6_addresses, list):
                secondary_ipv6_addresses_json = []
                for secondary_ipv6_addresses_type_0_item_data in secondary_ipv6_addresses:
                    secondary_ipv6_addresses_type_0_item = (
                        secondary_ipv6_addresses_type_0_item_data.to_dict()
                    )
                    secondary_ipv6_addresses_json.append(secondary_ipv6_addresses_type_0_item)

            else:
                secondary_ipv6_addresses_json = secondary_ipv6_addresses
            field_dict["SecondaryIPv6Addresses"] = secondary_ipv6_addresses_json
        elif "SecondaryIPv6Addresses" in self._sent:
            field_dict["SecondaryIPv6Addresses"] = None

        if self.endpoint_id is not None:
            field_dict["EndpointID"] = self.endpoint_id
        elif "EndpointID" in self._sent:
            field_dict["EndpointID"] = None

        if self.gateway is not None:
            field_dict["Gateway"] = self.gateway
        elif "Gateway" in self._sent:
            field_dict["Gateway"] = None

        if self.global_ipv6_address is not None:
            field_dict["GlobalIPv6Address"] = self.global_ipv6_address
        elif "GlobalIPv6Address" in self._sent:
            field_dict["GlobalIPv6Address"] = None

        if self.global_ipv6_prefix_len is not None:
            field_dict["GlobalIPv6PrefixLen"] = self.global_ipv6_prefix_len
        elif "GlobalIPv6PrefixLen" in self._sent:
            field_dict["GlobalIPv6PrefixLen"] = None

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

        if self.mac_address is not None:
            field_dict["MacAddress"] = self.mac_address
        elif "MacAddress" in self._sent:
            field_dict["MacAddress"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        sandbox_id = d.pop("SandboxID", None)

        sandbox_key = d.pop("SandboxKey", None)

        d.pop("Ports", None)

        d.pop("Networks", None)

        bridge = d.pop("Bridge", None)

        hairpin_mode = d.pop("HairpinMode", None)

        link_local_ipv6_address = d.pop("LinkLocalIPv6Address", None)

        link_local_ipv6_prefix_len = d.pop("LinkLocalIPv6PrefixLen", None)

        d.pop("SecondaryIPAddresses", None)

        d.pop("SecondaryIPv6Addresses", None)

        endpoint_id = d.pop("EndpointID", None)

        gateway = d.pop("Gateway", None)

        global_ipv6_address = d.pop("GlobalIPv6Address", None)

        global_ipv6_prefix_len = d.pop("GlobalIPv6PrefixLen", None)

        ip_address = d.pop("IPAddress", None)

        ip_prefix_len = d.pop("IPPrefixLen", None)

        ipv6_gateway = d.pop("IPv6Gateway", None)

        mac_address = d.pop("MacAddress", None)

        network_settings = _new(cls)
        network_settings._sent = src_dict
        network_settings.sandbox_id = sandbox_id
        network_settings.sandbox_key = sandbox_key
        network_settings.bridge = bridge
        network_settings.hairpin_mode = hairpin_mode
        network_settings.link_local_ipv6_address = link_local_ipv6_address
        network_settings.link_local_ipv6_prefix_len = link_local_ipv6_prefix_len
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

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "ports",
            "networks",
            "secondary_ip_addresses",
            "secondary_ipv6_addresses",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "ports":
            _ports_data = src.get("Ports")
            ports: PortMap | None
            if _ports_data is None:
                ports = _ports_data
            elif isinstance(_ports_data, dict):
                ports_type_0 = PortMap.from_dict(_ports_data)

                ports = ports_type_0
            else:
                raise TypeError(
                    f"ports: expected None | PortMap, got {type(_ports_data).__name__}: {_ports_data!r:.200}"
                )

            return ports
        if deferred_name == "networks":
            _networks_data = src.get("Networks")
            networks: NetworkSettingsNetworks | None
            if _networks_data is None:
                networks = _networks_data
            elif isinstance(_networks_data, dict):
                networks_type_0 = NetworkSettingsNetworks.from_dict(_networks_data)

                networks = networks_type_0
            else:
                raise TypeError(
                    f"networks: expected NetworkSettingsNetworks | None, got {type(_networks_data).__name__}: {_networks_data!r:.200}"
                )

            return networks
        if deferred_name == "secondary_ip_addresses":
            _secondary_ip_addresses_data = src.get("SecondaryIPAddresses")
            secondary_ip_addresses: list[Address] | None
            if _secondary_ip_addresses_data is None:
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

            return secondary_ip_addresses
        if deferred_name == "secondary_ipv6_addresses":
            _secondary_ipv6_addresses_data = src.get("SecondaryIPv6Addresses")
            secondary_ipv6_addresses: list[Address] | None
            if _secondary_ipv6_addresses_data is None:
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

            return secondary_ipv6_addresses
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "SandboxID": "sandbox_id",
        "SandboxKey": "sandbox_key",
        "Ports": "ports",
        "Networks": "networks",
        "Bridge": "bridge",
        "HairpinMode": "hairpin_mode",
        "LinkLocalIPv6Address": "link_local_ipv6_address",
        "LinkLocalIPv6PrefixLen": "link_local_ipv6_prefix_len",
        "SecondaryIPAddresses": "secondary_ip_addresses",
        "SecondaryIPv6Addresses": "secondary_ipv6_addresses",
        "EndpointID": "endpoint_id",
        "Gateway": "gateway",
        "GlobalIPv6Address": "global_ipv6_address",
        "GlobalIPv6PrefixLen": "global_ipv6_prefix_len",
        "IPAddress": "ip_address",
        "IPPrefixLen": "ip_prefix_len",
        "IPv6Gateway": "ipv6_gateway",
        "MacAddress": "mac_address",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "SandboxID",
                "SandboxKey",
                "Bridge",
                "LinkLocalIPv6Address",
                "EndpointID",
                "Gateway",
                "GlobalIPv6Address",
                "IPAddress",
                "IPv6Gateway",
                "MacAddress",
            ],
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Ports"]) -> PortMap: ...
        @overload
        def __getitem__(self, key: Literal["Networks"]) -> NetworkSettingsNetworks: ...
        @overload
        def __getitem__(self, key: Literal["HairpinMode"]) -> bool: ...
        @overload
        def __getitem__(
            self, key: Literal["LinkLocalIPv6PrefixLen", "GlobalIPv6PrefixLen", "IPPrefixLen"]
        ) -> int: ...
        @overload
        def __getitem__(
            self, key: Literal["SecondaryIPAddresses", "SecondaryIPv6Addresses"]
        ) -> list[Address]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "SandboxID",
                "SandboxKey",
                "Bridge",
                "LinkLocalIPv6Address",
                "EndpointID",
                "Gateway",
                "GlobalIPv6Address",
                "IPAddress",
                "IPv6Gateway",
                "MacAddress",
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Ports"], default: None = None) -> PortMap | None: ...
        @overload
        def get(
            self, key: Literal["Networks"], default: None = None
        ) -> NetworkSettingsNetworks | None: ...
        @overload
        def get(self, key: Literal["HairpinMode"], default: None = None) -> bool | None: ...
        @overload
        def get(
            self,
            key: Literal["LinkLocalIPv6PrefixLen", "GlobalIPv6PrefixLen", "IPPrefixLen"],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(
            self,
            key: Literal["SecondaryIPAddresses", "SecondaryIPv6Addresses"],
            default: None = None,
        ) -> list[Address] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.address import Address
from ..models.network_settings_networks import NetworkSettingsNetworks
from ..models.port_map import PortMap
