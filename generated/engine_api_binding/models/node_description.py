from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeDescription")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NodeDescription:
    """NodeDescription encapsulates the properties of the Node as reported by the
    agent.

    """

    hostname: str | Unset = UNSET
    platform: Platform | Unset | None = UNSET
    resources: ResourceObject | Unset | None = UNSET
    engine: EngineDescription | Unset | None = UNSET
    tls_info: TLSInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        platform: dict[str, Any] | Unset | None
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, Platform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        resources: dict[str, Any] | Unset | None
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, ResourceObject):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        engine: dict[str, Any] | Unset | None
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, EngineDescription):
            engine = self.engine.to_dict()
        else:
            engine = self.engine

        tls_info: dict[str, Any] | Unset | None
        if isinstance(self.tls_info, Unset):
            tls_info = UNSET
        elif isinstance(self.tls_info, TLSInfo):
            tls_info = self.tls_info.to_dict()
        else:
            tls_info = self.tls_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["Hostname"] = hostname
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if resources is not UNSET:
            field_dict["Resources"] = resources
        if engine is not UNSET:
            field_dict["Engine"] = engine
        if tls_info is not UNSET:
            field_dict["TLSInfo"] = tls_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("Hostname", UNSET)

        _platform_data = d.pop("Platform", UNSET)
        platform: Platform | Unset | None
        if _platform_data is None or _platform_data is UNSET:
            platform = _platform_data
        elif isinstance(_platform_data, dict):
            platform_type_0 = Platform.from_dict(_platform_data)

            platform = platform_type_0
        else:
            raise TypeError(
                f"platform: expected None | Platform, got {type(_platform_data).__name__}: {_platform_data!r:.200}"
            )

        _resources_data = d.pop("Resources", UNSET)
        resources: ResourceObject | Unset | None
        if _resources_data is None or _resources_data is UNSET:
            resources = _resources_data
        elif isinstance(_resources_data, dict):
            resources_type_0 = ResourceObject.from_dict(_resources_data)

            resources = resources_type_0
        else:
            raise TypeError(
                f"resources: expected None | ResourceObject, got {type(_resources_data).__name__}: {_resources_data!r:.200}"
            )

        _engine_data = d.pop("Engine", UNSET)
        engine: EngineDescription | Unset | None
        if _engine_data is None or _engine_data is UNSET:
            engine = _engine_data
        elif isinstance(_engine_data, dict):
            engine_type_0 = EngineDescription.from_dict(_engine_data)

            engine = engine_type_0
        else:
            raise TypeError(
                f"engine: expected EngineDescription | None, got {type(_engine_data).__name__}: {_engine_data!r:.200}"
            )

        _tls_info_data = d.pop("TLSInfo", UNSET)
        tls_info: TLSInfo | Unset | None
        if _tls_info_data is None or _tls_info_data is UNSET:
            tls_info = _tls_info_data
        elif isinstance(_tls_info_data, dict):
            tls_info_type_0 = TLSInfo.from_dict(_tls_info_data)

            tls_info = tls_info_type_0
        else:
            raise TypeError(
                f"tls_info: expected None | TLSInfo, got {type(_tls_info_data).__name__}: {_tls_info_data!r:.200}"
            )

        node_description = _new(cls)
        node_description.hostname = hostname
        node_description.platform = platform
        node_description.resources = resources
        node_description.engine = engine
        node_description.tls_info = tls_info
        node_description.additional_properties = d
        return node_description

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


from ..models.engine_description import EngineDescription
from ..models.platform import Platform
from ..models.resource_object import ResourceObject
from ..models.tls_info import TLSInfo
