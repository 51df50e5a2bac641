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

T = TypeVar("T", bound="NetworkDisconnectRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkDisconnectRequest(Model):
    """NetworkDisconnectRequest represents the data to be used to disconnect a container from a network."""

    __match_args__ = (
        "container",
        "force",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    container: str
    """ The ID or name of the container to disconnect from the network. """
    force: bool | None
    """ Force the container to disconnect from the network. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        container: str,
        force: bool | None = None,
    ) -> None:
        self.container = container
        self.force = force
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Container"] = self.container

        if self.force is not None:
            field_dict["Force"] = self.force
        elif "Force" in self._sent:
            field_dict["Force"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        container = d.pop("Container")

        force = d.pop("Force", None)

        network_disconnect_request = _new(cls)
        network_disconnect_request._sent = src_dict
        network_disconnect_request.container = container
        network_disconnect_request.force = force
        network_disconnect_request.additional_properties = d
        return network_disconnect_request

    _keys: ClassVar[dict[str, str]] = {
        "Container": "container",
        "Force": "force",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Container"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Force"]) -> bool: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Container"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Force"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
