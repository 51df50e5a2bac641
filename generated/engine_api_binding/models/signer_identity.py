from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignerIdentity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SignerIdentity:
    """SignerIdentity contains information about the signer certificate used to sign the image."""

    certificate_issuer: str | Unset = UNSET
    """ CertificateIssuer is the certificate issuer. """
    subject_alternative_name: str | Unset = UNSET
    """ SubjectAlternativeName is the certificate subject alternative name. """
    issuer: str | Unset = UNSET
    """ The OIDC issuer. Should match `iss` claim of ID token or, in the case of
    a federated login like Dex it should match the issuer URL of the
    upstream issuer. The issuer is not set the extensions are invalid and
    will fail to render. """
    build_signer_uri: str | Unset = UNSET
    """ Reference to specific build instructions that are responsible for signing. """
    build_signer_digest: str | Unset = UNSET
    """ Immutable reference to the specific version of the build instructions that is responsible for signing. """
    runner_environment: str | Unset = UNSET
    """ Specifies whether the build took place in platform-hosted cloud infrastructure or customer/self-hosted
    infrastructure. """
    source_repository_uri: str | Unset = UNSET
    """ Source repository URL that the build was based on. """
    source_repository_digest: str | Unset = UNSET
    """ Immutable reference to a specific version of the source code that the build was based upon. """
    source_repository_ref: str | Unset = UNSET
    """ Source Repository Ref that the build run was based upon. """
    source_repository_identifier: str | Unset = UNSET
    """ Immutable identifier for the source repository the workflow was based upon. """
    source_repository_owner_uri: str | Unset = UNSET
    """ Source repository owner URL of the owner of the source repository that the build was based on. """
    source_repository_owner_identifier: str | Unset = UNSET
    """ Immutable identifier for the owner of the source repository that the workflow was based upon. """
    build_config_uri: str | Unset = UNSET
    """ Build Config URL to the top-level/initiating build instructions. """
    build_config_digest: str | Unset = UNSET
    """ Immutable reference to the specific version of the top-level/initiating build instructions. """
    build_trigger: str | Unset = UNSET
    """ Event or action that initiated the build. """
    run_invocation_uri: str | Unset = UNSET
    """ Run Invocation URL to uniquely identify the build execution. """
    source_repository_visibility_at_signing: str | Unset = UNSET
    """ Source repository visibility at the time of signing the certificate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_issuer = self.certificate_issuer

        subject_alternative_name = self.subject_alternative_name

        issuer = self.issuer

        build_signer_uri = self.build_signer_uri

        build_signer_digest = self.build_signer_digest

        runner_environment = self.runner_environment

        source_repository_uri = self.source_repository_uri

        source_repository_digest = self.source_repository_digest

        source_repository_ref = self.source_repository_ref

        source_repository_identifier = self.source_repository_identifier

        source_repository_owner_uri = self.source_repository_owner_uri

        source_repository_owner_identifier = self.source_repository_owner_identifier

        build_config_uri = self.build_config_uri

        build_config_digest = self.build_config_digest

        build_trigger = self.build_trigger

        run_invocation_uri = self.run_invocation_uri

        source_repository_visibility_at_signing = self.source_repository_visibility_at_signing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate_issuer is not UNSET:
            field_dict["CertificateIssuer"] = certificate_issuer
        if subject_alternative_name is not UNSET:
            field_dict["SubjectAlternativeName"] = subject_alternative_name
        if issuer is not UNSET:
            field_dict["Issuer"] = issuer
        if build_signer_uri is not UNSET:
            field_dict["BuildSignerURI"] = build_signer_uri
        if build_signer_digest is not UNSET:
            field_dict["BuildSignerDigest"] = build_signer_digest
        if runner_environment is not UNSET:
            field_dict["RunnerEnvironment"] = runner_environment
        if source_repository_uri is not UNSET:
            field_dict["SourceRepositoryURI"] = source_repository_uri
        if source_repository_digest is not UNSET:
            field_dict["SourceRepositoryDigest"] = source_repository_digest
        if source_repository_ref is not UNSET:
            field_dict["SourceRepositoryRef"] = source_repository_ref
        if source_repository_identifier is not UNSET:
            field_dict["SourceRepositoryIdentifier"] = source_repository_identifier
        if source_repository_owner_uri is not UNSET:
            field_dict["SourceRepositoryOwnerURI"] = source_repository_owner_uri
        if source_repository_owner_identifier is not UNSET:
            field_dict["SourceRepositoryOwnerIdentifier"] = source_repository_owner_identifier
        if build_config_uri is not UNSET:
            field_dict["BuildConfigURI"] = build_config_uri
        if build_config_digest is not UNSET:
            field_dict["BuildConfigDigest"] = build_config_digest
        if build_trigger is not UNSET:
            field_dict["BuildTrigger"] = build_trigger
        if run_invocation_uri is not UNSET:
            field_dict["RunInvocationURI"] = run_invocation_uri
        if source_repository_visibility_at_signing is not UNSET:
            field_dict["SourceRepositoryVisibilityAtSigning"] = (
                source_repository_visibility_at_signing
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate_issuer = d.pop("CertificateIssuer", UNSET)

        subject_alternative_name = d.pop("SubjectAlternativeName", UNSET)

        issuer = d.pop("Issuer", UNSET)

        build_signer_uri = d.pop("BuildSignerURI", UNSET)

        build_signer_digest = d.pop("BuildSignerDigest", UNSET)

        runner_environment = d.pop("RunnerEnvironment", UNSET)

        source_repository_uri = d.pop("SourceRepositoryURI", UNSET)

        source_repository_digest = d.pop("SourceRepositoryDigest", UNSET)

        source_repository_ref = d.pop("SourceRepositoryRef", UNSET)

        source_repository_identifier = d.pop("SourceRepositoryIdentifier", UNSET)

        source_repository_owner_uri = d.pop("SourceRepositoryOwnerURI", UNSET)

        source_repository_owner_identifier = d.pop("SourceRepositoryOwnerIdentifier", UNSET)

        build_config_uri = d.pop("BuildConfigURI", UNSET)

        build_config_digest = d.pop("BuildConfigDigest", UNSET)

        build_trigger = d.pop("BuildTrigger", UNSET)

        run_invocation_uri = d.pop("RunInvocationURI", UNSET)

        source_repository_visibility_at_signing = d.pop(
            "SourceRepositoryVisibilityAtSigning", UNSET
        )

        signer_identity = _new(cls)
        signer_identity.certificate_issuer = certificate_issuer
        signer_identity.subject_alternative_name = subject_alternative_name
        signer_identity.issuer = issuer
        signer_identity.build_signer_uri = build_signer_uri
        signer_identity.build_signer_digest = build_signer_digest
        signer_identity.runner_environment = runner_environment
        signer_identity.source_repository_uri = source_repository_uri
        signer_identity.source_repository_digest = source_repository_digest
        signer_identity.source_repository_ref = source_repository_ref
        signer_identity.source_repository_identifier = source_repository_identifier
        signer_identity.source_repository_owner_uri = source_repository_owner_uri
        signer_identity.source_repository_owner_identifier = source_repository_owner_identifier
        signer_identity.build_config_uri = build_config_uri
        signer_identity.build_config_digest = build_config_digest
        signer_identity.build_trigger = build_trigger
        signer_identity.run_invocation_uri = run_invocation_uri
        signer_identity.source_repository_visibility_at_signing = (
            source_repository_visibility_at_signing
        )
        signer_identity.additional_properties = d
        return signer_identity

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
