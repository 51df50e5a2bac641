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

T = TypeVar("T", bound="ImageManifestSummarySize")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageManifestSummarySize(Model):
    __match_args__ = (
        "total",
        "content",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    total: int
    """ Total is the total size (in bytes) of all the locally present
    data (both distributable and non-distributable) that's related to
    this manifest and its children.
    This equal to the sum of [Content] size AND all the sizes in the
    [Size] struct present in the Kind-specific data struct.
    For example, for an image kind (Kind == "image")
    this would include the size of the image content and unpacked
    image snapshots ([Size.Content] + [ImageData.Size.Unpacked]).
     """
    content: int
    """ Content is the size (in bytes) of all the locally present
    content in the content store (e.g. image config, layers)
    referenced by this manifest and its children.
    This only includes blobs in the content store.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        total: int,
        content: int,
    ) -> None:
        self.total = total
        self.content = content
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Total"] = self.total

        field_dict["Content"] = self.content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        total = d.pop("Total")

        content = d.pop("Content")

        image_manifest_summary_size = _new(cls)
        image_manifest_summary_size._sent = src_dict
        image_manifest_summary_size.total = total
        image_manifest_summary_size.content = content
        image_manifest_summary_size.additional_properties = d
        return image_manifest_summary_size

    _keys: ClassVar[dict[str, str]] = {
        "Total": "total",
        "Content": "content",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Total", "Content"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Total", "Content"], default: None = None) -> int: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
