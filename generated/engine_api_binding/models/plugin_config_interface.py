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
from ..models.plugin_config_interface_protocol_scheme import (
    PluginConfigInterfaceProtocolScheme,
    check_plugin_config_interface_protocol_scheme,
)

T = TypeVar("T", bound="PluginConfigInterface")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginConfigInterface(Model):
    """The interface between Docker and the plugin"""

    __match_args__ = (
        "types",
        "socket",
        "protocol_scheme",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    types: list[str] | None
    socket: str
    protocol_scheme: PluginConfigInterfaceProtocolScheme | None
    """ Protocol to use for clients connecting to the plugin. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        types: list[str] | None,
        socket: str,
        protocol_scheme: PluginConfigInterfaceProtocolScheme | None = None,
    ) -> None:
        self.types = types
        self.socket = socket
        self.protocol_scheme = protocol_scheme
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        types: list[str] | None
        if isinstance(self.types, list):
            types = self.types

        else:
            types = self.types
        field_dict["Types"] = types

        field_dict["Socket"] = self.socket

        protocol_scheme = self.protocol_scheme
        if protocol_scheme is not None:
            protocol_scheme_json: str = protocol_scheme
            field_dict["ProtocolScheme"] = protocol_scheme_json
        elif "ProtocolScheme" in self._sent:
            field_dict["ProtocolScheme"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _types_data = d.pop("Types")
        types: list[str] | None
        if _types_data is None:
            types = _types_data
        elif isinstance(_types_data, list):
            types_type_0 = _types_data

            types = types_type_0
        else:
            raise TypeError(
                f"types: expected list[str] | None, got {type(_types_data).__name__}: {_types_data!r:.200}"
            )

        socket = d.pop("Socket")

        _protocol_scheme_src = d.pop("ProtocolScheme", None)
        protocol_scheme: PluginConfigInterfaceProtocolScheme | None
        if _protocol_scheme_src is None:
            protocol_scheme = None
        else:
            protocol_scheme_value = check_plugin_config_interface_protocol_scheme(
                _protocol_scheme_src
            )

            protocol_scheme = protocol_scheme_value

        plugin_config_interface = _new(cls)
        plugin_config_interface._sent = src_dict
        plugin_config_interface.types = types
        plugin_config_interface.socket = socket
        plugin_config_interface.protocol_scheme = protocol_scheme
        plugin_config_interface.additional_properties = d
        return plugin_config_interface

    _keys: ClassVar[dict[str, str]] = {
        "Types": "types",
        "Socket": "socket",
        "ProtocolScheme": "protocol_scheme",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Types"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Socket"]) -> str: ...
        @overload
        def __getitem__(
            self, key: Literal["ProtocolScheme"]
        ) -> PluginConfigInterfaceProtocolScheme: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Types"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["Socket"], default: None = None) -> str: ...
        @overload
        def get(
            self, key: Literal["ProtocolScheme"], default: None = None
        ) -> PluginConfigInterfaceProtocolScheme | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
