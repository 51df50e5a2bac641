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
from ..models.known_signer_identity import KnownSignerIdentity, check_known_signer_identity
from ..models.signature_type import SignatureType, check_signature_type

T = TypeVar("T", bound="SignatureIdentity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SignatureIdentity(Model):
    """SignatureIdentity contains the properties of verified signatures for the image."""

    __match_args__ = (
        "name",
        "timestamps",
        "known_signer",
        "docker_reference",
        "signer",
        "signature_type",
        "error",
        "warnings",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name is a textual description summarizing the type of signature. """
    timestamps: list[SignatureTimestamp] | None
    """ Timestamps contains a list of verified signed timestamps for the signature. """
    known_signer: KnownSignerIdentity | None
    """ KnownSignerIdentity is an identifier for a special signer identity that is known to the implementation. """
    docker_reference: str | None
    """ DockerReference is the Docker image reference associated with the signature.
    This is an optional field only present in older hashedrecord signatures. """
    signer: SignerIdentity | None
    """ Signer contains information about the signer certificate used to sign the image. """
    signature_type: SignatureType | None
    """ SignatureType is the type of signature format. """
    error: str | None
    """ Error contains error information if signature verification failed.
    Other fields will be empty in this case. """
    warnings: list[str] | None
    """ Warnings contains any warnings that occurred during signature verification.
    For example, if there was no internet connectivity and cached trust roots were used.
    Warning does not indicate a failed verification but may point to configuration issues. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        timestamps: list[SignatureTimestamp] | None = None,
        known_signer: KnownSignerIdentity | None = None,
        docker_reference: str | None = None,
        signer: SignerIdentity | None = None,
        signature_type: SignatureType | None = None,
        error: str | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.name = name
        self.timestamps = timestamps
        self.known_signer = known_signer
        self.docker_reference = docker_reference
        self.signer = signer
        self.signature_type = signature_type
        self.error = error
        self.warnings = warnings
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        timestamps = self.timestamps
        if timestamps is not None:
            timestamps_json: list[dict[str, Any]] | None
            if isinstance(timestamps, list):
                timestamps_json = []
                for timestamps_type_0_item_data in timestamps:
                    timestamps_type_0_item = timestamps_type_0_item_data.to_dict()
                    timestamps_json.append(timestamps_type_0_item)

            else:
                timestamps_json = timestamps
            field_dict["Timestamps"] = timestamps_json
        elif "Timestamps" in self._sent:
            field_dict["Timestamps"] = None

        known_signer = self.known_signer
        if known_signer is not None:
            known_signer_json: str = known_signer
            field_dict["KnownSigner"] = known_signer_json
        elif "KnownSigner" in self._sent:
            field_dict["KnownSigner"] = None

        if self.docker_reference is not None:
            field_dict["DockerReference"] = self.docker_reference
        elif "DockerReference" in self._sent:
            field_dict["DockerReference"] = None

        signer = self.signer
        if signer is not None:
            signer_json: dict[str, Any] | None
            if isinstance(signer, SignerIdentity):
                signer_json = signer.to_dict()
            else:
                signer_json = signer
            field_dict["Signer"] = signer_json
        elif "Signer" in self._sent:
            field_dict["Signer"] = None

        signature_type = self.signature_type
        if signature_type is not None:
            signature_type_json: str = signature_type
            field_dict["SignatureType"] = signature_type_json
        elif "SignatureType" in self._sent:
            field_dict["SignatureType"] = None

        if self.error is not None:
            field_dict["Error"] = self.error
        elif "Error" in self._sent:
            field_dict["Error"] = None

        warnings = self.warnings
        if warnings is not None:
            warnings_json: list[str] | None
            if isinstance(warnings, list):
                warnings_json = warnings

            else:
                warnings_json = warnings
            field_dict["Warnings"] = warnings_json
        elif "Warnings" in self._sent:
            field_dict["Warnings"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        d.pop("Timestamps", None)

        _known_signer_src = d.pop("KnownSigner", None)
        known_signer: KnownSignerIdentity | None
        if _known_signer_src is None:
            known_signer = None
        else:
            known_signer_value = check_known_signer_identity(_known_signer_src)

            known_signer = known_signer_value

        docker_reference = d.pop("DockerReference", None)

        d.pop("Signer", None)

        _signature_type_src = d.pop("SignatureType", None)
        signature_type: SignatureType | None
        if _signature_type_src is None:
            signature_type = None
        else:
            signature_type_value = check_signature_type(_signature_type_src)

            signature_type = signature_type_value

        error = d.pop("Error", None)

        _warnings_data = d.pop("Warnings", None)
        warnings: list[str] | None
        if _warnings_data is None:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        signature_identity = _new(cls)
        signature_identity._sent = src_dict
        signature_identity.name = name
        signature_identity.known_signer = known_signer
        signature_identity.docker_reference = docker_reference
        signature_identity.signature_type = signature_type
        signature_identity.error = error
        signature_identity.warnings = warnings
        signature_identity.additional_properties = d
        return signature_identity

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "timestamps",
            "signer",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "timestamps":
            _timestamps_data = src.get("Timestamps")
            timestamps: list[SignatureTimestamp] | None
            if _timestamps_data is None:
                timestamps = _timestamps_data
            elif isinstance(_timestamps_data, list):
                timestamps_type_0 = []
                _timestamps_type_0 = _timestamps_data
                for timestamps_type_0_item_data in _timestamps_type_0:
                    timestamps_type_0_item = SignatureTimestamp.from_dict(
                        timestamps_type_0_item_data
                    )

                    timestamps_type_0.append(timestamps_type_0_item)

                timestamps = timestamps_type_0
            else:
                raise TypeError(
                    f"timestamps: expected list[SignatureTimestamp] | None, got {type(_timestamps_data).__name__}: {_timestamps_data!r:.200}"
                )

            return timestamps
        if deferred_name == "signer":
            _signer_data = src.get("Signer")
            signer: SignerIdentity | None
            if _signer_data is None:
                signer = _signer_data
            elif isinstance(_signer_data, dict):
                signer_type_0 = SignerIdentity.from_dict(_signer_data)

                signer = signer_type_0
            else:
                raise TypeError(
                    f"signer: expected None | SignerIdentity, got {type(_signer_data).__name__}: {_signer_data!r:.200}"
                )

            return signer
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Timestamps": "timestamps",
        "KnownSigner": "known_signer",
        "DockerReference": "docker_reference",
        "Signer": "signer",
        "SignatureType": "signature_type",
        "Error": "error",
        "Warnings": "warnings",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "DockerReference", "Error"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Timestamps"]) -> list[SignatureTimestamp]: ...
        @overload
        def __getitem__(self, key: Literal["KnownSigner"]) -> KnownSignerIdentity: ...
        @overload
        def __getitem__(self, key: Literal["Signer"]) -> SignerIdentity: ...
        @overload
        def __getitem__(self, key: Literal["SignatureType"]) -> SignatureType: ...
        @overload
        def __getitem__(self, key: Literal["Warnings"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Name", "DockerReference", "Error"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Timestamps"], default: None = None
        ) -> list[SignatureTimestamp] | None: ...
        @overload
        def get(
            self, key: Literal["KnownSigner"], default: None = None
        ) -> KnownSignerIdentity | None: ...
        @overload
        def get(self, key: Literal["Signer"], default: None = None) -> SignerIdentity | None: ...
        @overload
        def get(
            self, key: Literal["SignatureType"], default: None = None
        ) -> SignatureType | None: ...
        @overload
        def get(self, key: Literal["Warnings"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.signature_timestamp import SignatureTimestamp
from ..models.signer_identity import SignerIdentity
