from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterVolumeSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterVolumeSpec:
    """Cluster-specific options used to create the volume."""

    group: str | Unset = UNSET
    """ Group defines the volume group of this volume. Volumes belonging to
    the same group can be referred to by group name when creating
    Services.  Referring to a volume by group instructs Swarm to treat
    volumes in that group interchangeably for the purpose of scheduling.
    Volumes with an empty string for a group technically all belong to
    the same, emptystring group.
     """
    access_mode: ClusterVolumeSpecAccessMode | Unset | None = UNSET
    """ Defines how the volume is used by tasks.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        access_mode: dict[str, Any] | Unset | None
        if isinstance(self.access_mode, Unset):
            access_mode = UNSET
        elif isinstance(self.access_mode, ClusterVolumeSpecAccessMode):
            access_mode = self.access_mode.to_dict()
        else:
            access_mode = self.access_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["Group"] = group
        if access_mode is not UNSET:
            field_dict["AccessMode"] = access_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("Group", UNSET)

        _access_mode_data = d.pop("AccessMode", UNSET)
        access_mode: ClusterVolumeSpecAccessMode | Unset | None
        if _access_mode_data is None or _access_mode_data is UNSET:
            access_mode = _access_mode_data
        elif isinstance(_access_mode_data, dict):
            access_mode_type_0 = ClusterVolumeSpecAccessMode.from_dict(_access_mode_data)

            access_mode = access_mode_type_0
        else:
            raise TypeError(
                f"access_mode: expected ClusterVolumeSpecAccessMode | None, got {type(_access_mode_data).__name__}: {_access_mode_data!r:.200}"
            )

        cluster_volume_spec = _new(cls)
        cluster_volume_spec.group = group
        cluster_volume_spec.access_mode = access_mode
        cluster_volume_spec.additional_properties = d
        return cluster_volume_spec

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


from ..models.cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode
