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
from ..models.local_node_state import LocalNodeState, check_local_node_state

T = TypeVar("T", bound="SwarmInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmInfo(Model):
    """Represents generic information about swarm."""

    __match_args__ = (
        "node_id",
        "node_addr",
        "local_node_state",
        "control_available",
        "error",
        "remote_managers",
        "nodes",
        "managers",
        "cluster",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    node_id: str | None
    """ Unique identifier of for this node in the swarm. """
    node_addr: str | None
    """ IP address at which this node can be reached by other nodes in the
    swarm.
     """
    local_node_state: LocalNodeState | None
    """ Current local status of this node. """
    control_available: bool | None
    error: str | None
    remote_managers: list[PeerNode] | None
    """ List of ID's and addresses of other managers in the swarm.
     """
    nodes: int | None
    """ Total number of nodes in the swarm. """
    managers: int | None
    """ Total number of managers in the swarm. """
    cluster: ClusterInfo | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        node_id: str | None = None,
        node_addr: str | None = None,
        local_node_state: LocalNodeState | None = None,
        control_available: bool | None = None,
        error: str | None = None,
        remote_managers: list[PeerNode] | None = None,
        nodes: int | None = None,
        managers: int | None = None,
        cluster: ClusterInfo | None = None,
    ) -> None:
        self.node_id = node_id
        self.node_addr = node_addr
        self.local_node_state = local_node_state
        self.control_available = control_available
        self.error = error
        self.remote_managers = remote_managers
        self.nodes = nodes
        self.managers = managers
        self.cluster = cluster
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_id is not None:
            field_dict["NodeID"] = self.node_id
        elif "NodeID" in self._sent:
            field_dict["NodeID"] = None

        if self.node_addr is not None:
            field_dict["NodeAddr"] = self.node_addr
        elif "NodeAddr" in self._sent:
            field_dict["NodeAddr"] = None

        local_node_state = self.local_node_state
        if local_node_state is not None:
            local_node_state_json: str = local_node_state
            field_dict["LocalNodeState"] = local_node_state_json
        elif "LocalNodeState" in self._sent:
            field_dict["LocalNodeState"] = None

        if self.control_available is not None:
            field_dict["ControlAvailable"] = self.control_available
        elif "ControlAvailable" in self._sent:
            field_dict["ControlAvailable"] = None

        if self.error is not None:
            field_dict["Error"] = self.error
        elif "Error" in self._sent:
            field_dict["Error"] = None

        remote_managers = self.remote_managers
        if remote_managers is not None:
            remote_managers_json: list[dict[str, Any]] | None
            if isinstance(remote_managers, list):
                remote_managers_json = []
                for remote_managers_type_0_item_data in remote_managers:
                    remote_managers_type_0_item = remote_managers_type_0_item_data.to_dict()
                    remote_managers_json.append(remote_managers_type_0_item)

            else:
                remote_managers_json = remote_managers
            field_dict["RemoteManagers"] = remote_managers_json
        elif "RemoteManagers" in self._sent:
            field_dict["RemoteManagers"] = None

        nodes = self.nodes
        if nodes is not None:
            nodes_json: int | None
            nodes_json = nodes
            field_dict["Nodes"] = nodes_json
        elif "Nodes" in self._sent:
            field_dict["Nodes"] = None

        managers = self.managers
        if managers is not None:
            managers_json: int | None
            managers_json = managers
            field_dict["Managers"] = managers_json
        elif "Managers" in self._sent:
            field_dict["Managers"] = None

        cluster = self.cluster
        if cluster is not None:
            cluster_json: dict[str, Any] | None
            if isinstance(cluster, ClusterInfo):
                cluster_json = cluster.to_dict()
            else:
                cluster_json = cluster
            field_dict["Cluster"] = cluster_json
        elif "Cluster" in self._sent:
            field_dict["Cluster"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        node_id = d.pop("NodeID", None)

        node_addr = d.pop("NodeAddr", None)

        _local_node_state_src = d.pop("LocalNodeState", None)
        local_node_state: LocalNodeState | None
        if _local_node_state_src is None:
            local_node_state = None
        else:
            local_node_state_value = check_local_node_state(_local_node_state_src)

            local_node_state = local_node_state_value

        control_available = d.pop("ControlAvailable", None)

        error = d.pop("Error", None)

        d.pop("RemoteManagers", None)

        _nodes_data = d.pop("Nodes", None)
        nodes: int | None
        if _nodes_data is None or isinstance(_nodes_data, int):
            nodes = _nodes_data
        else:
            raise TypeError(
                f"nodes: expected int | None, got {type(_nodes_data).__name__}: {_nodes_data!r:.200}"
            )

        _managers_data = d.pop("Managers", None)
        managers: int | None
        if _managers_data is None or isinstance(_managers_data, int):
            managers = _managers_data
        else:
            raise TypeError(
                f"managers: expected int | None, got {type(_managers_data).__name__}: {_managers_data!r:.200}"
            )

        d.pop("Cluster", None)

        swarm_info = _new(cls)
        swarm_info._sent = src_dict
        swarm_info.node_id = node_id
        swarm_info.node_addr = node_addr
        swarm_info.local_node_state = local_node_state
        swarm_info.control_available = control_available
        swarm_info.error = error
        swarm_info.nodes = nodes
        swarm_info.managers = managers
        swarm_info.additional_properties = d
        return swarm_info

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "remote_managers",
            "cluster",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "remote_managers":
            _remote_managers_data = src.get("RemoteManagers")
            remote_managers: list[PeerNode] | None
            if _remote_managers_data is None:
                remote_managers = _remote_managers_data
            elif isinstance(_remote_managers_data, list):
                remote_managers_type_0 = []
                _remote_managers_type_0 = _remote_managers_data
                for remote_managers_type_0_item_data in _remote_managers_type_0:
                    remote_managers_type_0_item = PeerNode.from_dict(
                        remote_managers_type_0_item_data
                    )

                    remote_managers_type_0.append(remote_managers_type_0_item)

                remote_managers = remote_managers_type_0
            else:
                raise TypeError(
                    f"remote_managers: expected list[PeerNode] | None, got {type(_remote_managers_data).__name__}: {_remote_managers_data!r:.200}"
                )

            return remote_managers
        if deferred_name == "cluster":
            _cluster_data = src.get("Cluster")
            cluster: ClusterInfo | None
            if _cluster_data is None:
                cluster = _cluster_data
            elif isinstance(_cluster_data, dict):
                cluster_type_0 = ClusterInfo.from_dict(_cluster_data)

                cluster = cluster_type_0
            else:
                raise TypeError(
                    f"cluster: expected ClusterInfo | None, got {type(_cluster_data).__name__}: {_cluster_data!r:.200}"
                )

            return cluster
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "NodeID": "node_id",
        "NodeAddr": "node_addr",
        "LocalNodeState": "local_node_state",
        "ControlAvailable": "control_available",
        "Error": "error",
        "RemoteManagers": "remote_managers",
        "Nodes": "nodes",
        "Managers": "managers",
        "Cluster": "cluster",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NodeID", "NodeAddr", "Error"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["LocalNodeState"]) -> LocalNodeState: ...
        @overload
        def __getitem__(self, key: Literal["ControlAvailable"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["RemoteManagers"]) -> list[PeerNode]: ...
        @overload
        def __getitem__(self, key: Literal["Nodes", "Managers"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Cluster"]) -> ClusterInfo: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["NodeID", "NodeAddr", "Error"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["LocalNodeState"], default: None = None
        ) -> LocalNodeState | None: ...
        @overload
        def get(self, key: Literal["ControlAvailable"], default: None = None) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["RemoteManagers"], default: None = None
        ) -> list[PeerNode] | None: ...
        @overload
        def get(self, key: Literal["Nodes", "Managers"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["Cluster"], default: None = None) -> ClusterInfo | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_info import ClusterInfo
from ..models.peer_node import PeerNode
