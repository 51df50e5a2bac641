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

T = TypeVar("T", bound="NodeDescription")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NodeDescription(Model):
    """NodeDescription encapsulates the properties of the Node as reported by the
    agent.

    """

    __match_args__ = (
        "hostname",
        "platform",
        "resources",
        "engine",
        "tls_info",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    hostname: str | None
    platform: Platform | None
    resources: ResourceObject | None
    engine: EngineDescription | None
    tls_info: TLSInfo | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        hostname: str | None = None,
        platform: Platform | None = None,
        resources: ResourceObject | None = None,
        engine: EngineDescription | None = None,
        tls_info: TLSInfo | None = None,
    ) -> None:
        self.hostname = hostname
        self.platform = platform
        self.resources = resources
        self.engine = engine
        self.tls_info = tls_info
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.hostname is not None:
            field_dict["Hostname"] = self.hostname
        elif "Hostname" in self._sent:
            field_dict["Hostname"] = None

        platform = self.platform
        if platform is not None:
            platform_json: dict[str, Any] | None
            if isinstance(platform, Platform):
                platform_json = platform.to_dict()
            else:
                platform_json = platform
            field_dict["Platform"] = platform_json
        elif "Platform" in self._sent:
            field_dict["Platform"] = None

        resources = self.resources
        if resources is not None:
            resources_json: dict[str, Any] | None
            if isinstance(resources, ResourceObject):
                resources_json = resources.to_dict()
            else:
                resources_json = resources
            field_dict["Resources"] = resources_json
        elif "Resources" in self._sent:
            field_dict["Resources"] = None

        engine = self.engine
        if engine is not None:
            engine_json: dict[str, Any] | None
            if isinstance(engine, EngineDescription):
                engine_json = engine.to_dict()
            else:
                engine_json = engine
            field_dict["Engine"] = engine_json
        elif "Engine" in self._sent:
            field_dict["Engine"] = None

        tls_info = self.tls_info
        if tls_info is not None:
            tls_info_json: dict[str, Any] | None
            if isinstance(tls_info, TLSInfo):
                tls_info_json = tls_info.to_dict()
            else:
                tls_info_json = tls_info
            field_dict["TLSInfo"] = tls_info_json
        elif "TLSInfo" in self._sent:
            field_dict["TLSInfo"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        hostname = d.pop("Hostname", None)

        d.pop("Platform", None)

        d.pop("Resources", None)

        d.pop("Engine", None)

        d.pop("TLSInfo", None)

        node_description = _new(cls)
        node_description._sent = src_dict
        node_description.hostname = hostname
        node_description.additional_properties = d
        return node_description

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "platform",
            "resources",
            "engine",
            "tls_info",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "platform":
            _platform_data = src.get("Platform")
            platform: Platform | None
            if _platform_data is None:
                platform = _platform_data
            elif isinstance(_platform_data, dict):
                platform_type_0 = Platform.from_dict(_platform_data)

                platform = platform_type_0
            else:
                raise TypeError(
                    f"platform: expected None | Platform, got {type(_platform_data).__name__}: {_platform_data!r:.200}"
                )

            return platform
        if deferred_name == "resources":
            _resources_data = src.get("Resources")
            resources: ResourceObject | None
            if _resources_data is None:
                resources = _resources_data
            elif isinstance(_resources_data, dict):
                resources_type_0 = ResourceObject.from_dict(_resources_data)

                resources = resources_type_0
            else:
                raise TypeError(
                    f"resources: expected None | ResourceObject, got {type(_resources_data).__name__}: {_resources_data!r:.200}"
                )

            return resources
        if deferred_name == "engine":
            _engine_data = src.get("Engine")
            engine: EngineDescription | None
            if _engine_data is None:
                engine = _engine_data
            elif isinstance(_engine_data, dict):
                engine_type_0 = EngineDescription.from_dict(_engine_data)

                engine = engine_type_0
            else:
                raise TypeError(
                    f"engine: expected EngineDescription | None, got {type(_engine_data).__name__}: {_engine_data!r:.200}"
                )

            return engine
        if deferred_name == "tls_info":
            _tls_info_data = src.get("TLSInfo")
            tls_info: TLSInfo | None
            if _tls_info_data is None:
                tls_info = _tls_info_data
            elif isinstance(_tls_info_data, dict):
                tls_info_type_0 = TLSInfo.from_dict(_tls_info_data)

                tls_info = tls_info_type_0
            else:
                raise TypeError(
                    f"tls_info: expected None | TLSInfo, got {type(_tls_info_data).__name__}: {_tls_info_data!r:.200}"
                )

            return tls_info
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Hostname": "hostname",
        "Platform": "platform",
        "Resources": "resources",
        "Engine": "engine",
        "TLSInfo": "tls_info",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Hostname"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Platform"]) -> Platform: ...
        @overload
        def __getitem__(self, key: Literal["Resources"]) -> ResourceObject: ...
        @overload
        def __getitem__(self, key: Literal["Engine"]) -> EngineDescription: ...
        @overload
        def __getitem__(self, key: Literal["TLSInfo"]) -> TLSInfo: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Hostname"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Platform"], default: None = None) -> Platform | None: ...
        @overload
        def get(self, key: Literal["Resources"], default: None = None) -> ResourceObject | None: ...
        @overload
        def get(self, key: Literal["Engine"], default: None = None) -> EngineDescription | None: ...
        @overload
        def get(self, key: Literal["TLSInfo"], default: None = None) -> TLSInfo | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.engine_description import EngineDescription
from ..models.platform import Platform
from ..models.resource_object import ResourceObject
from ..models.tls_info import TLSInfo
