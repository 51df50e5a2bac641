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

T = TypeVar("T", bound="ImagePruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImagePruneResponse(Model):
    __match_args__ = (
        "images_deleted",
        "space_reclaimed",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    images_deleted: list[ImageDeleteResponseItem] | None
    """ Images that were deleted """
    space_reclaimed: int | None
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        images_deleted: list[ImageDeleteResponseItem] | None = None,
        space_reclaimed: int | None = None,
    ) -> None:
        self.images_deleted = images_deleted
        self.space_reclaimed = space_reclaimed
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        images_deleted = self.images_deleted
        if images_deleted is not None:
            images_deleted_json: list[dict[str, Any]] | None
            if isinstance(images_deleted, list):
                images_deleted_json = []
                for images_deleted_type_0_item_data in images_deleted:
                    images_deleted_type_0_item = images_deleted_type_0_item_data.to_dict()
                    images_deleted_json.append(images_deleted_type_0_item)

            else:
                images_deleted_json = images_deleted
            field_dict["ImagesDeleted"] = images_deleted_json
        elif "ImagesDeleted" in self._sent:
            field_dict["ImagesDeleted"] = None

        if self.space_reclaimed is not None:
            field_dict["SpaceReclaimed"] = self.space_reclaimed
        elif "SpaceReclaimed" in self._sent:
            field_dict["SpaceReclaimed"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("ImagesDeleted", None)

        space_reclaimed = d.pop("SpaceReclaimed", None)

        image_prune_response = _new(cls)
        image_prune_response._sent = src_dict
        image_prune_response.space_reclaimed = space_reclaimed
        image_prune_response.additional_properties = d
        return image_prune_response

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "images_deleted",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "images_deleted":
            _images_deleted_data = src.get("ImagesDeleted")
            images_deleted: list[ImageDeleteResponseItem] | None
            if _images_deleted_data is None:
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

            return images_deleted
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ImagesDeleted": "images_deleted",
        "SpaceReclaimed": "space_reclaimed",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ImagesDeleted"]) -> list[ImageDeleteResponseItem]: ...
        @overload
        def __getitem__(self, key: Literal["SpaceReclaimed"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["ImagesDeleted"], default: None = None
        ) -> list[ImageDeleteResponseItem] | None: ...
        @overload
        def get(self, key: Literal["SpaceReclaimed"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.image_delete_response_item import ImageDeleteResponseItem
