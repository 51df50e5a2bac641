from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageHistoryResponseItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ImageHistoryResponseItem:
    """individual image layer information in response to ImageHistory operation"""

    id: str
    created: int
    created_by: str
    tags: list[str] | None
    size: int
    comment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created

        created_by = self.created_by

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        size = self.size

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Created": created,
                "CreatedBy": created_by,
                "Tags": tags,
                "Size": size,
                "Comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        created = d.pop("Created")

        created_by = d.pop("CreatedBy")

        _tags_data = d.pop("Tags")
        tags: list[str] | None
        if _tags_data is None:
            tags = _tags_data
        elif isinstance(_tags_data, list):
            tags_type_0 = _tags_data

            tags = tags_type_0
        else:
            raise TypeError(
                f"tags: expected list[str] | None, got {type(_tags_data).__name__}: {_tags_data!r:.200}"
            )

        size = d.pop("Size")

        comment = d.pop("Comment")

        image_history_response_item = _new(cls)
        image_history_response_item.id = id
        image_history_response_item.created = created
        image_history_response_item.created_by = created_by
        image_history_response_item.tags = tags
        image_history_response_item.size = size
        image_history_response_item.comment = comment
        image_history_response_item.additional_properties = d
        return image_history_response_item

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
