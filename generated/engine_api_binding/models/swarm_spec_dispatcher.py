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

T = TypeVar("T", bound="SwarmSpecDispatcher")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecDispatcher(Model):
    """Dispatcher configuration."""

    __match_args__ = ("heartbeat_period",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    heartbeat_period: int | None
    """ The delay for an agent to send a heartbeat to the dispatcher.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        heartbeat_period: int | None = None,
    ) -> None:
        self.heartbeat_period = heartbeat_period
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.heartbeat_period is not None:
            field_dict["HeartbeatPeriod"] = self.heartbeat_period
        elif "HeartbeatPeriod" in self._sent:
            field_dict["HeartbeatPeriod"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        heartbeat_period = d.pop("HeartbeatPeriod", None)

        swarm_spec_dispatcher = _new(cls)
        swarm_spec_dispatcher._sent = src_dict
        swarm_spec_dispatcher.heartbeat_period = heartbeat_period
        swarm_spec_dispatcher.additional_properties = d
        return swarm_spec_dispatcher

    _keys: ClassVar[dict[str, str]] = {
        "HeartbeatPeriod": "heartbeat_period",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["HeartbeatPeriod"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["HeartbeatPeriod"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
