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

T = TypeVar("T", bound="EndpointResource")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EndpointResource(Model):
    """contains network resources allocated and used for a container in a network."""

    __match_args__ = (
        "name",
        "endpoint_id",
        "mac_address",
        "ipv4_address",
        "ipv6_address",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    endpoint_id: str | None
    mac_address: str | None
    ipv4_address: str | None
    ipv6_address: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        endpoint_id: str | None = None,
        mac_address: str | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
    ) -> None:
        self.name = name
        self.endpoint_id = endpoint_id
        self.mac_address = mac_address
        self.ipv4_address = ipv4_address
        self.ipv6_address = ipv6_address
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.endpoint_id is not None:
            field_dict["EndpointID"] = self.endpoint_id
        elif "EndpointID" in self._sent:
            field_dict["EndpointID"] = None

        if self.mac_address is not None:
            field_dict["MacAddress"] = self.mac_address
        elif "MacAddress" in self._sent:
            field_dict["MacAddress"] = None

        if self.ipv4_address is not None:
            field_dict["IPv4Address"] = self.ipv4_address
        elif "IPv4Address" in self._sent:
            field_dict["IPv4Address"] = None

        if self.ipv6_address is not None:
            field_dict["IPv6Address"] = self.ipv6_address
        elif "IPv6Address" in self._sent:
            field_dict["IPv6Address"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        endpoint_id = d.pop("EndpointID", None)

        mac_address = d.pop("MacAddress", None)

        ipv4_address = d.pop("IPv4Address", None)

        ipv6_address = d.pop("IPv6Address", None)

        endpoint_resource = _new(cls)
        endpoint_resource._sent = src_dict
        endpoint_resource.name = name
        endpoint_resource.endpoint_id = endpoint_id
        endpoint_resource.mac_address = mac_address
        endpoint_resource.ipv4_address = ipv4_address
        endpoint_resource.ipv6_address = ipv6_address
        endpoint_resource.additional_properties = d
        return endpoint_resource

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "EndpointID": "endpoint_id",
        "MacAddress": "mac_address",
        "IPv4Address": "ipv4_address",
        "IPv6Address": "ipv6_address",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Name", "EndpointID", "MacAddress", "IPv4Address", "IPv6Address"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["Name", "EndpointID", "MacAddress", "IPv4Address", "IPv6Address"],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
