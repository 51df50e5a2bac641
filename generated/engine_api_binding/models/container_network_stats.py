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

T = TypeVar("T", bound="ContainerNetworkStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerNetworkStats(Model):
    """Aggregates the network stats of one container"""

    __match_args__ = (
        "rx_bytes",
        "rx_packets",
        "rx_errors",
        "rx_dropped",
        "tx_bytes",
        "tx_packets",
        "tx_errors",
        "tx_dropped",
        "endpoint_id",
        "instance_id",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    rx_bytes: int | None
    """ Bytes received. Windows and Linux.
     """
    rx_packets: int | None
    """ Packets received. Windows and Linux.
     """
    rx_errors: int | None
    """ Received errors. Not used on Windows.

    This field is Linux-specific and always zero for Windows containers.
     """
    rx_dropped: int | None
    """ Incoming packets dropped. Windows and Linux.
     """
    tx_bytes: int | None
    """ Bytes sent. Windows and Linux.
     """
    tx_packets: int | None
    """ Packets sent. Windows and Linux.
     """
    tx_errors: int | None
    """ Sent errors. Not used on Windows.

    This field is Linux-specific and always zero for Windows containers.
     """
    tx_dropped: int | None
    """ Outgoing packets dropped. Windows and Linux.
     """
    endpoint_id: str | None
    """ Endpoint ID. Not used on Linux.

    This field is Windows-specific and omitted for Linux containers.
     """
    instance_id: str | None
    """ Instance ID. Not used on Linux.

    This field is Windows-specific and omitted for Linux containers.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        rx_bytes: int | None = None,
        rx_packets: int | None = None,
        rx_errors: int | None = None,
        rx_dropped: int | None = None,
        tx_bytes: int | None = None,
        tx_packets: int | None = None,
        tx_errors: int | None = None,
        tx_dropped: int | None = None,
        endpoint_id: str | None = None,
        instance_id: str | None = None,
    ) -> None:
        self.rx_bytes = rx_bytes
        self.rx_packets = rx_packets
        self.rx_errors = rx_errors
        self.rx_dropped = rx_dropped
        self.tx_bytes = tx_bytes
        self.tx_packets = tx_packets
        self.tx_errors = tx_errors
        self.tx_dropped = tx_dropped
        self.endpoint_id = endpoint_id
        self.instance_id = instance_id
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.rx_bytes is not None:
            field_dict["rx_bytes"] = self.rx_bytes
        elif "rx_bytes" in self._sent:
            field_dict["rx_bytes"] = None

        if self.rx_packets is not None:
            field_dict["rx_packets"] = self.rx_packets
        elif "rx_packets" in self._sent:
            field_dict["rx_packets"] = None

        if self.rx_errors is not None:
            field_dict["rx_errors"] = self.rx_errors
        elif "rx_errors" in self._sent:
            field_dict["rx_errors"] = None

        if self.rx_dropped is not None:
            field_dict["rx_dropped"] = self.rx_dropped
        elif "rx_dropped" in self._sent:
            field_dict["rx_dropped"] = None

        if self.tx_bytes is not None:
            field_dict["tx_bytes"] = self.tx_bytes
        elif "tx_bytes" in self._sent:
            field_dict["tx_bytes"] = None

        if self.tx_packets is not None:
            field_dict["tx_packets"] = self.tx_packets
        elif "tx_packets" in self._sent:
            field_dict["tx_packets"] = None

        if self.tx_errors is not None:
            field_dict["tx_errors"] = self.tx_errors
        elif "tx_errors" in self._sent:
            field_dict["tx_errors"] = None

        if self.tx_dropped is not None:
            field_dict["tx_dropped"] = self.tx_dropped
        elif "tx_dropped" in self._sent:
            field_dict["tx_dropped"] = None

        endpoint_id = self.endpoint_id
        if endpoint_id is not None:
            endpoint_id_json: str | None
            endpoint_id_json = endpoint_id
            field_dict["endpoint_id"] = endpoint_id_json
        elif "endpoint_id" in self._sent:
            field_dict["endpoint_id"] = None

        instance_id = self.instance_id
        if instance_id is not None:
            instance_id_json: str | None
            instance_id_json = instance_id
            field_dict["instance_id"] = instance_id_json
        elif "instance_id" in self._sent:
            field_dict["instance_id"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        rx_bytes = d.pop("rx_bytes", None)

        rx_packets = d.pop("rx_packets", None)

        rx_errors = d.pop("rx_errors", None)

        rx_dropped = d.pop("rx_dropped", None)

        tx_bytes = d.pop("tx_bytes", None)

        tx_packets = d.pop("tx_packets", None)

        tx_errors = d.pop("tx_errors", None)

        tx_dropped = d.pop("tx_dropped", None)

        _endpoint_id_data = d.pop("endpoint_id", None)
        endpoint_id: str | None
        if _endpoint_id_data is None or isinstance(_endpoint_id_data, str):
            endpoint_id = _endpoint_id_data
        else:
            raise TypeError(
                f"endpoint_id: expected None | str, got {type(_endpoint_id_data).__name__}: {_endpoint_id_data!r:.200}"
            )

        _instance_id_data = d.pop("instance_id", None)
        instance_id: str | None
        if _instance_id_data is None or isinstance(_instance_id_data, str):
            instance_id = _instance_id_data
        else:
            raise TypeError(
                f"instance_id: expected None | str, got {type(_instance_id_data).__name__}: {_instance_id_data!r:.200}"
            )

        container_network_stats = _new(cls)
        container_network_stats._sent = src_dict
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

    _keys: ClassVar[dict[str, str]] = {
        "rx_bytes": "rx_bytes",
        "rx_packets": "rx_packets",
        "rx_errors": "rx_errors",
        "rx_dropped": "rx_dropped",
        "tx_bytes": "tx_bytes",
        "tx_packets": "tx_packets",
        "tx_errors": "tx_errors",
        "tx_dropped": "tx_dropped",
        "endpoint_id": "endpoint_id",
        "instance_id": "instance_id",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "rx_bytes",
                "rx_packets",
                "rx_errors",
                "rx_dropped",
                "tx_bytes",
                "tx_packets",
                "tx_errors",
                "tx_dropped",
            ],
        ) -> int: ...
        @overload
        def __getitem__(self, key: Literal["endpoint_id", "instance_id"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "rx_bytes",
                "rx_packets",
                "rx_errors",
                "rx_dropped",
                "tx_bytes",
                "tx_packets",
                "tx_errors",
                "tx_dropped",
            ],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["endpoint_id", "instance_id"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
