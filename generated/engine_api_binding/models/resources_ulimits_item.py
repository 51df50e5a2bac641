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

T = TypeVar("T", bound="ResourcesUlimitsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ResourcesUlimitsItem(Model):
    __match_args__ = (
        "name",
        "soft",
        "hard",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name of ulimit """
    soft: int | None
    """ Soft limit """
    hard: int | None
    """ Hard limit """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        soft: int | None = None,
        hard: int | None = None,
    ) -> None:
        self.name = name
        self.soft = soft
        self.hard = hard
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.soft is not None:
            field_dict["Soft"] = self.soft
        elif "Soft" in self._sent:
            field_dict["Soft"] = None

        if self.hard is not None:
            field_dict["Hard"] = self.hard
        elif "Hard" in self._sent:
            field_dict["Hard"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        soft = d.pop("Soft", None)

        hard = d.pop("Hard", None)

        resources_ulimits_item = _new(cls)
        resources_ulimits_item._sent = src_dict
        resources_ulimits_item.name = name
        resources_ulimits_item.soft = soft
        resources_ulimits_item.hard = hard
        resources_ulimits_item.additional_properties = d
        return resources_ulimits_item

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Soft": "soft",
        "Hard": "hard",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Soft", "Hard"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Soft", "Hard"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
