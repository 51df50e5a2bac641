from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerNetworkStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerNetworkStats:
    """Aggregates the network stats of one container"""

    rx_bytes: int | Unset = UNSET
    """ Bytes received. Windows and Linux.
     """
    rx_packets: int | Unset = UNSET
    """ Packets received. Windows and Linux.
     """
    rx_errors: int | Unset = UNSET
    """ Received errors. Not used on Windows.

    This field is Linux-specific and always zero for Windows containers.
     """
    rx_dropped: int | Unset = UNSET
    """ Incoming packets dropped. Windows and Linux.
     """
    tx_bytes: int | Unset = UNSET
    """ Bytes sent. Windows and Linux.
     """
    tx_packets: int | Unset = UNSET
    """ Packets sent. Windows and Linux.
     """
    tx_errors: int | Unset = UNSET
    """ Sent errors. Not used on Windows.

    This field is Linux-specific and always zero for Windows containers.
     """
    tx_dropped: int | Unset = UNSET
    """ Outgoing packets dropped. Windows and Linux.
     """
    endpoint_id: str | Unset | None = UNSET
    """ Endpoint ID. Not used on Linux.

    This field is Windows-specific and omitted for Linux containers.
     """
    instance_id: str | Unset | None = UNSET
    """ Instance ID. Not used on Linux.

    This field is Windows-specific and omitted for Linux containers.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rx_bytes = self.rx_bytes

        rx_packets = self.rx_packets

        rx_errors = self.rx_errors

        rx_dropped = self.rx_dropped

        tx_bytes = self.tx_bytes

        tx_packets = self.tx_packets

        tx_errors = self.tx_errors

        tx_dropped = self.tx_dropped

        endpoint_id: str | Unset | None
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        instance_id: str | Unset | None
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rx_bytes is not UNSET:
            field_dict["rx_bytes"] = rx_bytes
        if rx_packets is not UNSET:
            field_dict["rx_packets"] = rx_packets
        if rx_errors is not UNSET:
            field_dict["rx_errors"] = rx_errors
        if rx_dropped is not UNSET:
            field_dict["rx_dropped"] = rx_dropped
        if tx_bytes is not UNSET:
            field_dict["tx_bytes"] = tx_bytes
        if tx_packets is not UNSET:
            field_dict["tx_packets"] = tx_packets
        if tx_errors is not UNSET:
            field_dict["tx_errors"] = tx_errors
        if tx_dropped is not UNSET:
            field_dict["tx_dropped"] = tx_dropped
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rx_bytes = d.pop("rx_bytes", UNSET)

        rx_packets = d.pop("rx_packets", UNSET)

        rx_errors = d.pop("rx_errors", UNSET)

        rx_dropped = d.pop("rx_dropped", UNSET)

        tx_bytes = d.pop("tx_bytes", UNSET)

        tx_packets = d.pop("tx_packets", UNSET)

        tx_errors = d.pop("tx_errors", UNSET)

        tx_dropped = d.pop("tx_dropped", UNSET)

        _endpoint_id_data = d.pop("endpoint_id", UNSET)
        endpoint_id: str | Unset | None
        if (
            _endpoint_id_data is None
            or _endpoint_id_data is UNSET
            or isinstance(_endpoint_id_data, str)
        ):
            endpoint_id = _endpoint_id_data
        else:
            raise TypeError(
                f"endpoint_id: expected None | str, got {type(_endpoint_id_data).__name__}: {_endpoint_id_data!r:.200}"
            )

        _instance_id_data = d.pop("instance_id", UNSET)
        instance_id: str | Unset | None
        if (
            _instance_id_data is None
            or _instance_id_data is UNSET
            or isinstance(_instance_id_data, str)
        ):
            instance_id = _instance_id_data
        else:
            raise TypeError(
                f"instance_id: expected None | str, got {type(_instance_id_data).__name__}: {_instance_id_data!r:.200}"
            )

        container_network_stats = _new(cls)
        container_network_stats.rx_bytes = rx_bytes
        container_network_stats.rx_packets = rx_packets
        container_network_stats.rx_errors = rx_errors
        container_network_stats.rx_dropped = rx_dropped
        container_network_stats.tx_bytes = tx_bytes
        container_network_stats.tx_packets = tx_packets
        container_network_stats.tx_errors = tx_errors
        container_network_stats.tx_dropped = tx_dropped
        container_network_stats.endpoint_id = endpoint_id
        container_network_stats.instance_id = instance_id
        container_network_stats.additional_properties = d
        return container_network_stats

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
