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
from ..models.event_message_scope import EventMessageScope, check_event_message_scope
from ..models.event_message_type import EventMessageType, check_event_message_type

T = TypeVar("T", bound="EventMessage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EventMessage(Model):
    """EventMessage represents the information an event contains."""

    __match_args__ = (
        "type_",
        "action",
        "actor",
        "scope",
        "time",
        "time_nano",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: EventMessageType | None
    """ The type of object emitting the event """
    action: str | None
    """ The type of event """
    actor: EventActor | None
    scope: EventMessageScope | None
    """ Scope of the event. Engine events are `local` scope. Cluster (Swarm)
    events are `swarm` scope.
     """
    time: int | None
    """ Timestamp of event """
    time_nano: int | None
    """ Timestamp of event, with nanosecond accuracy """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: EventMessageType | None = None,
        action: str | None = None,
        actor: EventActor | None = None,
        scope: EventMessageScope | None = None,
        time: int | None = None,
        time_nano: int | None = None,
    ) -> None:
        self.type_ = type_
        self.action = action
        self.actor = actor
        self.scope = scope
        self.time = time
        self.time_nano = time_nano
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        if type_ is not None:
            type__json: str = type_
            field_dict["Type"] = type__json
        elif "Type" in self._sent:
            field_dict["Type"] = None

        if self.action is not None:
            field_dict["Action"] = self.action
        elif "Action" in self._sent:
            field_dict["Action"] = None

        actor = self.actor
        if actor is not None:
            actor_json: dict[str, Any] | None
            if isinstance(actor, EventActor):
                actor_json = actor.to_dict()
            else:
                actor_json = actor
            field_dict["Actor"] = actor_json
        elif "Actor" in self._sent:
            field_dict["Actor"] = None

        scope = self.scope
        if scope is not None:
            scope_json: str = scope
            field_dict["scope"] = scope_json
        elif "scope" in self._sent:
            field_dict["scope"] = None

        if self.time is not None:
            field_dict["time"] = self.time
        elif "time" in self._sent:
            field_dict["time"] = None

        if self.time_nano is not None:
            field_dict["timeNano"] = self.time_nano
        elif "timeNano" in self._sent:
            field_dict["timeNano"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _type__src = d.pop("Type", None)
        type_: EventMessageType | None
        if _type__src is None:
            type_ = None
        else:
            type__value = check_event_message_type(_type__src)

            type_ = type__value

        action = d.pop("Action", None)

        d.pop("Actor", None)

        _scope_src = d.pop("scope", None)
        scope: EventMessageScope | None
        if _scope_src is None:
            scope = None
        else:
            scope_value = check_event_message_scope(_scope_src)

            scope = scope_value

        time = d.pop("time", None)

        time_nano = d.pop("timeNano", None)

        event_message = _new(cls)
        event_message._sent = src_dict
        event_message.type_ = type_
        event_message.action = action
        event_message.scope = scope
        event_message.time = time
        event_message.time_nano = time_nano
        event_message.additional_properties = d
        return event_message

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "actor",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "actor":
            _actor_data = src.get("Actor")
            actor: EventActor | None
            if _actor_data is None:
                actor = _actor_data
            elif isinstance(_actor_data, dict):
                actor_type_0 = EventActor.from_dict(_actor_data)

                actor = actor_type_0
            else:
                raise TypeError(
                    f"actor: expected EventActor | None, got {type(_actor_data).__name__}: {_actor_data!r:.200}"
                )

            return actor
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Type": "type_",
        "Action": "action",
        "Actor": "actor",
        "scope": "scope",
        "time": "time",
        "timeNano": "time_nano",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Type"]) -> EventMessageType: ...
        @overload
        def __getitem__(self, key: Literal["Action"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Actor"]) -> EventActor: ...
        @overload
        def __getitem__(self, key: Literal["scope"]) -> EventMessageScope: ...
        @overload
        def __getitem__(self, key: Literal["time", "timeNano"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Type"], default: None = None) -> EventMessageType | None: ...
        @overload
        def get(self, key: Literal["Action"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Actor"], default: None = None) -> EventActor | None: ...
        @overload
        def get(self, key: Literal["scope"], default: None = None) -> EventMessageScope | None: ...
        @overload
        def get(self, key: Literal["time", "timeNano"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.event_actor import EventActor
