from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthcheckResult")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class HealthcheckResult:
    """HealthcheckResult stores information about a single run of a healthcheck probe"""

    start: datetime.datetime | Unset = UNSET
    """ Date and time at which this check started in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    end: datetime.datetime | Unset = UNSET
    """ Date and time at which this check ended in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    exit_code: int | Unset = UNSET
    """ ExitCode meanings:

    - `0` healthy
    - `1` unhealthy
    - `2` reserved (considered unhealthy)
    - other values: error running probe
     """
    output: str | Unset = UNSET
    """ Output from last check """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        exit_code = self.exit_code

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["Start"] = start
        if end is not UNSET:
            field_dict["End"] = end
        if exit_code is not UNSET:
            field_dict["ExitCode"] = exit_code
        if output is not UNSET:
            field_dict["Output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start = d.pop("Start", UNSET)
        start: datetime.datetime | Unset
        if _start is UNSET:
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.pop("End", UNSET)
        end: datetime.datetime | Unset
        if _end is UNSET:
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        exit_code = d.pop("ExitCode", UNSET)

        output = d.pop("Output", UNSET)

        healthcheck_result = _new(cls)
        healthcheck_result.start = start
        healthcheck_result.end = end
        healthcheck_result.exit_code = exit_code
        healthcheck_result.output = output
        healthcheck_result.additional_properties = d
        return healthcheck_result

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
