from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeListResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class VolumeListResponse:
    """Volume list response"""

    volumes: list[Volume] | Unset | None = UNSET
    """ List of volumes """
    warnings: list[str] | Unset | None = UNSET
    """ Warnings that occurred when fetching the list of volumes.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volumes: list[dict[str, Any]] | Unset | None
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, list):
            volumes = []
            for volumes_type_0_item_data in self.volumes:
                volumes_type_0_item = volumes_type_0_item_data.to_dict()
                volumes.append(volumes_type_0_item)

        else:
            volumes = self.volumes

        warnings: list[str] | Unset | None
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _volumes_data = d.pop("Volumes", UNSET)
        volumes: list[Volume] | Unset | None
        if _volumes_data is None or _volumes_data is UNSET:
            volumes = _volumes_data
        elif isinstance(_volumes_data, list):
            volumes_type_0 = []
            _volumes_type_0 = _volumes_data
            for volumes_type_0_item_data in _volumes_type_0:
                volumes_type_0_item = Volume.from_dict(volumes_type_0_item_data)

                volumes_type_0.append(volumes_type_0_item)

            volumes = volumes_type_0
        else:
            raise TypeError(
                f"volumes: expected list[Volume] | None, got {type(_volumes_data).__name__}: {_volumes_data!r:.200}"
            )

        _warnings_data = d.pop("Warnings", UNSET)
        warnings: list[str] | Unset | None
        if _warnings_data is None or _warnings_data is UNSET:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        volume_list_response = _new(cls)
        volume_list_response.volumes = volumes
        volume_list_response.warnings = warnings
        volume_list_response.additional_properties = d
        return volume_list_response

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


from ..models.volume import Volume
