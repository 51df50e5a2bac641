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

T = TypeVar("T", bound="ServiceEndpointVirtualIPsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceEndpointVirtualIPsItem(Model):
    __match_args__ = (
        "network_id",
        "addr",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    network_id: str | None
    addr: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        network_id: str | None = None,
        addr: str | None = None,
    ) -> None:
        self.network_id = network_id
        self.addr = addr
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.network_id is not None:
            field_dict["NetworkID"] = self.network_id
        elif "NetworkID" in self._sent:
            field_dict["NetworkID"] = None

        if self.addr is not None:
            field_dict["Addr"] = self.addr
        elif "Addr" in self._sent:
            field_dict["Addr"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        network_id = d.pop("NetworkID", None)

        addr = d.pop("Addr", None)

        service_endpoint_virtual_ips_item = _new(cls)
        service_endpoint_virtual_ips_item._sent = src_dict
        service_endpoint_virtual_ips_item.network_id = network_id
        service_endpoint_virtual_ips_item.addr = addr
        service_endpoint_virtual_ips_item.additional_properties = d
        return service_endpoint_virtual_ips_item

    _keys: ClassVar[dict[str, str]] = {
        "NetworkID": "network_id",
        "Addr": "addr",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NetworkID", "Addr"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["NetworkID", "Addr"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
