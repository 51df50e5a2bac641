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

T = TypeVar("T", bound="PortBinding")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PortBinding(Model):
    """PortBinding represents a binding between a host IP address and a host
    port.

    """

    __match_args__ = (
        "host_ip",
        "host_port",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    host_ip: str | None
    """ Host IP address that the container's port is mapped to. """
    host_port: str | None
    """ Host port number that the container's port is mapped to. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        host_ip: str | None = None,
        host_port: str | None = None,
    ) -> None:
        self.host_ip = host_ip
        self.host_port = host_port
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.host_ip is not None:
            field_dict["HostIp"] = self.host_ip
        elif "HostIp" in self._sent:
            field_dict["HostIp"] = None

        if self.host_port is not None:
            field_dict["HostPort"] = self.host_port
        elif "HostPort" in self._sent:
            field_dict["HostPort"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        host_ip = d.pop("HostIp", None)

        host_port = d.pop("HostPort", None)

        port_binding = _new(cls)
        port_binding._sent = src_dict
        port_binding.host_ip = host_ip
        port_binding.host_port = host_port
        port_binding.additional_properties = d
        return port_binding

    _keys: ClassVar[dict[str, str]] = {
        "HostIp": "host_ip",
        "HostPort": "host_port",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["HostIp", "HostPort"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["HostIp", "HostPort"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
