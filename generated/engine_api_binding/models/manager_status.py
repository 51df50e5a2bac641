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
from ..models.reachability import Reachability, check_reachability

T = TypeVar("T", bound="ManagerStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ManagerStatus(Model):
    """ManagerStatus represents the status of a manager.

    It provides the current status of a node's manager component, if the node
    is a manager.

    """

    __match_args__ = (
        "leader",
        "reachability",
        "addr",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    leader: bool | None
    reachability: Reachability | None
    """ Reachability represents the reachability of a node. """
    addr: str | None
    """ The IP address and port at which the manager is reachable.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        leader: bool | None = None,
        reachability: Reachability | None = None,
        addr: str | None = None,
    ) -> None:
        self.leader = leader
        self.reachability = reachability
        self.addr = addr
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.leader is not None:
            field_dict["Leader"] = self.leader
        elif "Leader" in self._sent:
            field_dict["Leader"] = None

        reachability = self.reachability
        if reachability is not None:
            reachability_json: str = reachability
            field_dict["Reachability"] = reachability_json
        elif "Reachability" in self._sent:
            field_dict["Reachability"] = None

        if self.addr is not None:
            field_dict["Addr"] = self.addr
        elif "Addr" in self._sent:
            field_dict["Addr"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        leader = d.pop("Leader", None)

        _reachability_src = d.pop("Reachability", None)
        reachability: Reachability | None
        if _reachability_src is None:
            reachability = None
        else:
            reachability_value = check_reachability(_reachability_src)

            reachability = reachability_value

        addr = d.pop("Addr", None)

        manager_status = _new(cls)
        manager_status._sent = src_dict
        manager_status.leader = leader
        manager_status.reachability = reachability
        manager_status.addr = addr
        manager_status.additional_properties = d
        return manager_status

    _keys: ClassVar[dict[str, str]] = {
        "Leader": "leader",
        "Reachability": "reachability",
        "Addr": "addr",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Leader"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Reachability"]) -> Reachability: ...
        @overload
        def __getitem__(self, key: Literal["Addr"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Leader"], default: None = None) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["Reachability"], default: None = None
        ) -> Reachability | None: ...
        @overload
        def get(self, key: Literal["Addr"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
