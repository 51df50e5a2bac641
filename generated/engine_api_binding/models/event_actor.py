from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventActor")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class EventActor:
    """Actor describes something that generates events, like a container, network,
    or a volume.

    """

    id: str | Unset = UNSET
    """ The ID of the object emitting the event """
    attributes: EventActorAttributes | Unset | None = UNSET
    """ Various key/value attributes of the object, depending on its type.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        attributes: dict[str, Any] | Unset | None
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, EventActorAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if attributes is not UNSET:
            field_dict["Attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _attributes_data = d.pop("Attributes", UNSET)
        attributes: EventActorAttributes | Unset | None
        if _attributes_data is None or _attributes_data is UNSET:
            attributes = _attributes_data
        elif isinstance(_attributes_data, dict):
            attributes_type_0 = EventActorAttributes.from_dict(_attributes_data)

            attributes = attributes_type_0
        else:
            raise TypeError(
                f"attributes: expected EventActorAttributes | None, got {type(_attributes_data).__name__}: {_attributes_data!r:.200}"
            )

        event_actor = _new(cls)
        event_actor.id = id
        event_actor.attributes = attributes
        event_actor.additional_properties = d
        return event_actor

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


from ..models.event_actor_attributes import EventActorAttributes
