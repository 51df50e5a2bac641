from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_port_config import EndpointPortConfig
    from ..models.endpoint_spec import EndpointSpec
    from ..models.service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPsItem


T = TypeVar("T", bound="ServiceEndpoint")


@_attrs_define
class ServiceEndpoint:
    spec: EndpointSpec | Unset | None = UNSET
    ports: list[EndpointPortConfig] | Unset | None = UNSET
    virtual_ips: list[ServiceEndpointVirtualIPsItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_spec import EndpointSpec

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
        from ..models.endpoint_port_config import EndpointPortConfig
        from ..models.endpoint_spec import EndpointSpec
        from ..models.service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPsItem

        d = dict(src_dict)

        def _parse_spec(data: object) -> EndpointSpec | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"spec: expected EndpointSpec | None, got {type(data).__name__}: {data!r:.200}"
                )
            spec_type_0 = EndpointSpec.from_dict(data)

            return spec_type_0

        spec = _parse_spec(d.pop("Spec", UNSET))

        def _parse_ports(data: object) -> list[EndpointPortConfig] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"ports: expected list[EndpointPortConfig] | None, got {type(data).__name__}: {data!r:.200}"
                )
            ports_type_0 = []
            _ports_type_0 = data
            for ports_type_0_item_data in _ports_type_0:
                ports_type_0_item = EndpointPortConfig.from_dict(ports_type_0_item_data)

                ports_type_0.append(ports_type_0_item)

            return ports_type_0

        ports = _parse_ports(d.pop("Ports", UNSET))

        def _parse_virtual_ips(data: object) -> list[ServiceEndpointVirtualIPsItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"virtual_ips: expected list[ServiceEndpointVirtualIPsItem] | None, got {type(data).__name__}: {data!r:.200}"
                )
            virtual_ips_type_0 = []
            _virtual_ips_type_0 = data
            for virtual_ips_type_0_item_data in _virtual_ips_type_0:
                virtual_ips_type_0_item = ServiceEndpointVirtualIPsItem.from_dict(
                    virtual_ips_type_0_item_data
                )

                virtual_ips_type_0.append(virtual_ips_type_0_item)

            return virtual_ips_type_0

        virtual_ips = _parse_virtual_ips(d.pop("VirtualIPs", UNSET))

        service_endpoint = cls(
            spec=spec,
            ports=ports,
            virtual_ips=virtual_ips,
        )

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
