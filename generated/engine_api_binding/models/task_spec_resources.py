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

T = TypeVar("T", bound="TaskSpecResources")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecResources(Model):
    """Resource requirements which apply to each individual container created
    as part of the service.

    """

    __match_args__ = (
        "limits",
        "reservations",
        "swap_bytes",
        "memory_swappiness",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    limits: Limit | None
    """ Define resources limits. """
    reservations: ResourceObject | None
    """ Define resources reservation. """
    swap_bytes: int | None
    """ Amount of swap in bytes - can only be used together with a memory limit.
    If not specified, the default behaviour is to grant a swap space twice
    as big as the memory limit.
    Set to -1 to enable unlimited swap.
     """
    memory_swappiness: int | None
    """ Tune the service's containers' memory swappiness (0 to 100).
    If not specified, defaults to the containers' OS' default, generally 60,
    or whatever value was predefined in the image.
    Set to -1 to unset a previously set value.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        limits: Limit | None = None,
        reservations: ResourceObject | None = None,
        swap_bytes: int | None = None,
        memory_swappiness: int | None = None,
    ) -> None:
        self.limits = limits
        self.reservations = reservations
        self.swap_bytes = swap_bytes
        self.memory_swappiness = memory_swappiness
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        limits = self.limits
        if limits is not None:
            limits_json: dict[str, Any] | None
            if isinstance(limits, Limit):
                limits_json = limits.to_dict()
            else:
                limits_json = limits
            field_dict["Limits"] = limits_json
        elif "Limits" in self._sent:
            field_dict["Limits"] = None

        reservations = self.reservations
        if reservations is not None:
            reservations_json: dict[str, Any] | None
            if isinstance(reservations, ResourceObject):
                reservations_json = reservations.to_dict()
            else:
                reservations_json = reservations
            field_dict["Reservations"] = reservations_json
        elif "Reservations" in self._sent:
            field_dict["Reservations"] = None

        swap_bytes = self.swap_bytes
        if swap_bytes is not None:
            swap_bytes_json: int | None
            swap_bytes_json = swap_bytes
            field_dict["SwapBytes"] = swap_bytes_json
        elif "SwapBytes" in self._sent:
            field_dict["SwapBytes"] = None

        memory_swappiness = self.memory_swappiness
        if memory_swappiness is not None:
            memory_swappiness_json: int | None
            memory_swappiness_json = memory_swappiness
            field_dict["MemorySwappiness"] = memory_swappiness_json
        elif "MemorySwappiness" in self._sent:
            field_dict["MemorySwappiness"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Limits", None)

        d.pop("Reservations", None)

        _swap_bytes_data = d.pop("SwapBytes", None)
        swap_bytes: int | None
        if _swap_bytes_data is None or isinstance(_swap_bytes_data, int):
            swap_bytes = _swap_bytes_data
        else:
            raise TypeError(
                f"swap_bytes: expected int | None, got {type(_swap_bytes_data).__name__}: {_swap_bytes_data!r:.200}"
            )

        _memory_swappiness_data = d.pop("MemorySwappiness", None)
        memory_swappiness: int | None
        if _memory_swappiness_data is None or isinstance(_memory_swappiness_data, int):
            memory_swappiness = _memory_swappiness_data
        else:
            raise TypeError(
                f"memory_swappiness: expected int | None, got {type(_memory_swappiness_data).__name__}: {_memory_swappiness_data!r:.200}"
            )

        task_spec_resources = _new(cls)
        task_spec_resources._sent = src_dict
        task_spec_resources.swap_bytes = swap_bytes
        task_spec_resources.memory_swappiness = memory_swappiness
        task_spec_resources.additional_properties = d
        return task_spec_resources

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "limits",
            "reservations",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "limits":
            _limits_data = src.get("Limits")
            limits: Limit | None
            if _limits_data is None:
                limits = _limits_data
            elif isinstance(_limits_data, dict):
                limits_type_0 = Limit.from_dict(_limits_data)

                limits = limits_type_0
            else:
                raise TypeError(
                    f"limits: expected Limit | None, got {type(_limits_data).__name__}: {_limits_data!r:.200}"
                )

            return limits
        if deferred_name == "reservations":
            _reservations_data = src.get("Reservations")
            reservations: ResourceObject | None
            if _reservations_data is None:
                reservations = _reservations_data
            elif isinstance(_reservations_data, dict):
                reservations_type_0 = ResourceObject.from_dict(_reservations_data)

                reservations = reservations_type_0
            else:
                raise TypeError(
                    f"reservations: expected None | ResourceObject, got {type(_reservations_data).__name__}: {_reservations_data!r:.200}"
                )

            return reservations
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Limits": "limits",
        "Reservations": "reservations",
        "SwapBytes": "swap_bytes",
        "MemorySwappiness": "memory_swappiness",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Limits"]) -> Limit: ...
        @overload
        def __getitem__(self, key: Literal["Reservations"]) -> ResourceObject: ...
        @overload
        def __getitem__(self, key: Literal["SwapBytes", "MemorySwappiness"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Limits"], default: None = None) -> Limit | None: ...
        @overload
        def get(
            self, key: Literal["Reservations"], default: None = None
        ) -> ResourceObject | None: ...
        @overload
        def get(
            self, key: Literal["SwapBytes", "MemorySwappiness"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.limit import Limit
from ..models.resource_object import ResourceObject
