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
from ..models.swarm_spec_ca_config_external_cas_item_protocol import (
    SwarmSpecCAConfigExternalCAsItemProtocol,
    check_swarm_spec_ca_config_external_cas_item_protocol,
)

T = TypeVar("T", bound="SwarmSpecCAConfigExternalCAsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecCAConfigExternalCAsItem(Model):
    __match_args__ = (
        "protocol",
        "url",
        "options",
        "ca_cert",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    protocol: SwarmSpecCAConfigExternalCAsItemProtocol | None
    """ Protocol for communication with the external CA (currently
    only `cfssl` is supported).
     """
    url: str | None
    """ URL where certificate signing requests should be sent.
     """
    options: SwarmSpecCAConfigExternalCAsItemOptions | None
    """ An object with key/value pairs that are interpreted as
    protocol-specific options for the external CA driver.
     """
    ca_cert: str | None
    """ The root CA certificate (in PEM format) this external CA uses
    to issue TLS certificates (assumed to be to the current swarm
    root CA certificate if not provided).
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        protocol: SwarmSpecCAConfigExternalCAsItemProtocol | None = None,
        url: str | None = None,
        options: SwarmSpecCAConfigExternalCAsItemOptions | None = None,
        ca_cert: str | None = None,
    ) -> None:
        self.protocol = protocol
        self.url = url
        self.options = options
        self.ca_cert = ca_cert
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        protocol = self.protocol
        if protocol is not None:
            protocol_json: str = protocol
            field_dict["Protocol"] = protocol_json
        elif "Protocol" in self._sent:
            field_dict["Protocol"] = None

        if self.url is not None:
            field_dict["URL"] = self.url
        elif "URL" in self._sent:
            field_dict["URL"] = None

        options = self.options
        if options is not None:
            options_json: dict[str, Any] | None
            if isinstance(options, SwarmSpecCAConfigExternalCAsItemOptions):
                options_json = options.to_dict()
            else:
                options_json = options
            field_dict["Options"] = options_json
        elif "Options" in self._sent:
            field_dict["Options"] = None

        if self.ca_cert is not None:
            field_dict["CACert"] = self.ca_cert
        elif "CACert" in self._sent:
            field_dict["CACert"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _protocol_src = d.pop("Protocol", None)
        protocol: SwarmSpecCAConfigExternalCAsItemProtocol | None
        if _protocol_src is None:
            protocol = None
        else:
            protocol_value = check_swarm_spec_ca_config_external_cas_item_protocol(_protocol_src)

            protocol = protocol_value

        url = d.pop("URL", None)

        d.pop("Options", None)

        ca_cert = d.pop("CACert", None)

        swarm_spec_ca_config_external_cas_item = _new(cls)
        swarm_spec_ca_config_external_cas_item._sent = src_dict
        swarm_spec_ca_config_external_cas_item.protocol = protocol
        swarm_spec_ca_config_external_cas_item.url = url
        swarm_spec_ca_config_external_cas_item.ca_cert = ca_cert
        swarm_spec_ca_config_external_cas_item.additional_properties = d
        return swarm_spec_ca_config_external_cas_item

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "options",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: SwarmSpecCAConfigExternalCAsItemOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = SwarmSpecCAConfigExternalCAsItemOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected None | SwarmSpecCAConfigExternalCAsItemOptions, got {type(_options_data).__name__}: {_options_data!r:.200}"
                )

            return options
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Protocol": "protocol",
        "URL": "url",
        "Options": "options",
        "CACert": "ca_cert",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Protocol"]
        ) -> SwarmSpecCAConfigExternalCAsItemProtocol: ...
        @overload
        def __getitem__(self, key: Literal["URL", "CACert"]) -> str: ...
        @overload
        def __getitem__(
            self, key: Literal["Options"]
        ) -> SwarmSpecCAConfigExternalCAsItemOptions: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Protocol"], default: None = None
        ) -> SwarmSpecCAConfigExternalCAsItemProtocol | None: ...
        @overload
        def get(self, key: Literal["URL", "CACert"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Options"], default: None = None
        ) -> SwarmSpecCAConfigExternalCAsItemOptions | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.swarm_spec_ca_config_external_cas_item_options import (
    SwarmSpecCAConfigExternalCAsItemOptions,
)
