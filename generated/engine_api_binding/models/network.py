from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Network")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Network:
    name: str | Unset = UNSET
    """ Name of the network.
     """
    id: str | Unset = UNSET
    """ ID that uniquely identifies a network on a single machine.
     """
    created: datetime.datetime | Unset = UNSET
    """ Date and time at which the network was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    scope: str | Unset = UNSET
    """ The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level)
     """
    driver: str | Unset = UNSET
    """ The name of the driver used to create the network (e.g. `bridge`,
    `overlay`).
     """
    enable_ipv4: bool | Unset = UNSET
    """ Whether the network was created with IPv4 enabled.
     """
    enable_ipv6: bool | Unset = UNSET
    """ Whether the network was created with IPv6 enabled.
     """
    ipam: IPAM | Unset | None = UNSET
    """ The network's IP Address Management.
     """
    internal: bool | Unset = UNSET
    """ Whether the network is created to only allow internal networking
    connectivity.
     """
    attachable: bool | Unset = UNSET
    """ Whether a global / swarm scope network is manually attachable by regular
    containers from workers in swarm mode.
     """
    ingress: bool | Unset = UNSET
    """ Whether the network is providing the routing-mesh for the swarm cluster.
     """
    config_from: ConfigReference | Unset | None = UNSET
    config_only: bool | Unset = UNSET
    """ Whether the network is a config-only network. Config-only networks are
    placeholder networks for network configurations to be used by other
    networks. Config-only networks cannot be used directly to run containers
    or services.
     """
    options: NetworkOptions | Unset | None = UNSET
    """ Network-specific options uses when creating the network.
     """
    labels: NetworkLabels | Unset | None = UNSET
    """ Metadata specific to the network being created.
     """
    peers: list[PeerInfo] | Unset | None = UNSET
    """ List of peer nodes for an overlay network. This field is only present
    for overlay networks, and omitted for other network types.
     """
    containers: NetworkContainers | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Contains endpoints attached to the network.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        scope = self.scope

        driver = self.driver

        enable_ipv4 = self.enable_ipv4

        enable_ipv6 = self.enable_ipv6

        ipam: dict[str, Any] | Unset | None
        if isinstance(self.ipam, Unset):
            ipam = UNSET
        elif isinstance(self.ipam, IPAM):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        internal = self.internal

        attachable = self.attachable

        ingress = self.ingress

        config_from: dict[str, Any] | Unset | None
        if isinstance(self.config_from, Unset):
            config_from = UNSET
        elif isinstance(self.config_from, ConfigReference):
            config_from = self.config_from.to_dict()
        else:
            config_from = self.config_from

        config_only = self.config_only

        options: dict[str, Any] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, NetworkOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, NetworkLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        peers: list[dict[str, Any]] | Unset | None
        if isinstance(self.peers, Unset):
            peers = UNSET
        elif isinstance(self.peers, list):
            peers = []
            for peers_type_0_item_data in self.peers:
                peers_type_0_item = peers_type_0_item_data.to_dict()
                peers.append(peers_type_0_item)

        else:
            peers = self.peers

        containers: dict[str, Any] | Unset | None
        if isinstance(self.containers, Unset):
            containers = UNSET
        elif isinstance(self.containers, NetworkContainers):
            containers = self.containers.to_dict()
        else:
            containers = self.containers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if id is not UNSET:
            field_dict["Id"] = id
        if created is not UNSET:
            field_dict["Created"] = created
        if scope is not UNSET:
            field_dict["Scope"] = scope
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if enable_ipv4 is not UNSET:
            field_dict["EnableIPv4"] = enable_ipv4
        if enable_ipv6 is not UNSET:
            field_dict["EnableIPv6"] = enable_ipv6
        if ipam is not UNSET:
            field_dict["IPAM"] = ipam
        if internal is not UNSET:
            field_dict["Internal"] = internal
        if attachable is not UNSET:
            field_dict["Attachable"] = attachable
        if ingress is not UNSET:
            field_dict["Ingress"] = ingress
        if config_from is not UNSET:
            field_dict["ConfigFrom"] = config_from
        if config_only is not UNSET:
            field_dict["ConfigOnly"] = config_only
        if options is not UNSET:
            field_dict["Options"] = options
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if peers is not UNSET:
            field_dict["Peers"] = peers
        if containers is not UNSET:
            field_dict["Containers"] = containers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        id = d.pop("Id", UNSET)

        _created = d.pop("Created", UNSET)
        created: datetime.datetime | Unset
        if _created is UNSET:
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        scope = d.pop("Scope", UNSET)

        driver = d.pop("Driver", UNSET)

        enable_ipv4 = d.pop("EnableIPv4", UNSET)

        enable_ipv6 = d.pop("EnableIPv6", UNSET)

        _ipam_data = d.pop("IPAM", UNSET)
        ipam: IPAM | Unset | None
        if _ipam_data is None or _ipam_data is UNSET:
            ipam = _ipam_data
        elif isinstance(_ipam_data, dict):
            ipam_type_0 = IPAM.from_dict(_ipam_data)

            ipam = ipam_type_0
        else:
            raise TypeError(
                f"ipam: expected IPAM | None, got {type(_ipam_data).__name__}: {_ipam_data!r:.200}"
            )

        internal = d.pop("Internal", UNSET)

        attachable = d.pop("Attachable", UNSET)

        ingress = d.pop("Ingress", UNSET)

        _config_from_data = d.pop("ConfigFrom", UNSET)
        config_from: ConfigReference | Unset | None
        if _config_from_data is None or _config_from_data is UNSET:
            config_from = _config_from_data
        elif isinstance(_config_from_data, dict):
            config_from_type_0 = ConfigReference.from_dict(_config_from_data)

            config_from = config_from_type_0
        else:
            raise TypeError(
                f"config_from: expected ConfigReference | None, got {type(_config_from_data).__name__}: {_config_from_data!r:.200}"
            )

        config_only = d.pop("ConfigOnly", UNSET)

        _options_data = d.pop("Options", UNSET)
        options: NetworkOptions | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, dict):
            options_type_0 = NetworkOptions.from_dict(_options_data)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected NetworkOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        _labels_data = d.pop("Labels", UNSET)
        labels: NetworkLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = NetworkLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected NetworkLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _peers_data = d.pop("Peers", UNSET)
        peers: list[PeerInfo] | Unset | None
        if _peers_data is None or _peers_data is UNSET:
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

        _containers_data = d.pop("Containers", UNSET)
        containers: NetworkContainers | Unset | None
        if _containers_data is None or _containers_data is UNSET:
            containers = _containers_data
        elif isinstance(_containers_data, dict):
            containers_type_0 = NetworkContainers.from_dict(_containers_data)

            containers = containers_type_0
        else:
            raise TypeError(
                f"containers: expected NetworkContainers | None, got {type(_containers_data).__name__}: {_containers_data!r:.200}"
            )

        network = _new(cls)
        network.name = name
        network.id = id
        network.created = created
        network.scope = scope
        network.driver = driver
        network.enable_ipv4 = enable_ipv4
        network.enable_ipv6 = enable_ipv6
        network.ipam = ipam
        network.internal = internal
        network.attachable = attachable
        network.ingress = ingress
        network.config_from = config_from
        network.config_only = config_only
        network.options = options
        network.labels = labels
        network.peers = peers
        network.containers = containers
        network.additional_properties = d
        return network

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


from ..models.config_reference import ConfigReference
from ..models.ipam import IPAM
from ..models.network_containers import NetworkContainers
from ..models.network_labels import NetworkLabels
from ..models.network_options import NetworkOptions
from ..models.peer_info import PeerInfo
