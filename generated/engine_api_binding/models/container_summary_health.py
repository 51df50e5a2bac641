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
from ..models.container_summary_health_status import (
    ContainerSummaryHealthStatus,
    check_container_summary_health_status,
)

T = TypeVar("T", bound="ContainerSummaryHealth")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerSummaryHealth(Model):
    """Summary of health status

    Added in v1.52, before that version all container summary not include Health.
    After this attribute introduced, it includes containers with no health checks configured,
    or containers that are not running with none

    """

    __match_args__ = (
        "status",
        "failing_streak",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    status: ContainerSummaryHealthStatus | None
    """ the health status of the container """
    failing_streak: int | None
    """ FailingStreak is the number of consecutive failures """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        status: ContainerSummaryHealthStatus | None = None,
        failing_streak: int | None = None,
    ) -> None:
        self.status = status
        self.failing_streak = failing_streak
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        status = self.status
        if status is not None:
            status_json: str = status
            field_dict["Status"] = status_json
        elif "Status" in self._sent:
            field_dict["Status"] = None

        if self.failing_streak is not None:
            field_dict["FailingStreak"] = self.failing_streak
        elif "FailingStreak" in self._sent:
            field_dict["FailingStreak"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _status_src = d.pop("Status", None)
        status: ContainerSummaryHealthStatus | None
        if _status_src is None:
            status = None
        else:
            status_value = check_container_summary_health_status(_status_src)

            status = status_value

        failing_streak = d.pop("FailingStreak", None)

        container_summary_health = _new(cls)
        container_summary_health._sent = src_dict
        container_summary_health.status = status
        container_summary_health.failing_streak = failing_streak
        container_summary_health.additional_properties = d
        return container_summary_health

    _keys: ClassVar[dict[str, str]] = {
        "Status": "status",
        "FailingStreak": "failing_streak",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Status"]) -> ContainerSummaryHealthStatus: ...
        @overload
        def __getitem__(self, key: Literal["FailingStreak"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Status"], default: None = None
        ) -> ContainerSummaryHealthStatus | None: ...
        @overload
        def get(self, key: Literal["FailingStreak"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
