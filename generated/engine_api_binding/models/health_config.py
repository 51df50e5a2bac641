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

T = TypeVar("T", bound="HealthConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class HealthConfig(Model):
    """A test to perform to check that the container is healthy.
    Healthcheck commands should be side-effect free.

    """

    __match_args__ = (
        "test",
        "interval",
        "timeout",
        "retries",
        "start_period",
        "start_interval",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    test: list[str] | None
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
    interval: int | None
    """ The time to wait between checks in nanoseconds. It should be 0 or at
    least 1000000 (1 ms). 0 means inherit.
     """
    timeout: int | None
    """ The time to wait before considering the check to have hung. It should
    be 0 or at least 1000000 (1 ms). 0 means inherit.

    If the health check command does not complete within this timeout,
    the check is considered failed and the health check process is
    forcibly terminated without a graceful shutdown.
     """
    retries: int | None
    """ The number of consecutive failures needed to consider a container as
    unhealthy. 0 means inherit.
     """
    start_period: int | None
    """ Start period for the container to initialize before starting
    health-retries countdown in nanoseconds. It should be 0 or at least
    1000000 (1 ms). 0 means inherit.
     """
    start_interval: int | None
    """ The time to wait between checks in nanoseconds during the start period.
    It should be 0 or at least 1000000 (1 ms). 0 means inherit.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        test: list[str] | None = None,
        interval: int | None = None,
        timeout: int | None = None,
        retries: int | None = None,
        start_period: int | None = None,
        start_interval: int | None = None,
    ) -> None:
        self.test = test
        self.interval = interval
        self.timeout = timeout
        self.retries = retries
        self.start_period = start_period
        self.start_interval = start_interval
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        test = self.test
        if test is not None:
            test_json: list[str] | None
            if isinstance(test, list):
                test_json = test

            else:
                test_json = test
            field_dict["Test"] = test_json
        elif "Test" in self._sent:
            field_dict["Test"] = None

        if self.interval is not None:
            field_dict["Interval"] = self.interval
        elif "Interval" in self._sent:
            field_dict["Interval"] = None

        if self.timeout is not None:
            field_dict["Timeout"] = self.timeout
        elif "Timeout" in self._sent:
            field_dict["Timeout"] = None

        if self.retries is not None:
            field_dict["Retries"] = self.retries
        elif "Retries" in self._sent:
            field_dict["Retries"] = None

        if self.start_period is not None:
            field_dict["StartPeriod"] = self.start_period
        elif "StartPeriod" in self._sent:
            field_dict["StartPeriod"] = None

        if self.start_interval is not None:
            field_dict["StartInterval"] = self.start_interval
        elif "StartInterval" in self._sent:
            field_dict["StartInterval"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _test_data = d.pop("Test", None)
        test: list[str] | None
        if _test_data is None:
            test = _test_data
        elif isinstance(_test_data, list):
            test_type_0 = _test_data

            test = test_type_0
        else:
            raise TypeError(
                f"test: expected list[str] | None, got {type(_test_data).__name__}: {_test_data!r:.200}"
            )

        interval = d.pop("Interval", None)

        timeout = d.pop("Timeout", None)

        retries = d.pop("Retries", None)

        start_period = d.pop("StartPeriod", None)

        start_interval = d.pop("StartInterval", None)

        health_config = _new(cls)
        health_config._sent = src_dict
        health_config.test = test
        health_config.interval = interval
        health_config.timeout = timeout
        health_config.retries = retries
        health_config.start_period = start_period
        health_config.start_interval = start_interval
        health_config.additional_properties = d
        return health_config

    _keys: ClassVar[dict[str, str]] = {
        "Test": "test",
        "Interval": "interval",
        "Timeout": "timeout",
        "Retries": "retries",
        "StartPeriod": "start_period",
        "StartInterval": "start_interval",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Test"]) -> list[str]: ...
        @overload
        def __getitem__(
            self, key: Literal["Interval", "Timeout", "Retries", "StartPeriod", "StartInterval"]
        ) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Test"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self,
            key: Literal["Interval", "Timeout", "Retries", "StartPeriod", "StartInterval"],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
