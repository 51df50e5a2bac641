from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterVolumeSpecAccessModeAccessibilityRequirements")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterVolumeSpecAccessModeAccessibilityRequirements:
    """Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.

    """

    requisite: list[Topology] | Unset | None = UNSET
    """ A list of required topologies, at least one of which the
    volume must be accessible from.
     """
    preferred: list[Topology] | Unset | None = UNSET
    """ A list of topologies that the volume should attempt to be
    provisioned in.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requisite: list[dict[str, Any]] | Unset | None
        if isinstance(self.requisite, Unset):
            requisite = UNSET
        elif isinstance(self.requisite, list):
            requisite = []
            for requisite_type_0_item_data in self.requisite:
                requisite_type_0_item = requisite_type_0_item_data.to_dict()
                requisite.append(requisite_type_0_item)

        else:
            requisite = self.requisite

        preferred: list[dict[str, Any]] | Unset | None
        if isinstance(self.preferred, Unset):
            preferred = UNSET
        elif isinstance(self.preferred, list):
            preferred = []
            for preferred_type_0_item_data in self.preferred:
                preferred_type_0_item = preferred_type_0_item_data.to_dict()
                preferred.append(preferred_type_0_item)

        else:
            preferred = self.preferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requisite is not UNSET:
            field_dict["Requisite"] = requisite
        if preferred is not UNSET:
            field_dict["Preferred"] = preferred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _requisite_data = d.pop("Requisite", UNSET)
        requisite: list[Topology] | Unset | None
        if _requisite_data is None or _requisite_data is UNSET:
            requisite = _requisite_data
        elif isinstance(_requisite_data, list):
            requisite_type_0 = []
            _requisite_type_0 = _requisite_data
            for requisite_type_0_item_data in _requisite_type_0:
                requisite_type_0_item = Topology.from_dict(requisite_type_0_item_data)

                requisite_type_0.append(requisite_type_0_item)

            requisite = requisite_type_0
        else:
            raise TypeError(
                f"requisite: expected list[Topology] | None, got {type(_requisite_data).__name__}: {_requisite_data!r:.200}"
            )

        _preferred_data = d.pop("Preferred", UNSET)
        preferred: list[Topology] | Unset | None
        if _preferred_data is None or _preferred_data is UNSET:
            preferred = _preferred_data
        elif isinstance(_preferred_data, list):
            preferred_type_0 = []
            _preferred_type_0 = _preferred_data
            for preferred_type_0_item_data in _preferred_type_0:
                preferred_type_0_item = Topology.from_dict(preferred_type_0_item_data)

                preferred_type_0.append(preferred_type_0_item)

            preferred = preferred_type_0
        else:
            raise TypeError(
                f"preferred: expected list[Topology] | None, got {type(_preferred_data).__name__}: {_preferred_data!r:.200}"
            )

        cluster_volume_spec_access_mode_accessibility_requirements = _new(cls)
        cluster_volume_spec_access_mode_accessibility_requirements.requisite = requisite
        cluster_volume_spec_access_mode_accessibility_requirements.preferred = preferred
        cluster_volume_spec_access_mode_accessibility_requirements.additional_properties = d
        return cluster_volume_spec_access_mode_accessibility_requirements

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


from ..models.topology import Topology
