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

T = TypeVar("T", bound="ThrottleDevice")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ThrottleDevice(Model):
    __match_args__ = (
        "path",
        "rate",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    path: str | None
    """ Device path """
    rate: int | None
    """ Rate """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        path: str | None = None,
        rate: int | None = None,
    ) -> None:
        self.path = path
        self.rate = rate
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.path is not None:
            field_dict["Path"] = self.path
        elif "Path" in self._sent:
            field_dict["Path"] = None

        if self.rate is not None:
            field_dict["Rate"] = self.rate
        elif "Rate" in self._sent:
            field_dict["Rate"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        path = d.pop("Path", None)

        rate = d.pop("Rate", None)

        throttle_device = _new(cls)
        throttle_device._sent = src_dict
        throttle_device.path = path
        throttle_device.rate = rate
        throttle_device.additional_properties = d
        return throttle_device

    _keys: ClassVar[dict[str, str]] = {
        "Path": "path",
        "Rate": "rate",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Path"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Rate"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Path"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Rate"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
