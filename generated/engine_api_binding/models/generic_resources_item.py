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

T = TypeVar("T", bound="GenericResourcesItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class GenericResourcesItem(Model):
    __match_args__ = (
        "named_resource_spec",
        "discrete_resource_spec",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    named_resource_spec: GenericResourcesItemNamedResourceSpec | None
    discrete_resource_spec: GenericResourcesItemDiscreteResourceSpec | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        named_resource_spec: GenericResourcesItemNamedResourceSpec | None = None,
        discrete_resource_spec: GenericResourcesItemDiscreteResourceSpec | None = None,
    ) -> None:
        self.named_resource_spec = named_resource_spec
        self.discrete_resource_spec = discrete_resource_spec
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        named_resource_spec = self.named_resource_spec
        if named_resource_spec is not None:
            named_resource_spec_json: dict[str, Any] | None
            if isinstance(named_resource_spec, GenericResourcesItemNamedResourceSpec):
                named_resource_spec_json = named_resource_spec.to_dict()
            else:
                named_resource_spec_json = named_resource_spec
            field_dict["NamedResourceSpec"] = named_resource_spec_json
        elif "NamedResourceSpec" in self._sent:
            field_dict["NamedResourceSpec"] = None

        discrete_resource_spec = self.discrete_resource_spec
        if discrete_resource_spec is not None:
            discrete_resource_spec_json: dict[str, Any] | None
            if isinstance(discrete_resource_spec, GenericResourcesItemDiscreteResourceSpec):
                discrete_resource_spec_json = discrete_resource_spec.to_dict()
            else:
                discrete_resource_spec_json = discrete_resource_spec
            field_dict["DiscreteResourceSpec"] = discrete_resource_spec_json
        elif "DiscreteResourceSpec" in self._sent:
            field_dict["DiscreteResourceSpec"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("NamedResourceSpec", None)

        d.pop("DiscreteResourceSpec", None)

        generic_resources_item = _new(cls)
        generic_resources_item._sent = src_dict
        generic_resources_item.additional_properties = d
        return generic_resources_item

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "named_resource_spec",
            "discrete_resource_spec",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "named_resource_spec":
            _named_resource_spec_data = src.get("NamedResourceSpec")
            named_resource_spec: GenericResourcesItemNamedResourceSpec | None
            if _named_resource_spec_data is None:
                named_resource_spec = _named_resource_spec_data
            elif isinstance(_named_resource_spec_data, dict):
                named_resource_spec_type_0 = GenericResourcesItemNamedResourceSpec.from_dict(
                    _named_resource_spec_data
                )

                named_resource_spec = named_resource_spec_type_0
            else:
                raise TypeError(
                    f"named_resource_spec: expected GenericResourcesItemNamedResourceSpec | None, got {type(_named_resource_spec_data).__name__}: {_named_resource_spec_data!r:.200}"
                )

            return named_resource_spec
        if deferred_name == "discrete_resource_spec":
            _discrete_resource_spec_data = src.get("DiscreteResourceSpec")
            discrete_resource_spec: GenericResourcesItemDiscreteResourceSpec | None
            if _discrete_resource_spec_data is None:
                discrete_resource_spec = _discrete_resource_spec_data
            elif isinstance(_discrete_resource_spec_data, dict):
                discrete_resource_spec_type_0 = GenericResourcesItemDiscreteResourceSpec.from_dict(
                    _discrete_resource_spec_data
                )

                discrete_resource_spec = discrete_resource_spec_type_0
            else:
                raise TypeError(
                    f"discrete_resource_spec: expected GenericResourcesItemDiscreteResourceSpec | None, got {type(_discrete_resource_spec_data).__name__}: {_discrete_resource_spec_data!r:.200}"
                )

            return discrete_resource_spec
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "NamedResourceSpec": "named_resource_spec",
        "DiscreteResourceSpec": "discrete_resource_spec",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["NamedResourceSpec"]
        ) -> GenericResourcesItemNamedResourceSpec: ...
        @overload
        def __getitem__(
            self, key: Literal["DiscreteResourceSpec"]
        ) -> GenericResourcesItemDiscreteResourceSpec: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["NamedResourceSpec"], default: None = None
        ) -> GenericResourcesItemNamedResourceSpec | None: ...
        @overload
        def get(
            self, key: Literal["DiscreteResourceSpec"], default: None = None
        ) -> GenericResourcesItemDiscreteResourceSpec | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.generic_resources_item_discrete_resource_spec import (
    GenericResourcesItemDiscreteResourceSpec,
)
from ..models.generic_resources_item_named_resource_spec import (
    GenericResourcesItemNamedResourceSpec,
)
