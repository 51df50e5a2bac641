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

T = TypeVar("T", bound="PeerInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PeerInfo(Model):
    """represents one peer of an overlay network."""

    __match_args__ = (
        "name",
        "ip",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ ID of the peer-node in the Swarm cluster. """
    ip: str | None
    """ IP-address of the peer-node in the Swarm cluster. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        ip: str | None = None,
    ) -> None:
        self.name = name
        self.ip = ip
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.ip is not None:
            field_dict["IP"] = self.ip
        elif "IP" in self._sent:
            field_dict["IP"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        ip = d.pop("IP", None)

        peer_info = _new(cls)
        peer_info._sent = src_dict
        peer_info.name = name
        peer_info.ip = ip
        peer_info.additional_properties = d
        return peer_info

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "IP": "ip",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "IP"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "IP"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
