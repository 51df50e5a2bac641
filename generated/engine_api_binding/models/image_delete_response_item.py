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

T = TypeVar("T", bound="ImageDeleteResponseItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageDeleteResponseItem(Model):
    __match_args__ = (
        "untagged",
        "deleted",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    untagged: str | None
    """ The image ID of an image that was untagged """
    deleted: str | None
    """ The image ID of an image that was deleted """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        untagged: str | None = None,
        deleted: str | None = None,
    ) -> None:
        self.untagged = untagged
        self.deleted = deleted
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.untagged is not None:
            field_dict["Untagged"] = self.untagged
        elif "Untagged" in self._sent:
            field_dict["Untagged"] = None

        if self.deleted is not None:
            field_dict["Deleted"] = self.deleted
        elif "Deleted" in self._sent:
            field_dict["Deleted"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        untagged = d.pop("Untagged", None)

        deleted = d.pop("Deleted", None)

        image_delete_response_item = _new(cls)
        image_delete_response_item._sent = src_dict
        image_delete_response_item.untagged = untagged
        image_delete_response_item.deleted = deleted
        image_delete_response_item.additional_properties = d
        return image_delete_response_item

    _keys: ClassVar[dict[str, str]] = {
        "Untagged": "untagged",
        "Deleted": "deleted",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Untagged", "Deleted"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Untagged", "Deleted"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
