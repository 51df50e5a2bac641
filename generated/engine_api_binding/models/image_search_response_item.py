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

T = TypeVar("T", bound="ImageSearchResponseItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageSearchResponseItem(Model):
    __match_args__ = (
        "description",
        "is_official",
        "is_automated",
        "name",
        "star_count",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    description: str | None
    is_official: bool | None
    is_automated: bool | None
    """ Whether this repository has automated builds enabled.

    <p><br /></p>

    > **Deprecated**: This field is deprecated and will always be "false".
     """
    name: str | None
    star_count: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        description: str | None = None,
        is_official: bool | None = None,
        is_automated: bool | None = None,
        name: str | None = None,
        star_count: int | None = None,
    ) -> None:
        self.description = description
        self.is_official = is_official
        self.is_automated = is_automated
        self.name = name
        self.star_count = star_count
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._sent:
            field_dict["description"] = None

        if self.is_official is not None:
            field_dict["is_official"] = self.is_official
        elif "is_official" in self._sent:
            field_dict["is_official"] = None

        if self.is_automated is not None:
            field_dict["is_automated"] = self.is_automated
        elif "is_automated" in self._sent:
            field_dict["is_automated"] = None

        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._sent:
            field_dict["name"] = None

        if self.star_count is not None:
            field_dict["star_count"] = self.star_count
        elif "star_count" in self._sent:
            field_dict["star_count"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        description = d.pop("description", None)

        is_official = d.pop("is_official", None)

        is_automated = d.pop("is_automated", None)

        name = d.pop("name", None)

        star_count = d.pop("star_count", None)

        image_search_response_item = _new(cls)
        image_search_response_item._sent = src_dict
        image_search_response_item.description = description
        image_search_response_item.is_official = is_official
        image_search_response_item.is_automated = is_automated
        image_search_response_item.name = name
        image_search_response_item.star_count = star_count
        image_search_response_item.additional_properties = d
        return image_search_response_item

    _keys: ClassVar[dict[str, str]] = {
        "description": "description",
        "is_official": "is_official",
        "is_automated": "is_automated",
        "name": "name",
        "star_count": "star_count",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["description", "name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["is_official", "is_automated"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["star_count"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["description", "name"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["is_official", "is_automated"], default: None = None
        ) -> bool | None: ...
        @overload
        def get(self, key: Literal["star_count"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
