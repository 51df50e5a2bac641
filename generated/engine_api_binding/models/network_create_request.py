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

T = TypeVar("T", bound="NetworkCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkCreateRequest(Model):
    __match_args__ = (
        "name",
        "driver",
        "scope",
        "internal",
        "attachable",
        "ingress",
        "config_only",
        "config_from",
        "ipam",
        "enable_ipv4",
        "enable_ipv6",
        "options",
        "labels",
        "check_duplicate",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str
    """ The network's name. """
    driver: str | None
    """ Name of the network driver plugin to use. """
    scope: str | None
    """ The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level).
     """
    internal: bool | None
    """ Restrict external access to the network. """
    attachable: bool | None
    """ Globally scoped network is manually attachable by regular
    containers from workers in swarm mode.
     """
    ingress: bool | None
    """ Ingress network is the network which provides the routing-mesh
    in swarm mode.
     """
    config_only: bool | None
    """ Creates a config-only network. Config-only networks are placeholder
    networks for network configurations to be used by other networks.
    Config-only networks cannot be used directly to run containers
    or services.
     """
    config_from: ConfigReference | None
    """ Specifies the source which will provide the configuration for
    this network. The specified network must be an existing
    config-only network; see ConfigOnly.
     """
    ipam: IPAM | None
    """ Optional custom IP scheme for the network. """
    enable_ipv4: bool | None
    """ Enable IPv4 on the network. """
    enable_ipv6: bool | None
    """ Enable IPv6 on the network. """
    options: NetworkCreateRequestOptions | None
    """ Network specific options to be used by the drivers. """
    labels: NetworkCreateRequestLabels | None
    """ User-defined key/value metadata. """
    check_duplicate: bool | None
    """ Sent and accepted by engines up to API 1.45; removed after it.

    Deprecated: CheckDuplicate is now always enabled.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        driver: str | None = None,
        scope: str | None = None,
        internal: bool | None = None,
        attachable: bool | None = None,
        ingress: bool | None = None,
        config_only: bool | None = None,
        config_from: ConfigReference | None = None,
        ipam: IPAM | None = None,
        enable_ipv4: bool | None = None,
        enable_ipv6: bool | None = None,
        options: NetworkCreateRequestOptions | None = None,
        labels: NetworkCreateRequestLabels | None = None,
        check_duplicate: bool | None = None,
    ) -> None:
        self.name = name
        self.driver = driver
        self.scope = scope
        self.internal = internal
        self.attachable = attachable
        self.ingress = ingress
        self.config_only = config_only
        self.config_from = config_from
        self.ipam = ipam
        self.enable_ipv4 = enable_ipv4
        self.enable_ipv6 = enable_ipv6
        self.options = options
        self.labels = labels
        self.check_duplicate = check_duplicate
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        if self.scope is not None:
            field_dict["Scope"] = self.scope
        elif "Scope" in self._sent:
            field_dict["Scope"] = None

        if self.internal is not None:
            field_dict["Internal"] = self.internal
        elif "Internal" in self._sent:
            field_dict["Internal"] = None

        if self.attachable is not None:
            field_dict["Attachable"] = self.attachable
        elif "Attachable" in self._sent:
            field_dict["Attachable"] = None

        if self.ingress is not None:
            field_dict["Ingress"] = self.ingress
        elif "Ingress" in self._sent:
            field_dict["Ingress"] = None

        if self.config_only is not None:
            field_dict["ConfigOnly"] = self.config_only
        elif "ConfigOnly" in self._sent:
            field_dict["ConfigOnly"] = None

        config_from = self.config_from
        if config_from is not None:
            config_from_json: dict[str, Any] | None
            if isinstance(config_from, ConfigReference):
                config_from_json = config_from.to_dict()
            else:
                config_from_json = config_from
            field_dict["ConfigFrom"] = config_from_json
        elif "ConfigFrom" in self._sent:
            field_dict["ConfigFrom"] = None

        ipam = self.ipam
        if ipam is not None:
            ipam_json: dict[str, Any] | None
            if isinstance(ipam, IPAM):
                ipam_json = ipam.to_dict()
            else:
                ipam_json = ipam
            field_dict["IPAM"] = ipam_json
        elif "IPAM" in self._sent:
            field_dict["IPAM"] = None

        if self.enable_ipv4 is not None:
            field_dict["EnableIPv4"] = self.enable_ipv4
        elif "EnableIPv4" in self._sent:
            field_dict["EnableIPv4"] = None

        if self.enable_ipv6 is not None:
            field_dict["EnableIPv6"] = self.enable_ipv6
        elif "EnableIPv6" in self._sent:
            field_dict["EnableIPv6"] = None

        options = self.options
        if options is not None:
            options_json: dict[str, Any] | None
            if isinstance(options, NetworkCreateRequestOptions):
                options_json = options.to_dict()
            else:
                options_json = options
            field_dict["Options"] = options_json
        elif "Options" in self._sent:
            field_dict["Options"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, NetworkCreateRequestLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        if self.check_duplicate is not None:
            field_dict["CheckDuplicate"] = self.check_duplicate
        elif "CheckDuplicate" in self._sent:
            field_dict["CheckDuplicate"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name")

        driver = d.pop("Driver", None)

        scope = d.pop("Scope", None)

        internal = d.pop("Internal", None)

        attachable = d.pop("Attachable", None)

        ingress = d.pop("Ingress", None)

        config_only = d.pop("ConfigOnly", None)

        d.pop("ConfigFrom", None)

        d.pop("IPAM", None)

        enable_ipv4 = d.pop("EnableIPv4", None)

        enable_ipv6 = d.pop("EnableIPv6", None)

        d.pop("Options", None)

        d.pop("Labels", None)

        check_duplicate = d.pop("CheckDuplicate", None)

        network_create_request = _new(cls)
        network_create_request._sent = src_dict
        network_create_request.name = name
        network_create_request.driver = driver
        network_create_request.scope = scope
        network_create_request.internal = internal
        network_create_request.attachable = attachable
        network_create_request.ingress = ingress
        network_create_request.config_only = config_only
        network_create_request.enable_ipv4 = enable_ipv4
        network_create_request.enable_ipv6 = enable_ipv6
        network_create_request.check_duplicate = check_duplicate
        network_create_request.additional_properties = d
        return network_create_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "config_from",
            "ipam",
            "options",
            "labels",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "config_from":
            _config_from_data = src.get("ConfigFrom")
            config_from: ConfigReference | None
            if _config_from_data is None:
                config_from = _config_from_data
            elif isinstance(_config_from_data, dict):
                config_from_type_0 = ConfigReference.from_dict(_config_from_data)

                config_from = config_from_type_0
            else:
                raise TypeError(
                    f"config_from: expected ConfigReference | None, got {type(_config_from_data).__name__}: {_config_from_data!r:.200}"
                )

            return config_from
        if deferred_name == "ipam":
            _ipam_data = src.get("IPAM")
            ipam: IPAM | None
            if _ipam_data is None:
                ipam = _ipam_data
            elif isinstance(_ipam_data, dict):
                ipam_type_0 = IPAM.from_dict(_ipam_data)

                ipam = ipam_type_0
            else:
                raise TypeError(
                    f"ipam: expected IPAM | None, got {type(_ipam_data).__name__}: {_ipam_data!r:.200}"
                )

            return ipam
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: NetworkCreateRequestOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = NetworkCreateRequestOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected NetworkCreateRequestOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
                )

            return options
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: NetworkCreateRequestLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = NetworkCreateRequestLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected NetworkCreateRequestLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Driver": "driver",
        "Scope": "scope",
        "Internal": "internal",
        "Attachable": "attachable",
        "Ingress": "ingress",
        "ConfigOnly": "config_only",
        "ConfigFrom": "config_from",
        "IPAM": "ipam",
        "EnableIPv4": "enable_ipv4",
        "EnableIPv6": "enable_ipv6",
        "Options": "options",
        "Labels": "labels",
        "CheckDuplicate": "check_duplicate",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Driver", "Scope"]) -> str: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "Internal",
                "Attachable",
                "Ingress",
                "ConfigOnly",
                "EnableIPv4",
                "EnableIPv6",
                "CheckDuplicate",
            ],
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["ConfigFrom"]) -> ConfigReference: ...
        @overload
        def __getitem__(self, key: Literal["IPAM"]) -> IPAM: ...
        @overload
        def __getitem__(self, key: Literal["Options"]) -> NetworkCreateRequestOptions: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> NetworkCreateRequestLabels: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Driver", "Scope"], default: None = None) -> str | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "Internal",
                "Attachable",
                "Ingress",
                "ConfigOnly",
                "EnableIPv4",
                "EnableIPv6",
                "CheckDuplicate",
            ],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["ConfigFrom"], default: None = None
        ) -> ConfigReference | None: ...
        @overload
        def get(self, key: Literal["IPAM"], default: None = None) -> IPAM | None: ...
        @overload
        def get(
            self, key: Literal["Options"], default: None = None
        ) -> NetworkCreateRequestOptions | None: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> NetworkCreateRequestLabels | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.config_reference import ConfigReference
from ..models.ipam import IPAM
from ..models.network_create_request_labels import NetworkCreateRequestLabels
from ..models.network_create_request_options import NetworkCreateRequestOptions
