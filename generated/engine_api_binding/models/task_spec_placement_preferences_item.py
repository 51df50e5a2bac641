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

T = TypeVar("T", bound="TaskSpecPlacementPreferencesItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecPlacementPreferencesItem(Model):
    __match_args__ = ("spread",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    spread: TaskSpecPlacementPreferencesItemSpread | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        spread: TaskSpecPlacementPreferencesItemSpread | None = None,
    ) -> None:
        self.spread = spread
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        spread = self.spread
        if spread is not None:
            spread_json: dict[str, Any] | None
            if isinstance(spread, TaskSpecPlacementPreferencesItemSpread):
                spread_json = spread.to_dict()
            else:
                spread_json = spread
            field_dict["Spread"] = spread_json
        elif "Spread" in self._sent:
            field_dict["Spread"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Spread", None)

        task_spec_placement_preferences_item = _new(cls)
        task_spec_placement_preferences_item._sent = src_dict
        task_spec_placement_preferences_item.additional_properties = d
        return task_spec_placement_preferences_item

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "spread",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "spread":
            _spread_data = src.get("Spread")
            spread: TaskSpecPlacementPreferencesItemSpread | None
            if _spread_data is None:
                spread = _spread_data
            elif isinstance(_spread_data, dict):
                spread_type_0 = TaskSpecPlacementPreferencesItemSpread.from_dict(_spread_data)

                spread = spread_type_0
            else:
                raise TypeError(
                    f"spread: expected None | TaskSpecPlacementPreferencesItemSpread, got {type(_spread_data).__name__}: {_spread_data!r:.200}"
                )

            return spread
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Spread": "spread",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Spread"]) -> TaskSpecPlacementPreferencesItemSpread: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Spread"], default: None = None
        ) -> TaskSpecPlacementPreferencesItemSpread | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.task_spec_placement_preferences_item_spread import (
    TaskSpecPlacementPreferencesItemSpread,
)
