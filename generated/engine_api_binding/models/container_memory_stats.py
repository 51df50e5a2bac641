from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerMemoryStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerMemoryStats:
    """Aggregates all memory stats since container inception on Linux.
    Windows returns stats for commit and private working set only.

    """

    usage: int | Unset | None = UNSET
    """ Current `res_counter` usage for memory.

    This field is Linux-specific and omitted for Windows containers.
     """
    max_usage: int | Unset | None = UNSET
    """ Maximum usage ever recorded.

    This field is Linux-specific and only supported on cgroups v1.
    It is omitted when using cgroups v2 and for Windows containers.
     """
    stats: ContainerMemoryStatsStats | Unset | None = UNSET
    """ All the stats exported via memory.stat.

    The fields in this object differ between cgroups v1 and v2.
    On cgroups v1, fields such as `cache`, `rss`, `mapped_file` are available.
    On cgroups v2, fields such as `file`, `anon`, `inactive_file` are available.

    This field is Linux-specific and omitted for Windows containers.
     """
    failcnt: int | Unset | None = UNSET
    """ Number of times memory usage hits limits.

    This field is Linux-specific and only supported on cgroups v1.
    It is omitted when using cgroups v2 and for Windows containers.
     """
    limit: int | Unset | None = UNSET
    """ This field is Linux-specific and omitted for Windows containers.
     """
    commitbytes: int | Unset | None = UNSET
    """ Committed bytes.

    This field is Windows-specific and omitted for Linux containers.
     """
    commitpeakbytes: int | Unset | None = UNSET
    """ Peak committed bytes.

    This field is Windows-specific and omitted for Linux containers.
     """
    privateworkingset: int | Unset | None = UNSET
    """ Private working set.

    This field is Windows-specific and omitted for Linux containers.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage: int | Unset | None
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        max_usage: int | Unset | None
        if isinstance(self.max_usage, Unset):
            max_usage = UNSET
        else:
            max_usage = self.max_usage

        stats: dict[str, Any] | Unset | None
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, ContainerMemoryStatsStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        failcnt: int | Unset | None
        if isinstance(self.failcnt, Unset):
            failcnt = UNSET
        else:
            failcnt = self.failcnt

        limit: int | Unset | None
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        commitbytes: int | Unset | None
        if isinstance(self.commitbytes, Unset):
            commitbytes = UNSET
        else:
            commitbytes = self.commitbytes

        commitpeakbytes: int | Unset | None
        if isinstance(self.commitpeakbytes, Unset):
            commitpeakbytes = UNSET
        else:
            commitpeakbytes = self.commitpeakbytes

        privateworkingset: int | Unset | None
        if isinstance(self.privateworkingset, Unset):
            privateworkingset = UNSET
        else:
            privateworkingset = self.privateworkingset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage is not UNSET:
            field_dict["usage"] = usage
        if max_usage is not UNSET:
            field_dict["max_usage"] = max_usage
        if stats is not UNSET:
            field_dict["stats"] = stats
        if failcnt is not UNSET:
            field_dict["failcnt"] = failcnt
        if limit is not UNSET:
            field_dict["limit"] = limit
        if commitbytes is not UNSET:
            field_dict["commitbytes"] = commitbytes
        if commitpeakbytes is not UNSET:
            field_dict["commitpeakbytes"] = commitpeakbytes
        if privateworkingset is not UNSET:
            field_dict["privateworkingset"] = privateworkingset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _usage_data = d.pop("usage", UNSET)
        usage: int | Unset | None
        if _usage_data is None or _usage_data is UNSET or isinstance(_usage_data, int):
            usage = _usage_data
        else:
            raise TypeError(
                f"usage: expected int | None, got {type(_usage_data).__name__}: {_usage_data!r:.200}"
            )

        _max_usage_data = d.pop("max_usage", UNSET)
        max_usage: int | Unset | None
        if _max_usage_data is None or _max_usage_data is UNSET or isinstance(_max_usage_data, int):
            max_usage = _max_usage_data
        else:
            raise TypeError(
                f"max_usage: expected int | None, got {type(_max_usage_data).__name__}: {_max_usage_data!r:.200}"
            )

        _stats_data = d.pop("stats", UNSET)
        stats: ContainerMemoryStatsStats | Unset | None
        if _stats_data is None or _stats_data is UNSET:
            stats = _stats_data
        elif isinstance(_stats_data, dict):
            stats_type_0 = ContainerMemoryStatsStats.from_dict(_stats_data)

            stats = stats_type_0
        else:
            raise TypeError(
                f"stats: expected ContainerMemoryStatsStats | None, got {type(_stats_data).__name__}: {_stats_data!r:.200}"
            )

        _failcnt_data = d.pop("failcnt", UNSET)
        failcnt: int | Unset | None
        if _failcnt_data is None or _failcnt_data is UNSET or isinstance(_failcnt_data, int):
            failcnt = _failcnt_data
        else:
            raise TypeError(
                f"failcnt: expected int | None, got {type(_failcnt_data).__name__}: {_failcnt_data!r:.200}"
            )

        _limit_data = d.pop("limit", UNSET)
        limit: int | Unset | None
        if _limit_data is None or _limit_data is UNSET or isinstance(_limit_data, int):
            limit = _limit_data
        else:
            raise TypeError(
                f"limit: expected int | None, got {type(_limit_data).__name__}: {_limit_data!r:.200}"
            )

        _commitbytes_data = d.pop("commitbytes", UNSET)
        commitbytes: int | Unset | None
        if (
            _commitbytes_data is None
            or _commitbytes_data is UNSET
            or isinstance(_commitbytes_data, int)
        ):
            commitbytes = _commitbytes_data
        else:
            raise TypeError(
                f"commitbytes: expected int | None, got {type(_commitbytes_data).__name__}: {_commitbytes_data!r:.200}"
            )

        _commitpeakbytes_data = d.pop("commitpeakbytes", UNSET)
        commitpeakbytes: int | Unset | None
        if (
            _commitpeakbytes_data is None
            or _commitpeakbytes_data is UNSET
            or isinstance(_commitpeakbytes_data, int)
        ):
            commitpeakbytes = _commitpeakbytes_data
        else:
            raise TypeError(
                f"commitpeakbytes: expected int | None, got {type(_commitpeakbytes_data).__name__}: {_commitpeakbytes_data!r:.200}"
            )

        _privateworkingset_data = d.pop("privateworkingset", UNSET)
        privateworkingset: int | Unset | None
        if (
            _privateworkingset_data is None
            or _privateworkingset_data is UNSET
            or isinstance(_privateworkingset_data, int)
        ):
            privateworkingset = _privateworkingset_data
        else:
            raise TypeError(
                f"privateworkingset: expected int | None, got {type(_privateworkingset_data).__name__}: {_privateworkingset_data!r:.200}"
            )

        container_memory_stats = _new(cls)
        container_memory_stats.usage = usage
        container_memory_stats.max_usage = max_usage
        container_memory_stats.stats = stats
        container_memory_stats.failcnt = failcnt
        container_memory_stats.limit = limit
        container_memory_stats.commitbytes = commitbytes
        container_memory_stats.commitpeakbytes = commitpeakbytes
        container_memory_stats.privateworkingset = privateworkingset
        container_memory_stats.additional_properties = d
        return container_memory_stats

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


from ..models.container_memory_stats_stats import ContainerMemoryStatsStats
