from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ServiceSpecModeGlobal")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define(eq=False)
class ServiceSpecModeGlobal(Model):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: Collection[str] = _attrs_field(init=False, default=NOTHING_SENT, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        service_spec_mode_global = _new(cls)
        service_spec_mode_global._sent = NOTHING_SENT
        service_spec_mode_global.additional_properties = dict(src_dict)
        return service_spec_mode_global

    _keys: ClassVar[dict[str, str]] = {}
