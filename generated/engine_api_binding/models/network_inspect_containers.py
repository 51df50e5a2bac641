from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="NetworkInspectContainers")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkInspectContainers(Model):
    """Contains endpoints attached to the network.

    Example:
        {'19a4d5d687db25203351ed79d478946f861258f018fe384f229f2efa4b23513c': {'Name': 'test', 'EndpointID':
            '628cadb8bcb92de107b2a1e516cbffe463e321f548feb37697cce00ad694f21a', 'MacAddress': '02:42:ac:13:00:02',
            'IPv4Address': '172.19.0.2/16', 'IPv6Address': ''}}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, EndpointResource]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        network_inspect_containers = _new(cls)
        network_inspect_containers._sent = NOTHING_SENT
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EndpointResource.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        network_inspect_containers.additional_properties = additional_properties
        return network_inspect_containers

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> EndpointResource: ...
        @overload
        def get(self, key: str, default: None = None) -> EndpointResource | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.endpoint_resource import EndpointResource
