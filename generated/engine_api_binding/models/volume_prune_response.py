from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumePruneResponse")


@_attrs_define
class VolumePruneResponse:
    volumes_deleted: list[str] | Unset | None = UNSET
    """ Volumes that were deleted """
    space_reclaimed: int | Unset = UNSET
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volumes_deleted: list[str] | Unset | None
        if isinstance(self.volumes_deleted, Unset):
            volumes_deleted = UNSET
        elif isinstance(self.volumes_deleted, list):
            volumes_deleted = self.volumes_deleted

        else:
            volumes_deleted = self.volumes_deleted

        space_reclaimed = self.space_reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volumes_deleted is not UNSET:
            field_dict["VolumesDeleted"] = volumes_deleted
        if space_reclaimed is not UNSET:
            field_dict["SpaceReclaimed"] = space_reclaimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_volumes_deleted(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"volumes_deleted: expected list[str] | None, got {type(data).__name__}: {data!r:.200}"
                )
            volumes_deleted_type_0 = cast(list[str], data)

            return volumes_deleted_type_0

        volumes_deleted = _parse_volumes_deleted(d.pop("VolumesDeleted", UNSET))

        space_reclaimed = d.pop("SpaceReclaimed", UNSET)

        volume_prune_response = cls(
            volumes_deleted=volumes_deleted,
            space_reclaimed=space_reclaimed,
        )

        volume_prune_response.additional_properties = d
        return volume_prune_response

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
