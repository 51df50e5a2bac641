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

T = TypeVar("T", bound="NetworkConnectRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkConnectRequest(Model):
    """NetworkConnectRequest represents the data to be used to connect a container to a network."""

    __match_args__ = (
        "container",
        "endpoint_config",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    container: str
    """ The ID or name of the container to connect to the network. """
    endpoint_config: EndpointSettings | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        container: str,
        endpoint_config: EndpointSettings | None = None,
    ) -> None:
        self.container = container
        self.endpoint_config = endpoint_config
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Container"] = self.container

        endpoint_config = self.endpoint_config
        if endpoint_config is not None:
            endpoint_config_json: dict[str, Any] | None
            if isinstance(endpoint_config, EndpointSettings):
                endpoint_config_json = endpoint_config.to_dict()
            else:
                endpoint_config_json = endpoint_config
            field_dict["EndpointConfig"] = endpoint_config_json
        elif "EndpointConfig" in self._sent:
            field_dict["EndpointConfig"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        container = d.pop("Container")

        d.pop("EndpointConfig", None)

        network_connect_request = _new(cls)
        network_connect_request._sent = src_dict
        network_connect_request.container = container
        network_connect_request.additional_properties = d
        return network_connect_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "endpoint_config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "endpoint_config":
            _endpoint_config_data = src.get("EndpointConfig")
            endpoint_config: EndpointSettings | None
            if _endpoint_config_data is None:
                endpoint_config = _endpoint_config_data
            elif isinstance(_endpoint_config_data, dict):
                endpoint_config_type_0 = EndpointSettings.from_dict(_endpoint_config_data)

                endpoint_config = endpoint_config_type_0
            else:
                raise TypeError(
                    f"endpoint_config: expected EndpointSettings | None, got {type(_endpoint_config_data).__name__}: {_endpoint_config_data!r:.200}"
                )

            return endpoint_config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Container": "container",
        "EndpointConfig": "endpoint_config",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Container"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["EndpointConfig"]) -> EndpointSettings: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Container"], default: None = None) -> str: ...
        @overload
        def get(
            self, key: Literal["EndpointConfig"], default: None = None
        ) -> EndpointSettings | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.endpoint_settings import EndpointSettings
