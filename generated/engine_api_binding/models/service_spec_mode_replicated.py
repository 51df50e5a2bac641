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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ServiceSpecModeReplicated")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define(eq=False)
class ServiceSpecModeReplicated(Model):
    replicas: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: Collection[str] = _attrs_field(init=False, default=NOTHING_SENT, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.replicas is not None:
            field_dict["Replicas"] = self.replicas
        elif "Replicas" in self._sent:
            field_dict["Replicas"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        replicas = d.pop("Replicas", None)

        service_spec_mode_replicated = _new(cls)
        service_spec_mode_replicated._sent = src_dict
        service_spec_mode_replicated.replicas = replicas
        service_spec_mode_replicated.additional_properties = d
        return service_spec_mode_replicated

    _keys: ClassVar[dict[str, str]] = {
        "Replicas": "replicas",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Replicas"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Replicas"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
