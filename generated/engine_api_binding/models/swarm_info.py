from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_node_state import LocalNodeState, check_local_node_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmInfo:
    """Represents generic information about swarm."""

    node_id: str | Unset = UNSET
    """ Unique identifier of for this node in the swarm. """
    node_addr: str | Unset = UNSET
    """ IP address at which this node can be reached by other nodes in the
    swarm.
     """
    local_node_state: LocalNodeState | Unset = UNSET
    """ Current local status of this node. """
    control_available: bool | Unset = UNSET
    error: str | Unset = UNSET
    remote_managers: list[PeerNode] | Unset | None = UNSET
    """ List of ID's and addresses of other managers in the swarm.
     """
    nodes: int | Unset | None = UNSET
    """ Total number of nodes in the swarm. """
    managers: int | Unset | None = UNSET
    """ Total number of managers in the swarm. """
    cluster: ClusterInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_addr = self.node_addr

        local_node_state: str | Unset = UNSET
        if not isinstance(self.local_node_state, Unset):
            local_node_state = self.local_node_state

        control_available = self.control_available

        error = self.error

        remote_managers: list[dict[str, Any]] | Unset | None
        if isinstance(self.remote_managers, Unset):
            remote_managers = UNSET
        elif isinstance(self.remote_managers, list):
            remote_managers = []
            for remote_managers_type_0_item_data in self.remote_managers:
                remote_managers_type_0_item = remote_managers_type_0_item_data.to_dict()
                remote_managers.append(remote_managers_type_0_item)

        else:
            remote_managers = self.remote_managers

        nodes: int | Unset | None
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        else:
            nodes = self.nodes

        managers: int | Unset | None
        if isinstance(self.managers, Unset):
            managers = UNSET
        else:
            managers = self.managers

        cluster: dict[str, Any] | Unset | None
        if isinstance(self.cluster, Unset):
            cluster = UNSET
        elif isinstance(self.cluster, ClusterInfo):
            cluster = self.cluster.to_dict()
        else:
            cluster = self.cluster

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["NodeID"] = node_id
        if node_addr is not UNSET:
            field_dict["NodeAddr"] = node_addr
        if local_node_state is not UNSET:
            field_dict["LocalNodeState"] = local_node_state
        if control_available is not UNSET:
            field_dict["ControlAvailable"] = control_available
        if error is not UNSET:
            field_dict["Error"] = error
        if remote_managers is not UNSET:
            field_dict["RemoteManagers"] = remote_managers
        if nodes is not UNSET:
            field_dict["Nodes"] = nodes
        if managers is not UNSET:
            field_dict["Managers"] = managers
        if cluster is not UNSET:
            field_dict["Cluster"] = cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("NodeID", UNSET)

        node_addr = d.pop("NodeAddr", UNSET)

        _local_node_state = d.pop("LocalNodeState", UNSET)
        local_node_state: LocalNodeState | Unset
        if _local_node_state is UNSET:
            local_node_state = UNSET
        else:
            local_node_state = check_local_node_state(_local_node_state)

        control_available = d.pop("ControlAvailable", UNSET)

        error = d.pop("Error", UNSET)

        _remote_managers_data = d.pop("RemoteManagers", UNSET)
        remote_managers: list[PeerNode] | Unset | None
        if _remote_managers_data is None or _remote_managers_data is UNSET:
            remote_managers = _remote_managers_data
        elif isinstance(_remote_managers_data, list):
            remote_managers_type_0 = []
            _remote_managers_type_0 = _remote_managers_data
            for remote_managers_type_0_item_data in _remote_managers_type_0:
                remote_managers_type_0_item = PeerNode.from_dict(remote_managers_type_0_item_data)

                remote_managers_type_0.append(remote_managers_type_0_item)

            remote_managers = remote_managers_type_0
        else:
            raise TypeError(
                f"remote_managers: expected list[PeerNode] | None, got {type(_remote_managers_data).__name__}: {_remote_managers_data!r:.200}"
            )

        _nodes_data = d.pop("Nodes", UNSET)
        nodes: int | Unset | None
        if _nodes_data is None or _nodes_data is UNSET or isinstance(_nodes_data, int):
            nodes = _nodes_data
        else:
            raise TypeError(
                f"nodes: expected int | None, got {type(_nodes_data).__name__}: {_nodes_data!r:.200}"
            )

        _managers_data = d.pop("Managers", UNSET)
        managers: int | Unset | None
        if _managers_data is None or _managers_data is UNSET or isinstance(_managers_data, int):
            managers = _managers_data
        else:
            raise TypeError(
                f"managers: expected int | None, got {type(_managers_data).__name__}: {_managers_data!r:.200}"
            )

        _cluster_data = d.pop("Cluster", UNSET)
        cluster: ClusterInfo | Unset | None
        if _cluster_data is None or _cluster_data is UNSET:
            cluster = _cluster_data
        elif isinstance(_cluster_data, dict):
            cluster_type_0 = ClusterInfo.from_dict(_cluster_data)

            cluster = cluster_type_0
        else:
            raise TypeError(
                f"cluster: expected ClusterInfo | None, got {type(_cluster_data).__name__}: {_cluster_data!r:.200}"
            )

        swarm_info = _new(cls)
        swarm_info.node_id = node_id
        swarm_info.node_addr = node_addr
        swarm_info.local_node_state = local_node_state
        swarm_info.control_available = control_available
        swarm_info.error = error
        swarm_info.remote_managers = remote_managers
        swarm_info.nodes = nodes
        swarm_info.managers = managers
        swarm_info.cluster = cluster
        swarm_info.additional_properties = d
        return swarm_info

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


from ..models.cluster_info import ClusterInfo
from ..models.peer_node import PeerNode
