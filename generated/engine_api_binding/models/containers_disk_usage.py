from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainersDiskUsage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainersDiskUsage:
    """represents system data usage information for container resources."""

    active_count: int | Unset = UNSET
    """ Count of active containers.
     """
    total_count: int | Unset = UNSET
    """ Count of all containers.
     """
    reclaimable: int | Unset = UNSET
    """ Disk space that can be reclaimed by removing inactive containers.
     """
    total_size: int | Unset = UNSET
    """ Disk space in use by containers.
     """
    items: list[ContainerSummary] | Unset | None = UNSET
    """ List of container summaries.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_count = self.active_count

        total_count = self.total_count

        reclaimable = self.reclaimable

        total_size = self.total_size

        items: list[dict[str, Any]] | Unset | None
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_count is not UNSET:
            field_dict["ActiveCount"] = active_count
        if total_count is not UNSET:
            field_dict["TotalCount"] = total_count
        if reclaimable is not UNSET:
            field_dict["Reclaimable"] = reclaimable
        if total_size is not UNSET:
            field_dict["TotalSize"] = total_size
        if items is not UNSET:
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_count = d.pop("ActiveCount", UNSET)

        total_count = d.pop("TotalCount", UNSET)

        reclaimable = d.pop("Reclaimable", UNSET)

        total_size = d.pop("TotalSize", UNSET)

        _items_data = d.pop("Items", UNSET)
        items: list[ContainerSummary] | Unset | None
        if _items_data is None or _items_data is UNSET:
            items = _items_data
        elif isinstance(_items_data, list):
            items_type_0 = []
            _items_type_0 = _items_data
            for items_type_0_item_data in _items_type_0:
                items_type_0_item = ContainerSummary.from_dict(items_type_0_item_data)

                items_type_0.append(items_type_0_item)

            items = items_type_0
        else:
            raise TypeError(
                f"items: expected list[ContainerSummary] | None, got {type(_items_data).__name__}: {_items_data!r:.200}"
            )

        containers_disk_usage = _new(cls)
        containers_disk_usage.active_count = active_count
        containers_disk_usage.total_count = total_count
        containers_disk_usage.reclaimable = reclaimable
        containers_disk_usage.total_size = total_size
        containers_disk_usage.items = items
        containers_disk_usage.additional_properties = d
        return containers_disk_usage

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


from ..models.container_summary import ContainerSummary
