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

T = TypeVar("T", bound="JoinTokens")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class JoinTokens(Model):
    """JoinTokens contains the tokens workers and managers need to join the swarm."""

    __match_args__ = (
        "worker",
        "manager",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    worker: str | None
    """ The token workers can use to join the swarm.
     """
    manager: str | None
    """ The token managers can use to join the swarm.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        worker: str | None = None,
        manager: str | None = None,
    ) -> None:
        self.worker = worker
        self.manager = manager
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.worker is not None:
            field_dict["Worker"] = self.worker
        elif "Worker" in self._sent:
            field_dict["Worker"] = None

        if self.manager is not None:
            field_dict["Manager"] = self.manager
        elif "Manager" in self._sent:
            field_dict["Manager"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        worker = d.pop("Worker", None)

        manager = d.pop("Manager", None)

        join_tokens = _new(cls)
        join_tokens._sent = src_dict
        join_tokens.worker = worker
        join_tokens.manager = manager
        join_tokens.additional_properties = d
        return join_tokens

    _secrets: ClassVar[frozenset[str]] = frozenset(
        {
            "manager",
            "worker",
        }
    )

    _keys: ClassVar[dict[str, str]] = {
        "Worker": "worker",
        "Manager": "manager",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Worker", "Manager"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Worker", "Manager"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
