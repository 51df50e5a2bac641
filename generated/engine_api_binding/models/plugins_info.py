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

T = TypeVar("T", bound="PluginsInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginsInfo(Model):
    """Available plugins per type.

    <p><br /></p>

    > **Note**: Only unmanaged (V1) plugins are included in this list.
    > V1 plugins are "lazily" loaded, and are not returned in this list
    > if there is no resource using the plugin.

    """

    __match_args__ = (
        "volume",
        "network",
        "authorization",
        "log",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    volume: list[str] | None
    """ Names of available volume-drivers, and network-driver plugins. """
    network: list[str] | None
    """ Names of available network-drivers, and network-driver plugins. """
    authorization: list[str] | None
    """ Names of available authorization plugins. """
    log: list[str] | None
    """ Names of available logging-drivers, and logging-driver plugins. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        volume: list[str] | None = None,
        network: list[str] | None = None,
        authorization: list[str] | None = None,
        log: list[str] | None = None,
    ) -> None:
        self.volume = volume
        self.network = network
        self.authorization = authorization
        self.log = log
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        volume = self.volume
        if volume is not None:
            volume_json: list[str] | None
            if isinstance(volume, list):
                volume_json = volume

            else:
                volume_json = volume
            field_dict["Volume"] = volume_json
        elif "Volume" in self._sent:
            field_dict["Volume"] = None

        network = self.network
        if network is not None:
            network_json: list[str] | None
            if isinstance(network, list):
                network_json = network

            else:
                network_json = network
            field_dict["Network"] = network_json
        elif "Network" in self._sent:
            field_dict["Network"] = None

        authorization = self.authorization
        if authorization is not None:
            authorization_json: list[str] | None
            if isinstance(authorization, list):
                authorization_json = authorization

            else:
                authorization_json = authorization
            field_dict["Authorization"] = authorization_json
        elif "Authorization" in self._sent:
            field_dict["Authorization"] = None

        log = self.log
        if log is not None:
            log_json: list[str] | None
            if isinstance(log, list):
                log_json = log

            else:
                log_json = log
            field_dict["Log"] = log_json
        elif "Log" in self._sent:
            field_dict["Log"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _volume_data = d.pop("Volume", None)
        volume: list[str] | None
        if _volume_data is None:
            volume = _volume_data
        elif isinstance(_volume_data, list):
            volume_type_0 = _volume_data

            volume = volume_type_0
        else:
            raise TypeError(
                f"volume: expected list[str] | None, got {type(_volume_data).__name__}: {_volume_data!r:.200}"
            )

        _network_data = d.pop("Network", None)
        network: list[str] | None
        if _network_data is None:
            network = _network_data
        elif isinstance(_network_data, list):
            network_type_0 = _network_data

            network = network_type_0
        else:
            raise TypeError(
                f"network: expected list[str] | None, got {type(_network_data).__name__}: {_network_data!r:.200}"
            )

        _authorization_data = d.pop("Authorization", None)
        authorization: list[str] | None
        if _authorization_data is None:
            authorization = _authorization_data
        elif isinstance(_authorization_data, list):
            authorization_type_0 = _authorization_data

            authorization = authorization_type_0
        else:
            raise TypeError(
                f"authorization: expected list[str] | None, got {type(_authorization_data).__name__}: {_authorization_data!r:.200}"
            )

        _log_data = d.pop("Log", None)
        log: list[str] | None
        if _log_data is None:
            log = _log_data
        elif isinstance(_log_data, list):
            log_type_0 = _log_data

            log = log_type_0
        else:
            raise TypeError(
                f"log: expected list[str] | None, got {type(_log_data).__name__}: {_log_data!r:.200}"
            )

        plugins_info = _new(cls)
        plugins_info._sent = src_dict
        plugins_info.volume = volume
        plugins_info.network = network
        plugins_info.authorization = authorization
        plugins_info.log = log
        plugins_info.additional_properties = d
        return plugins_info

    _keys: ClassVar[dict[str, str]] = {
        "Volume": "volume",
        "Network": "network",
        "Authorization": "authorization",
        "Log": "log",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Volume", "Network", "Authorization", "Log"]
        ) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Volume", "Network", "Authorization", "Log"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
