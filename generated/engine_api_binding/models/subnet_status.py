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

T = TypeVar("T", bound="SubnetStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SubnetStatus(Model):
    __match_args__ = (
        "ips_in_use",
        "dynamic_ips_available",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    ips_in_use: int | None
    """ Number of IP addresses in the subnet that are in use or reserved and are therefore unavailable for
    allocation, saturating at 2<sup>64</sup> - 1.
     """
    dynamic_ips_available: int | None
    """ Number of IP addresses within the network's IPRange for the subnet that are available for allocation,
    saturating at 2<sup>64</sup> - 1.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        ips_in_use: int | None = None,
        dynamic_ips_available: int | None = None,
    ) -> None:
        self.ips_in_use = ips_in_use
        self.dynamic_ips_available = dynamic_ips_available
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ips_in_use is not None:
            field_dict["IPsInUse"] = self.ips_in_use
        elif "IPsInUse" in self._sent:
            field_dict["IPsInUse"] = None

        if self.dynamic_ips_available is not None:
            field_dict["DynamicIPsAvailable"] = self.dynamic_ips_available
        elif "DynamicIPsAvailable" in self._sent:
            field_dict["DynamicIPsAvailable"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        ips_in_use = d.pop("IPsInUse", None)

        dynamic_ips_available = d.pop("DynamicIPsAvailable", None)

        subnet_status = _new(cls)
        subnet_status._sent = src_dict
        subnet_status.ips_in_use = ips_in_use
        subnet_status.dynamic_ips_available = dynamic_ips_available
        subnet_status.additional_properties = d
        return subnet_status

    _keys: ClassVar[dict[str, str]] = {
        "IPsInUse": "ips_in_use",
        "DynamicIPsAvailable": "dynamic_ips_available",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["IPsInUse", "DynamicIPsAvailable"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["IPsInUse", "DynamicIPsAvailable"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
