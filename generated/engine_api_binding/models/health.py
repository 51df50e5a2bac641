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
from ..models.health_status import HealthStatus, check_health_status

T = TypeVar("T", bound="Health")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Health(Model):
    """Health stores information about the container's healthcheck results."""

    __match_args__ = (
        "status",
        "failing_streak",
        "log",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    status: HealthStatus | None
    """ Status is one of `none`, `starting`, `healthy` or `unhealthy`

    - "none"      Indicates there is no healthcheck
    - "starting"  Starting indicates that the container is not yet ready
    - "healthy"   Healthy indicates that the container is running correctly
    - "unhealthy" Unhealthy indicates that the container has a problem
     """
    failing_streak: int | None
    """ FailingStreak is the number of consecutive failures """
    log: list[HealthcheckResult | None] | None
    """ Log contains the last few results (oldest first)
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        status: HealthStatus | None = None,
        failing_streak: int | None = None,
        log: list[HealthcheckResult | None] | None = None,
    ) -> None:
        self.status = status
        self.failing_streak = failing_streak
        self.log = log
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

        log = self.log
        if log is not None:
            log_json: list[dict[str, Any] | None] | None
            if isinstance(log, list):
                log_json = []
                for log_type_0_item_data in log:
                    log_type_0_item: dict[str, Any] | None
                    if isinstance(log_type_0_item_data, HealthcheckResult):
                        log_type_0_item = log_type_0_item_data.to_dict()
                    else:
                        log_type_0_item = log_type_0_item_data
                    log_json.append(log_type_0_item)

            else:
                log_json = log
            field_dict["Log"] = log_json
        elif "Log" in self._sent:
            field_dict["Log"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _status_src = d.pop("Status", None)
        status: HealthStatus | None
        if _status_src is None:
            status = None
        else:
            status_value = check_health_status(_status_src)

            status = status_value

        failing_streak = d.pop("FailingStreak", None)

        d.pop("Log", None)

        health = _new(cls)
        health._sent = src_dict
        health.status = status
        health.failing_streak = failing_streak
        health.additional_properties = d
        return health

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "log",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "log":
            _log_data = src.get("Log")
            log: list[HealthcheckResult | None] | None
            if _log_data is None:
                log = _log_data
            elif isinstance(_log_data, list):
                log_type_0 = []
                _log_type_0 = _log_data
                for log_type_0_item_data in _log_type_0:
                    _log_type_0_item_data = log_type_0_item_data
                    log_type_0_item: HealthcheckResult | None
                    if _log_type_0_item_data is None:
                        log_type_0_item = _log_type_0_item_data
                    elif isinstance(_log_type_0_item_data, dict):
                        log_type_0_item_type_0 = HealthcheckResult.from_dict(_log_type_0_item_data)

                        log_type_0_item = log_type_0_item_type_0
                    else:
                        raise TypeError(
                            f"log_type_0_item: expected HealthcheckResult | None, got {type(_log_type_0_item_data).__name__}: {_log_type_0_item_data!r:.200}"
                        )

                    log_type_0.append(log_type_0_item)

                log = log_type_0
            else:
                raise TypeError(
                    f"log: expected list[HealthcheckResult | None] | None, got {type(_log_data).__name__}: {_log_data!r:.200}"
                )

            return log
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Status": "status",
        "FailingStreak": "failing_streak",
        "Log": "log",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Status"]) -> HealthStatus: ...
        @overload
        def __getitem__(self, key: Literal["FailingStreak"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Log"]) -> list[HealthcheckResult | None]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Status"], default: None = None) -> HealthStatus | None: ...
        @overload
        def get(self, key: Literal["FailingStreak"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["Log"], default: None = None
        ) -> list[HealthcheckResult | None] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.healthcheck_result import HealthcheckResult
