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

T = TypeVar("T", bound="EndpointIPAMConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EndpointIPAMConfig(Model):
    """EndpointIPAMConfig represents an endpoint's IPAM configuration."""

    __match_args__ = (
        "ipv4_address",
        "ipv6_address",
        "link_local_ips",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    ipv4_address: str | None
    ipv6_address: str | None
    link_local_ips: list[str] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: list[str] | None = None,
    ) -> None:
        self.ipv4_address = ipv4_address
        self.ipv6_address = ipv6_address
        self.link_local_ips = link_local_ips
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ipv4_address is not None:
            field_dict["IPv4Address"] = self.ipv4_address
        elif "IPv4Address" in self._sent:
            field_dict["IPv4Address"] = None

        if self.ipv6_address is not None:
            field_dict["IPv6Address"] = self.ipv6_address
        elif "IPv6Address" in self._sent:
            field_dict["IPv6Address"] = None

        link_local_ips = self.link_local_ips
        if link_local_ips is not None:
            link_local_ips_json: list[str] | None
            if isinstance(link_local_ips, list):
                link_local_ips_json = link_local_ips

            else:
                link_local_ips_json = link_local_ips
            field_dict["LinkLocalIPs"] = link_local_ips_json
        elif "LinkLocalIPs" in self._sent:
            field_dict["LinkLocalIPs"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        ipv4_address = d.pop("IPv4Address", None)

        ipv6_address = d.pop("IPv6Address", None)

        _link_local_ips_data = d.pop("LinkLocalIPs", None)
        link_local_ips: list[str] | None
        if _link_local_ips_data is None:
            link_local_ips = _link_local_ips_data
        elif isinstance(_link_local_ips_data, list):
            link_local_ips_type_0 = _link_local_ips_data

            link_local_ips = link_local_ips_type_0
        else:
            raise TypeError(
                f"link_local_ips: expected list[str] | None, got {type(_link_local_ips_data).__name__}: {_link_local_ips_data!r:.200}"
            )

        endpoint_ipam_config = _new(cls)
        endpoint_ipam_config._sent = src_dict
        endpoint_ipam_config.ipv4_address = ipv4_address
        endpoint_ipam_config.ipv6_address = ipv6_address
        endpoint_ipam_config.link_local_ips = link_local_ips
        endpoint_ipam_config.additional_properties = d
        return endpoint_ipam_config

    _keys: ClassVar[dict[str, str]] = {
        "IPv4Address": "ipv4_address",
        "IPv6Address": "ipv6_address",
        "LinkLocalIPs": "link_local_ips",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["IPv4Address", "IPv6Address"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["LinkLocalIPs"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["IPv4Address", "IPv6Address"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["LinkLocalIPs"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
