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

T = TypeVar("T", bound="NetworkAttachment")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkAttachment(Model):
    """Specifies how a task is attached to a network, and the addresses the
    task was assigned on that network.

        Example:
            {'Network': {'ID': '4qvuz4ko70xaltuqbt8956gd1'}, 'Addresses': ['10.255.0.10/16']}

    """

    __match_args__ = (
        "network",
        "addresses",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    network: Network | None
    addresses: list[str] | None
    """ The IP addresses (in CIDR notation) assigned to the task on this
    network. To maintain backward compatibility this field accepts CIDR
    notation, but only the IP address is used.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        network: Network | None = None,
        addresses: list[str] | None = None,
    ) -> None:
        self.network = network
        self.addresses = addresses
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        network = self.network
        if network is not None:
            network_json: dict[str, Any] | None
            if isinstance(network, Network):
                network_json = network.to_dict()
            else:
                network_json = network
            field_dict["Network"] = network_json
        elif "Network" in self._sent:
            field_dict["Network"] = None

        addresses = self.addresses
        if addresses is not None:
            addresses_json: list[str] | None
            if isinstance(addresses, list):
                addresses_json = addresses

            else:
                addresses_json = addresses
            field_dict["Addresses"] = addresses_json
        elif "Addresses" in self._sent:
            field_dict["Addresses"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Network", None)

        _addresses_data = d.pop("Addresses", None)
        addresses: list[str] | None
        if _addresses_data is None:
            addresses = _addresses_data
        elif isinstance(_addresses_data, list):
            addresses_type_0 = _addresses_data

            addresses = addresses_type_0
        else:
            raise TypeError(
                f"addresses: expected list[str] | None, got {type(_addresses_data).__name__}: {_addresses_data!r:.200}"
            )

        network_attachment = _new(cls)
        network_attachment._sent = src_dict
        network_attachment.addresses = addresses
        network_attachment.additional_properties = d
        return network_attachment

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "network",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "network":
            _network_data = src.get("Network")
            network: Network | None
            if _network_data is None:
                network = _network_data
            elif isinstance(_network_data, dict):
                network_type_0 = Network.from_dict(_network_data)

                network = network_type_0
            else:
                raise TypeError(
                    f"network: expected Network | None, got {type(_network_data).__name__}: {_network_data!r:.200}"
                )

            return network
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Network": "network",
        "Addresses": "addresses",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Network"]) -> Network: ...
        @overload
        def __getitem__(self, key: Literal["Addresses"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Network"], default: None = None) -> Network | None: ...
        @overload
        def get(self, key: Literal["Addresses"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.network import Network
