from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ImageHistoryResponseItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageHistoryResponseItem(Model):
    """individual image layer information in response to ImageHistory operation"""

    __match_args__ = (
        "id",
        "created",
        "created_by",
        "tags",
        "size",
        "comment",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str
    created: int
    created_by: str
    tags: list[str] | None
    size: int
    comment: str
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str,
        created: int,
        created_by: str,
        tags: list[str] | None,
        size: int,
        comment: str,
    ) -> None:
        self.id = id
        self.created = created
        self.created_by = created_by
        self.tags = tags
        self.size = size
        self.comment = comment
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Id"] = self.id

        field_dict["Created"] = self.created

        field_dict["CreatedBy"] = self.created_by

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags
        field_dict["Tags"] = tags

        field_dict["Size"] = self.size

        field_dict["Comment"] = self.comment

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
        image_history_response_item._sent = src_dict
        image_history_response_item.id = id
        image_history_response_item.created = created
        image_history_response_item.created_by = created_by
        image_history_response_item.tags = tags
        image_history_response_item.size = size
        image_history_response_item.comment = comment
        image_history_response_item.additional_properties = d
        return image_history_response_item

    _keys: ClassVar[dict[str, str]] = {
        "Id": "id",
        "Created": "created",
        "CreatedBy": "created_by",
        "Tags": "tags",
        "Size": "size",
        "Comment": "comment",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Id", "CreatedBy", "Comment"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Created", "Size"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Tags"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Id", "CreatedBy", "Comment"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Created", "Size"], default: None = None) -> int: ...
        @overload
        def get(self, key: Literal["Tags"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
