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

T = TypeVar("T", bound="EngineDescriptionPluginsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EngineDescriptionPluginsItem(Model):
    __match_args__ = (
        "type_",
        "name",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: str | None
    name: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: str | None = None,
        name: str | None = None,
    ) -> None:
        self.type_ = type_
        self.name = name
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            field_dict["Type"] = self.type_
        elif "Type" in self._sent:
            field_dict["Type"] = None

        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        type_ = d.pop("Type", None)

        name = d.pop("Name", None)

        engine_description_plugins_item = _new(cls)
        engine_description_plugins_item._sent = src_dict
        engine_description_plugins_item.type_ = type_
        engine_description_plugins_item.name = name
        engine_description_plugins_item.additional_properties = d
        return engine_description_plugins_item

    _keys: ClassVar[dict[str, str]] = {
        "Type": "type_",
        "Name": "name",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Type", "Name"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Type", "Name"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
