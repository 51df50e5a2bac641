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

T = TypeVar("T", bound="ContainerStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerStatus(Model):
    """represents the status of a container."""

    __match_args__ = (
        "container_id",
        "pid",
        "exit_code",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    container_id: str | None
    pid: int | None
    exit_code: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        container_id: str | None = None,
        pid: int | None = None,
        exit_code: int | None = None,
    ) -> None:
        self.container_id = container_id
        self.pid = pid
        self.exit_code = exit_code
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.container_id is not None:
            field_dict["ContainerID"] = self.container_id
        elif "ContainerID" in self._sent:
            field_dict["ContainerID"] = None

        if self.pid is not None:
            field_dict["PID"] = self.pid
        elif "PID" in self._sent:
            field_dict["PID"] = None

        if self.exit_code is not None:
            field_dict["ExitCode"] = self.exit_code
        elif "ExitCode" in self._sent:
            field_dict["ExitCode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        container_id = d.pop("ContainerID", None)

        pid = d.pop("PID", None)

        exit_code = d.pop("ExitCode", None)

        container_status = _new(cls)
        container_status._sent = src_dict
        container_status.container_id = container_id
        container_status.pid = pid
        container_status.exit_code = exit_code
        container_status.additional_properties = d
        return container_status

    _keys: ClassVar[dict[str, str]] = {
        "ContainerID": "container_id",
        "PID": "pid",
        "ExitCode": "exit_code",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ContainerID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["PID", "ExitCode"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ContainerID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["PID", "ExitCode"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
