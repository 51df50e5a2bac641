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

T = TypeVar("T", bound="SystemVersionPlatform")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemVersionPlatform(Model):
    __match_args__ = ("name",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
    ) -> None:
        self.name = name
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name")

        system_version_platform = _new(cls)
        system_version_platform._sent = src_dict
        system_version_platform.name = name
        system_version_platform.additional_properties = d
        return system_version_platform

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
