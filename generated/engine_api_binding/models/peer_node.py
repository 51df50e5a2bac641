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

T = TypeVar("T", bound="PeerNode")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PeerNode(Model):
    """Represents a peer-node in the swarm"""

    __match_args__ = (
        "node_id",
        "addr",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    node_id: str | None
    """ Unique identifier of for this node in the swarm. """
    addr: str | None
    """ IP address and ports at which this node can be reached.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        node_id: str | None = None,
        addr: str | None = None,
    ) -> None:
        self.node_id = node_id
        self.addr = addr
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_id is not None:
            field_dict["NodeID"] = self.node_id
        elif "NodeID" in self._sent:
            field_dict["NodeID"] = None

        if self.addr is not None:
            field_dict["Addr"] = self.addr
        elif "Addr" in self._sent:
            field_dict["Addr"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        node_id = d.pop("NodeID", None)

        addr = d.pop("Addr", None)

        peer_node = _new(cls)
        peer_node._sent = src_dict
        peer_node.node_id = node_id
        peer_node.addr = addr
        peer_node.additional_properties = d
        return peer_node

    _keys: ClassVar[dict[str, str]] = {
        "NodeID": "node_id",
        "Addr": "addr",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NodeID", "Addr"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["NodeID", "Addr"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
