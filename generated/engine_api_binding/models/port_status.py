from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PortStatus:
    """represents the port status of a task's host ports whose service has published host ports"""

    ports: list[EndpointPortConfig] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ports is not UNSET:
            field_dict["Ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        port_status = _new(cls)
        port_status.ports = ports
        port_status.additional_properties = d
        return port_status

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
