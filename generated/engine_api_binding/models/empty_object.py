from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="EmptyObject")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EmptyObject(Model):
    """An object that is always empty: `{}`."""

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

        empty_object = _new(cls)
        empty_object._sent = NOTHING_SENT
        empty_object.additional_properties = dict(src_dict)
        return empty_object

    _keys: ClassVar[dict[str, str]] = {}
