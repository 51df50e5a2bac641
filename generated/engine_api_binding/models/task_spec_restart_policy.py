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
from ..models.task_spec_restart_policy_condition import (
    TaskSpecRestartPolicyCondition,
    check_task_spec_restart_policy_condition,
)

T = TypeVar("T", bound="TaskSpecRestartPolicy")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecRestartPolicy(Model):
    """Specification for the restart policy which applies to containers
    created as part of this service.

    """

    __match_args__ = (
        "condition",
        "delay",
        "max_attempts",
        "window",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    condition: TaskSpecRestartPolicyCondition | None
    """ Condition for restart. """
    delay: int | None
    """ Delay between restart attempts. """
    max_attempts: int | None
    """ Maximum attempts to restart a given container before giving up
    (default value is 0, which is ignored).
     """
    window: int | None
    """ Windows is the time window used to evaluate the restart policy
    (default value is 0, which is unbounded).
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        condition: TaskSpecRestartPolicyCondition | None = None,
        delay: int | None = None,
        max_attempts: int | None = None,
        window: int | None = None,
    ) -> None:
        self.condition = condition
        self.delay = delay
        self.max_attempts = max_attempts
        self.window = window
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        condition = self.condition
        if condition is not None:
            condition_json: str = condition
            field_dict["Condition"] = condition_json
        elif "Condition" in self._sent:
            field_dict["Condition"] = None

        if self.delay is not None:
            field_dict["Delay"] = self.delay
        elif "Delay" in self._sent:
            field_dict["Delay"] = None

        if self.max_attempts is not None:
            field_dict["MaxAttempts"] = self.max_attempts
        elif "MaxAttempts" in self._sent:
            field_dict["MaxAttempts"] = None

        if self.window is not None:
            field_dict["Window"] = self.window
        elif "Window" in self._sent:
            field_dict["Window"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _condition_src = d.pop("Condition", None)
        condition: TaskSpecRestartPolicyCondition | None
        if _condition_src is None:
            condition = None
        else:
            condition_value = check_task_spec_restart_policy_condition(_condition_src)

            condition = condition_value

        delay = d.pop("Delay", None)

        max_attempts = d.pop("MaxAttempts", None)

        window = d.pop("Window", None)

        task_spec_restart_policy = _new(cls)
        task_spec_restart_policy._sent = src_dict
        task_spec_restart_policy.condition = condition
        task_spec_restart_policy.delay = delay
        task_spec_restart_policy.max_attempts = max_attempts
        task_spec_restart_policy.window = window
        task_spec_restart_policy.additional_properties = d
        return task_spec_restart_policy

    _keys: ClassVar[dict[str, str]] = {
        "Condition": "condition",
        "Delay": "delay",
        "MaxAttempts": "max_attempts",
        "Window": "window",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Condition"]) -> TaskSpecRestartPolicyCondition: ...
        @overload
        def __getitem__(self, key: Literal["Delay", "MaxAttempts", "Window"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Condition"], default: None = None
        ) -> TaskSpecRestartPolicyCondition | None: ...
        @overload
        def get(
            self, key: Literal["Delay", "MaxAttempts", "Window"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
