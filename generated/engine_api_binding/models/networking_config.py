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

T = TypeVar("T", bound="NetworkingConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkingConfig(Model):
    """NetworkingConfig represents the container's networking configuration for
    each of its interfaces.
    It is used for the networking configs specified in the `docker create`
    and `docker network connect` commands.

        Example:
            {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address': '172.20.30.33', 'IPv6Address':
                '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68', 'fe80::3468']}, 'MacAddress': '02:42:ac:12:05:02',
                'Links': ['container_1', 'container_2'], 'Aliases': ['server_x', 'server_y']}, 'database_nw': {}}}

    """

    __match_args__ = ("endpoints_config",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    endpoints_config: NetworkingConfigEndpointsConfig | None
    """ A mapping of network name to endpoint configuration for that network.
    The endpoint configuration can be left empty to connect to that
    network with no particular endpoint configuration.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        endpoints_config: NetworkingConfigEndpointsConfig | None = None,
    ) -> None:
        self.endpoints_config = endpoints_config
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        endpoints_config = self.endpoints_config
        if endpoints_config is not None:
            endpoints_config_json: dict[str, Any] | None
            if isinstance(endpoints_config, NetworkingConfigEndpointsConfig):
                endpoints_config_json = endpoints_config.to_dict()
            else:
                endpoints_config_json = endpoints_config
            field_dict["EndpointsConfig"] = endpoints_config_json
        elif "EndpointsConfig" in self._sent:
            field_dict["EndpointsConfig"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("EndpointsConfig", None)

        networking_config = _new(cls)
        networking_config._sent = src_dict
        networking_config.additional_properties = d
        return networking_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "endpoints_config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "endpoints_config":
            _endpoints_config_data = src.get("EndpointsConfig")
            endpoints_config: NetworkingConfigEndpointsConfig | None
            if _endpoints_config_data is None:
                endpoints_config = _endpoints_config_data
            elif isinstance(_endpoints_config_data, dict):
                endpoints_config_type_0 = NetworkingConfigEndpointsConfig.from_dict(
                    _endpoints_config_data
                )

                endpoints_config = endpoints_config_type_0
            else:
                raise TypeError(
                    f"endpoints_config: expected NetworkingConfigEndpointsConfig | None, got {type(_endpoints_config_data).__name__}: {_endpoints_config_data!r:.200}"
                )

            return endpoints_config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "EndpointsConfig": "endpoints_config",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["EndpointsConfig"]
        ) -> NetworkingConfigEndpointsConfig: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["EndpointsConfig"], default: None = None
        ) -> NetworkingConfigEndpointsConfig | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.networking_config_endpoints_config import NetworkingConfigEndpointsConfig
