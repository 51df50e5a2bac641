from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_actor_attributes import EventActorAttributes


T = TypeVar("T", bound="EventActor")


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
        from ..models.event_actor_attributes import EventActorAttributes

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
        from ..models.event_actor_attributes import EventActorAttributes

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_attributes(data: object) -> EventActorAttributes | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"attributes: expected EventActorAttributes | None, got {type(data).__name__}: {data!r:.200}"
                )
            attributes_type_0 = EventActorAttributes.from_dict(data)

            return attributes_type_0

        attributes = _parse_attributes(d.pop("Attributes", UNSET))

        event_actor = cls(
            id=id,
            attributes=attributes,
        )

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
