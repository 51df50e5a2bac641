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

T = TypeVar("T", bound="ContainerPidsStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerPidsStats(Model):
    """PidsStats contains Linux-specific stats of a container's process-IDs (PIDs).

    This type is Linux-specific and omitted for Windows containers.

    """

    __match_args__ = (
        "current",
        "limit",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    current: int | None
    """ Current is the number of PIDs in the cgroup.
     """
    limit: int | None
    """ Limit is the hard limit on the number of pids in the cgroup.
    A "Limit" of 0 means that there is no limit.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        current: int | None = None,
        limit: int | None = None,
    ) -> None:
        self.current = current
        self.limit = limit
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        current = self.current
        if current is not None:
            current_json: int | None
            current_json = current
            field_dict["current"] = current_json
        elif "current" in self._sent:
            field_dict["current"] = None

        limit = self.limit
        if limit is not None:
            limit_json: int | None
            limit_json = limit
            field_dict["limit"] = limit_json
        elif "limit" in self._sent:
            field_dict["limit"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _current_data = d.pop("current", None)
        current: int | None
        if _current_data is None or isinstance(_current_data, int):
            current = _current_data
        else:
            raise TypeError(
                f"current: expected int | None, got {type(_current_data).__name__}: {_current_data!r:.200}"
            )

        _limit_data = d.pop("limit", None)
        limit: int | None
        if _limit_data is None or isinstance(_limit_data, int):
            limit = _limit_data
        else:
            raise TypeError(
                f"limit: expected int | None, got {type(_limit_data).__name__}: {_limit_data!r:.200}"
            )

        container_pids_stats = _new(cls)
        container_pids_stats._sent = src_dict
        container_pids_stats.current = current
        container_pids_stats.limit = limit
        container_pids_stats.additional_properties = d
        return container_pids_stats

    _keys: ClassVar[dict[str, str]] = {
        "current": "current",
        "limit": "limit",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["current", "limit"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["current", "limit"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
