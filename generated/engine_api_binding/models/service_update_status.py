from __future__ import annotations

import datetime
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
from ..models.service_update_status_state import (
    ServiceUpdateStatusState,
    check_service_update_status_state,
)

T = TypeVar("T", bound="ServiceUpdateStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceUpdateStatus(Model):
    """The status of a service update."""

    __match_args__ = (
        "state",
        "started_at",
        "completed_at",
        "message",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    state: ServiceUpdateStatusState | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    message: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        state: ServiceUpdateStatusState | None = None,
        started_at: datetime.datetime | None = None,
        completed_at: datetime.datetime | None = None,
        message: str | None = None,
    ) -> None:
        self.state = state
        self.started_at = started_at
        self.completed_at = completed_at
        self.message = message
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        state = self.state
        if state is not None:
            state_json: str = state
            field_dict["State"] = state_json
        elif "State" in self._sent:
            field_dict["State"] = None

        started_at = self.started_at
        if started_at is not None:
            started_at_json = started_at.isoformat()
            field_dict["StartedAt"] = started_at_json
        elif "StartedAt" in self._sent:
            field_dict["StartedAt"] = None

        completed_at = self.completed_at
        if completed_at is not None:
            completed_at_json = completed_at.isoformat()
            field_dict["CompletedAt"] = completed_at_json
        elif "CompletedAt" in self._sent:
            field_dict["CompletedAt"] = None

        if self.message is not None:
            field_dict["Message"] = self.message
        elif "Message" in self._sent:
            field_dict["Message"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _state_src = d.pop("State", None)
        state: ServiceUpdateStatusState | None
        if _state_src is None:
            state = None
        else:
            state_value = check_service_update_status_state(_state_src)

            state = state_value

        d.pop("StartedAt", None)

        d.pop("CompletedAt", None)

        message = d.pop("Message", None)

        service_update_status = _new(cls)
        service_update_status._sent = src_dict
        service_update_status.state = state
        service_update_status.message = message
        service_update_status.additional_properties = d
        return service_update_status

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "started_at",
            "completed_at",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "started_at":
            _started_at_src = src.get("StartedAt")
            started_at: datetime.datetime | None
            if _started_at_src is None:
                started_at = None
            else:
                started_at_value = datetime.datetime.fromisoformat(_started_at_src)

                started_at = started_at_value

            return started_at
        if deferred_name == "completed_at":
            _completed_at_src = src.get("CompletedAt")
            completed_at: datetime.datetime | None
            if _completed_at_src is None:
                completed_at = None
            else:
                completed_at_value = datetime.datetime.fromisoformat(_completed_at_src)

                completed_at = completed_at_value

            return completed_at
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "State": "state",
        "StartedAt": "started_at",
        "CompletedAt": "completed_at",
        "Message": "message",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["State"]) -> ServiceUpdateStatusState: ...
        @overload
        def __getitem__(self, key: Literal["StartedAt", "CompletedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Message"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["State"], default: None = None
        ) -> ServiceUpdateStatusState | None: ...
        @overload
        def get(
            self, key: Literal["StartedAt", "CompletedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["Message"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
