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

T = TypeVar("T", bound="TaskSpecPlacementPreferencesItemSpread")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecPlacementPreferencesItemSpread(Model):
    __match_args__ = ("spread_descriptor",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    spread_descriptor: str | None
    """ label descriptor, such as `engine.labels.az`.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        spread_descriptor: str | None = None,
    ) -> None:
        self.spread_descriptor = spread_descriptor
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.spread_descriptor is not None:
            field_dict["SpreadDescriptor"] = self.spread_descriptor
        elif "SpreadDescriptor" in self._sent:
            field_dict["SpreadDescriptor"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        spread_descriptor = d.pop("SpreadDescriptor", None)

        task_spec_placement_preferences_item_spread = _new(cls)
        task_spec_placement_preferences_item_spread._sent = src_dict
        task_spec_placement_preferences_item_spread.spread_descriptor = spread_descriptor
        task_spec_placement_preferences_item_spread.additional_properties = d
        return task_spec_placement_preferences_item_spread

    _keys: ClassVar[dict[str, str]] = {
        "SpreadDescriptor": "spread_descriptor",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["SpreadDescriptor"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["SpreadDescriptor"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
