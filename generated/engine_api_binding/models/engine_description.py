from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EngineDescription")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class EngineDescription:
    """EngineDescription provides information about an engine."""

    engine_version: str | Unset = UNSET
    labels: EngineDescriptionLabels | Unset | None = UNSET
    plugins: list[EngineDescriptionPluginsItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_version = self.engine_version

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, EngineDescriptionLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        plugins: list[dict[str, Any]] | Unset | None
        if isinstance(self.plugins, Unset):
            plugins = UNSET
        elif isinstance(self.plugins, list):
            plugins = []
            for plugins_type_0_item_data in self.plugins:
                plugins_type_0_item = plugins_type_0_item_data.to_dict()
                plugins.append(plugins_type_0_item)

        else:
            plugins = self.plugins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_version is not UNSET:
            field_dict["EngineVersion"] = engine_version
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if plugins is not UNSET:
            field_dict["Plugins"] = plugins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        engine_version = d.pop("EngineVersion", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: EngineDescriptionLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = EngineDescriptionLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected EngineDescriptionLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _plugins_data = d.pop("Plugins", UNSET)
        plugins: list[EngineDescriptionPluginsItem] | Unset | None
        if _plugins_data is None or _plugins_data is UNSET:
            plugins = _plugins_data
        elif isinstance(_plugins_data, list):
            plugins_type_0 = []
            _plugins_type_0 = _plugins_data
            for plugins_type_0_item_data in _plugins_type_0:
                plugins_type_0_item = EngineDescriptionPluginsItem.from_dict(
                    plugins_type_0_item_data
                )

                plugins_type_0.append(plugins_type_0_item)

            plugins = plugins_type_0
        else:
            raise TypeError(
                f"plugins: expected list[EngineDescriptionPluginsItem] | None, got {type(_plugins_data).__name__}: {_plugins_data!r:.200}"
            )

        engine_description = _new(cls)
        engine_description.engine_version = engine_version
        engine_description.labels = labels
        engine_description.plugins = plugins
        engine_description.additional_properties = d
        return engine_description

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


from ..models.engine_description_labels import EngineDescriptionLabels
from ..models.engine_description_plugins_item import EngineDescriptionPluginsItem
