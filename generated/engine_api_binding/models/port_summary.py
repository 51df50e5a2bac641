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
from ..models.port_summary_type import PortSummaryType, check_port_summary_type

T = TypeVar("T", bound="PortSummary")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PortSummary(Model):
    """Describes a port-mapping between the container and the host.

    Example:
        {'PrivatePort': 8080, 'PublicPort': 80, 'Type': 'tcp'}

    """

    __match_args__ = (
        "private_port",
        "type_",
        "ip",
        "public_port",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    private_port: int
    """ Port on the container """
    type_: PortSummaryType
    ip: str | None
    """ Host IP address that the container's port is mapped to """
    public_port: int | None
    """ Port exposed on the host """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        private_port: int,
        type_: PortSummaryType,
        ip: str | None = None,
        public_port: int | None = None,
    ) -> None:
        self.private_port = private_port
        self.type_ = type_
        self.ip = ip
        self.public_port = public_port
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["PrivatePort"] = self.private_port

        type_: str = self.type_
        field_dict["Type"] = type_

        if self.ip is not None:
            field_dict["IP"] = self.ip
        elif "IP" in self._sent:
            field_dict["IP"] = None

        if self.public_port is not None:
            field_dict["PublicPort"] = self.public_port
        elif "PublicPort" in self._sent:
            field_dict["PublicPort"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        private_port = d.pop("PrivatePort")

        type_ = check_port_summary_type(d.pop("Type"))

        ip = d.pop("IP", None)

        public_port = d.pop("PublicPort", None)

        port_summary = _new(cls)
        port_summary._sent = src_dict
        port_summary.private_port = private_port
        port_summary.type_ = type_
        port_summary.ip = ip
        port_summary.public_port = public_port
        port_summary.additional_properties = d
        return port_summary

    _keys: ClassVar[dict[str, str]] = {
        "PrivatePort": "private_port",
        "Type": "type_",
        "IP": "ip",
        "PublicPort": "public_port",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["PrivatePort"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Type"]) -> PortSummaryType: ...
        @overload
        def __getitem__(self, key: Literal["IP"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["PublicPort"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["PrivatePort"], default: None = None) -> int: ...
        @overload
        def get(self, key: Literal["Type"], default: None = None) -> PortSummaryType: ...
        @overload
        def get(self, key: Literal["IP"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["PublicPort"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
