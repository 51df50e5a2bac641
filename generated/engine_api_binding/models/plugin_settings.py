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

T = TypeVar("T", bound="PluginSettings")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginSettings(Model):
    """user-configurable settings for the plugin."""

    __match_args__ = (
        "mounts",
        "env",
        "args",
        "devices",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    mounts: list[PluginMount] | None
    env: list[str] | None
    args: list[str] | None
    devices: list[PluginDevice] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        mounts: list[PluginMount] | None,
        env: list[str] | None,
        args: list[str] | None,
        devices: list[PluginDevice] | None,
    ) -> None:
        self.mounts = mounts
        self.env = env
        self.args = args
        self.devices = devices
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        mounts: list[dict[str, Any]] | None
        if isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts
        field_dict["Mounts"] = mounts

        env: list[str] | None
        if isinstance(self.env, list):
            env = self.env

        else:
            env = self.env
        field_dict["Env"] = env

        args: list[str] | None
        if isinstance(self.args, list):
            args = self.args

        else:
            args = self.args
        field_dict["Args"] = args

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

        d.pop("Mounts")

        _env_data = d.pop("Env")
        env: list[str] | None
        if _env_data is None:
            env = _env_data
        elif isinstance(_env_data, list):
            env_type_0 = _env_data

            env = env_type_0
        else:
            raise TypeError(
                f"env: expected list[str] | None, got {type(_env_data).__name__}: {_env_data!r:.200}"
            )

        _args_data = d.pop("Args")
        args: list[str] | None
        if _args_data is None:
            args = _args_data
        elif isinstance(_args_data, list):
            args_type_0 = _args_data

            args = args_type_0
        else:
            raise TypeError(
                f"args: expected list[str] | None, got {type(_args_data).__name__}: {_args_data!r:.200}"
            )

        d.pop("Devices")

        plugin_settings = _new(cls)
        plugin_settings._sent = src_dict
        plugin_settings.env = env
        plugin_settings.args = args
        plugin_settings.additional_properties = d
        return plugin_settings

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "mounts",
            "devices",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "mounts":
            _mounts_data = src["Mounts"]
            mounts: list[PluginMount] | None
            if _mounts_data is None:
                mounts = _mounts_data
            elif isinstance(_mounts_data, list):
                mounts_type_0 = []
                _mounts_type_0 = _mounts_data
                for mounts_type_0_item_data in _mounts_type_0:
                    mounts_type_0_item = PluginMount.from_dict(mounts_type_0_item_data)

                    mounts_type_0.append(mounts_type_0_item)

                mounts = mounts_type_0
            else:
                raise TypeError(
                    f"mounts: expected list[PluginMount] | None, got {type(_mounts_data).__name__}: {_mounts_data!r:.200}"
                )

            return mounts
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
        "Mounts": "mounts",
        "Env": "env",
        "Args": "args",
        "Devices": "devices",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Mounts"]) -> list[PluginMount]: ...
        @overload
        def __getitem__(self, key: Literal["Env", "Args"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Devices"]) -> list[PluginDevice]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Mounts"], default: None = None) -> list[PluginMount] | None: ...
        @overload
        def get(self, key: Literal["Env", "Args"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Devices"], default: None = None
        ) -> list[PluginDevice] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.plugin_device import PluginDevice
from ..models.plugin_mount import PluginMount
