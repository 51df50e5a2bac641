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

T = TypeVar("T", bound="SwarmSpecCAConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecCAConfig(Model):
    """CA configuration."""

    __match_args__ = (
        "node_cert_expiry",
        "external_cas",
        "signing_ca_cert",
        "signing_ca_key",
        "force_rotate",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    node_cert_expiry: int | None
    """ The duration node certificates are issued for. """
    external_cas: list[SwarmSpecCAConfigExternalCAsItem] | None
    """ Configuration for forwarding signing requests to an external
    certificate authority.
     """
    signing_ca_cert: str | None
    """ The desired signing CA certificate for all swarm node TLS leaf
    certificates, in PEM format.
     """
    signing_ca_key: str | None
    """ The desired signing CA key for all swarm node TLS leaf certificates,
    in PEM format.
     """
    force_rotate: int | None
    """ An integer whose purpose is to force swarm to generate a new
    signing CA certificate and key, if none have been specified in
    `SigningCACert` and `SigningCAKey`
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        node_cert_expiry: int | None = None,
        external_cas: list[SwarmSpecCAConfigExternalCAsItem] | None = None,
        signing_ca_cert: str | None = None,
        signing_ca_key: str | None = None,
        force_rotate: int | None = None,
    ) -> None:
        self.node_cert_expiry = node_cert_expiry
        self.external_cas = external_cas
        self.signing_ca_cert = signing_ca_cert
        self.signing_ca_key = signing_ca_key
        self.force_rotate = force_rotate
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_cert_expiry is not None:
            field_dict["NodeCertExpiry"] = self.node_cert_expiry
        elif "NodeCertExpiry" in self._sent:
            field_dict["NodeCertExpiry"] = None

        external_cas = self.external_cas
        if external_cas is not None:
            external_cas_json: list[dict[str, Any]] | None
            if isinstance(external_cas, list):
                external_cas_json = []
                for external_cas_type_0_item_data in external_cas:
                    external_cas_type_0_item = external_cas_type_0_item_data.to_dict()
                    external_cas_json.append(external_cas_type_0_item)

            else:
                external_cas_json = external_cas
            field_dict["ExternalCAs"] = external_cas_json
        elif "ExternalCAs" in self._sent:
            field_dict["ExternalCAs"] = None

        if self.signing_ca_cert is not None:
            field_dict["SigningCACert"] = self.signing_ca_cert
        elif "SigningCACert" in self._sent:
            field_dict["SigningCACert"] = None

        if self.signing_ca_key is not None:
            field_dict["SigningCAKey"] = self.signing_ca_key
        elif "SigningCAKey" in self._sent:
            field_dict["SigningCAKey"] = None

        if self.force_rotate is not None:
            field_dict["ForceRotate"] = self.force_rotate
        elif "ForceRotate" in self._sent:
            field_dict["ForceRotate"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        node_cert_expiry = d.pop("NodeCertExpiry", None)

        d.pop("ExternalCAs", None)

        signing_ca_cert = d.pop("SigningCACert", None)

        signing_ca_key = d.pop("SigningCAKey", None)

        force_rotate = d.pop("ForceRotate", None)

        swarm_spec_ca_config = _new(cls)
        swarm_spec_ca_config._sent = src_dict
        swarm_spec_ca_config.node_cert_expiry = node_cert_expiry
        swarm_spec_ca_config.signing_ca_cert = signing_ca_cert
        swarm_spec_ca_config.signing_ca_key = signing_ca_key
        swarm_spec_ca_config.force_rotate = force_rotate
        swarm_spec_ca_config.additional_properties = d
        return swarm_spec_ca_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "external_cas",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "external_cas":
            _external_cas_data = src.get("ExternalCAs")
            external_cas: list[SwarmSpecCAConfigExternalCAsItem] | None
            if _external_cas_data is None:
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

            return external_cas
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "NodeCertExpiry": "node_cert_expiry",
        "ExternalCAs": "external_cas",
        "SigningCACert": "signing_ca_cert",
        "SigningCAKey": "signing_ca_key",
        "ForceRotate": "force_rotate",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NodeCertExpiry", "ForceRotate"]) -> int: ...
        @overload
        def __getitem__(
            self, key: Literal["ExternalCAs"]
        ) -> list[SwarmSpecCAConfigExternalCAsItem]: ...
        @overload
        def __getitem__(self, key: Literal["SigningCACert", "SigningCAKey"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["NodeCertExpiry", "ForceRotate"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["ExternalCAs"], default: None = None
        ) -> list[SwarmSpecCAConfigExternalCAsItem] | None: ...
        @overload
        def get(
            self, key: Literal["SigningCACert", "SigningCAKey"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.swarm_spec_ca_config_external_cas_item import SwarmSpecCAConfigExternalCAsItem
