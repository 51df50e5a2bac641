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

T = TypeVar("T", bound="SwarmSpecTaskDefaults")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecTaskDefaults(Model):
    """Defaults for creating tasks in this cluster."""

    __match_args__ = ("log_driver",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    log_driver: SwarmSpecTaskDefaultsLogDriver | None
    """ The log driver to use for tasks created in the orchestrator if
    unspecified by a service.

    Updating this value only affects new tasks. Existing tasks continue
    to use their previously configured log driver until recreated.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        log_driver: SwarmSpecTaskDefaultsLogDriver | None = None,
    ) -> None:
        self.log_driver = log_driver
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        log_driver = self.log_driver
        if log_driver is not None:
            log_driver_json: dict[str, Any] | None
            if isinstance(log_driver, SwarmSpecTaskDefaultsLogDriver):
                log_driver_json = log_driver.to_dict()
            else:
                log_driver_json = log_driver
            field_dict["LogDriver"] = log_driver_json
        elif "LogDriver" in self._sent:
            field_dict["LogDriver"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("LogDriver", None)

        swarm_spec_task_defaults = _new(cls)
        swarm_spec_task_defaults._sent = src_dict
        swarm_spec_task_defaults.additional_properties = d
        return swarm_spec_task_defaults

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "log_driver",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "log_driver":
            _log_driver_data = src.get("LogDriver")
            log_driver: SwarmSpecTaskDefaultsLogDriver | None
            if _log_driver_data is None:
                log_driver = _log_driver_data
            elif isinstance(_log_driver_data, dict):
                log_driver_type_0 = SwarmSpecTaskDefaultsLogDriver.from_dict(_log_driver_data)

                log_driver = log_driver_type_0
            else:
                raise TypeError(
                    f"log_driver: expected None | SwarmSpecTaskDefaultsLogDriver, got {type(_log_driver_data).__name__}: {_log_driver_data!r:.200}"
                )

            return log_driver
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "LogDriver": "log_driver",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["LogDriver"]) -> SwarmSpecTaskDefaultsLogDriver: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["LogDriver"], default: None = None
        ) -> SwarmSpecTaskDefaultsLogDriver | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver
