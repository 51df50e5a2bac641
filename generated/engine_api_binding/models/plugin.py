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

T = TypeVar("T", bound="Plugin")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Plugin(Model):
    """A plugin for the Engine API"""

    __match_args__ = (
        "name",
        "enabled",
        "settings",
        "config",
        "id",
        "plugin_reference",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str
    enabled: bool
    """ True if the plugin is running. False if the plugin is not running, only installed. """
    settings: PluginSettings | None
    """ user-configurable settings for the plugin. """
    config: PluginConfig | None
    """ The config of a plugin. """
    id: str | None
    plugin_reference: str | None
    """ plugin remote reference used to push/pull the plugin """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        enabled: bool,
        settings: PluginSettings | None,
        config: PluginConfig | None,
        id: str | None = None,
        plugin_reference: str | None = None,
    ) -> None:
        self.name = name
        self.enabled = enabled
        self.settings = settings
        self.config = config
        self.id = id
        self.plugin_reference = plugin_reference
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        field_dict["Enabled"] = self.enabled

        settings: dict[str, Any] | None
        if isinstance(self.settings, PluginSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings
        field_dict["Settings"] = settings

        config: dict[str, Any] | None
        if isinstance(self.config, PluginConfig):
            config = self.config.to_dict()
        else:
            config = self.config
        field_dict["Config"] = config

        if self.id is not None:
            field_dict["Id"] = self.id
        elif "Id" in self._sent:
            field_dict["Id"] = None

        if self.plugin_reference is not None:
            field_dict["PluginReference"] = self.plugin_reference
        elif "PluginReference" in self._sent:
            field_dict["PluginReference"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name")

        enabled = d.pop("Enabled")

        d.pop("Settings")

        d.pop("Config")

        id = d.pop("Id", None)

        plugin_reference = d.pop("PluginReference", None)

        plugin = _new(cls)
        plugin._sent = src_dict
        plugin.name = name
        plugin.enabled = enabled
        plugin.id = id
        plugin.plugin_reference = plugin_reference
        plugin.additional_properties = d
        return plugin

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "settings",
            "config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "settings":
            _settings_data = src["Settings"]
            settings: PluginSettings | None
            if _settings_data is None:
                settings = _settings_data
            elif isinstance(_settings_data, dict):
                settings_type_0 = PluginSettings.from_dict(_settings_data)

                settings = settings_type_0
            else:
                raise TypeError(
                    f"settings: expected None | PluginSettings, got {type(_settings_data).__name__}: {_settings_data!r:.200}"
                )

            return settings
        if deferred_name == "config":
            _config_data = src["Config"]
            config: PluginConfig | None
            if _config_data is None:
                config = _config_data
            elif isinstance(_config_data, dict):
                config_type_0 = PluginConfig.from_dict(_config_data)

                config = config_type_0
            else:
                raise TypeError(
                    f"config: expected None | PluginConfig, got {type(_config_data).__name__}: {_config_data!r:.200}"
                )

            return config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Enabled": "enabled",
        "Settings": "settings",
        "Config": "config",
        "Id": "id",
        "PluginReference": "plugin_reference",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Enabled"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Settings"]) -> PluginSettings: ...
        @overload
        def __getitem__(self, key: Literal["Config"]) -> PluginConfig: ...
        @overload
        def __getitem__(self, key: Literal["Id", "PluginReference"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Enabled"], default: None = None) -> bool: ...
        @overload
        def get(self, key: Literal["Settings"], default: None = None) -> PluginSettings | None: ...
        @overload
        def get(self, key: Literal["Config"], default: None = None) -> PluginConfig | None: ...
        @overload
        def get(
            self, key: Literal["Id", "PluginReference"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.plugin_config import PluginConfig
from ..models.plugin_settings import PluginSettings
