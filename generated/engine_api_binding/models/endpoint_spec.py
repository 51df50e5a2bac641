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
from ..models.endpoint_spec_mode import EndpointSpecMode, check_endpoint_spec_mode

T = TypeVar("T", bound="EndpointSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EndpointSpec(Model):
    """Properties that can be configured to access and load balance a service."""

    __match_args__ = (
        "mode",
        "ports",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    mode: EndpointSpecMode | None
    """ The mode of resolution to use for internal load balancing between tasks.
     """
    ports: list[EndpointPortConfig] | None
    """ List of exposed ports that this service is accessible on from the
    outside. Ports can only be provided if `vip` resolution mode is used.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        mode: EndpointSpecMode | None = None,
        ports: list[EndpointPortConfig] | None = None,
    ) -> None:
        self.mode = mode
        self.ports = ports
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        mode = self.mode
        if mode is not None:
            mode_json: str = mode
            field_dict["Mode"] = mode_json
        elif "Mode" in self._sent:
            field_dict["Mode"] = None

        ports = self.ports
        if ports is not None:
            ports_json: list[dict[str, Any]] | None
            if isinstance(ports, list):
                ports_json = []
                for ports_type_0_item_data in ports:
                    ports_type_0_item = ports_type_0_item_data.to_dict()
                    ports_json.append(ports_type_0_item)

            else:
                ports_json = ports
            field_dict["Ports"] = ports_json
        elif "Ports" in self._sent:
            field_dict["Ports"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _mode_src = d.pop("Mode", None)
        mode: EndpointSpecMode | None
        if _mode_src is None:
            mode = None
        else:
            mode_value = check_endpoint_spec_mode(_mode_src)

            mode = mode_value

        d.pop("Ports", None)

        endpoint_spec = _new(cls)
        endpoint_spec._sent = src_dict
        endpoint_spec.mode = mode
        endpoint_spec.additional_properties = d
        return endpoint_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "ports",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "ports":
            _ports_data = src.get("Ports")
            ports: list[EndpointPortConfig] | None
            if _ports_data is None:
                ports = _ports_data
            elif isinstance(_ports_data, list):
                ports_type_0 = []
                _ports_type_0 = _ports_data
                for ports_type_0_item_data in _ports_type_0:
                    ports_type_0_item = EndpointPortConfig.from_dict(ports_type_0_item_data)

                    ports_type_0.append(ports_type_0_item)

                ports = ports_type_0
            else:
                raise TypeError(
                    f"ports: expected list[EndpointPortConfig] | None, got {type(_ports_data).__name__}: {_ports_data!r:.200}"
                )

            return ports
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Mode": "mode",
        "Ports": "ports",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Mode"]) -> EndpointSpecMode: ...
        @overload
        def __getitem__(self, key: Literal["Ports"]) -> list[EndpointPortConfig]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Mode"], default: None = None) -> EndpointSpecMode | None: ...
        @overload
        def get(
            self, key: Literal["Ports"], default: None = None
        ) -> list[EndpointPortConfig] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.endpoint_port_config import EndpointPortConfig
