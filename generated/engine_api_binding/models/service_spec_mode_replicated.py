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

T = TypeVar("T", bound="ServiceSpecModeReplicated")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceSpecModeReplicated(Model):
    __match_args__ = ("replicas",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    replicas: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        replicas: int | None = None,
    ) -> None:
        self.replicas = replicas
        self.additional_properties = {}
        self._sent = NOTHING_SENT

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
