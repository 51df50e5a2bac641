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

T = TypeVar("T", bound="ContainersDiskUsage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainersDiskUsage(Model):
    """represents system data usage information for container resources."""

    __match_args__ = (
        "active_count",
        "total_count",
        "reclaimable",
        "total_size",
        "items_",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    active_count: int | None
    """ Count of active containers.
     """
    total_count: int | None
    """ Count of all containers.
     """
    reclaimable: int | None
    """ Disk space that can be reclaimed by removing inactive containers.
     """
    total_size: int | None
    """ Disk space in use by containers.
     """
    items_: list[ContainerSummary] | None
    """ List of container summaries.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        active_count: int | None = None,
        total_count: int | None = None,
        reclaimable: int | None = None,
        total_size: int | None = None,
        items_: list[ContainerSummary] | None = None,
    ) -> None:
        self.active_count = active_count
        self.total_count = total_count
        self.reclaimable = reclaimable
        self.total_size = total_size
        self.items_ = items_
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.active_count is not None:
            field_dict["ActiveCount"] = self.active_count
        elif "ActiveCount" in self._sent:
            field_dict["ActiveCount"] = None

        if self.total_count is not None:
            field_dict["TotalCount"] = self.total_count
        elif "TotalCount" in self._sent:
            field_dict["TotalCount"] = None

        if self.reclaimable is not None:
            field_dict["Reclaimable"] = self.reclaimable
        elif "Reclaimable" in self._sent:
            field_dict["Reclaimable"] = None

        if self.total_size is not None:
            field_dict["TotalSize"] = self.total_size
        elif "TotalSize" in self._sent:
            field_dict["TotalSize"] = None

        items_ = self.items_
        if items_ is not None:
            items__json: list[dict[str, Any]] | None
            if isinstance(items_, list):
                items__json = []
                for items_type_0_item_data in items_:
                    items_type_0_item = items_type_0_item_data.to_dict()
                    items__json.append(items_type_0_item)

            else:
                items__json = items_
            field_dict["Items"] = items__json
        elif "Items" in self._sent:
            field_dict["Items"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        active_count = d.pop("ActiveCount", None)

        total_count = d.pop("TotalCount", None)

        reclaimable = d.pop("Reclaimable", None)

        total_size = d.pop("TotalSize", None)

        d.pop("Items", None)

        containers_disk_usage = _new(cls)
        containers_disk_usage._sent = src_dict
        containers_disk_usage.active_count = active_count
        containers_disk_usage.total_count = total_count
        containers_disk_usage.reclaimable = reclaimable
        containers_disk_usage.total_size = total_size
        containers_disk_usage.additional_properties = d
        return containers_disk_usage

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "items_",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "items_":
            _items__data = src.get("Items")
            items_: list[ContainerSummary] | None
            if _items__data is None:
                items_ = _items__data
            elif isinstance(_items__data, list):
                items_type_0 = []
                _items_type_0 = _items__data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = ContainerSummary.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                items_ = items_type_0
            else:
                raise TypeError(
                    f"items_: expected list[ContainerSummary] | None, got {type(_items__data).__name__}: {_items__data!r:.200}"
                )

            return items_
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ActiveCount": "active_count",
        "TotalCount": "total_count",
        "Reclaimable": "reclaimable",
        "TotalSize": "total_size",
        "Items": "items_",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["ActiveCount", "TotalCount", "Reclaimable", "TotalSize"]
        ) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Items"]) -> list[ContainerSummary]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["ActiveCount", "TotalCount", "Reclaimable", "TotalSize"],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["Items"], default: None = None
        ) -> list[ContainerSummary] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_summary import ContainerSummary
