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

T = TypeVar("T", bound="SwarmInitRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmInitRequest(Model):
    """
    Example:
        {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr': '192.168.1.1:2377', 'DataPathPort': 4789, 'DefaultAddrPool':
            ['10.10.0.0/8', '20.20.0.0/8'], 'SubnetSize': 24, 'ForceNewCluster': False, 'Spec': {'Orchestration': {},
            'Raft': {}, 'Dispatcher': {}, 'CAConfig': {}, 'EncryptionConfig': {'AutoLockManagers': False}}}

    """

    __match_args__ = (
        "listen_addr",
        "advertise_addr",
        "data_path_addr",
        "data_path_port",
        "default_addr_pool",
        "force_new_cluster",
        "subnet_size",
        "spec",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    listen_addr: str | None
    """ Listen address used for inter-manager communication, as well
    as determining the networking interface used for the VXLAN
    Tunnel Endpoint (VTEP). This can either be an address/port
    combination in the form `192.168.1.1:4567`, or an interface
    followed by a port number, like `eth0:4567`. If the port number
    is omitted, the default swarm listening port is used.
     """
    advertise_addr: str | None
    """ Externally reachable address advertised to other nodes. This
    can either be an address/port combination in the form
    `192.168.1.1:4567`, or an interface followed by a port number,
    like `eth0:4567`. If the port number is omitted, the port
    number from the listen address is used. If `AdvertiseAddr` is
    not specified, it will be automatically detected when possible.
     """
    data_path_addr: str | None
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
    data_path_port: int | None
    """ DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    if no port is set or is set to 0, default port 4789 will be used.
     """
    default_addr_pool: list[str] | None
    """ Default Address Pool specifies default subnet pools for global
    scope networks.
     """
    force_new_cluster: bool | None
    """ Force creation of a new swarm. """
    subnet_size: int | None
    """ SubnetSize specifies the subnet size of the networks created
    from the default subnet pool.
     """
    spec: SwarmSpec | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        listen_addr: str | None = None,
        advertise_addr: str | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
        default_addr_pool: list[str] | None = None,
        force_new_cluster: bool | None = None,
        subnet_size: int | None = None,
        spec: SwarmSpec | None = None,
    ) -> None:
        self.listen_addr = listen_addr
        self.advertise_addr = advertise_addr
        self.data_path_addr = data_path_addr
        self.data_path_port = data_path_port
        self.default_addr_pool = default_addr_pool
        self.force_new_cluster = force_new_cluster
        self.subnet_size = subnet_size
        self.spec = spec
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.listen_addr is not None:
            field_dict["ListenAddr"] = self.listen_addr
        elif "ListenAddr" in self._sent:
            field_dict["ListenAddr"] = None

        if self.advertise_addr is not None:
            field_dict["AdvertiseAddr"] = self.advertise_addr
        elif "AdvertiseAddr" in self._sent:
            field_dict["AdvertiseAddr"] = None

        if self.data_path_addr is not None:
            field_dict["DataPathAddr"] = self.data_path_addr
        elif "DataPathAddr" in self._sent:
            field_dict["DataPathAddr"] = None

        if self.data_path_port is not None:
            field_dict["DataPathPort"] = self.data_path_port
        elif "DataPathPort" in self._sent:
            field_dict["DataPathPort"] = None

        default_addr_pool = self.default_addr_pool
        if default_addr_pool is not None:
            default_addr_pool_json: list[str] | None
            if isinstance(default_addr_pool, list):
                default_addr_pool_json = default_addr_pool

            else:
                default_addr_pool_json = default_addr_pool
            field_dict["DefaultAddrPool"] = default_addr_pool_json
        elif "DefaultAddrPool" in self._sent:
            field_dict["DefaultAddrPool"] = None

        if self.force_new_cluster is not None:
            field_dict["ForceNewCluster"] = self.force_new_cluster
        elif "ForceNewCluster" in self._sent:
            field_dict["ForceNewCluster"] = None

        if self.subnet_size is not None:
            field_dict["SubnetSize"] = self.subnet_size
        elif "SubnetSize" in self._sent:
            field_dict["SubnetSize"] = None

        spec = self.spec
        if spec is not None:
            spec_json: dict[str, Any] | None
            if isinstance(spec, SwarmSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        listen_addr = d.pop("ListenAddr", None)

        advertise_addr = d.pop("AdvertiseAddr", None)

        data_path_addr = d.pop("DataPathAddr", None)

        data_path_port = d.pop("DataPathPort", None)

        _default_addr_pool_data = d.pop("DefaultAddrPool", None)
        default_addr_pool: list[str] | None
        if _default_addr_pool_data is None:
            default_addr_pool = _default_addr_pool_data
        elif isinstance(_default_addr_pool_data, list):
            default_addr_pool_type_0 = _default_addr_pool_data

            default_addr_pool = default_addr_pool_type_0
        else:
            raise TypeError(
                f"default_addr_pool: expected list[str] | None, got {type(_default_addr_pool_data).__name__}: {_default_addr_pool_data!r:.200}"
            )

        force_new_cluster = d.pop("ForceNewCluster", None)

        subnet_size = d.pop("SubnetSize", None)

        d.pop("Spec", None)

        swarm_init_request = _new(cls)
        swarm_init_request._sent = src_dict
        swarm_init_request.listen_addr = listen_addr
        swarm_init_request.advertise_addr = advertise_addr
        swarm_init_request.data_path_addr = data_path_addr
        swarm_init_request.data_path_port = data_path_port
        swarm_init_request.default_addr_pool = default_addr_pool
        swarm_init_request.force_new_cluster = force_new_cluster
        swarm_init_request.subnet_size = subnet_size
        swarm_init_request.additional_properties = d
        return swarm_init_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "spec",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "spec":
            _spec_data = src.get("Spec")
            spec: SwarmSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = SwarmSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected None | SwarmSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ListenAddr": "listen_addr",
        "AdvertiseAddr": "advertise_addr",
        "DataPathAddr": "data_path_addr",
        "DataPathPort": "data_path_port",
        "DefaultAddrPool": "default_addr_pool",
        "ForceNewCluster": "force_new_cluster",
        "SubnetSize": "subnet_size",
        "Spec": "spec",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["ListenAddr", "AdvertiseAddr", "DataPathAddr"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["DataPathPort", "SubnetSize"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["DefaultAddrPool"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["ForceNewCluster"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Spec"]) -> SwarmSpec: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["ListenAddr", "AdvertiseAddr", "DataPathAddr"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["DataPathPort", "SubnetSize"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["DefaultAddrPool"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["ForceNewCluster"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: Literal["Spec"], default: None = None) -> SwarmSpec | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.swarm_spec import SwarmSpec
