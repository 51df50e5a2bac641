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

T = TypeVar("T", bound="PortMap")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PortMap(Model):
    """PortMap describes the mapping of container ports to host ports, using the
    container's port-number and protocol as key in the format `<port>/<protocol>`,
    for example, `80/udp`.

    If a container's port is mapped for multiple protocols, separate entries
    are added to the mapping table.

        Example:
            {'443/tcp': [{'HostIp': '127.0.0.1', 'HostPort': '4443'}], '80/tcp': [{'HostIp': '0.0.0.0', 'HostPort': '80'},
                {'HostIp': '0.0.0.0', 'HostPort': '8080'}], '80/udp': [{'HostIp': '0.0.0.0', 'HostPort': '80'}], '53/udp':
                [{'HostIp': '0.0.0.0', 'HostPort': '53'}], '2377/tcp': None}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, list[PortBinding] | None]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_0_item_data in prop:
                    additional_property_type_0_item = additional_property_type_0_item_data.to_dict()
                    field_dict[prop_name].append(additional_property_type_0_item)

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        port_map = _new(cls)
        port_map._sent = NOTHING_SENT
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: list[PortBinding] | None
            if _additional_property_data is None:
                additional_property = _additional_property_data
            elif isinstance(_additional_property_data, list):
                additional_property_type_0 = []
                _additional_property_type_0 = _additional_property_data
                for additional_property_type_0_item_data in _additional_property_type_0:
                    additional_property_type_0_item = PortBinding.from_dict(
                        additional_property_type_0_item_data
                    )

                    additional_property_type_0.append(additional_property_type_0_item)

                additional_property = additional_property_type_0
            else:
                raise TypeError(
                    f"additional_property: expected list[PortBinding] | None, got {type(_additional_property_data).__name__}: {_additional_property_data!r:.200}"
                )

            additional_properties[prop_name] = additional_property

        port_map.additional_properties = additional_properties
        return port_map

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> list[PortBinding]: ...
        @overload
        def get(self, key: str, default: None = None) -> list[PortBinding] | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.port_binding import PortBinding
