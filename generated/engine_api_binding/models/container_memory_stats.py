from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_memory_stats_stats import ContainerMemoryStatsStats


T = TypeVar("T", bound="ContainerMemoryStats")


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
        from ..models.container_memory_stats_stats import ContainerMemoryStatsStats

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
        from ..models.container_memory_stats_stats import ContainerMemoryStatsStats

        d = dict(src_dict)

        def _parse_usage(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(f"usage: expected int | None, got {type(data).__name__}: {data!r:.200}")

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_max_usage(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(
                f"max_usage: expected int | None, got {type(data).__name__}: {data!r:.200}"
            )

        max_usage = _parse_max_usage(d.pop("max_usage", UNSET))

        def _parse_stats(data: object) -> ContainerMemoryStatsStats | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"stats: expected ContainerMemoryStatsStats | None, got {type(data).__name__}: {data!r:.200}"
                )
            stats_type_0 = ContainerMemoryStatsStats.from_dict(data)

            return stats_type_0

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_failcnt(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(
                f"failcnt: expected int | None, got {type(data).__name__}: {data!r:.200}"
            )

        failcnt = _parse_failcnt(d.pop("failcnt", UNSET))

        def _parse_limit(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(f"limit: expected int | None, got {type(data).__name__}: {data!r:.200}")

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_commitbytes(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(
                f"commitbytes: expected int | None, got {type(data).__name__}: {data!r:.200}"
            )

        commitbytes = _parse_commitbytes(d.pop("commitbytes", UNSET))

        def _parse_commitpeakbytes(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(
                f"commitpeakbytes: expected int | None, got {type(data).__name__}: {data!r:.200}"
            )

        commitpeakbytes = _parse_commitpeakbytes(d.pop("commitpeakbytes", UNSET))

        def _parse_privateworkingset(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(
                f"privateworkingset: expected int | None, got {type(data).__name__}: {data!r:.200}"
            )

        privateworkingset = _parse_privateworkingset(d.pop("privateworkingset", UNSET))

        container_memory_stats = cls(
            usage=usage,
            max_usage=max_usage,
            stats=stats,
            failcnt=failcnt,
            limit=limit,
            commitbytes=commitbytes,
            commitpeakbytes=commitpeakbytes,
            privateworkingset=privateworkingset,
        )

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
