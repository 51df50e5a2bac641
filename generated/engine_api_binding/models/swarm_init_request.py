from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmInitRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmInitRequest:
    """
    Example:
        {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr': '192.168.1.1:2377', 'DataPathPort': 4789, 'DefaultAddrPool':
            ['10.10.0.0/8', '20.20.0.0/8'], 'SubnetSize': 24, 'ForceNewCluster': False, 'Spec': {'Orchestration': {},
            'Raft': {}, 'Dispatcher': {}, 'CAConfig': {}, 'EncryptionConfig': {'AutoLockManagers': False}}}

    """

    listen_addr: str | Unset = UNSET
    """ Listen address used for inter-manager communication, as well
    as determining the networking interface used for the VXLAN
    Tunnel Endpoint (VTEP). This can either be an address/port
    combination in the form `192.168.1.1:4567`, or an interface
    followed by a port number, like `eth0:4567`. If the port number
    is omitted, the default swarm listening port is used.
     """
    advertise_addr: str | Unset = UNSET
    """ Externally reachable address advertised to other nodes. This
    can either be an address/port combination in the form
    `192.168.1.1:4567`, or an interface followed by a port number,
    like `eth0:4567`. If the port number is omitted, the port
    number from the listen address is used. If `AdvertiseAddr` is
    not specified, it will be automatically detected when possible.
     """
    data_path_addr: str | Unset = UNSET
    """ Address or interface to use for data path traffic (format:
    `<ip|interface>`), for example,  `192.168.1.1`, or an interface,
    like `eth0`. If `DataPathAddr` is unspecified, the same address
    as `AdvertiseAddr` is used.

    The `DataPathAddr` specifies the address that global scope
    network drivers will publish towards other  nodes in order to
    reach the containers running on this node. Using this parameter
    it is possible to separate the container data traffic from the
    management traffic of the cluster.
     """
    data_path_port: int | Unset = UNSET
    """ DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    if no port is set or is set to 0, default port 4789 will be used.
     """
    default_addr_pool: list[str] | Unset | None = UNSET
    """ Default Address Pool specifies default subnet pools for global
    scope networks.
     """
    force_new_cluster: bool | Unset = UNSET
    """ Force creation of a new swarm. """
    subnet_size: int | Unset = UNSET
    """ SubnetSize specifies the subnet size of the networks created
    from the default subnet pool.
     """
    spec: SwarmSpec | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        listen_addr = self.listen_addr

        advertise_addr = self.advertise_addr

        data_path_addr = self.data_path_addr

        data_path_port = self.data_path_port

        default_addr_pool: list[str] | Unset | None
        if isinstance(self.default_addr_pool, Unset):
            default_addr_pool = UNSET
        elif isinstance(self.default_addr_pool, list):
            default_addr_pool = self.default_addr_pool

        else:
            default_addr_pool = self.default_addr_pool

        force_new_cluster = self.force_new_cluster

        subnet_size = self.subnet_size

        spec: dict[str, Any] | Unset | None
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, SwarmSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if listen_addr is not UNSET:
            field_dict["ListenAddr"] = listen_addr
        if advertise_addr is not UNSET:
            field_dict["AdvertiseAddr"] = advertise_addr
        if data_path_addr is not UNSET:
            field_dict["DataPathAddr"] = data_path_addr
        if data_path_port is not UNSET:
            field_dict["DataPathPort"] = data_path_port
        if default_addr_pool is not UNSET:
            field_dict["DefaultAddrPool"] = default_addr_pool
        if force_new_cluster is not UNSET:
            field_dict["ForceNewCluster"] = force_new_cluster
        if subnet_size is not UNSET:
            field_dict["SubnetSize"] = subnet_size
        if spec is not UNSET:
            field_dict["Spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        listen_addr = d.pop("ListenAddr", UNSET)

        advertise_addr = d.pop("AdvertiseAddr", UNSET)

        data_path_addr = d.pop("DataPathAddr", UNSET)

        data_path_port = d.pop("DataPathPort", UNSET)

        _default_addr_pool_data = d.pop("DefaultAddrPool", UNSET)
        default_addr_pool: list[str] | Unset | None
        if _default_addr_pool_data is None or _default_addr_pool_data is UNSET:
            default_addr_pool = _default_addr_pool_data
        elif isinstance(_default_addr_pool_data, list):
            default_addr_pool_type_0 = _default_addr_pool_data

            default_addr_pool = default_addr_pool_type_0
        else:
            raise TypeError(
                f"default_addr_pool: expected list[str] | None, got {type(_default_addr_pool_data).__name__}: {_default_addr_pool_data!r:.200}"
            )

        force_new_cluster = d.pop("ForceNewCluster", UNSET)

        subnet_size = d.pop("SubnetSize", UNSET)

        _spec_data = d.pop("Spec", UNSET)
        spec: SwarmSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = SwarmSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected None | SwarmSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        swarm_init_request = _new(cls)
        swarm_init_request.listen_addr = listen_addr
        swarm_init_request.advertise_addr = advertise_addr
        swarm_init_request.data_path_addr = data_path_addr
        swarm_init_request.data_path_port = data_path_port
        swarm_init_request.default_addr_pool = default_addr_pool
        swarm_init_request.force_new_cluster = force_new_cluster
        swarm_init_request.subnet_size = subnet_size
        swarm_init_request.spec = spec
        swarm_init_request.additional_properties = d
        return swarm_init_request

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


from ..models.swarm_spec import SwarmSpec
