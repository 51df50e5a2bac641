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

T = TypeVar("T", bound="EngineDescription")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EngineDescription(Model):
    """EngineDescription provides information about an engine."""

    __match_args__ = (
        "engine_version",
        "labels",
        "plugins",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    engine_version: str | None
    labels: EngineDescriptionLabels | None
    plugins: list[EngineDescriptionPluginsItem] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        engine_version: str | None = None,
        labels: EngineDescriptionLabels | None = None,
        plugins: list[EngineDescriptionPluginsItem] | None = None,
    ) -> None:
        self.engine_version = engine_version
        self.labels = labels
        self.plugins = plugins
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.engine_version is not None:
            field_dict["EngineVersion"] = self.engine_version
        elif "EngineVersion" in self._sent:
            field_dict["EngineVersion"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, EngineDescriptionLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        plugins = self.plugins
        if plugins is not None:
            plugins_json: list[dict[str, Any]] | None
            if isinstance(plugins, list):
                plugins_json = []
                for plugins_type_0_item_data in plugins:
                    plugins_type_0_item = plugins_type_0_item_data.to_dict()
                    plugins_json.append(plugins_type_0_item)

            else:
                plugins_json = plugins
            field_dict["Plugins"] = plugins_json
        elif "Plugins" in self._sent:
            field_dict["Plugins"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        engine_version = d.pop("EngineVersion", None)

        d.pop("Labels", None)

        d.pop("Plugins", None)

        engine_description = _new(cls)
        engine_description._sent = src_dict
        engine_description.engine_version = engine_version
        engine_description.additional_properties = d
        return engine_description

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "plugins",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: EngineDescriptionLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = EngineDescriptionLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected EngineDescriptionLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "plugins":
            _plugins_data = src.get("Plugins")
            plugins: list[EngineDescriptionPluginsItem] | None
            if _plugins_data is None:
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

            return plugins
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "EngineVersion": "engine_version",
        "Labels": "labels",
        "Plugins": "plugins",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["EngineVersion"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> EngineDescriptionLabels: ...
        @overload
        def __getitem__(self, key: Literal["Plugins"]) -> list[EngineDescriptionPluginsItem]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["EngineVersion"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> EngineDescriptionLabels | None: ...
        @overload
        def get(
            self, key: Literal["Plugins"], default: None = None
        ) -> list[EngineDescriptionPluginsItem] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.engine_description_labels import EngineDescriptionLabels
from ..models.engine_description_plugins_item import EngineDescriptionPluginsItem
