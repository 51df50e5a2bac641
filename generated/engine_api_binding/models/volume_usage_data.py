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

T = TypeVar("T", bound="VolumeUsageData")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class VolumeUsageData(Model):
    """Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.

    """

    __match_args__ = (
        "size",
        "ref_count",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    size: int
    """ Amount of disk space used by the volume (in bytes). This information
    is only available for volumes created with the `"local"` volume
    driver. For volumes created with other volume drivers, this field
    is set to `-1` ("not available")
     """
    ref_count: int
    """ The number of containers referencing this volume. This field
    is set to `-1` if the reference-count is not available.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        size: int,
        ref_count: int,
    ) -> None:
        self.size = size
        self.ref_count = ref_count
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Size"] = self.size

        field_dict["RefCount"] = self.ref_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        size = d.pop("Size")

        ref_count = d.pop("RefCount")

        volume_usage_data = _new(cls)
        volume_usage_data._sent = src_dict
        volume_usage_data.size = size
        volume_usage_data.ref_count = ref_count
        volume_usage_data.additional_properties = d
        return volume_usage_data

    _keys: ClassVar[dict[str, str]] = {
        "Size": "size",
        "RefCount": "ref_count",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Size", "RefCount"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Size", "RefCount"], default: None = None) -> int: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
