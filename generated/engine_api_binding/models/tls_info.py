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

T = TypeVar("T", bound="TLSInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TLSInfo(Model):
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

    __match_args__ = (
        "trust_root",
        "cert_issuer_subject",
        "cert_issuer_public_key",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    trust_root: str | None
    """ The root CA certificate(s) that are used to validate leaf TLS
    certificates.
     """
    cert_issuer_subject: str | None
    """ The base64-url-safe-encoded raw subject bytes of the issuer. """
    cert_issuer_public_key: str | None
    """ The base64-url-safe-encoded raw public key bytes of the issuer.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        trust_root: str | None = None,
        cert_issuer_subject: str | None = None,
        cert_issuer_public_key: str | None = None,
    ) -> None:
        self.trust_root = trust_root
        self.cert_issuer_subject = cert_issuer_subject
        self.cert_issuer_public_key = cert_issuer_public_key
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.trust_root is not None:
            field_dict["TrustRoot"] = self.trust_root
        elif "TrustRoot" in self._sent:
            field_dict["TrustRoot"] = None

        if self.cert_issuer_subject is not None:
            field_dict["CertIssuerSubject"] = self.cert_issuer_subject
        elif "CertIssuerSubject" in self._sent:
            field_dict["CertIssuerSubject"] = None

        if self.cert_issuer_public_key is not None:
            field_dict["CertIssuerPublicKey"] = self.cert_issuer_public_key
        elif "CertIssuerPublicKey" in self._sent:
            field_dict["CertIssuerPublicKey"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        trust_root = d.pop("TrustRoot", None)

        cert_issuer_subject = d.pop("CertIssuerSubject", None)

        cert_issuer_public_key = d.pop("CertIssuerPublicKey", None)

        tls_info = _new(cls)
        tls_info._sent = src_dict
        tls_info.trust_root = trust_root
        tls_info.cert_issuer_subject = cert_issuer_subject
        tls_info.cert_issuer_public_key = cert_issuer_public_key
        tls_info.additional_properties = d
        return tls_info

    _keys: ClassVar[dict[str, str]] = {
        "TrustRoot": "trust_root",
        "CertIssuerSubject": "cert_issuer_subject",
        "CertIssuerPublicKey": "cert_issuer_public_key",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["TrustRoot", "CertIssuerSubject", "CertIssuerPublicKey"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["TrustRoot", "CertIssuerSubject", "CertIssuerPublicKey"],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
