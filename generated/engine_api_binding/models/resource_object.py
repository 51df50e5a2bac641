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

T = TypeVar("T", bound="ResourceObject")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ResourceObject(Model):
    """An object describing the resources which can be advertised by a node and
    requested by a task.

    """

    __match_args__ = (
        "nano_cpus",
        "memory_bytes",
        "generic_resources",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    nano_cpus: int | None
    memory_bytes: int | None
    generic_resources: list[GenericResourcesItem] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        nano_cpus: int | None = None,
        memory_bytes: int | None = None,
        generic_resources: list[GenericResourcesItem] | None = None,
    ) -> None:
        self.nano_cpus = nano_cpus
        self.memory_bytes = memory_bytes
        self.generic_resources = generic_resources
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.nano_cpus is not None:
            field_dict["NanoCPUs"] = self.nano_cpus
        elif "NanoCPUs" in self._sent:
            field_dict["NanoCPUs"] = None

        if self.memory_bytes is not None:
            field_dict["MemoryBytes"] = self.memory_bytes
        elif "MemoryBytes" in self._sent:
            field_dict["MemoryBytes"] = None

        generic_resources = self.generic_resources
        if generic_resources is not None:
            generic_resources_json: list[dict[str, Any]] | None
            if isinstance(generic_resources, list):
                generic_resources_json = []
                for componentsschemas_generic_resources_item_data in generic_resources:
                    componentsschemas_generic_resources_item = (
                        componentsschemas_generic_resources_item_data.to_dict()
                    )
                    generic_resources_json.append(componentsschemas_generic_resources_item)

            else:
                generic_resources_json = generic_resources
            field_dict["GenericResources"] = generic_resources_json
        elif "GenericResources" in self._sent:
            field_dict["GenericResources"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        nano_cpus = d.pop("NanoCPUs", None)

        memory_bytes = d.pop("MemoryBytes", None)

        d.pop("GenericResources", None)

        resource_object = _new(cls)
        resource_object._sent = src_dict
        resource_object.nano_cpus = nano_cpus
        resource_object.memory_bytes = memory_bytes
        resource_object.additional_properties = d
        return resource_object

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "generic_resources",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "generic_resources":
            _generic_resources_data = src.get("GenericResources")
            generic_resources: list[GenericResourcesItem] | None
            if _generic_resources_data is None:
                generic_resources = _generic_resources_data
            elif isinstance(_generic_resources_data, list):
                generic_resources_type_0 = []
                _generic_resources_type_0 = _generic_resources_data
                for componentsschemas_generic_resources_item_data in _generic_resources_type_0:
                    componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                        componentsschemas_generic_resources_item_data
                    )

                    generic_resources_type_0.append(componentsschemas_generic_resources_item)

                generic_resources = generic_resources_type_0
            else:
                raise TypeError(
                    f"generic_resources: expected list[GenericResourcesItem] | None, got {type(_generic_resources_data).__name__}: {_generic_resources_data!r:.200}"
                )

            return generic_resources
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "NanoCPUs": "nano_cpus",
        "MemoryBytes": "memory_bytes",
        "GenericResources": "generic_resources",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NanoCPUs", "MemoryBytes"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["GenericResources"]) -> list[GenericResourcesItem]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["NanoCPUs", "MemoryBytes"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["GenericResources"], default: None = None
        ) -> list[GenericResourcesItem] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.generic_resources_item import GenericResourcesItem
