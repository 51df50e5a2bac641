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

T = TypeVar("T", bound="SwarmSpecOrchestration")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecOrchestration(Model):
    """Orchestration configuration."""

    __match_args__ = ("task_history_retention_limit",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    task_history_retention_limit: int | None
    """ The number of historic tasks to keep per instance or node. If
    negative, never remove completed or failed tasks.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        task_history_retention_limit: int | None = None,
    ) -> None:
        self.task_history_retention_limit = task_history_retention_limit
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.task_history_retention_limit is not None:
            field_dict["TaskHistoryRetentionLimit"] = self.task_history_retention_limit
        elif "TaskHistoryRetentionLimit" in self._sent:
            field_dict["TaskHistoryRetentionLimit"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        task_history_retention_limit = d.pop("TaskHistoryRetentionLimit", None)

        swarm_spec_orchestration = _new(cls)
        swarm_spec_orchestration._sent = src_dict
        swarm_spec_orchestration.task_history_retention_limit = task_history_retention_limit
        swarm_spec_orchestration.additional_properties = d
        return swarm_spec_orchestration

    _keys: ClassVar[dict[str, str]] = {
        "TaskHistoryRetentionLimit": "task_history_retention_limit",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["TaskHistoryRetentionLimit"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["TaskHistoryRetentionLimit"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
