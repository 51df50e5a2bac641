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

T = TypeVar("T", bound="ServiceSpecModeReplicatedJob")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceSpecModeReplicatedJob(Model):
    """The mode used for services with a finite number of tasks that run
    to a completed state.

    """

    __match_args__ = (
        "max_concurrent",
        "total_completions",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    max_concurrent: int | None
    """ The maximum number of replicas to run simultaneously.
     """
    total_completions: int | None
    """ The total number of replicas desired to reach the Completed
    state. If unset, will default to the value of `MaxConcurrent`
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        max_concurrent: int | None = None,
        total_completions: int | None = None,
    ) -> None:
        self.max_concurrent = max_concurrent
        self.total_completions = total_completions
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.max_concurrent is not None:
            field_dict["MaxConcurrent"] = self.max_concurrent
        elif "MaxConcurrent" in self._sent:
            field_dict["MaxConcurrent"] = None

        if self.total_completions is not None:
            field_dict["TotalCompletions"] = self.total_completions
        elif "TotalCompletions" in self._sent:
            field_dict["TotalCompletions"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        max_concurrent = d.pop("MaxConcurrent", None)

        total_completions = d.pop("TotalCompletions", None)

        service_spec_mode_replicated_job = _new(cls)
        service_spec_mode_replicated_job._sent = src_dict
        service_spec_mode_replicated_job.max_concurrent = max_concurrent
        service_spec_mode_replicated_job.total_completions = total_completions
        service_spec_mode_replicated_job.additional_properties = d
        return service_spec_mode_replicated_job

    _keys: ClassVar[dict[str, str]] = {
        "MaxConcurrent": "max_concurrent",
        "TotalCompletions": "total_completions",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["MaxConcurrent", "TotalCompletions"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["MaxConcurrent", "TotalCompletions"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
