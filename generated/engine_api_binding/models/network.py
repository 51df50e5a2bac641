from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="Network")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Network(Model):
    __match_args__ = (
        "name",
        "id",
        "created",
        "scope",
        "driver",
        "enable_ipv4",
        "enable_ipv6",
        "ipam",
        "internal",
        "attachable",
        "ingress",
        "config_from",
        "config_only",
        "options",
        "labels",
        "peers",
        "containers",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name of the network.
     """
    id: str | None
    """ ID that uniquely identifies a network on a single machine.
     """
    created: datetime.datetime | None
    """ Date and time at which the network was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    scope: str | None
    """ The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level)
     """
    driver: str | None
    """ The name of the driver used to create the network (e.g. `bridge`,
    `overlay`).
     """
    enable_ipv4: bool | None
    """ Whether the network was created with IPv4 enabled.
     """
    enable_ipv6: bool | None
    """ Whether the network was created with IPv6 enabled.
     """
    ipam: IPAM | None
    """ The network's IP Address Management.
     """
    internal: bool | None
    """ Whether the network is created to only allow internal networking
    connectivity.
     """
    attachable: bool | None
    """ Whether a global / swarm scope network is manually attachable by regular
    containers from workers in swarm mode.
     """
    ingress: bool | None
    """ Whether the network is providing the routing-mesh for the swarm cluster.
     """
    config_from: ConfigReference | None
    config_only: bool | None
    """ Whether the network is a config-only network. Config-only networks are
    placeholder networks for network configurations to be used by other
    networks. Config-only networks cannot be used directly to run containers
    or services.
     """
    options: NetworkOptions | None
    """ Network-specific options uses when creating the network.
     """
    labels: NetworkLabels | None
    """ Metadata specific to the network being created.
     """
    peers: list[PeerInfo] | None
    """ List of peer nodes for an overlay network. This field is only present
    for overlay networks, and omitted for other network types.
     """
    containers: NetworkContainers | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Contains endpoints attached to the network.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        id: str | None = None,
        created: datetime.datetime | None = None,
        scope: str | None = None,
        driver: str | None = None,
        enable_ipv4: bool | None = None,
        enable_ipv6: bool | None = None,
        ipam: IPAM | None = None,
        internal: bool | None = None,
        attachable: bool | None = None,
        ingress: bool | None = None,
        config_from: ConfigReference | None = None,
        config_only: bool | None = None,
        options: NetworkOptions | None = None,
        labels: NetworkLabels | None = None,
        peers: list[PeerInfo] | None = None,
        containers: NetworkContainers | None = None,
    ) -> None:
        self.name = name
        self.id = id
        self.created = created
        self.scope = scope
        self.driver = driver
        self.enable_ipv4 = enable_ipv4
        self.enable_ipv6 = enable_ipv6
        self.ipam = ipam
        self.internal = internal
        self.attachable = attachable
        self.ingress = ingress
        self.config_from = config_from
        self.config_only = config_only
        self.options = options
        self.labels = labels
        self.peers = peers
        self.containers = containers
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.id is not None:
            field_dict["Id"] = self.id
        elif "Id" in self._sent:
            field_dict["Id"] = None

        created = self.created
        if created is not None:
            created_json = created.isoformat()
            field_dict["Created"] = created_json
        elif "Created" in self._sent:
            field_dict["Created"] = None

        if self.scope is not None:
            field_dict["Scope"] = self.scope
        elif "Scope" in self._sent:
            field_dict["Scope"] = None

        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        if self.enable_ipv4 is not None:
            field_dict["EnableIPv4"] = self.enable_ipv4
        elif "EnableIPv4" in self._sent:
            field_dict["EnableIPv4"] = None

        if self.enable_ipv6 is not None:
            field_dict["EnableIPv6"] = self.enable_ipv6
        elif "EnableIPv6" in self._sent:
            field_dict["EnableIPv6"] = None

        ipam = self.ipam
        if ipam is not None:
            ipam_json: dict[str, Any] | None
            if isinstance(ipam, IPAM):
                ipam_json = ipam.to_dict()
            else:
                ipam_json = ipam
            field_dict["IPAM"] = ipam_json
        elif "IPAM" in self._sent:
            field_dict["IPAM"] = None

        if self.internal is not None:
            field_dict["Internal"] = self.internal
        elif "Internal" in self._sent:
            field_dict["Internal"] = None

        if self.attachable is not None:
            field_dict["Attachable"] = self.attachable
        elif "Attachable" in self._sent:
            field_dict["Attachable"] = None

        if self.ingress is not None:
            field_dict["Ingress"] = self.ingress
        elif "Ingress" in self._sent:
            field_dict["Ingress"] = None

        config_from = self.config_from
        if config_from is not None:
            config_from_json: dict[str, Any] | None
            if isinstance(config_from, ConfigReference):
                config_from_json = config_from.to_dict()
            else:
                config_from_json = config_from
            field_dict["ConfigFrom"] = config_from_json
        elif "ConfigFrom" in self._sent:
            field_dict["ConfigFrom"] = None

        if self.config_only is not None:
            field_dict["ConfigOnly"] = self.config_only
        elif "ConfigOnly" in self._sent:
            field_dict["ConfigOnly"] = None

        options = self.options
        if options is not None:
            options_json: dict[str, Any] | None
            if isinstance(options, NetworkOptions):
                options_json = options.to_dict()
            else:
                options_json = options
            field_dict["Options"] = options_json
        elif "Options" in self._sent:
            field_dict["Options"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, NetworkLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        peers = self.peers
        if peers is not None:
            peers_json: list[dict[str, Any]] | None
            if isinstance(peers, list):
                peers_json = []
                for peers_type_0_item_data in peers:
                    peers_type_0_item = peers_type_0_item_data.to_dict()
                    peers_json.append(peers_type_0_item)

            else:
                peers_json = peers
            field_dict["Peers"] = peers_json
        elif "Peers" in self._sent:
            field_dict["Peers"] = None

        containers = self.containers
        if containers is not None:
            containers_json: dict[str, Any] | None
            if isinstance(containers, NetworkContainers):
                containers_json = containers.to_dict()
            else:
                containers_json = containers
            field_dict["Containers"] = containers_json
        elif "Containers" in self._sent:
            field_dict["Containers"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        id = d.pop("Id", None)

        d.pop("Created", None)

        scope = d.pop("Scope", None)

        driver = d.pop("Driver", None)

        enable_ipv4 = d.pop("EnableIPv4", None)

        enable_ipv6 = d.pop("EnableIPv6", None)

        d.pop("IPAM", None)

        internal = d.pop("Internal", None)

        attachable = d.pop("Attachable", None)

        ingress = d.pop("Ingress", None)

        d.pop("ConfigFrom", None)

        config_only = d.pop("ConfigOnly", None)

        d.pop("Options", None)

        d.pop("Labels", None)

        d.pop("Peers", None)

        d.pop("Containers", None)

        network = _new(cls)
        network._sent = src_dict
        network.name = name
        network.id = id
        network.scope = scope
        network.driver = driver
        network.enable_ipv4 = enable_ipv4
        network.enable_ipv6 = enable_ipv6
        network.internal = internal
        network.attachable = attachable
        network.ingress = ingress
        network.config_only = config_only
        network.additional_properties = d
        return network

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
            "ipam",
            "config_from",
            "options",
            "labels",
            "peers",
            "containers",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "created":
            _created_src = src.get("Created")
            created: datetime.datetime | None
            if _created_src is None:
                created = None
            else:
                created_value = datetime.datetime.fromisoformat(_created_src)

                created = created_value

            return created
        if deferred_name == "ipam":
            _ipam_data = src.get("IPAM")
            ipam: IPAM | None
            if _ipam_data is None:
                ipam = _ipam_data
            elif isinstance(_ipam_data, dict):
                ipam_type_0 = IPAM.from_dict(_ipam_data)

                ipam = ipam_type_0
            else:
                raise TypeError(
                    f"ipam: expected IPAM | None, got {type(_ipam_data).__name__}: {_ipam_data!r:.200}"
                )

            return ipam
        if deferred_name == "config_from":
            _config_from_data = src.get("ConfigFrom")
            config_from: ConfigReference | None
            if _config_from_data is None:
                config_from = _config_from_data
            elif isinstance(_config_from_data, dict):
                config_from_type_0 = ConfigReference.from_dict(_config_from_data)

                config_from = config_from_type_0
            else:
                raise TypeError(
                    f"config_from: expected ConfigReference | None, got {type(_config_from_data).__name__}: {_config_from_data!r:.200}"
                )

            return config_from
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: NetworkOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = NetworkOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected NetworkOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
                )

            return options
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: NetworkLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = NetworkLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected NetworkLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "peers":
            _peers_data = src.get("Peers")
            peers: list[PeerInfo] | None
            if _peers_data is None:
                peers = _peers_data
            elif isinstance(_peers_data, list):
                peers_type_0 = []
                _peers_type_0 = _peers_data
                for peers_type_0_item_data in _peers_type_0:
                    peers_type_0_item = PeerInfo.from_dict(peers_type_0_item_data)

                    peers_type_0.append(peers_type_0_item)

                peers = peers_type_0
            else:
                raise TypeError(
                    f"peers: expected list[PeerInfo] | None, got {type(_peers_data).__name__}: {_peers_data!r:.200}"
                )

            return peers
        if deferred_name == "containers":
            _containers_data = src.get("Containers")
            containers: NetworkContainers | None
            if _containers_data is None:
                containers = _containers_data
            elif isinstance(_containers_data, dict):
                containers_type_0 = NetworkContainers.from_dict(_containers_data)

                containers = containers_type_0
            else:
                raise TypeError(
                    f"containers: expected NetworkContainers | None, got {type(_containers_data).__name__}: {_containers_data!r:.200}"
                )

            return containers
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Id": "id",
        "Created": "created",
        "Scope": "scope",
        "Driver": "driver",
        "EnableIPv4": "enable_ipv4",
        "EnableIPv6": "enable_ipv6",
        "IPAM": "ipam",
        "Internal": "internal",
        "Attachable": "attachable",
        "Ingress": "ingress",
        "ConfigFrom": "config_from",
        "ConfigOnly": "config_only",
        "Options": "options",
        "Labels": "labels",
        "Peers": "peers",
        "Containers": "containers",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Id", "Scope", "Driver"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Created"]) -> datetime.datetime: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "EnableIPv4", "EnableIPv6", "Internal", "Attachable", "Ingress", "ConfigOnly"
            ],
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["IPAM"]) -> IPAM: ...
        @overload
        def __getitem__(self, key: Literal["ConfigFrom"]) -> ConfigReference: ...
        @overload
        def __getitem__(self, key: Literal["Options"]) -> NetworkOptions: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> NetworkLabels: ...
        @overload
        def __getitem__(self, key: Literal["Peers"]) -> list[PeerInfo]: ...
        @overload
        def __getitem__(self, key: Literal["Containers"]) -> NetworkContainers: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Name", "Id", "Scope", "Driver"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Created"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "EnableIPv4", "EnableIPv6", "Internal", "Attachable", "Ingress", "ConfigOnly"
            ],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(self, key: Literal["IPAM"], default: None = None) -> IPAM | None: ...
        @overload
        def get(
            self, key: Literal["ConfigFrom"], default: None = None
        ) -> ConfigReference | None: ...
        @overload
        def get(self, key: Literal["Options"], default: None = None) -> NetworkOptions | None: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> NetworkLabels | None: ...
        @overload
        def get(self, key: Literal["Peers"], default: None = None) -> list[PeerInfo] | None: ...
        @overload
        def get(
            self, key: Literal["Containers"], default: None = None
        ) -> NetworkContainers | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.config_reference import ConfigReference
from ..models.ipam import IPAM
from ..models.network_containers import NetworkContainers
from ..models.network_labels import NetworkLabels
from ..models.network_options import NetworkOptions
from ..models.peer_info import PeerInfo
