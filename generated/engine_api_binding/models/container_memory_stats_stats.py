from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ContainerMemoryStatsStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerMemoryStatsStats(Model):
    """All the stats exported via memory.stat.

    The fields in this object differ between cgroups v1 and v2.
    On cgroups v1, fields such as `cache`, `rss`, `mapped_file` are available.
    On cgroups v2, fields such as `file`, `anon`, `inactive_file` are available.

    This field is Linux-specific and omitted for Windows containers.

        Example:
            {'active_anon': 1572864, 'active_file': 5115904, 'anon': 1572864, 'anon_thp': 0, 'file': 7626752, 'file_dirty':
                0, 'file_mapped': 2723840, 'file_writeback': 0, 'inactive_anon': 0, 'inactive_file': 2510848, 'kernel_stack':
                16384, 'pgactivate': 0, 'pgdeactivate': 0, 'pgfault': 2042, 'pglazyfree': 0, 'pglazyfreed': 0, 'pgmajfault': 45,
                'pgrefill': 0, 'pgscan': 0, 'pgsteal': 0, 'shmem': 0, 'slab': 1180928, 'slab_reclaimable': 725576,
                'slab_unreclaimable': 455352, 'sock': 0, 'thp_collapse_alloc': 0, 'thp_fault_alloc': 1, 'unevictable': 0,
                'workingset_activate': 0, 'workingset_nodereclaim': 0, 'workingset_refault': 0}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, int | None]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        container_memory_stats_stats = _new(cls)
        container_memory_stats_stats._sent = NOTHING_SENT
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: int | None
            if _additional_property_data is None or isinstance(_additional_property_data, int):
                additional_property = _additional_property_data
            else:
                raise TypeError(
                    f"additional_property: expected int | None, got {type(_additional_property_data).__name__}: {_additional_property_data!r:.200}"
                )

            additional_properties[prop_name] = additional_property

        container_memory_stats_stats.additional_properties = additional_properties
        return container_memory_stats_stats

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> int: ...
        @overload
        def get(self, key: str, default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
