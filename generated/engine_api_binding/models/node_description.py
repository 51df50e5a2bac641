from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engine_description import EngineDescription
    from ..models.platform import Platform
    from ..models.resource_object import ResourceObject
    from ..models.tls_info import TLSInfo


T = TypeVar("T", bound="NodeDescription")


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
        from ..models.engine_description import EngineDescription
        from ..models.platform import Platform
        from ..models.resource_object import ResourceObject
        from ..models.tls_info import TLSInfo

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
        from ..models.engine_description import EngineDescription
        from ..models.platform import Platform
        from ..models.resource_object import ResourceObject
        from ..models.tls_info import TLSInfo

        d = dict(src_dict)
        hostname = d.pop("Hostname", UNSET)

        def _parse_platform(data: object) -> Platform | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"platform: expected None | Platform, got {type(data).__name__}: {data!r:.200}"
                )
            platform_type_0 = Platform.from_dict(data)

            return platform_type_0

        platform = _parse_platform(d.pop("Platform", UNSET))

        def _parse_resources(data: object) -> ResourceObject | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"resources: expected None | ResourceObject, got {type(data).__name__}: {data!r:.200}"
                )
            resources_type_0 = ResourceObject.from_dict(data)

            return resources_type_0

        resources = _parse_resources(d.pop("Resources", UNSET))

        def _parse_engine(data: object) -> EngineDescription | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"engine: expected EngineDescription | None, got {type(data).__name__}: {data!r:.200}"
                )
            engine_type_0 = EngineDescription.from_dict(data)

            return engine_type_0

        engine = _parse_engine(d.pop("Engine", UNSET))

        def _parse_tls_info(data: object) -> TLSInfo | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"tls_info: expected None | TLSInfo, got {type(data).__name__}: {data!r:.200}"
                )
            tls_info_type_0 = TLSInfo.from_dict(data)

            return tls_info_type_0

        tls_info = _parse_tls_info(d.pop("TLSInfo", UNSET))

        node_description = cls(
            hostname=hostname,
            platform=platform,
            resources=resources,
            engine=engine,
            tls_info=tls_info,
        )

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
