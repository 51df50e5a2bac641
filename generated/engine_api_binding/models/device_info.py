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

T = TypeVar("T", bound="DeviceInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class DeviceInfo(Model):
    """DeviceInfo represents a device that can be used by a container."""

    __match_args__ = (
        "source",
        "id",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    source: str | None
    """ The origin device driver.
     """
    id: str | None
    """ The unique identifier for the device within its source driver.
    For CDI devices, this would be an FQDN like "vendor.com/gpu=0".
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        source: str | None = None,
        id: str | None = None,
    ) -> None:
        self.source = source
        self.id = id
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.source is not None:
            field_dict["Source"] = self.source
        elif "Source" in self._sent:
            field_dict["Source"] = None

        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        source = d.pop("Source", None)

        id = d.pop("ID", None)

        device_info = _new(cls)
        device_info._sent = src_dict
        device_info.source = source
        device_info.id = id
        device_info.additional_properties = d
        return device_info

    _keys: ClassVar[dict[str, str]] = {
        "Source": "source",
        "ID": "id",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Source", "ID"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Source", "ID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
