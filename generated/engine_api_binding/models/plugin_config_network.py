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

T = TypeVar("T", bound="PluginConfigNetwork")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginConfigNetwork(Model):
    __match_args__ = ("type_",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: str
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: str,
    ) -> None:
        self.type_ = type_
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Type"] = self.type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        type_ = d.pop("Type")

        plugin_config_network = _new(cls)
        plugin_config_network._sent = src_dict
        plugin_config_network.type_ = type_
        plugin_config_network.additional_properties = d
        return plugin_config_network

    _keys: ClassVar[dict[str, str]] = {
        "Type": "type_",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Type"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Type"], default: None = None) -> str: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
