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

T = TypeVar("T", bound="ContainerThrottlingData")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerThrottlingData(Model):
    """CPU throttling stats of the container.

    This type is Linux-specific and omitted for Windows containers.

    """

    __match_args__ = (
        "periods",
        "throttled_periods",
        "throttled_time",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    periods: int | None
    """ Number of periods with throttling active.
     """
    throttled_periods: int | None
    """ Number of periods when the container hit its throttling limit.
     """
    throttled_time: int | None
    """ Aggregated time (in nanoseconds) the container was throttled for.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        periods: int | None = None,
        throttled_periods: int | None = None,
        throttled_time: int | None = None,
    ) -> None:
        self.periods = periods
        self.throttled_periods = throttled_periods
        self.throttled_time = throttled_time
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.periods is not None:
            field_dict["periods"] = self.periods
        elif "periods" in self._sent:
            field_dict["periods"] = None

        if self.throttled_periods is not None:
            field_dict["throttled_periods"] = self.throttled_periods
        elif "throttled_periods" in self._sent:
            field_dict["throttled_periods"] = None

        if self.throttled_time is not None:
            field_dict["throttled_time"] = self.throttled_time
        elif "throttled_time" in self._sent:
            field_dict["throttled_time"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        periods = d.pop("periods", None)

        throttled_periods = d.pop("throttled_periods", None)

        throttled_time = d.pop("throttled_time", None)

        container_throttling_data = _new(cls)
        container_throttling_data._sent = src_dict
        container_throttling_data.periods = periods
        container_throttling_data.throttled_periods = throttled_periods
        container_throttling_data.throttled_time = throttled_time
        container_throttling_data.additional_properties = d
        return container_throttling_data

    _keys: ClassVar[dict[str, str]] = {
        "periods": "periods",
        "throttled_periods": "throttled_periods",
        "throttled_time": "throttled_time",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["periods", "throttled_periods", "throttled_time"]
        ) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["periods", "throttled_periods", "throttled_time"],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
