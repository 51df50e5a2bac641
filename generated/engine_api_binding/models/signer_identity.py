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

T = TypeVar("T", bound="SignerIdentity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SignerIdentity(Model):
    """SignerIdentity contains information about the signer certificate used to sign the image."""

    __match_args__ = (
        "certificate_issuer",
        "subject_alternative_name",
        "issuer",
        "build_signer_uri",
        "build_signer_digest",
        "runner_environment",
        "source_repository_uri",
        "source_repository_digest",
        "source_repository_ref",
        "source_repository_identifier",
        "source_repository_owner_uri",
        "source_repository_owner_identifier",
        "build_config_uri",
        "build_config_digest",
        "build_trigger",
        "run_invocation_uri",
        "source_repository_visibility_at_signing",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    certificate_issuer: str | None
    """ CertificateIssuer is the certificate issuer. """
    subject_alternative_name: str | None
    """ SubjectAlternativeName is the certificate subject alternative name. """
    issuer: str | None
    """ The OIDC issuer. Should match `iss` claim of ID token or, in the case of
    a federated login like Dex it should match the issuer URL of the
    upstream issuer. The issuer is not set the extensions are invalid and
    will fail to render. """
    build_signer_uri: str | None
    """ Reference to specific build instructions that are responsible for signing. """
    build_signer_digest: str | None
    """ Immutable reference to the specific version of the build instructions that is responsible for signing. """
    runner_environment: str | None
    """ Specifies whether the build took place in platform-hosted cloud infrastructure or customer/self-hosted
    infrastructure. """
    source_repository_uri: str | None
    """ Source repository URL that the build was based on. """
    source_repository_digest: str | None
    """ Immutable reference to a specific version of the source code that the build was based upon. """
    source_repository_ref: str | None
    """ Source Repository Ref that the build run was based upon. """
    source_repository_identifier: str | None
    """ Immutable identifier for the source repository the workflow was based upon. """
    source_repository_owner_uri: str | None
    """ Source repository owner URL of the owner of the source repository that the build was based on. """
    source_repository_owner_identifier: str | None
    """ Immutable identifier for the owner of the source repository that the workflow was based upon. """
    build_config_uri: str | None
    """ Build Config URL to the top-level/initiating build instructions. """
    build_config_digest: str | None
    """ Immutable reference to the specific version of the top-level/initiating build instructions. """
    build_trigger: str | None
    """ Event or action that initiated the build. """
    run_invocation_uri: str | None
    """ Run Invocation URL to uniquely identify the build execution. """
    source_repository_visibility_at_signing: str | None
    """ Source repository visibility at the time of signing the certificate. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        certificate_issuer: str | None = None,
        subject_alternative_name: str | None = None,
        issuer: str | None = None,
        build_signer_uri: str | None = None,
        build_signer_digest: str | None = None,
        runner_environment: str | None = None,
        source_repository_uri: str | None = None,
        source_repository_digest: str | None = None,
        source_repository_ref: str | None = None,
        source_repository_identifier: str | None = None,
        source_repository_owner_uri: str | None = None,
        source_repository_owner_identifier: str | None = None,
        build_config_uri: str | None = None,
        build_config_digest: str | None = None,
        build_trigger: str | None = None,
        run_invocation_uri: str | None = None,
        source_repository_visibility_at_signing: str | None = None,
    ) -> None:
        self.certificate_issuer = certificate_issuer
        self.subject_alternative_name = subject_alternative_name
        self.issuer = issuer
        self.build_signer_uri = build_signer_uri
        self.build_signer_digest = build_signer_digest
        self.runner_environment = runner_environment
        self.source_repository_uri = source_repository_uri
        self.source_repository_digest = source_repository_digest
        self.source_repository_ref = source_repository_ref
        self.source_repository_identifier = source_repository_identifier
        self.source_repository_owner_uri = source_repository_owner_uri
        self.source_repository_owner_identifier = source_repository_owner_identifier
        self.build_config_uri = build_config_uri
        self.build_config_digest = build_config_digest
        self.build_trigger = build_trigger
        self.run_invocation_uri = run_invocation_uri
        self.source_repository_visibility_at_signing = source_repository_visibility_at_signing
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.certificate_issuer is not None:
            field_dict["CertificateIssuer"] = self.certificate_issuer
        elif "CertificateIssuer" in self._sent:
            field_dict["CertificateIssuer"] = None

        if self.subject_alternative_name is not None:
            field_dict["SubjectAlternativeName"] = self.subject_alternative_name
        elif "SubjectAlternativeName" in self._sent:
            field_dict["SubjectAlternativeName"] = None

        if self.issuer is not None:
            field_dict["Issuer"] = self.issuer
        elif "Issuer" in self._sent:
            field_dict["Issuer"] = None

        if self.build_signer_uri is not None:
            field_dict["BuildSignerURI"] = self.build_signer_uri
        elif "BuildSignerURI" in self._sent:
            field_dict["BuildSignerURI"] = None

        if self.build_signer_digest is not None:
            field_dict["BuildSignerDigest"] = self.build_signer_digest
        elif "BuildSignerDigest" in self._sent:
            field_dict["BuildSignerDigest"] = None

        if self.runner_environment is not None:
            field_dict["RunnerEnvironment"] = self.runner_environment
        elif "RunnerEnvironment" in self._sent:
            field_dict["RunnerEnvironment"] = None

        if self.source_repository_uri is not None:
            field_dict["SourceRepositoryURI"] = self.source_repository_uri
        elif "SourceRepositoryURI" in self._sent:
            field_dict["SourceRepositoryURI"] = None

        if self.source_repository_digest is not None:
            field_dict["SourceRepositoryDigest"] = self.source_repository_digest
        elif "SourceRepositoryDigest" in self._sent:
            field_dict["SourceRepositoryDigest"] = None

        if self.source_repository_ref is not None:
            field_dict["SourceRepositoryRef"] = self.source_repository_ref
        elif "SourceRepositoryRef" in self._sent:
            field_dict["SourceRepositoryRef"] = None

        if self.source_repository_identifier is not None:
            field_dict["SourceRepositoryIdentifier"] = self.source_repository_identifier
        elif "SourceRepositoryIdentifier" in self._sent:
            field_dict["SourceRepositoryIdentifier"] = None

        if self.source_repository_owner_uri is not None:
            field_dict["SourceRepositoryOwnerURI"] = self.source_repository_owner_uri
        elif "SourceRepositoryOwnerURI" in self._sent:
            field_dict["SourceRepositoryOwnerURI"] = None

        if self.source_repository_owner_identifier is not None:
            field_dict["SourceRepositoryOwnerIdentifier"] = self.source_repository_owner_identifier
        elif "SourceRepositoryOwnerIdentifier" in self._sent:
            field_dict["SourceRepositoryOwnerIdentifier"] = None

        if self.build_config_uri is not None:
            field_dict["BuildConfigURI"] = self.build_config_uri
        elif "BuildConfigURI" in self._sent:
            field_dict["BuildConfigURI"] = None

        if self.build_config_digest is not None:
            field_dict["BuildConfigDigest"] = self.build_config_digest
        elif "BuildConfigDigest" in self._sent:
            field_dict["BuildConfigDigest"] = None

        if self.build_trigger is not None:
            field_dict["BuildTrigger"] = self.build_trigger
        elif "BuildTrigger" in self._sent:
            field_dict["BuildTrigger"] = None

        if self.run_invocation_uri is not None:
            field_dict["RunInvocationURI"] = self.run_invocation_uri
        elif "RunInvocationURI" in self._sent:
            field_dict["RunInvocationURI"] = None

        if self.source_repository_visibility_at_signing is not None:
            field_dict["SourceRepositoryVisibilityAtSigning"] = (
                self.source_repository_visibility_at_signing
            )
        elif "SourceRepositoryVisibilityAtSigning" in self._sent:
            field_dict["SourceRepositoryVisibilityAtSigning"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        certificate_issuer = d.pop("CertificateIssuer", None)

        subject_alternative_name = d.pop("SubjectAlternativeName", None)

        issuer = d.pop("Issuer", None)

        build_signer_uri = d.pop("BuildSignerURI", None)

        build_signer_digest = d.pop("BuildSignerDigest", None)

        runner_environment = d.pop("RunnerEnvironment", None)

        source_repository_uri = d.pop("SourceRepositoryURI", None)

        source_repository_digest = d.pop("SourceRepositoryDigest", None)

        source_repository_ref = d.pop("SourceRepositoryRef", None)

        source_repository_identifier = d.pop("SourceRepositoryIdentifier", None)

        source_repository_owner_uri = d.pop("SourceRepositoryOwnerURI", None)

        source_repository_owner_identifier = d.pop("SourceRepositoryOwnerIdentifier", None)

        build_config_uri = d.pop("BuildConfigURI", None)

        build_config_digest = d.pop("BuildConfigDigest", None)

        build_trigger = d.pop("BuildTrigger", None)

        run_invocation_uri = d.pop("RunInvocationURI", None)

        source_repository_visibility_at_signing = d.pop("SourceRepositoryVisibilityAtSigning", None)

        signer_identity = _new(cls)
        signer_identity._sent = src_dict
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

    _keys: ClassVar[dict[str, str]] = {
        "CertificateIssuer": "certificate_issuer",
        "SubjectAlternativeName": "subject_alternative_name",
        "Issuer": "issuer",
        "BuildSignerURI": "build_signer_uri",
        "BuildSignerDigest": "build_signer_digest",
        "RunnerEnvironment": "runner_environment",
        "SourceRepositoryURI": "source_repository_uri",
        "SourceRepositoryDigest": "source_repository_digest",
        "SourceRepositoryRef": "source_repository_ref",
        "SourceRepositoryIdentifier": "source_repository_identifier",
        "SourceRepositoryOwnerURI": "source_repository_owner_uri",
        "SourceRepositoryOwnerIdentifier": "source_repository_owner_identifier",
        "BuildConfigURI": "build_config_uri",
        "BuildConfigDigest": "build_config_digest",
        "BuildTrigger": "build_trigger",
        "RunInvocationURI": "run_invocation_uri",
        "SourceRepositoryVisibilityAtSigning": "source_repository_visibility_at_signing",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "CertificateIssuer",
                "SubjectAlternativeName",
                "Issuer",
                "BuildSignerURI",
                "BuildSignerDigest",
                "RunnerEnvironment",
                "SourceRepositoryURI",
                "SourceRepositoryDigest",
                "SourceRepositoryRef",
                "SourceRepositoryIdentifier",
                "SourceRepositoryOwnerURI",
                "SourceRepositoryOwnerIdentifier",
                "BuildConfigURI",
                "BuildConfigDigest",
                "BuildTrigger",
                "RunInvocationURI",
                "SourceRepositoryVisibilityAtSigning",
            ],
        ) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "CertificateIssuer",
                "SubjectAlternativeName",
                "Issuer",
                "BuildSignerURI",
                "BuildSignerDigest",
                "RunnerEnvironment",
                "SourceRepositoryURI",
                "SourceRepositoryDigest",
                "SourceRepositoryRef",
                "SourceRepositoryIdentifier",
                "SourceRepositoryOwnerURI",
                "SourceRepositoryOwnerIdentifier",
                "BuildConfigURI",
                "BuildConfigDigest",
                "BuildTrigger",
                "RunInvocationURI",
                "SourceRepositoryVisibilityAtSigning",
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
