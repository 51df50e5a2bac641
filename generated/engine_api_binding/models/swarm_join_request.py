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

T = TypeVar("T", bound="SwarmJoinRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmJoinRequest(Model):
    """
    Example:
        {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr': '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1',
            'RemoteAddrs': ['node1:2377'], 'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}

    """

    __match_args__ = (
        "listen_addr",
        "remote_addrs",
        "join_token",
        "advertise_addr",
        "data_path_addr",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    listen_addr: str
    """ Listen address used for inter-manager communication if the node
    gets promoted to manager, as well as determining the networking
    interface used for the VXLAN Tunnel Endpoint (VTEP). This is
    required for joining a swarm. If the port number is omitted,
    the default swarm listening port is used.
     """
    remote_addrs: list[str] | None
    """ Addresses of manager nodes already participating in the swarm.
     """
    join_token: str
    """ Secret token for joining this swarm. """
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
    network drivers will publish towards other nodes in order to
    reach the containers running on this node. Using this parameter
    it is possible to separate the container data traffic from the
    management traffic of the cluster.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        listen_addr: str,
        remote_addrs: list[str] | None,
        join_token: str,
        advertise_addr: str | None = None,
        data_path_addr: str | None = None,
    ) -> None:
        self.listen_addr = listen_addr
        self.remote_addrs = remote_addrs
        self.join_token = join_token
        self.advertise_addr = advertise_addr
        self.data_path_addr = data_path_addr
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ListenAddr"] = self.listen_addr

        remote_addrs: list[str] | None
        if isinstance(self.remote_addrs, list):
            remote_addrs = self.remote_addrs

        else:
            remote_addrs = self.remote_addrs
        field_dict["RemoteAddrs"] = remote_addrs

        field_dict["JoinToken"] = self.join_token

        if self.advertise_addr is not None:
            field_dict["AdvertiseAddr"] = self.advertise_addr
        elif "AdvertiseAddr" in self._sent:
            field_dict["AdvertiseAddr"] = None

        if self.data_path_addr is not None:
            field_dict["DataPathAddr"] = self.data_path_addr
        elif "DataPathAddr" in self._sent:
            field_dict["DataPathAddr"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        listen_addr = d.pop("ListenAddr")

        _remote_addrs_data = d.pop("RemoteAddrs")
        remote_addrs: list[str] | None
        if _remote_addrs_data is None:
            remote_addrs = _remote_addrs_data
        elif isinstance(_remote_addrs_data, list):
            remote_addrs_type_0 = _remote_addrs_data

            remote_addrs = remote_addrs_type_0
        else:
            raise TypeError(
                f"remote_addrs: expected list[str] | None, got {type(_remote_addrs_data).__name__}: {_remote_addrs_data!r:.200}"
            )

        join_token = d.pop("JoinToken")

        advertise_addr = d.pop("AdvertiseAddr", None)

        data_path_addr = d.pop("DataPathAddr", None)

        swarm_join_request = _new(cls)
        swarm_join_request._sent = src_dict
        swarm_join_request.listen_addr = listen_addr
        swarm_join_request.remote_addrs = remote_addrs
        swarm_join_request.join_token = join_token
        swarm_join_request.advertise_addr = advertise_addr
        swarm_join_request.data_path_addr = data_path_addr
        swarm_join_request.additional_properties = d
        return swarm_join_request

    _secrets: ClassVar[frozenset[str]] = frozenset(
        {
            "join_token",
        }
    )

    _keys: ClassVar[dict[str, str]] = {
        "ListenAddr": "listen_addr",
        "RemoteAddrs": "remote_addrs",
        "JoinToken": "join_token",
        "AdvertiseAddr": "advertise_addr",
        "DataPathAddr": "data_path_addr",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ListenAddr", "JoinToken"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["RemoteAddrs"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["AdvertiseAddr", "DataPathAddr"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ListenAddr", "JoinToken"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["RemoteAddrs"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["AdvertiseAddr", "DataPathAddr"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
