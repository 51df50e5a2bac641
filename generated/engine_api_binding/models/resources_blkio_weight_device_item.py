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

T = TypeVar("T", bound="ResourcesBlkioWeightDeviceItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ResourcesBlkioWeightDeviceItem(Model):
    __match_args__ = (
        "path",
        "weight",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    path: str | None
    weight: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        path: str | None = None,
        weight: int | None = None,
    ) -> None:
        self.path = path
        self.weight = weight
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.path is not None:
            field_dict["Path"] = self.path
        elif "Path" in self._sent:
            field_dict["Path"] = None

        if self.weight is not None:
            field_dict["Weight"] = self.weight
        elif "Weight" in self._sent:
            field_dict["Weight"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        path = d.pop("Path", None)

        weight = d.pop("Weight", None)

        resources_blkio_weight_device_item = _new(cls)
        resources_blkio_weight_device_item._sent = src_dict
        resources_blkio_weight_device_item.path = path
        resources_blkio_weight_device_item.weight = weight
        resources_blkio_weight_device_item.additional_properties = d
        return resources_blkio_weight_device_item

    _keys: ClassVar[dict[str, str]] = {
        "Path": "path",
        "Weight": "weight",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Path"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Weight"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Path"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Weight"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
