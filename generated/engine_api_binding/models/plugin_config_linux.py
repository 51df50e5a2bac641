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

T = TypeVar("T", bound="PluginConfigLinux")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginConfigLinux(Model):
    __match_args__ = (
        "capabilities",
        "allow_all_devices",
        "devices",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    capabilities: list[str] | None
    allow_all_devices: bool
    devices: list[PluginDevice] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        capabilities: list[str] | None,
        allow_all_devices: bool,
        devices: list[PluginDevice] | None,
    ) -> None:
        self.capabilities = capabilities
        self.allow_all_devices = allow_all_devices
        self.devices = devices
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        capabilities: list[str] | None
        if isinstance(self.capabilities, list):
            capabilities = self.capabilities

        else:
            capabilities = self.capabilities
        field_dict["Capabilities"] = capabilities

        field_dict["AllowAllDevices"] = self.allow_all_devices

        devices: list[dict[str, Any]] | None
        if isinstance(self.devices, list):
            devices = []
            for devices_type_0_item_data in self.devices:
                devices_type_0_item = devices_type_0_item_data.to_dict()
                devices.append(devices_type_0_item)

        else:
            devices = self.devices
        field_dict["Devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _capabilities_data = d.pop("Capabilities")
        capabilities: list[str] | None
        if _capabilities_data is None:
            capabilities = _capabilities_data
        elif isinstance(_capabilities_data, list):
            capabilities_type_0 = _capabilities_data

            capabilities = capabilities_type_0
        else:
            raise TypeError(
                f"capabilities: expected list[str] | None, got {type(_capabilities_data).__name__}: {_capabilities_data!r:.200}"
            )

        allow_all_devices = d.pop("AllowAllDevices")

        d.pop("Devices")

        plugin_config_linux = _new(cls)
        plugin_config_linux._sent = src_dict
        plugin_config_linux.capabilities = capabilities
        plugin_config_linux.allow_all_devices = allow_all_devices
        plugin_config_linux.additional_properties = d
        return plugin_config_linux

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "devices",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "devices":
            _devices_data = src["Devices"]
            devices: list[PluginDevice] | None
            if _devices_data is None:
                devices = _devices_data
            elif isinstance(_devices_data, list):
                devices_type_0 = []
                _devices_type_0 = _devices_data
                for devices_type_0_item_data in _devices_type_0:
                    devices_type_0_item = PluginDevice.from_dict(devices_type_0_item_data)

                    devices_type_0.append(devices_type_0_item)

                devices = devices_type_0
            else:
                raise TypeError(
                    f"devices: expected list[PluginDevice] | None, got {type(_devices_data).__name__}: {_devices_data!r:.200}"
                )

            return devices
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Capabilities": "capabilities",
        "AllowAllDevices": "allow_all_devices",
        "Devices": "devices",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Capabilities"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["AllowAllDevices"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Devices"]) -> list[PluginDevice]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Capabilities"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["AllowAllDevices"], default: None = None) -> bool: ...
        @overload
        def get(
            self, key: Literal["Devices"], default: None = None
        ) -> list[PluginDevice] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.plugin_device import PluginDevice
