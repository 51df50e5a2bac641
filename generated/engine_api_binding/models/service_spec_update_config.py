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
from ..models.service_spec_update_config_failure_action import (
    ServiceSpecUpdateConfigFailureAction,
    check_service_spec_update_config_failure_action,
)
from ..models.service_spec_update_config_order import (
    ServiceSpecUpdateConfigOrder,
    check_service_spec_update_config_order,
)

T = TypeVar("T", bound="ServiceSpecUpdateConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceSpecUpdateConfig(Model):
    """Specification for the update strategy of the service."""

    __match_args__ = (
        "parallelism",
        "delay",
        "failure_action",
        "monitor",
        "max_failure_ratio",
        "order",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    parallelism: int | None
    """ Maximum number of tasks to be updated in one iteration (0 means
    unlimited parallelism).
     """
    delay: int | None
    """ Amount of time between updates, in nanoseconds. """
    failure_action: ServiceSpecUpdateConfigFailureAction | None
    """ Action to take if an updated task fails to run, or stops running
    during the update.
     """
    monitor: int | None
    """ Amount of time to monitor each updated task for failures, in
    nanoseconds.
     """
    max_failure_ratio: float | None
    """ The fraction of tasks that may fail during an update before the
    failure action is invoked, specified as a floating point number
    between 0 and 1.
     """
    order: ServiceSpecUpdateConfigOrder | None
    """ The order of operations when rolling out an updated task. Either
    the old task is shut down before the new task is started, or the
    new task is started before the old task is shut down.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        parallelism: int | None = None,
        delay: int | None = None,
        failure_action: ServiceSpecUpdateConfigFailureAction | None = None,
        monitor: int | None = None,
        max_failure_ratio: float | None = None,
        order: ServiceSpecUpdateConfigOrder | None = None,
    ) -> None:
        self.parallelism = parallelism
        self.delay = delay
        self.failure_action = failure_action
        self.monitor = monitor
        self.max_failure_ratio = max_failure_ratio
        self.order = order
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.parallelism is not None:
            field_dict["Parallelism"] = self.parallelism
        elif "Parallelism" in self._sent:
            field_dict["Parallelism"] = None

        if self.delay is not None:
            field_dict["Delay"] = self.delay
        elif "Delay" in self._sent:
            field_dict["Delay"] = None

        failure_action = self.failure_action
        if failure_action is not None:
            failure_action_json: str = failure_action
            field_dict["FailureAction"] = failure_action_json
        elif "FailureAction" in self._sent:
            field_dict["FailureAction"] = None

        if self.monitor is not None:
            field_dict["Monitor"] = self.monitor
        elif "Monitor" in self._sent:
            field_dict["Monitor"] = None

        if self.max_failure_ratio is not None:
            field_dict["MaxFailureRatio"] = self.max_failure_ratio
        elif "MaxFailureRatio" in self._sent:
            field_dict["MaxFailureRatio"] = None

        order = self.order
        if order is not None:
            order_json: str = order
            field_dict["Order"] = order_json
        elif "Order" in self._sent:
            field_dict["Order"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        parallelism = d.pop("Parallelism", None)

        delay = d.pop("Delay", None)

        _failure_action_src = d.pop("FailureAction", None)
        failure_action: ServiceSpecUpdateConfigFailureAction | None
        if _failure_action_src is None:
            failure_action = None
        else:
            failure_action_value = check_service_spec_update_config_failure_action(
                _failure_action_src
            )

            failure_action = failure_action_value

        monitor = d.pop("Monitor", None)

        max_failure_ratio = d.pop("MaxFailureRatio", None)

        _order_src = d.pop("Order", None)
        order: ServiceSpecUpdateConfigOrder | None
        if _order_src is None:
            order = None
        else:
            order_value = check_service_spec_update_config_order(_order_src)

            order = order_value

        service_spec_update_config = _new(cls)
        service_spec_update_config._sent = src_dict
        service_spec_update_config.parallelism = parallelism
        service_spec_update_config.delay = delay
        service_spec_update_config.failure_action = failure_action
        service_spec_update_config.monitor = monitor
        service_spec_update_config.max_failure_ratio = max_failure_ratio
        service_spec_update_config.order = order
        service_spec_update_config.additional_properties = d
        return service_spec_update_config

    _keys: ClassVar[dict[str, str]] = {
        "Parallelism": "parallelism",
        "Delay": "delay",
        "FailureAction": "failure_action",
        "Monitor": "monitor",
        "MaxFailureRatio": "max_failure_ratio",
        "Order": "order",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Parallelism", "Delay", "Monitor"]) -> int: ...
        @overload
        def __getitem__(
            self, key: Literal["FailureAction"]
        ) -> ServiceSpecUpdateConfigFailureAction: ...
        @overload
        def __getitem__(self, key: Literal["MaxFailureRatio"]) -> float: ...
        @overload
        def __getitem__(self, key: Literal["Order"]) -> ServiceSpecUpdateConfigOrder: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Parallelism", "Delay", "Monitor"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["FailureAction"], default: None = None
        ) -> ServiceSpecUpdateConfigFailureAction | None: ...
        @overload
        def get(self, key: Literal["MaxFailureRatio"], default: None = None) -> float | None: ...
        @overload
        def get(
            self, key: Literal["Order"], default: None = None
        ) -> ServiceSpecUpdateConfigOrder | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
