from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceEndpoint")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceEndpoint:
    spec: EndpointSpec | Unset | None = UNSET
    ports: list[EndpointPortConfig] | Unset | None = UNSET
    virtual_ips: list[ServiceEndpointVirtualIPsItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | Unset | None
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, EndpointSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        ports: list[dict[str, Any]] | Unset | None
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = []
            for ports_type_0_item_data in self.ports:
                ports_type_0_item = ports_type_0_item_data.to_dict()
                ports.append(ports_type_0_item)

        else:
            ports = self.ports

        virtual_ips: list[dict[str, Any]] | Unset | None
        if isinstance(self.virtual_ips, Unset):
            virtual_ips = UNSET
        elif isinstance(self.virtual_ips, list):
            virtual_ips = []
            for virtual_ips_type_0_item_data in self.virtual_ips:
                virtual_ips_type_0_item = virtual_ips_type_0_item_data.to_dict()
                virtual_ips.append(virtual_ips_type_0_item)

        else:
            virtual_ips = self.virtual_ips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if virtual_ips is not UNSET:
            field_dict["VirtualIPs"] = virtual_ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _spec_data = d.pop("Spec", UNSET)
        spec: EndpointSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = EndpointSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected EndpointSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        _ports_data = d.pop("Ports", UNSET)
        ports: list[EndpointPortConfig] | Unset | None
        if _ports_data is None or _ports_data is UNSET:
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

        _virtual_ips_data = d.pop("VirtualIPs", UNSET)
        virtual_ips: list[ServiceEndpointVirtualIPsItem] | Unset | None
        if _virtual_ips_data is None or _virtual_ips_data is UNSET:
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

        service_endpoint = _new(cls)
        service_endpoint.spec = spec
        service_endpoint.ports = ports
        service_endpoint.virtual_ips = virtual_ips
        service_endpoint.additional_properties = d
        return service_endpoint

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.endpoint_port_config import EndpointPortConfig
from ..models.endpoint_spec import EndpointSpec
from ..models.service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPsItem
