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

T = TypeVar("T", bound="ServiceEndpoint")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceEndpoint(Model):
    __match_args__ = (
        "spec",
        "ports",
        "virtual_ips",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    spec: EndpointSpec | None
    ports: list[EndpointPortConfig] | None
    virtual_ips: list[ServiceEndpointVirtualIPsItem] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        spec: EndpointSpec | None = None,
        ports: list[EndpointPortConfig] | None = None,
        virtual_ips: list[ServiceEndpointVirtualIPsItem] | None = None,
    ) -> None:
        self.spec = spec
        self.ports = ports
        self.virtual_ips = virtual_ips
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        spec = self.spec
        if spec is not None:
            spec_json: dict[str, Any] | None
            if isinstance(spec, EndpointSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

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

        virtual_ips = self.virtual_ips
        if virtual_ips is not None:
            virtual_ips_json: list[dict[str, Any]] | None
            if isinstance(virtual_ips, list):
                virtual_ips_json = []
                for virtual_ips_type_0_item_data in virtual_ips:
                    virtual_ips_type_0_item = virtual_ips_type_0_item_data.to_dict()
                    virtual_ips_json.append(virtual_ips_type_0_item)

            else:
                virtual_ips_json = virtual_ips
            field_dict["VirtualIPs"] = virtual_ips_json
        elif "VirtualIPs" in self._sent:
            field_dict["VirtualIPs"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Spec", None)

        d.pop("Ports", None)

        d.pop("VirtualIPs", None)

        service_endpoint = _new(cls)
        service_endpoint._sent = src_dict
        service_endpoint.additional_properties = d
        return service_endpoint

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "spec",
            "ports",
            "virtual_ips",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "spec":
            _spec_data = src.get("Spec")
            spec: EndpointSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = EndpointSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected EndpointSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
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
        if deferred_name == "virtual_ips":
            _virtual_ips_data = src.get("VirtualIPs")
            virtual_ips: list[ServiceEndpointVirtualIPsItem] | None
            if _virtual_ips_data is None:
                virtual_ips = _virtual_ips_data
            elif isinstance(_virtual_ips_data, list):
                virtual_ips_type_0 = []
                _virtual_ips_type_0 = _virtual_ips_data
                for virtual_ips_type_0_item_data in _virtual_ips_type_0:
                    virtual_ips_type_0_item = ServiceEndpointVirtualIPsItem.from_dict(
                        virtual_ips_type_0_item_data
                    )

                    virtual_ips_type_0.append(virtual_ips_type_0_item)

                virtual_ips = virtual_ips_type_0
            else:
                raise TypeError(
                    f"virtual_ips: expected list[ServiceEndpointVirtualIPsItem] | None, got {type(_virtual_ips_data).__name__}: {_virtual_ips_data!r:.200}"
                )

            return virtual_ips
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Spec": "spec",
        "Ports": "ports",
        "VirtualIPs": "virtual_ips",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Spec"]) -> EndpointSpec: ...
        @overload
        def __getitem__(self, key: Literal["Ports"]) -> list[EndpointPortConfig]: ...
        @overload
        def __getitem__(
            self, key: Literal["VirtualIPs"]
        ) -> list[ServiceEndpointVirtualIPsItem]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Spec"], default: None = None) -> EndpointSpec | None: ...
        @overload
        def get(
            self, key: Literal["Ports"], default: None = None
        ) -> list[EndpointPortConfig] | None: ...
        @overload
        def get(
            self, key: Literal["VirtualIPs"], default: None = None
        ) -> list[ServiceEndpointVirtualIPsItem] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.endpoint_port_config import EndpointPortConfig
from ..models.endpoint_spec import EndpointSpec
from ..models.service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPsItem
