from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="SystemVersionComponentsItemDetails")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemVersionComponentsItemDetails(Model):
    """Key/value pairs of strings with additional information about the
    component. These values are intended for informational purposes
    only, and their content is not defined, and not part of the API
    specification.

    These messages can be printed by the client as information to the user.

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        system_version_components_item_details = _new(cls)
        system_version_components_item_details._sent = NOTHING_SENT
        system_version_components_item_details.additional_properties = dict(src_dict)
        return system_version_components_item_details

    _keys: ClassVar[dict[str, str]] = {}
