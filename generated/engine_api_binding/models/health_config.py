from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class HealthConfig:
    """A test to perform to check that the container is healthy.
    Healthcheck commands should be side-effect free.

    """

    test: list[str] | Unset | None = UNSET
    """ The test to perform. Possible values are:

    - `[]` inherit healthcheck from image or parent image
    - `["NONE"]` disable healthcheck
    - `["CMD", args...]` exec arguments directly
    - `["CMD-SHELL", command]` run command with system's default shell

    A non-zero exit code indicates a failed healthcheck:
    - `0` healthy
    - `1` unhealthy
    - `2` reserved (treated as unhealthy)
    - other values: error running probe
     """
    interval: int | Unset = UNSET
    """ The time to wait between checks in nanoseconds. It should be 0 or at
    least 1000000 (1 ms). 0 means inherit.
     """
    timeout: int | Unset = UNSET
    """ The time to wait before considering the check to have hung. It should
    be 0 or at least 1000000 (1 ms). 0 means inherit.

    If the health check command does not complete within this timeout,
    the check is considered failed and the health check process is
    forcibly terminated without a graceful shutdown.
     """
    retries: int | Unset = UNSET
    """ The number of consecutive failures needed to consider a container as
    unhealthy. 0 means inherit.
     """
    start_period: int | Unset = UNSET
    """ Start period for the container to initialize before starting
    health-retries countdown in nanoseconds. It should be 0 or at least
    1000000 (1 ms). 0 means inherit.
     """
    start_interval: int | Unset = UNSET
    """ The time to wait between checks in nanoseconds during the start period.
    It should be 0 or at least 1000000 (1 ms). 0 means inherit.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test: list[str] | Unset | None
        if isinstance(self.test, Unset):
            test = UNSET
        elif isinstance(self.test, list):
            test = self.test

        else:
            test = self.test

        interval = self.interval

        timeout = self.timeout

        retries = self.retries

        start_period = self.start_period

        start_interval = self.start_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test is not UNSET:
            field_dict["Test"] = test
        if interval is not UNSET:
            field_dict["Interval"] = interval
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if retries is not UNSET:
            field_dict["Retries"] = retries
        if start_period is not UNSET:
            field_dict["StartPeriod"] = start_period
        if start_interval is not UNSET:
            field_dict["StartInterval"] = start_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _test_data = d.pop("Test", UNSET)
        test: list[str] | Unset | None
        if _test_data is None or _test_data is UNSET:
            test = _test_data
        elif isinstance(_test_data, list):
            test_type_0 = _test_data

            test = test_type_0
        else:
            raise TypeError(
                f"test: expected list[str] | None, got {type(_test_data).__name__}: {_test_data!r:.200}"
            )

        interval = d.pop("Interval", UNSET)

        timeout = d.pop("Timeout", UNSET)

        retries = d.pop("Retries", UNSET)

        start_period = d.pop("StartPeriod", UNSET)

        start_interval = d.pop("StartInterval", UNSET)

        health_config = _new(cls)
        health_config.test = test
        health_config.interval = interval
        health_config.timeout = timeout
        health_config.retries = retries
        health_config.start_period = start_period
        health_config.start_interval = start_interval
        health_config.additional_properties = d
        return health_config

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
