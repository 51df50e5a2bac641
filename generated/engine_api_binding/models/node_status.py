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
from ..models.node_state import NodeState, check_node_state

T = TypeVar("T", bound="NodeStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NodeStatus(Model):
    """NodeStatus represents the status of a node.

    It provides the current status of the node, as seen by the manager.

    """

    __match_args__ = (
        "state",
        "message",
        "addr",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    state: NodeState | None
    """ NodeState represents the state of a node. """
    message: str | None
    addr: str | None
    """ IP address of the node. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        state: NodeState | None = None,
        message: str | None = None,
        addr: str | None = None,
    ) -> None:
        self.state = state
        self.message = message
        self.addr = addr
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        state = self.state
        if state is not None:
            state_json: str = state
            field_dict["State"] = state_json
        elif "State" in self._sent:
            field_dict["State"] = None

        if self.message is not None:
            field_dict["Message"] = self.message
        elif "Message" in self._sent:
            field_dict["Message"] = None

        if self.addr is not None:
            field_dict["Addr"] = self.addr
        elif "Addr" in self._sent:
            field_dict["Addr"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _state_src = d.pop("State", None)
        state: NodeState | None
        if _state_src is None:
            state = None
        else:
            state_value = check_node_state(_state_src)

            state = state_value

        message = d.pop("Message", None)

        addr = d.pop("Addr", None)

        node_status = _new(cls)
        node_status._sent = src_dict
        node_status.state = state
        node_status.message = message
        node_status.addr = addr
        node_status.additional_properties = d
        return node_status

    _keys: ClassVar[dict[str, str]] = {
        "State": "state",
        "Message": "message",
        "Addr": "addr",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["State"]) -> NodeState: ...
        @overload
        def __getitem__(self, key: Literal["Message", "Addr"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["State"], default: None = None) -> NodeState | None: ...
        @overload
        def get(self, key: Literal["Message", "Addr"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
