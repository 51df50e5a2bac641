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

T = TypeVar("T", bound="EventActor")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EventActor(Model):
    """Actor describes something that generates events, like a container, network,
    or a volume.

    """

    __match_args__ = (
        "id",
        "attributes",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ The ID of the object emitting the event """
    attributes: EventActorAttributes | None
    """ Various key/value attributes of the object, depending on its type.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        attributes: EventActorAttributes | None = None,
    ) -> None:
        self.id = id
        self.attributes = attributes
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        attributes = self.attributes
        if attributes is not None:
            attributes_json: dict[str, Any] | None
            if isinstance(attributes, EventActorAttributes):
                attributes_json = attributes.to_dict()
            else:
                attributes_json = attributes
            field_dict["Attributes"] = attributes_json
        elif "Attributes" in self._sent:
            field_dict["Attributes"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        d.pop("Attributes", None)

        event_actor = _new(cls)
        event_actor._sent = src_dict
        event_actor.id = id
        event_actor.additional_properties = d
        return event_actor

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "attributes",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "attributes":
            _attributes_data = src.get("Attributes")
            attributes: EventActorAttributes | None
            if _attributes_data is None:
                attributes = _attributes_data
            elif isinstance(_attributes_data, dict):
                attributes_type_0 = EventActorAttributes.from_dict(_attributes_data)

                attributes = attributes_type_0
            else:
                raise TypeError(
                    f"attributes: expected EventActorAttributes | None, got {type(_attributes_data).__name__}: {_attributes_data!r:.200}"
                )

            return attributes
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Attributes": "attributes",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Attributes"]) -> EventActorAttributes: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Attributes"], default: None = None
        ) -> EventActorAttributes | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.event_actor_attributes import EventActorAttributes
