from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_message_scope import EventMessageScope, check_event_message_scope
from ..models.event_message_type import EventMessageType, check_event_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventMessage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class EventMessage:
    """EventMessage represents the information an event contains."""

    type_: EventMessageType | Unset = UNSET
    """ The type of object emitting the event """
    action: str | Unset = UNSET
    """ The type of event """
    actor: EventActor | Unset | None = UNSET
    scope: EventMessageScope | Unset = UNSET
    """ Scope of the event. Engine events are `local` scope. Cluster (Swarm)
    events are `swarm` scope.
     """
    time: int | Unset = UNSET
    """ Timestamp of event """
    time_nano: int | Unset = UNSET
    """ Timestamp of event, with nanosecond accuracy """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        action = self.action

        actor: dict[str, Any] | Unset | None
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, EventActor):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        time = self.time

        time_nano = self.time_nano

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if action is not UNSET:
            field_dict["Action"] = action
        if actor is not UNSET:
            field_dict["Actor"] = actor
        if scope is not UNSET:
            field_dict["scope"] = scope
        if time is not UNSET:
            field_dict["time"] = time
        if time_nano is not UNSET:
            field_dict["timeNano"] = time_nano

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: EventMessageType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_event_message_type(_type_)

        action = d.pop("Action", UNSET)

        _actor_data = d.pop("Actor", UNSET)
        actor: EventActor | Unset | None
        if _actor_data is None or _actor_data is UNSET:
            actor = _actor_data
        elif isinstance(_actor_data, dict):
            actor_type_0 = EventActor.from_dict(_actor_data)

            actor = actor_type_0
        else:
            raise TypeError(
                f"actor: expected EventActor | None, got {type(_actor_data).__name__}: {_actor_data!r:.200}"
            )

        _scope = d.pop("scope", UNSET)
        scope: EventMessageScope | Unset
        if _scope is UNSET:
            scope = UNSET
        else:
            scope = check_event_message_scope(_scope)

        time = d.pop("time", UNSET)

        time_nano = d.pop("timeNano", UNSET)

        event_message = _new(cls)
        event_message.type_ = type_
        event_message.action = action
        event_message.actor = actor
        event_message.scope = scope
        event_message.time = time
        event_message.time_nano = time_nano
        event_message.additional_properties = d
        return event_message

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


from ..models.event_actor import EventActor
