from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TLSInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TLSInfo:
    """ Information about the issuer of leaf TLS certificates and the trusted root
    CA certificate.

        Example:
            {'TrustRoot': '-----BEGIN CERTIFICATE-----\\nMIIBajCCARCgAwIBAgIUbYqrLSOSQHoxD8CwG6Bi2PJi9c8wCgYIKoZIz
                j0EAwIw\\nEzERMA8GA1UEAxMIc3dhcm0tY2EwHhcNMTcwNDI0MjE0MzAwWhcNMzcwNDE5MjE0\\
                nMzAwWjATMREwDwYDVQQDEwhzd2FybS1jYTBZMBMGByqGSM49AgEGCCqGSM49AwEH\\nA0IABJk/
                VyMPYdaqDXJb/VXh5n/1Yuv7iNrxV3Qb3l06XD46seovcDWs3IZNV1lf\\n3Skyr0ofcchipoiHk
                XBODojJydSjQjBAMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMB\\nAf8EBTADAQH/MB0GA1UdDgQWBB
                RUXxuRcnFjDfR/RIAUQab8ZV/n4jAKBggqhkjO\\nPQQDAgNIADBFAiAy+JTe6Uc3KyLCMiqGl2G
                yWGQqQDEcO3/YG36x7om65AIhAJvz\\npxv6zFeVEkAEEkqIYi0omA9+CjanB/6Bz4n1uw8H\\n-
                ----END CERTIFICATE-----\\n', 'CertIssuerSubject': 'MBMxETAPBgNVBAMTCHN3YXJtLWNh', 'CertIssuerPublicKey': 'MFkwE
                wYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEmT9XIw9h1qoNclv9VeHmf/Vi6/uI2vFXdBveXTpcPjqx6i9wNazchk1XWV/dKTKvSh9xyGKmiIeRcE4Oi
                MnJ1A=='}

     """

    trust_root: str | Unset = UNSET
    """ The root CA certificate(s) that are used to validate leaf TLS
    certificates.
     """
    cert_issuer_subject: str | Unset = UNSET
    """ The base64-url-safe-encoded raw subject bytes of the issuer. """
    cert_issuer_public_key: str | Unset = UNSET
    """ The base64-url-safe-encoded raw public key bytes of the issuer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trust_root = self.trust_root

        cert_issuer_subject = self.cert_issuer_subject

        cert_issuer_public_key = self.cert_issuer_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trust_root is not UNSET:
            field_dict["TrustRoot"] = trust_root
        if cert_issuer_subject is not UNSET:
            field_dict["CertIssuerSubject"] = cert_issuer_subject
        if cert_issuer_public_key is not UNSET:
            field_dict["CertIssuerPublicKey"] = cert_issuer_public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trust_root = d.pop("TrustRoot", UNSET)

        cert_issuer_subject = d.pop("CertIssuerSubject", UNSET)

        cert_issuer_public_key = d.pop("CertIssuerPublicKey", UNSET)

        tls_info = _new(cls)
        tls_info.trust_root = trust_root
        tls_info.cert_issuer_subject = cert_issuer_subject
        tls_info.cert_issuer_public_key = cert_issuer_public_key
        tls_info.additional_properties = d
        return tls_info

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
