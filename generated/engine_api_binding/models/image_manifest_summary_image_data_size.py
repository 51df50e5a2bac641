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

T = TypeVar("T", bound="ImageManifestSummaryImageDataSize")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageManifestSummaryImageDataSize(Model):
    __match_args__ = ("unpacked",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    unpacked: int
    """ Unpacked is the size (in bytes) of the locally unpacked
    (uncompressed) image content that's directly usable by the containers
    running this image.
    It's independent of the distributable content - e.g.
    the image might still have an unpacked data that's still used by
    some container even when the distributable/compressed content is
    already gone.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        unpacked: int,
    ) -> None:
        self.unpacked = unpacked
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Unpacked"] = self.unpacked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        unpacked = d.pop("Unpacked")

        image_manifest_summary_image_data_size = _new(cls)
        image_manifest_summary_image_data_size._sent = src_dict
        image_manifest_summary_image_data_size.unpacked = unpacked
        image_manifest_summary_image_data_size.additional_properties = d
        return image_manifest_summary_image_data_size

    _keys: ClassVar[dict[str, str]] = {
        "Unpacked": "unpacked",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Unpacked"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Unpacked"], default: None = None) -> int: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
