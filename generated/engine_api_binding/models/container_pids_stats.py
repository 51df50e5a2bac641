from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerPidsStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerPidsStats:
    """PidsStats contains Linux-specific stats of a container's process-IDs (PIDs).

    This type is Linux-specific and omitted for Windows containers.

    """

    current: int | Unset | None = UNSET
    """ Current is the number of PIDs in the cgroup.
     """
    limit: int | Unset | None = UNSET
    """ Limit is the hard limit on the number of pids in the cgroup.
    A "Limit" of 0 means that there is no limit.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current: int | Unset | None
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        limit: int | Unset | None
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _current_data = d.pop("current", UNSET)
        current: int | Unset | None
        if _current_data is None or _current_data is UNSET or isinstance(_current_data, int):
            current = _current_data
        else:
            raise TypeError(
                f"current: expected int | None, got {type(_current_data).__name__}: {_current_data!r:.200}"
            )

        _limit_data = d.pop("limit", UNSET)
        limit: int | Unset | None
        if _limit_data is None or _limit_data is UNSET or isinstance(_limit_data, int):
            limit = _limit_data
        else:
            raise TypeError(
                f"limit: expected int | None, got {type(_limit_data).__name__}: {_limit_data!r:.200}"
            )

        container_pids_stats = _new(cls)
        container_pids_stats.current = current
        container_pids_stats.limit = limit
        container_pids_stats.additional_properties = d
        return container_pids_stats

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
