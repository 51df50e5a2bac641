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

T = TypeVar("T", bound="IPAMConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class IPAMConfig(Model):
    __match_args__ = (
        "subnet",
        "ip_range",
        "gateway",
        "auxiliary_addresses",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    subnet: str | None
    ip_range: str | None
    gateway: str | None
    auxiliary_addresses: IPAMConfigAuxiliaryAddresses | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        subnet: str | None = None,
        ip_range: str | None = None,
        gateway: str | None = None,
        auxiliary_addresses: IPAMConfigAuxiliaryAddresses | None = None,
    ) -> None:
        self.subnet = subnet
        self.ip_range = ip_range
        self.gateway = gateway
        self.auxiliary_addresses = auxiliary_addresses
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.subnet is not None:
            field_dict["Subnet"] = self.subnet
        elif "Subnet" in self._sent:
            field_dict["Subnet"] = None

        if self.ip_range is not None:
            field_dict["IPRange"] = self.ip_range
        elif "IPRange" in self._sent:
            field_dict["IPRange"] = None

        if self.gateway is not None:
            field_dict["Gateway"] = self.gateway
        elif "Gateway" in self._sent:
            field_dict["Gateway"] = None

        auxiliary_addresses = self.auxiliary_addresses
        if auxiliary_addresses is not None:
            auxiliary_addresses_json: dict[str, Any] | None
            if isinstance(auxiliary_addresses, IPAMConfigAuxiliaryAddresses):
                auxiliary_addresses_json = auxiliary_addresses.to_dict()
            else:
                auxiliary_addresses_json = auxiliary_addresses
            field_dict["AuxiliaryAddresses"] = auxiliary_addresses_json
        elif "AuxiliaryAddresses" in self._sent:
            field_dict["AuxiliaryAddresses"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        subnet = d.pop("Subnet", None)

        ip_range = d.pop("IPRange", None)

        gateway = d.pop("Gateway", None)

        d.pop("AuxiliaryAddresses", None)

        ipam_config = _new(cls)
        ipam_config._sent = src_dict
        ipam_config.subnet = subnet
        ipam_config.ip_range = ip_range
        ipam_config.gateway = gateway
        ipam_config.additional_properties = d
        return ipam_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "auxiliary_addresses",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "auxiliary_addresses":
            _auxiliary_addresses_data = src.get("AuxiliaryAddresses")
            auxiliary_addresses: IPAMConfigAuxiliaryAddresses | None
            if _auxiliary_addresses_data is None:
                auxiliary_addresses = _auxiliary_addresses_data
            elif isinstance(_auxiliary_addresses_data, dict):
                auxiliary_addresses_type_0 = IPAMConfigAuxiliaryAddresses.from_dict(
                    _auxiliary_addresses_data
                )

                auxiliary_addresses = auxiliary_addresses_type_0
            else:
                raise TypeError(
                    f"auxiliary_addresses: expected IPAMConfigAuxiliaryAddresses | None, got {type(_auxiliary_addresses_data).__name__}: {_auxiliary_addresses_data!r:.200}"
                )

            return auxiliary_addresses
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Subnet": "subnet",
        "IPRange": "ip_range",
        "Gateway": "gateway",
        "AuxiliaryAddresses": "auxiliary_addresses",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Subnet", "IPRange", "Gateway"]) -> str: ...
        @overload
        def __getitem__(
            self, key: Literal["AuxiliaryAddresses"]
        ) -> IPAMConfigAuxiliaryAddresses: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Subnet", "IPRange", "Gateway"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["AuxiliaryAddresses"], default: None = None
        ) -> IPAMConfigAuxiliaryAddresses | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.ipam_config_auxiliary_addresses import IPAMConfigAuxiliaryAddresses
