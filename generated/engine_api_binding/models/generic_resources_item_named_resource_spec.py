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

T = TypeVar("T", bound="GenericResourcesItemNamedResourceSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class GenericResourcesItemNamedResourceSpec(Model):
    __match_args__ = (
        "kind",
        "value",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    kind: str | None
    value: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        kind: str | None = None,
        value: str | None = None,
    ) -> None:
        self.kind = kind
        self.value = value
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.kind is not None:
            field_dict["Kind"] = self.kind
        elif "Kind" in self._sent:
            field_dict["Kind"] = None

        if self.value is not None:
            field_dict["Value"] = self.value
        elif "Value" in self._sent:
            field_dict["Value"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        kind = d.pop("Kind", None)

        value = d.pop("Value", None)

        generic_resources_item_named_resource_spec = _new(cls)
        generic_resources_item_named_resource_spec._sent = src_dict
        generic_resources_item_named_resource_spec.kind = kind
        generic_resources_item_named_resource_spec.value = value
        generic_resources_item_named_resource_spec.additional_properties = d
        return generic_resources_item_named_resource_spec

    _keys: ClassVar[dict[str, str]] = {
        "Kind": "kind",
        "Value": "value",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Kind", "Value"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Kind", "Value"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
