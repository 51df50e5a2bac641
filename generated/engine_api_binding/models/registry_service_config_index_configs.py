from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="RegistryServiceConfigIndexConfigs")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class RegistryServiceConfigIndexConfigs(Model):
    """
    Example:
        {'127.0.0.1:5000': {'Name': '127.0.0.1:5000', 'Mirrors': [], 'Secure': False, 'Official': False},
            '[2001:db8:a0b:12f0::1]:80': {'Name': '[2001:db8:a0b:12f0::1]:80', 'Mirrors': [], 'Secure': False, 'Official':
            False}, 'docker.io': {'Name': 'docker.io', 'Mirrors': ['https://hub-mirror.corp.example.com:5000/'], 'Secure':
            True, 'Official': True}, 'registry.internal.corp.example.com:3000': {'Name':
            'registry.internal.corp.example.com:3000', 'Mirrors': [], 'Secure': False, 'Official': False}}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, IndexInfo | None]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, IndexInfo):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        registry_service_config_index_configs = _new(cls)
        registry_service_config_index_configs._sent = NOTHING_SENT
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: IndexInfo | None
            if _additional_property_data is None:
                additional_property = _additional_property_data
            elif isinstance(_additional_property_data, dict):
                additional_property_type_0 = IndexInfo.from_dict(_additional_property_data)

                additional_property = additional_property_type_0
            else:
                raise TypeError(
                    f"additional_property: expected IndexInfo | None, got {type(_additional_property_data).__name__}: {_additional_property_data!r:.200}"
                )

            additional_properties[prop_name] = additional_property

        registry_service_config_index_configs.additional_properties = additional_properties
        return registry_service_config_index_configs

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> IndexInfo: ...
        @overload
        def get(self, key: str, default: None = None) -> IndexInfo | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.index_info import IndexInfo
