from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_signer_identity import KnownSignerIdentity, check_known_signer_identity
from ..models.signature_type import SignatureType, check_signature_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureIdentity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SignatureIdentity:
    """SignatureIdentity contains the properties of verified signatures for the image."""

    name: str | Unset = UNSET
    """ Name is a textual description summarizing the type of signature. """
    timestamps: list[SignatureTimestamp] | Unset | None = UNSET
    """ Timestamps contains a list of verified signed timestamps for the signature. """
    known_signer: KnownSignerIdentity | Unset = UNSET
    """ KnownSignerIdentity is an identifier for a special signer identity that is known to the implementation. """
    docker_reference: str | Unset = UNSET
    """ DockerReference is the Docker image reference associated with the signature.
    This is an optional field only present in older hashedrecord signatures. """
    signer: SignerIdentity | Unset | None = UNSET
    """ Signer contains information about the signer certificate used to sign the image. """
    signature_type: SignatureType | Unset = UNSET
    """ SignatureType is the type of signature format. """
    error: str | Unset = UNSET
    """ Error contains error information if signature verification failed.
    Other fields will be empty in this case. """
    warnings: list[str] | Unset | None = UNSET
    """ Warnings contains any warnings that occurred during signature verification.
    For example, if there was no internet connectivity and cached trust roots were used.
    Warning does not indicate a failed verification but may point to configuration issues. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        timestamps: list[dict[str, Any]] | Unset | None
        if isinstance(self.timestamps, Unset):
            timestamps = UNSET
        elif isinstance(self.timestamps, list):
            timestamps = []
            for timestamps_type_0_item_data in self.timestamps:
                timestamps_type_0_item = timestamps_type_0_item_data.to_dict()
                timestamps.append(timestamps_type_0_item)

        else:
            timestamps = self.timestamps

        known_signer: str | Unset = UNSET
        if not isinstance(self.known_signer, Unset):
            known_signer = self.known_signer

        docker_reference = self.docker_reference

        signer: dict[str, Any] | Unset | None
        if isinstance(self.signer, Unset):
            signer = UNSET
        elif isinstance(self.signer, SignerIdentity):
            signer = self.signer.to_dict()
        else:
            signer = self.signer

        signature_type: str | Unset = UNSET
        if not isinstance(self.signature_type, Unset):
            signature_type = self.signature_type

        error = self.error

        warnings: list[str] | Unset | None
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if timestamps is not UNSET:
            field_dict["Timestamps"] = timestamps
        if known_signer is not UNSET:
            field_dict["KnownSigner"] = known_signer
        if docker_reference is not UNSET:
            field_dict["DockerReference"] = docker_reference
        if signer is not UNSET:
            field_dict["Signer"] = signer
        if signature_type is not UNSET:
            field_dict["SignatureType"] = signature_type
        if error is not UNSET:
            field_dict["Error"] = error
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _timestamps_data = d.pop("Timestamps", UNSET)
        timestamps: list[SignatureTimestamp] | Unset | None
        if _timestamps_data is None or _timestamps_data is UNSET:
            timestamps = _timestamps_data
        elif isinstance(_timestamps_data, list):
            timestamps_type_0 = []
            _timestamps_type_0 = _timestamps_data
            for timestamps_type_0_item_data in _timestamps_type_0:
                timestamps_type_0_item = SignatureTimestamp.from_dict(timestamps_type_0_item_data)

                timestamps_type_0.append(timestamps_type_0_item)

            timestamps = timestamps_type_0
        else:
            raise TypeError(
                f"timestamps: expected list[SignatureTimestamp] | None, got {type(_timestamps_data).__name__}: {_timestamps_data!r:.200}"
            )

        _known_signer = d.pop("KnownSigner", UNSET)
        known_signer: KnownSignerIdentity | Unset
        if _known_signer is UNSET:
            known_signer = UNSET
        else:
            known_signer = check_known_signer_identity(_known_signer)

        docker_reference = d.pop("DockerReference", UNSET)

        _signer_data = d.pop("Signer", UNSET)
        signer: SignerIdentity | Unset | None
        if _signer_data is None or _signer_data is UNSET:
            signer = _signer_data
        elif isinstance(_signer_data, dict):
            signer_type_0 = SignerIdentity.from_dict(_signer_data)

            signer = signer_type_0
        else:
            raise TypeError(
                f"signer: expected None | SignerIdentity, got {type(_signer_data).__name__}: {_signer_data!r:.200}"
            )

        _signature_type = d.pop("SignatureType", UNSET)
        signature_type: SignatureType | Unset
        if _signature_type is UNSET:
            signature_type = UNSET
        else:
            signature_type = check_signature_type(_signature_type)

        error = d.pop("Error", UNSET)

        _warnings_data = d.pop("Warnings", UNSET)
        warnings: list[str] | Unset | None
        if _warnings_data is None or _warnings_data is UNSET:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        signature_identity = _new(cls)
        signature_identity.name = name
        signature_identity.timestamps = timestamps
        signature_identity.known_signer = known_signer
        signature_identity.docker_reference = docker_reference
        signature_identity.signer = signer
        signature_identity.signature_type = signature_type
        signature_identity.error = error
        signature_identity.warnings = warnings
        signature_identity.additional_properties = d
        return signature_identity

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


from ..models.signature_timestamp import SignatureTimestamp
from ..models.signer_identity import SignerIdentity
