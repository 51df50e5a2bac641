from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_spec_availability import NodeSpecAvailability, check_node_spec_availability
from ..models.node_spec_role import NodeSpecRole, check_node_spec_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NodeSpec:
    """
    Example:
        {'Availability': 'active', 'Name': 'node-name', 'Role': 'manager', 'Labels': {'foo': 'bar'}}

    """

    name: str | Unset = UNSET
    """ Name for the node. """
    labels: NodeSpecLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    role: NodeSpecRole | Unset = UNSET
    """ Role of the node. """
    availability: NodeSpecAvailability | Unset = UNSET
    """ Availability of the node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, NodeSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if role is not UNSET:
            field_dict["Role"] = role
        if availability is not UNSET:
            field_dict["Availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: NodeSpecLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = NodeSpecLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected NodeSpecLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _role = d.pop("Role", UNSET)
        role: NodeSpecRole | Unset
        if _role is UNSET:
            role = UNSET
        else:
            role = check_node_spec_role(_role)

        _availability = d.pop("Availability", UNSET)
        availability: NodeSpecAvailability | Unset
        if _availability is UNSET:
            availability = UNSET
        else:
            availability = check_node_spec_availability(_availability)

        node_spec = _new(cls)
        node_spec.name = name
        node_spec.labels = labels
        node_spec.role = role
        node_spec.availability = availability
        node_spec.additional_properties = d
        return node_spec

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


from ..models.node_spec_labels import NodeSpecLabels
