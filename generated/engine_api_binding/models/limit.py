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

T = TypeVar("T", bound="Limit")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Limit(Model):
    """An object describing a limit on resources which can be requested by a task."""

    __match_args__ = (
        "nano_cpus",
        "memory_bytes",
        "pids",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    nano_cpus: int | None
    memory_bytes: int | None
    pids: int | None
    """ Limits the maximum number of PIDs in the container. Set `0` for unlimited.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        nano_cpus: int | None = None,
        memory_bytes: int | None = None,
        pids: int | None = None,
    ) -> None:
        self.nano_cpus = nano_cpus
        self.memory_bytes = memory_bytes
        self.pids = pids
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.nano_cpus is not None:
            field_dict["NanoCPUs"] = self.nano_cpus
        elif "NanoCPUs" in self._sent:
            field_dict["NanoCPUs"] = None

        if self.memory_bytes is not None:
            field_dict["MemoryBytes"] = self.memory_bytes
        elif "MemoryBytes" in self._sent:
            field_dict["MemoryBytes"] = None

        if self.pids is not None:
            field_dict["Pids"] = self.pids
        elif "Pids" in self._sent:
            field_dict["Pids"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        nano_cpus = d.pop("NanoCPUs", None)

        memory_bytes = d.pop("MemoryBytes", None)

        pids = d.pop("Pids", None)

        limit = _new(cls)
        limit._sent = src_dict
        limit.nano_cpus = nano_cpus
        limit.memory_bytes = memory_bytes
        limit.pids = pids
        limit.additional_properties = d
        return limit

    _keys: ClassVar[dict[str, str]] = {
        "NanoCPUs": "nano_cpus",
        "MemoryBytes": "memory_bytes",
        "Pids": "pids",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NanoCPUs", "MemoryBytes", "Pids"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["NanoCPUs", "MemoryBytes", "Pids"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
