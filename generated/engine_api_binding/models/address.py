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

T = TypeVar("T", bound="Address")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Address(Model):
    """Address represents an IPv4 or IPv6 IP address."""

    __match_args__ = (
        "addr",
        "prefix_len",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    addr: str | None
    """ IP address. """
    prefix_len: int | None
    """ Mask length of the IP address. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        addr: str | None = None,
        prefix_len: int | None = None,
    ) -> None:
        self.addr = addr
        self.prefix_len = prefix_len
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.addr is not None:
            field_dict["Addr"] = self.addr
        elif "Addr" in self._sent:
            field_dict["Addr"] = None

        if self.prefix_len is not None:
            field_dict["PrefixLen"] = self.prefix_len
        elif "PrefixLen" in self._sent:
            field_dict["PrefixLen"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        addr = d.pop("Addr", None)

        prefix_len = d.pop("PrefixLen", None)

        address = _new(cls)
        address._sent = src_dict
        address.addr = addr
        address.prefix_len = prefix_len
        address.additional_properties = d
        return address

    _keys: ClassVar[dict[str, str]] = {
        "Addr": "addr",
        "PrefixLen": "prefix_len",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Addr"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["PrefixLen"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Addr"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["PrefixLen"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
