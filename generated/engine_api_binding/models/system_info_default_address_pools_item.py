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

T = TypeVar("T", bound="SystemInfoDefaultAddressPoolsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemInfoDefaultAddressPoolsItem(Model):
    __match_args__ = (
        "base",
        "size",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    base: str | None
    """ The network address in CIDR format """
    size: int | None
    """ The network pool size """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        base: str | None = None,
        size: int | None = None,
    ) -> None:
        self.base = base
        self.size = size
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.base is not None:
            field_dict["Base"] = self.base
        elif "Base" in self._sent:
            field_dict["Base"] = None

        if self.size is not None:
            field_dict["Size"] = self.size
        elif "Size" in self._sent:
            field_dict["Size"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        base = d.pop("Base", None)

        size = d.pop("Size", None)

        system_info_default_address_pools_item = _new(cls)
        system_info_default_address_pools_item._sent = src_dict
        system_info_default_address_pools_item.base = base
        system_info_default_address_pools_item.size = size
        system_info_default_address_pools_item.additional_properties = d
        return system_info_default_address_pools_item

    _keys: ClassVar[dict[str, str]] = {
        "Base": "base",
        "Size": "size",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Base"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Size"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Base"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Size"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
