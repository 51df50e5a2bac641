from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecResources")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecResources:
    """Resource requirements which apply to each individual container created
    as part of the service.

    """

    limits: Limit | Unset | None = UNSET
    """ Define resources limits. """
    reservations: ResourceObject | Unset | None = UNSET
    """ Define resources reservation. """
    swap_bytes: int | Unset | None = UNSET
    """ Amount of swap in bytes - can only be used together with a memory limit.
    If not specified, the default behaviour is to grant a swap space twice
    as big as the memory limit.
    Set to -1 to enable unlimited swap.
     """
    memory_swappiness: int | Unset | None = UNSET
    """ Tune the service's containers' memory swappiness (0 to 100).
    If not specified, defaults to the containers' OS' default, generally 60,
    or whatever value was predefined in the image.
    Set to -1 to unset a previously set value.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limits: dict[str, Any] | Unset | None
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, Limit):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        reservations: dict[str, Any] | Unset | None
        if isinstance(self.reservations, Unset):
            reservations = UNSET
        elif isinstance(self.reservations, ResourceObject):
            reservations = self.reservations.to_dict()
        else:
            reservations = self.reservations

        swap_bytes: int | Unset | None
        if isinstance(self.swap_bytes, Unset):
            swap_bytes = UNSET
        else:
            swap_bytes = self.swap_bytes

        memory_swappiness: int | Unset | None
        if isinstance(self.memory_swappiness, Unset):
            memory_swappiness = UNSET
        else:
            memory_swappiness = self.memory_swappiness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limits is not UNSET:
            field_dict["Limits"] = limits
        if reservations is not UNSET:
            field_dict["Reservations"] = reservations
        if swap_bytes is not UNSET:
            field_dict["SwapBytes"] = swap_bytes
        if memory_swappiness is not UNSET:
            field_dict["MemorySwappiness"] = memory_swappiness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _limits_data = d.pop("Limits", UNSET)
        limits: Limit | Unset | None
        if _limits_data is None or _limits_data is UNSET:
            limits = _limits_data
        elif isinstance(_limits_data, dict):
            limits_type_0 = Limit.from_dict(_limits_data)

            limits = limits_type_0
        else:
            raise TypeError(
                f"limits: expected Limit | None, got {type(_limits_data).__name__}: {_limits_data!r:.200}"
            )

        _reservations_data = d.pop("Reservations", UNSET)
        reservations: ResourceObject | Unset | None
        if _reservations_data is None or _reservations_data is UNSET:
            reservations = _reservations_data
        elif isinstance(_reservations_data, dict):
            reservations_type_0 = ResourceObject.from_dict(_reservations_data)

            reservations = reservations_type_0
        else:
            raise TypeError(
                f"reservations: expected None | ResourceObject, got {type(_reservations_data).__name__}: {_reservations_data!r:.200}"
            )

        _swap_bytes_data = d.pop("SwapBytes", UNSET)
        swap_bytes: int | Unset | None
        if (
            _swap_bytes_data is None
            or _swap_bytes_data is UNSET
            or isinstance(_swap_bytes_data, int)
        ):
            swap_bytes = _swap_bytes_data
        else:
            raise TypeError(
                f"swap_bytes: expected int | None, got {type(_swap_bytes_data).__name__}: {_swap_bytes_data!r:.200}"
            )

        _memory_swappiness_data = d.pop("MemorySwappiness", UNSET)
        memory_swappiness: int | Unset | None
        if (
            _memory_swappiness_data is None
            or _memory_swappiness_data is UNSET
            or isinstance(_memory_swappiness_data, int)
        ):
            memory_swappiness = _memory_swappiness_data
        else:
            raise TypeError(
                f"memory_swappiness: expected int | None, got {type(_memory_swappiness_data).__name__}: {_memory_swappiness_data!r:.200}"
            )

        task_spec_resources = _new(cls)
        task_spec_resources.limits = limits
        task_spec_resources.reservations = reservations
        task_spec_resources.swap_bytes = swap_bytes
        task_spec_resources.memory_swappiness = memory_swappiness
        task_spec_resources.additional_properties = d
        return task_spec_resources

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.limit import Limit
from ..models.resource_object import ResourceObject
