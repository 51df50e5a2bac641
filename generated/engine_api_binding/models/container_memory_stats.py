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

T = TypeVar("T", bound="ContainerMemoryStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerMemoryStats(Model):
    """Aggregates all memory stats since container inception on Linux.
    Windows returns stats for commit and private working set only.

    """

    __match_args__ = (
        "usage",
        "max_usage",
        "stats",
        "failcnt",
        "limit",
        "commitbytes",
        "commitpeakbytes",
        "privateworkingset",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    usage: int | None
    """ Current `res_counter` usage for memory.

    This field is Linux-specific and omitted for Windows containers.
     """
    max_usage: int | None
    """ Maximum usage ever recorded.

    This field is Linux-specific and only supported on cgroups v1.
    It is omitted when using cgroups v2 and for Windows containers.
     """
    stats: ContainerMemoryStatsStats | None
    """ All the stats exported via memory.stat.

    The fields in this object differ between cgroups v1 and v2.
    On cgroups v1, fields such as `cache`, `rss`, `mapped_file` are available.
    On cgroups v2, fields such as `file`, `anon`, `inactive_file` are available.

    This field is Linux-specific and omitted for Windows containers.
     """
    failcnt: int | None
    """ Number of times memory usage hits limits.

    This field is Linux-specific and only supported on cgroups v1.
    It is omitted when using cgroups v2 and for Windows containers.
     """
    limit: int | None
    """ This field is Linux-specific and omitted for Windows containers.
     """
    commitbytes: int | None
    """ Committed bytes.

    This field is Windows-specific and omitted for Linux containers.
     """
    commitpeakbytes: int | None
    """ Peak committed bytes.

    This field is Windows-specific and omitted for Linux containers.
     """
    privateworkingset: int | None
    """ Private working set.

    This field is Windows-specific and omitted for Linux containers.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        usage: int | None = None,
        max_usage: int | None = None,
        stats: ContainerMemoryStatsStats | None = None,
        failcnt: int | None = None,
        limit: int | None = None,
        commitbytes: int | None = None,
        commitpeakbytes: int | None = None,
        privateworkingset: int | None = None,
    ) -> None:
        self.usage = usage
        self.max_usage = max_usage
        self.stats = stats
        self.failcnt = failcnt
        self.limit = limit
        self.commitbytes = commitbytes
        self.commitpeakbytes = commitpeakbytes
        self.privateworkingset = privateworkingset
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        usage = self.usage
        if usage is not None:
            usage_json: int | None
            usage_json = usage
            field_dict["usage"] = usage_json
        elif "usage" in self._sent:
            field_dict["usage"] = None

        max_usage = self.max_usage
        if max_usage is not None:
            max_usage_json: int | None
            max_usage_json = max_usage
            field_dict["max_usage"] = max_usage_json
        elif "max_usage" in self._sent:
            field_dict["max_usage"] = None

        stats = self.stats
        if stats is not None:
            stats_json: dict[str, Any] | None
            if isinstance(stats, ContainerMemoryStatsStats):
                stats_json = stats.to_dict()
            else:
                stats_json = stats
            field_dict["stats"] = stats_json
        elif "stats" in self._sent:
            field_dict["stats"] = None

        failcnt = self.failcnt
        if failcnt is not None:
            failcnt_json: int | None
            failcnt_json = failcnt
            field_dict["failcnt"] = failcnt_json
        elif "failcnt" in self._sent:
            field_dict["failcnt"] = None

        limit = self.limit
        if limit is not None:
            limit_json: int | None
            limit_json = limit
            field_dict["limit"] = limit_json
        elif "limit" in self._sent:
            field_dict["limit"] = None

        commitbytes = self.commitbytes
        if commitbytes is not None:
            commitbytes_json: int | None
            commitbytes_json = commitbytes
            field_dict["commitbytes"] = commitbytes_json
        elif "commitbytes" in self._sent:
            field_dict["commitbytes"] = None

        commitpeakbytes = self.commitpeakbytes
        if commitpeakbytes is not None:
            commitpeakbytes_json: int | None
            commitpeakbytes_json = commitpeakbytes
            field_dict["commitpeakbytes"] = commitpeakbytes_json
        elif "commitpeakbytes" in self._sent:
            field_dict["commitpeakbytes"] = None

        privateworkingset = self.privateworkingset
        if privateworkingset is not None:
            privateworkingset_json: int | None
            privateworkingset_json = privateworkingset
            field_dict["privateworkingset"] = privateworkingset_json
        elif "privateworkingset" in self._sent:
            field_dict["privateworkingset"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _usage_data = d.pop("usage", None)
        usage: int | None
        if _usage_data is None or isinstance(_usage_data, int):
            usage = _usage_data
        else:
            raise TypeError(
                f"usage: expected int | None, got {type(_usage_data).__name__}: {_usage_data!r:.200}"
            )

        _max_usage_data = d.pop("max_usage", None)
        max_usage: int | None
        if _max_usage_data is None or isinstance(_max_usage_data, int):
            max_usage = _max_usage_data
        else:
            raise TypeError(
                f"max_usage: expected int | None, got {type(_max_usage_data).__name__}: {_max_usage_data!r:.200}"
            )

        d.pop("stats", None)

        _failcnt_data = d.pop("failcnt", None)
        failcnt: int | None
        if _failcnt_data is None or isinstance(_failcnt_data, int):
            failcnt = _failcnt_data
        else:
            raise TypeError(
                f"failcnt: expected int | None, got {type(_failcnt_data).__name__}: {_failcnt_data!r:.200}"
            )

        _limit_data = d.pop("limit", None)
        limit: int | None
        if _limit_data is None or isinstance(_limit_data, int):
            limit = _limit_data
        else:
            raise TypeError(
                f"limit: expected int | None, got {type(_limit_data).__name__}: {_limit_data!r:.200}"
            )

        _commitbytes_data = d.pop("commitbytes", None)
        commitbytes: int | None
        if _commitbytes_data is None or isinstance(_commitbytes_data, int):
            commitbytes = _commitbytes_data
        else:
            raise TypeError(
                f"commitbytes: expected int | None, got {type(_commitbytes_data).__name__}: {_commitbytes_data!r:.200}"
            )

        _commitpeakbytes_data = d.pop("commitpeakbytes", None)
        commitpeakbytes: int | None
        if _commitpeakbytes_data is None or isinstance(_commitpeakbytes_data, int):
            commitpeakbytes = _commitpeakbytes_data
        else:
            raise TypeError(
                f"commitpeakbytes: expected int | None, got {type(_commitpeakbytes_data).__name__}: {_commitpeakbytes_data!r:.200}"
            )

        _privateworkingset_data = d.pop("privateworkingset", None)
        privateworkingset: int | None
        if _privateworkingset_data is None or isinstance(_privateworkingset_data, int):
            privateworkingset = _privateworkingset_data
        else:
            raise TypeError(
                f"privateworkingset: expected int | None, got {type(_privateworkingset_data).__name__}: {_privateworkingset_data!r:.200}"
            )

        container_memory_stats = _new(cls)
        container_memory_stats._sent = src_dict
        container_memory_stats.usage = usage
        container_memory_stats.max_usage = max_usage
        container_memory_stats.failcnt = failcnt
        container_memory_stats.limit = limit
        container_memory_stats.commitbytes = commitbytes
        container_memory_stats.commitpeakbytes = commitpeakbytes
        container_memory_stats.privateworkingset = privateworkingset
        container_memory_stats.additional_properties = d
        return container_memory_stats

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "stats",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "stats":
            _stats_data = src.get("stats")
            stats: ContainerMemoryStatsStats | None
            if _stats_data is None:
                stats = _stats_data
            elif isinstance(_stats_data, dict):
                stats_type_0 = ContainerMemoryStatsStats.from_dict(_stats_data)

                stats = stats_type_0
            else:
                raise TypeError(
                    f"stats: expected ContainerMemoryStatsStats | None, got {type(_stats_data).__name__}: {_stats_data!r:.200}"
                )

            return stats
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "usage": "usage",
        "max_usage": "max_usage",
        "stats": "stats",
        "failcnt": "failcnt",
        "limit": "limit",
        "commitbytes": "commitbytes",
        "commitpeakbytes": "commitpeakbytes",
        "privateworkingset": "privateworkingset",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "usage",
                "max_usage",
                "failcnt",
                "limit",
                "commitbytes",
                "commitpeakbytes",
                "privateworkingset",
            ],
        ) -> int: ...
        @overload
        def __getitem__(self, key: Literal["stats"]) -> ContainerMemoryStatsStats: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "usage",
                "max_usage",
                "failcnt",
                "limit",
                "commitbytes",
                "commitpeakbytes",
                "privateworkingset",
            ],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["stats"], default: None = None
        ) -> ContainerMemoryStatsStats | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_memory_stats_stats import ContainerMemoryStatsStats
