from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="VolumeStatusValue")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class VolumeStatusValue(Model):
    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        volume_status_value = _new(cls)
        volume_status_value._sent = NOTHING_SENT
        volume_status_value.additional_properties = dict(src_dict)
        return volume_status_value

    _keys: ClassVar[dict[str, str]] = {}
