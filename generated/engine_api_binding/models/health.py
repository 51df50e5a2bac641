from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_status import HealthStatus, check_health_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Health")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Health:
    """Health stores information about the container's healthcheck results."""

    status: HealthStatus | Unset = UNSET
    """ Status is one of `none`, `starting`, `healthy` or `unhealthy`

    - "none"      Indicates there is no healthcheck
    - "starting"  Starting indicates that the container is not yet ready
    - "healthy"   Healthy indicates that the container is running correctly
    - "unhealthy" Unhealthy indicates that the container has a problem
     """
    failing_streak: int | Unset = UNSET
    """ FailingStreak is the number of consecutive failures """
    log: list[HealthcheckResult | None] | Unset | None = UNSET
    """ Log contains the last few results (oldest first)
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        failing_streak = self.failing_streak

        log: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, list):
            log = []
            for log_type_0_item_data in self.log:
                log_type_0_item: dict[str, Any] | None
                if isinstance(log_type_0_item_data, HealthcheckResult):
                    log_type_0_item = log_type_0_item_data.to_dict()
                else:
                    log_type_0_item = log_type_0_item_data
                log.append(log_type_0_item)

        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if failing_streak is not UNSET:
            field_dict["FailingStreak"] = failing_streak
        if log is not UNSET:
            field_dict["Log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: HealthStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_health_status(_status)

        failing_streak = d.pop("FailingStreak", UNSET)

        _log_data = d.pop("Log", UNSET)
        log: list[HealthcheckResult | None] | Unset | None
        if _log_data is None or _log_data is UNSET:
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

        health = _new(cls)
        health.status = status
        health.failing_streak = failing_streak
        health.log = log
        health.additional_properties = d
        return health

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.healthcheck_result import HealthcheckResult
