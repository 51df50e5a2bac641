from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Plugin")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Plugin:
    """A plugin for the Engine API"""

    name: str
    enabled: bool
    """ True if the plugin is running. False if the plugin is not running, only installed. """
    settings: PluginSettings | None
    """ user-configurable settings for the plugin. """
    config: PluginConfig | None
    """ The config of a plugin. """
    id: str | Unset = UNSET
    plugin_reference: str | Unset = UNSET
    """ plugin remote reference used to push/pull the plugin """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        enabled = self.enabled

        settings: dict[str, Any] | None
        if isinstance(self.settings, PluginSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        config: dict[str, Any] | None
        if isinstance(self.config, PluginConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        id = self.id

        plugin_reference = self.plugin_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Enabled": enabled,
                "Settings": settings,
                "Config": config,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if plugin_reference is not UNSET:
            field_dict["PluginReference"] = plugin_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        enabled = d.pop("Enabled")

        _settings_data = d.pop("Settings")
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

        _config_data = d.pop("Config")
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

        id = d.pop("Id", UNSET)

        plugin_reference = d.pop("PluginReference", UNSET)

        plugin = _new(cls)
        plugin.name = name
        plugin.enabled = enabled
        plugin.settings = settings
        plugin.config = config
        plugin.id = id
        plugin.plugin_reference = plugin_reference
        plugin.additional_properties = d
        return plugin

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


from ..models.plugin_config import PluginConfig
from ..models.plugin_settings import PluginSettings
