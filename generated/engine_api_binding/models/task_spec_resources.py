from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.limit import Limit
    from ..models.resource_object import ResourceObject


T = TypeVar("T", bound="TaskSpecResources")


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
        from ..models.limit import Limit
        from ..models.resource_object import ResourceObject

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
        from ..models.limit import Limit
        from ..models.resource_object import ResourceObject

        d = dict(src_dict)

        def _parse_limits(data: object) -> Limit | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"limits: expected Limit | None, got {type(data).__name__}: {data!r:.200}"
                )
            limits_type_0 = Limit.from_dict(data)

            return limits_type_0

        limits = _parse_limits(d.pop("Limits", UNSET))

        def _parse_reservations(data: object) -> ResourceObject | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"reservations: expected None | ResourceObject, got {type(data).__name__}: {data!r:.200}"
                )
            reservations_type_0 = ResourceObject.from_dict(data)

            return reservations_type_0

        reservations = _parse_reservations(d.pop("Reservations", UNSET))

        def _parse_swap_bytes(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(
                f"swap_bytes: expected int | None, got {type(data).__name__}: {data!r:.200}"
            )

        swap_bytes = _parse_swap_bytes(d.pop("SwapBytes", UNSET))

        def _parse_memory_swappiness(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int):
                return data
            raise TypeError(
                f"memory_swappiness: expected int | None, got {type(data).__name__}: {data!r:.200}"
            )

        memory_swappiness = _parse_memory_swappiness(d.pop("MemorySwappiness", UNSET))

        task_spec_resources = cls(
            limits=limits,
            reservations=reservations,
            swap_bytes=swap_bytes,
            memory_swappiness=memory_swappiness,
        )

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
