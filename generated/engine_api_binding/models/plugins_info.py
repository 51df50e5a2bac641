from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginsInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PluginsInfo:
    """Available plugins per type.

    <p><br /></p>

    > **Note**: Only unmanaged (V1) plugins are included in this list.
    > V1 plugins are "lazily" loaded, and are not returned in this list
    > if there is no resource using the plugin.

    """

    volume: list[str] | Unset | None = UNSET
    """ Names of available volume-drivers, and network-driver plugins. """
    network: list[str] | Unset | None = UNSET
    """ Names of available network-drivers, and network-driver plugins. """
    authorization: list[str] | Unset | None = UNSET
    """ Names of available authorization plugins. """
    log: list[str] | Unset | None = UNSET
    """ Names of available logging-drivers, and logging-driver plugins. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume: list[str] | Unset | None
        if isinstance(self.volume, Unset):
            volume = UNSET
        elif isinstance(self.volume, list):
            volume = self.volume

        else:
            volume = self.volume

        network: list[str] | Unset | None
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, list):
            network = self.network

        else:
            network = self.network

        authorization: list[str] | Unset | None
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        elif isinstance(self.authorization, list):
            authorization = self.authorization

        else:
            authorization = self.authorization

        log: list[str] | Unset | None
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, list):
            log = self.log

        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["Volume"] = volume
        if network is not UNSET:
            field_dict["Network"] = network
        if authorization is not UNSET:
            field_dict["Authorization"] = authorization
        if log is not UNSET:
            field_dict["Log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _volume_data = d.pop("Volume", UNSET)
        volume: list[str] | Unset | None
        if _volume_data is None or _volume_data is UNSET:
            volume = _volume_data
        elif isinstance(_volume_data, list):
            volume_type_0 = _volume_data

            volume = volume_type_0
        else:
            raise TypeError(
                f"volume: expected list[str] | None, got {type(_volume_data).__name__}: {_volume_data!r:.200}"
            )

        _network_data = d.pop("Network", UNSET)
        network: list[str] | Unset | None
        if _network_data is None or _network_data is UNSET:
            network = _network_data
        elif isinstance(_network_data, list):
            network_type_0 = _network_data

            network = network_type_0
        else:
            raise TypeError(
                f"network: expected list[str] | None, got {type(_network_data).__name__}: {_network_data!r:.200}"
            )

        _authorization_data = d.pop("Authorization", UNSET)
        authorization: list[str] | Unset | None
        if _authorization_data is None or _authorization_data is UNSET:
            authorization = _authorization_data
        elif isinstance(_authorization_data, list):
            authorization_type_0 = _authorization_data

            authorization = authorization_type_0
        else:
            raise TypeError(
                f"authorization: expected list[str] | None, got {type(_authorization_data).__name__}: {_authorization_data!r:.200}"
            )

        _log_data = d.pop("Log", UNSET)
        log: list[str] | Unset | None
        if _log_data is None or _log_data is UNSET:
            log = _log_data
        elif isinstance(_log_data, list):
            log_type_0 = _log_data

            log = log_type_0
        else:
            raise TypeError(
                f"log: expected list[str] | None, got {type(_log_data).__name__}: {_log_data!r:.200}"
            )

        plugins_info = _new(cls)
        plugins_info.volume = volume
        plugins_info.network = network
        plugins_info.authorization = authorization
        plugins_info.log = log
        plugins_info.additional_properties = d
        return plugins_info

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
