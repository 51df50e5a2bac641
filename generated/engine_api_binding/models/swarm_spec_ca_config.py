from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmSpecCAConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmSpecCAConfig:
    """CA configuration."""

    node_cert_expiry: int | Unset = UNSET
    """ The duration node certificates are issued for. """
    external_cas: list[SwarmSpecCAConfigExternalCAsItem] | Unset | None = UNSET
    """ Configuration for forwarding signing requests to an external
    certificate authority.
     """
    signing_ca_cert: str | Unset = UNSET
    """ The desired signing CA certificate for all swarm node TLS leaf
    certificates, in PEM format.
     """
    signing_ca_key: str | Unset = UNSET
    """ The desired signing CA key for all swarm node TLS leaf certificates,
    in PEM format.
     """
    force_rotate: int | Unset = UNSET
    """ An integer whose purpose is to force swarm to generate a new
    signing CA certificate and key, if none have been specified in
    `SigningCACert` and `SigningCAKey`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_cert_expiry = self.node_cert_expiry

        external_cas: list[dict[str, Any]] | Unset | None
        if isinstance(self.external_cas, Unset):
            external_cas = UNSET
        elif isinstance(self.external_cas, list):
            external_cas = []
            for external_cas_type_0_item_data in self.external_cas:
                external_cas_type_0_item = external_cas_type_0_item_data.to_dict()
                external_cas.append(external_cas_type_0_item)

        else:
            external_cas = self.external_cas

        signing_ca_cert = self.signing_ca_cert

        signing_ca_key = self.signing_ca_key

        force_rotate = self.force_rotate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_cert_expiry is not UNSET:
            field_dict["NodeCertExpiry"] = node_cert_expiry
        if external_cas is not UNSET:
            field_dict["ExternalCAs"] = external_cas
        if signing_ca_cert is not UNSET:
            field_dict["SigningCACert"] = signing_ca_cert
        if signing_ca_key is not UNSET:
            field_dict["SigningCAKey"] = signing_ca_key
        if force_rotate is not UNSET:
            field_dict["ForceRotate"] = force_rotate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_cert_expiry = d.pop("NodeCertExpiry", UNSET)

        _external_cas_data = d.pop("ExternalCAs", UNSET)
        external_cas: list[SwarmSpecCAConfigExternalCAsItem] | Unset | None
        if _external_cas_data is None or _external_cas_data is UNSET:
            external_cas = _external_cas_data
        elif isinstance(_external_cas_data, list):
            external_cas_type_0 = []
            _external_cas_type_0 = _external_cas_data
            for external_cas_type_0_item_data in _external_cas_type_0:
                external_cas_type_0_item = SwarmSpecCAConfigExternalCAsItem.from_dict(
                    external_cas_type_0_item_data
                )

                external_cas_type_0.append(external_cas_type_0_item)

            external_cas = external_cas_type_0
        else:
            raise TypeError(
                f"external_cas: expected list[SwarmSpecCAConfigExternalCAsItem] | None, got {type(_external_cas_data).__name__}: {_external_cas_data!r:.200}"
            )

        signing_ca_cert = d.pop("SigningCACert", UNSET)

        signing_ca_key = d.pop("SigningCAKey", UNSET)

        force_rotate = d.pop("ForceRotate", UNSET)

        swarm_spec_ca_config = _new(cls)
        swarm_spec_ca_config.node_cert_expiry = node_cert_expiry
        swarm_spec_ca_config.external_cas = external_cas
        swarm_spec_ca_config.signing_ca_cert = signing_ca_cert
        swarm_spec_ca_config.signing_ca_key = signing_ca_key
        swarm_spec_ca_config.force_rotate = force_rotate
        swarm_spec_ca_config.additional_properties = d
        return swarm_spec_ca_config

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


from ..models.swarm_spec_ca_config_external_cas_item import SwarmSpecCAConfigExternalCAsItem
