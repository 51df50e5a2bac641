from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagePruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ImagePruneResponse:
    images_deleted: list[ImageDeleteResponseItem] | Unset | None = UNSET
    """ Images that were deleted """
    space_reclaimed: int | Unset = UNSET
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images_deleted: list[dict[str, Any]] | Unset | None
        if isinstance(self.images_deleted, Unset):
            images_deleted = UNSET
        elif isinstance(self.images_deleted, list):
            images_deleted = []
            for images_deleted_type_0_item_data in self.images_deleted:
                images_deleted_type_0_item = images_deleted_type_0_item_data.to_dict()
                images_deleted.append(images_deleted_type_0_item)

        else:
            images_deleted = self.images_deleted

        space_reclaimed = self.space_reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if images_deleted is not UNSET:
            field_dict["ImagesDeleted"] = images_deleted
        if space_reclaimed is not UNSET:
            field_dict["SpaceReclaimed"] = space_reclaimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _images_deleted_data = d.pop("ImagesDeleted", UNSET)
        images_deleted: list[ImageDeleteResponseItem] | Unset | None
        if _images_deleted_data is None or _images_deleted_data is UNSET:
            images_deleted = _images_deleted_data
        elif isinstance(_images_deleted_data, list):
            images_deleted_type_0 = []
            _images_deleted_type_0 = _images_deleted_data
            for images_deleted_type_0_item_data in _images_deleted_type_0:
                images_deleted_type_0_item = ImageDeleteResponseItem.from_dict(
                    images_deleted_type_0_item_data
                )

                images_deleted_type_0.append(images_deleted_type_0_item)

            images_deleted = images_deleted_type_0
        else:
            raise TypeError(
                f"images_deleted: expected list[ImageDeleteResponseItem] | None, got {type(_images_deleted_data).__name__}: {_images_deleted_data!r:.200}"
            )

        space_reclaimed = d.pop("SpaceReclaimed", UNSET)

        image_prune_response = _new(cls)
        image_prune_response.images_deleted = images_deleted
        image_prune_response.space_reclaimed = space_reclaimed
        image_prune_response.additional_properties = d
        return image_prune_response

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


from ..models.image_delete_response_item import ImageDeleteResponseItem
