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
from ..models.endpoint_port_config_protocol import (
    EndpointPortConfigProtocol,
    check_endpoint_port_config_protocol,
)
from ..models.endpoint_port_config_publish_mode import (
    EndpointPortConfigPublishMode,
    check_endpoint_port_config_publish_mode,
)

T = TypeVar("T", bound="EndpointPortConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class EndpointPortConfig(Model):
    __match_args__ = (
        "name",
        "protocol",
        "target_port",
        "published_port",
        "publish_mode",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    protocol: EndpointPortConfigProtocol | None
    target_port: int | None
    """ The port inside the container. """
    published_port: int | None
    """ The port on the swarm hosts. """
    publish_mode: EndpointPortConfigPublishMode | None
    """ The mode in which port is published.

    <p><br /></p>

    - "ingress" makes the target port accessible on every node,
      regardless of whether there is a task for the service running on
      that node or not.
    - "host" bypasses the routing mesh and publish the port directly on
      the swarm node where that service is running.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        protocol: EndpointPortConfigProtocol | None = None,
        target_port: int | None = None,
        published_port: int | None = None,
        publish_mode: EndpointPortConfigPublishMode | None = None,
    ) -> None:
        self.name = name
        self.protocol = protocol
        self.target_port = target_port
        self.published_port = published_port
        self.publish_mode = publish_mode
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        protocol = self.protocol
        if protocol is not None:
            protocol_json: str = protocol
            field_dict["Protocol"] = protocol_json
        elif "Protocol" in self._sent:
            field_dict["Protocol"] = None

        if self.target_port is not None:
            field_dict["TargetPort"] = self.target_port
        elif "TargetPort" in self._sent:
            field_dict["TargetPort"] = None

        if self.published_port is not None:
            field_dict["PublishedPort"] = self.published_port
        elif "PublishedPort" in self._sent:
            field_dict["PublishedPort"] = None

        publish_mode = self.publish_mode
        if publish_mode is not None:
            publish_mode_json: str = publish_mode
            field_dict["PublishMode"] = publish_mode_json
        elif "PublishMode" in self._sent:
            field_dict["PublishMode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        _protocol_src = d.pop("Protocol", None)
        protocol: EndpointPortConfigProtocol | None
        if _protocol_src is None:
            protocol = None
        else:
            protocol_value = check_endpoint_port_config_protocol(_protocol_src)

            protocol = protocol_value

        target_port = d.pop("TargetPort", None)

        published_port = d.pop("PublishedPort", None)

        _publish_mode_src = d.pop("PublishMode", None)
        publish_mode: EndpointPortConfigPublishMode | None
        if _publish_mode_src is None:
            publish_mode = None
        else:
            publish_mode_value = check_endpoint_port_config_publish_mode(_publish_mode_src)

            publish_mode = publish_mode_value

        endpoint_port_config = _new(cls)
        endpoint_port_config._sent = src_dict
        endpoint_port_config.name = name
        endpoint_port_config.protocol = protocol
        endpoint_port_config.target_port = target_port
        endpoint_port_config.published_port = published_port
        endpoint_port_config.publish_mode = publish_mode
        endpoint_port_config.additional_properties = d
        return endpoint_port_config

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Protocol": "protocol",
        "TargetPort": "target_port",
        "PublishedPort": "published_port",
        "PublishMode": "publish_mode",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Protocol"]) -> EndpointPortConfigProtocol: ...
        @overload
        def __getitem__(self, key: Literal["TargetPort", "PublishedPort"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["PublishMode"]) -> EndpointPortConfigPublishMode: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Protocol"], default: None = None
        ) -> EndpointPortConfigProtocol | None: ...
        @overload
        def get(
            self, key: Literal["TargetPort", "PublishedPort"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["PublishMode"], default: None = None
        ) -> EndpointPortConfigPublishMode | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
