from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="HealthcheckResult")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class HealthcheckResult(Model):
    """HealthcheckResult stores information about a single run of a healthcheck probe"""

    __match_args__ = (
        "start",
        "end",
        "exit_code",
        "output",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    start: datetime.datetime | None
    """ Date and time at which this check started in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    end: datetime.datetime | None
    """ Date and time at which this check ended in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    exit_code: int | None
    """ ExitCode meanings:

    - `0` healthy
    - `1` unhealthy
    - `2` reserved (considered unhealthy)
    - other values: error running probe
     """
    output: str | None
    """ Output from last check """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        exit_code: int | None = None,
        output: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.exit_code = exit_code
        self.output = output
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        start = self.start
        if start is not None:
            start_json = start.isoformat()
            field_dict["Start"] = start_json
        elif "Start" in self._sent:
            field_dict["Start"] = None

        end = self.end
        if end is not None:
            end_json = end.isoformat()
            field_dict["End"] = end_json
        elif "End" in self._sent:
            field_dict["End"] = None

        if self.exit_code is not None:
            field_dict["ExitCode"] = self.exit_code
        elif "ExitCode" in self._sent:
            field_dict["ExitCode"] = None

        if self.output is not None:
            field_dict["Output"] = self.output
        elif "Output" in self._sent:
            field_dict["Output"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Start", None)

        d.pop("End", None)

        exit_code = d.pop("ExitCode", None)

        output = d.pop("Output", None)

        healthcheck_result = _new(cls)
        healthcheck_result._sent = src_dict
        healthcheck_result.exit_code = exit_code
        healthcheck_result.output = output
        healthcheck_result.additional_properties = d
        return healthcheck_result

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "start",
            "end",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "start":
            _start_src = src.get("Start")
            start: datetime.datetime | None
            if _start_src is None:
                start = None
            else:
                start_value = datetime.datetime.fromisoformat(_start_src)

                start = start_value

            return start
        if deferred_name == "end":
            _end_src = src.get("End")
            end: datetime.datetime | None
            if _end_src is None:
                end = None
            else:
                end_value = datetime.datetime.fromisoformat(_end_src)

                end = end_value

            return end
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Start": "start",
        "End": "end",
        "ExitCode": "exit_code",
        "Output": "output",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Start", "End"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["ExitCode"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Output"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Start", "End"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["ExitCode"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["Output"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
