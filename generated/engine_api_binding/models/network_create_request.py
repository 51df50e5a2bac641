from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkCreateRequest:
    name: str
    """ The network's name. """
    driver: str | Unset = UNSET
    """ Name of the network driver plugin to use. """
    scope: str | Unset = UNSET
    """ The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level).
     """
    internal: bool | Unset = UNSET
    """ Restrict external access to the network. """
    attachable: bool | Unset = UNSET
    """ Globally scoped network is manually attachable by regular
    containers from workers in swarm mode.
     """
    ingress: bool | Unset = UNSET
    """ Ingress network is the network which provides the routing-mesh
    in swarm mode.
     """
    config_only: bool | Unset = UNSET
    """ Creates a config-only network. Config-only networks are placeholder
    networks for network configurations to be used by other networks.
    Config-only networks cannot be used directly to run containers
    or services.
     """
    config_from: ConfigReference | Unset | None = UNSET
    """ Specifies the source which will provide the configuration for
    this network. The specified network must be an existing
    config-only network; see ConfigOnly.
     """
    ipam: IPAM | Unset | None = UNSET
    """ Optional custom IP scheme for the network. """
    enable_ipv4: bool | Unset = UNSET
    """ Enable IPv4 on the network. """
    enable_ipv6: bool | Unset = UNSET
    """ Enable IPv6 on the network. """
    options: NetworkCreateRequestOptions | Unset | None = UNSET
    """ Network specific options to be used by the drivers. """
    labels: NetworkCreateRequestLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    check_duplicate: bool | Unset = UNSET
    """ Sent and accepted by engines up to API 1.45; removed after it.

    Deprecated: CheckDuplicate is now always enabled.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        driver = self.driver

        scope = self.scope

        internal = self.internal

        attachable = self.attachable

        ingress = self.ingress

        config_only = self.config_only

        config_from: dict[str, Any] | Unset | None
        if isinstance(self.config_from, Unset):
            config_from = UNSET
        elif isinstance(self.config_from, ConfigReference):
            config_from = self.config_from.to_dict()
        else:
            config_from = self.config_from

        ipam: dict[str, Any] | Unset | None
        if isinstance(self.ipam, Unset):
            ipam = UNSET
        elif isinstance(self.ipam, IPAM):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        enable_ipv4 = self.enable_ipv4

        enable_ipv6 = self.enable_ipv6

        options: dict[str, Any] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, NetworkCreateRequestOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, NetworkCreateRequestLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        check_duplicate = self.check_duplicate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
            }
        )
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if scope is not UNSET:
            field_dict["Scope"] = scope
        if internal is not UNSET:
            field_dict["Internal"] = internal
        if attachable is not UNSET:
            field_dict["Attachable"] = attachable
        if ingress is not UNSET:
            field_dict["Ingress"] = ingress
        if config_only is not UNSET:
            field_dict["ConfigOnly"] = config_only
        if config_from is not UNSET:
            field_dict["ConfigFrom"] = config_from
        if ipam is not UNSET:
            field_dict["IPAM"] = ipam
        if enable_ipv4 is not UNSET:
            field_dict["EnableIPv4"] = enable_ipv4
        if enable_ipv6 is not UNSET:
            field_dict["EnableIPv6"] = enable_ipv6
        if options is not UNSET:
            field_dict["Options"] = options
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if check_duplicate is not UNSET:
            field_dict["CheckDuplicate"] = check_duplicate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        driver = d.pop("Driver", UNSET)

        scope = d.pop("Scope", UNSET)

        internal = d.pop("Internal", UNSET)

        attachable = d.pop("Attachable", UNSET)

        ingress = d.pop("Ingress", UNSET)

        config_only = d.pop("ConfigOnly", UNSET)

        _config_from_data = d.pop("ConfigFrom", UNSET)
        config_from: ConfigReference | Unset | None
        if _config_from_data is None or _config_from_data is UNSET:
            config_from = _config_from_data
        elif isinstance(_config_from_data, dict):
            config_from_type_0 = ConfigReference.from_dict(_config_from_data)

            config_from = config_from_type_0
        else:
            raise TypeError(
                f"config_from: expected ConfigReference | None, got {type(_config_from_data).__name__}: {_config_from_data!r:.200}"
            )

        _ipam_data = d.pop("IPAM", UNSET)
        ipam: IPAM | Unset | None
        if _ipam_data is None or _ipam_data is UNSET:
            ipam = _ipam_data
        elif isinstance(_ipam_data, dict):
            ipam_type_0 = IPAM.from_dict(_ipam_data)

            ipam = ipam_type_0
        else:
            raise TypeError(
                f"ipam: expected IPAM | None, got {type(_ipam_data).__name__}: {_ipam_data!r:.200}"
            )

        enable_ipv4 = d.pop("EnableIPv4", UNSET)

        enable_ipv6 = d.pop("EnableIPv6", UNSET)

        _options_data = d.pop("Options", UNSET)
        options: NetworkCreateRequestOptions | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, dict):
            options_type_0 = NetworkCreateRequestOptions.from_dict(_options_data)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected NetworkCreateRequestOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        _labels_data = d.pop("Labels", UNSET)
        labels: NetworkCreateRequestLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = NetworkCreateRequestLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected NetworkCreateRequestLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        check_duplicate = d.pop("CheckDuplicate", UNSET)

        network_create_request = _new(cls)
        network_create_request.name = name
        network_create_request.driver = driver
        network_create_request.scope = scope
        network_create_request.internal = internal
        network_create_request.attachable = attachable
        network_create_request.ingress = ingress
        network_create_request.config_only = config_only
        network_create_request.config_from = config_from
        network_create_request.ipam = ipam
        network_create_request.enable_ipv4 = enable_ipv4
        network_create_request.enable_ipv6 = enable_ipv6
        network_create_request.options = options
        network_create_request.labels = labels
        network_create_request.check_duplicate = check_duplicate
        network_create_request.additional_properties = d
        return network_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.config_reference import ConfigReference
from ..models.ipam import IPAM
from ..models.network_create_request_labels import NetworkCreateRequestLabels
from ..models.network_create_request_options import NetworkCreateRequestOptions
