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

T = TypeVar("T", bound="RegistryServiceConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class RegistryServiceConfig(Model):
    """RegistryServiceConfig stores daemon registry services configuration."""

    __match_args__ = (
        "insecure_registry_cidrs",
        "index_configs",
        "mirrors",
        "allow_nondistributable_artifacts_cidrs",
        "allow_nondistributable_artifacts_hostnames",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    insecure_registry_cidrs: list[str] | None
    """ List of IP ranges of insecure registries, using the CIDR syntax
    ([RFC 4632](https://tools.ietf.org/html/4632)). Insecure registries
    accept un-encrypted (HTTP) and/or untrusted (HTTPS with certificates
    from unknown CAs) communication.

    By default, local registries (`::1/128` and `127.0.0.0/8`) are configured as
    insecure. All other registries are secure. Communicating with an
    insecure registry is not possible if the daemon assumes that registry
    is secure.

    This configuration override this behavior, insecure communication with
    registries whose resolved IP address is within the subnet described by
    the CIDR syntax.

    Registries can also be marked insecure by hostname. Those registries
    are listed under `IndexConfigs` and have their `Secure` field set to
    `false`.

    > **Warning**: Using this option can be useful when running a local
    > registry, but introduces security vulnerabilities. This option
    > should therefore ONLY be used for testing purposes. For increased
    > security, users should add their CA to their system's list of trusted
    > CAs instead of enabling this option.
     """
    index_configs: RegistryServiceConfigIndexConfigs | None
    mirrors: list[str] | None
    """ List of registry URLs that act as a mirror for the official
    (`docker.io`) registry.
     """
    allow_nondistributable_artifacts_cidrs: list[str] | None
    """ Sent and accepted by engines up to API 1.48; removed after it.

    List of IP ranges to which nondistributable artifacts can be pushed,
    using the CIDR syntax [RFC 4632](https://tools.ietf.org/html/4632).

    <p><br /></p>

    > **Deprecated**: Pushing nondistributable artifacts is now always enabled
    > and this field is always `null`. This field will be removed in a API v1.49.
     """
    allow_nondistributable_artifacts_hostnames: list[str] | None
    """ Sent and accepted by engines up to API 1.48; removed after it.

    List of registry hostnames to which nondistributable artifacts can be
    pushed, using the format `<hostname>[:<port>]` or `<IP address>[:<port>]`.

    <p><br /></p>

    > **Deprecated**: Pushing nondistributable artifacts is now always enabled
    > and this field is always `null`. This field will be removed in a API v1.49.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        insecure_registry_cidrs: list[str] | None = None,
        index_configs: RegistryServiceConfigIndexConfigs | None = None,
        mirrors: list[str] | None = None,
        allow_nondistributable_artifacts_cidrs: list[str] | None = None,
        allow_nondistributable_artifacts_hostnames: list[str] | None = None,
    ) -> None:
        self.insecure_registry_cidrs = insecure_registry_cidrs
        self.index_configs = index_configs
        self.mirrors = mirrors
        self.allow_nondistributable_artifacts_cidrs = allow_nondistributable_artifacts_cidrs
        self.allow_nondistributable_artifacts_hostnames = allow_nondistributable_artifacts_hostnames
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        insecure_registry_cidrs = self.insecure_registry_cidrs
        if insecure_registry_cidrs is not None:
            insecure_registry_cidrs_json: list[str] | None
            if isinstance(insecure_registry_cidrs, list):
                insecure_registry_cidrs_json = insecure_registry_cidrs

            else:
                insecure_registry_cidrs_json = insecure_registry_cidrs
            field_dict["InsecureRegistryCIDRs"] = insecure_registry_cidrs_json
        elif "InsecureRegistryCIDRs" in self._sent:
            field_dict["InsecureRegistryCIDRs"] = None

        index_configs = self.index_configs
        if index_configs is not None:
            index_configs_json: dict[str, Any] | None
            if isinstance(index_configs, RegistryServiceConfigIndexConfigs):
                index_configs_json = index_configs.to_dict()
            else:
                index_configs_json = index_configs
            field_dict["IndexConfigs"] = index_configs_json
        elif "IndexConfigs" in self._sent:
            field_dict["IndexConfigs"] = None

        mirrors = self.mirrors
        if mirrors is not None:
            mirrors_json: list[str] | None
            if isinstance(mirrors, list):
                mirrors_json = mirrors

            else:
                mirrors_json = mirrors
            field_dict["Mirrors"] = mirrors_json
        elif "Mirrors" in self._sent:
            field_dict["Mirrors"] = None

        allow_nondistributable_artifacts_cidrs = self.allow_nondistributable_artifacts_cidrs
        if allow_nondistributable_artifacts_cidrs is not None:
            allow_nondistributable_artifacts_cidrs_json: list[str] | None
            if isinstance(allow_nondistributable_artifacts_cidrs, list):
                allow_nondistributable_artifacts_cidrs_json = allow_nondistributable_artifacts_cidrs

            else:
                allow_nondistributable_artifacts_cidrs_json = allow_nondistributable_artifacts_cidrs
            field_dict["AllowNondistributableArtifactsCIDRs"] = (
                allow_nondistributable_artifacts_cidrs_json
            )
        elif "AllowNondistributableArtifactsCIDRs" in self._sent:
            field_dict["AllowNondistributableArtifactsCIDRs"] = None

        allow_nondistributable_artifacts_hostnames = self.allow_nondistributable_artifacts_hostnames
        if allow_nondistributable_artifacts_hostnames is not None:
            allow_nondistributable_artifacts_hostnames_json: list[str] | None
            if isinstance(allow_nondistributable_artifacts_hostnames, list):
                allow_nondistributable_artifacts_hostnames_json = (
                    allow_nondistributable_artifacts_hostnames
                )

            else:
                allow_nondistributable_artifacts_hostnames_json = (
                    allow_nondistributable_artifacts_hostnames
                )
            field_dict["AllowNondistributableArtifactsHostnames"] = (
                allow_nondistributable_artifacts_hostnames_json
            )
        elif "AllowNondistributableArtifactsHostnames" in self._sent:
            field_dict["AllowNondistributableArtifactsHostnames"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _insecure_registry_cidrs_data = d.pop("InsecureRegistryCIDRs", None)
        insecure_registry_cidrs: list[str] | None
        if _insecure_registry_cidrs_data is None:
            insecure_registry_cidrs = _insecure_registry_cidrs_data
        elif isinstance(_insecure_registry_cidrs_data, list):
            insecure_registry_cidrs_type_0 = _insecure_registry_cidrs_data

            insecure_registry_cidrs = insecure_registry_cidrs_type_0
        else:
            raise TypeError(
                f"insecure_registry_cidrs: expected list[str] | None, got {type(_insecure_registry_cidrs_data).__name__}: {_insecure_registry_cidrs_data!r:.200}"
            )

        d.pop("IndexConfigs", None)

        _mirrors_data = d.pop("Mirrors", None)
        mirrors: list[str] | None
        if _mirrors_data is None:
            mirrors = _mirrors_data
        elif isinstance(_mirrors_data, list):
            mirrors_type_0 = _mirrors_data

            mirrors = mirrors_type_0
        else:
            raise TypeError(
                f"mirrors: expected list[str] | None, got {type(_mirrors_data).__name__}: {_mirrors_data!r:.200}"
            )

        _allow_nondistributable_artifacts_cidrs_data = d.pop(
            "AllowNondistributableArtifactsCIDRs", None
        )
        allow_nondistributable_artifacts_cidrs: list[str] | None
        if _allow_nondistributable_artifacts_cidrs_data is None:
            allow_nondistributable_artifacts_cidrs = _allow_nondistributable_artifacts_cidrs_data
        elif isinstance(_allow_nondistributable_artifacts_cidrs_data, list):
            allow_nondistributable_artifacts_cidrs_type_0 = (
                _allow_nondistributable_artifacts_cidrs_data
            )

            allow_nondistributable_artifacts_cidrs = allow_nondistributable_artifacts_cidrs_type_0
        else:
            raise TypeError(
                f"allow_nondistributable_artifacts_cidrs: expected list[str] | None, got {type(_allow_nondistributable_artifacts_cidrs_data).__name__}: {_allow_nondistributable_artifacts_cidrs_data!r:.200}"
            )

        _allow_nondistributable_artifacts_hostnames_data = d.pop(
            "AllowNondistributableArtifactsHostnames", None
        )
        allow_nondistributable_artifacts_hostnames: list[str] | None
        if _allow_nondistributable_artifacts_hostnames_data is None:
            allow_nondistributable_artifacts_hostnames = (
                _allow_nondistributable_artifacts_hostnames_data
            )
        elif isinstance(_allow_nondistributable_artifacts_hostnames_data, list):
            allow_nondistributable_artifacts_hostnames_type_0 = (
                _allow_nondistributable_artifacts_hostnames_data
            )

            allow_nondistributable_artifacts_hostnames = (
                allow_nondistributable_artifacts_hostnames_type_0
            )
        else:
            raise TypeError(
                f"allow_nondistributable_artifacts_hostnames: expected list[str] | None, got {type(_allow_nondistributable_artifacts_hostnames_data).__name__}: {_allow_nondistributable_artifacts_hostnames_data!r:.200}"
            )

        registry_service_config = _new(cls)
        registry_service_config._sent = src_dict
        registry_service_config.insecure_registry_cidrs = insecure_registry_cidrs
        registry_service_config.mirrors = mirrors
        registry_service_config.allow_nondistributable_artifacts_cidrs = (
            allow_nondistributable_artifacts_cidrs
        )
        registry_service_config.allow_nondistributable_artifacts_hostnames = (
            allow_nondistributable_artifacts_hostnames
        )
        registry_service_config.additional_properties = d
        return registry_service_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "index_configs",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "index_configs":
            _index_configs_data = src.get("IndexConfigs")
            index_configs: RegistryServiceConfigIndexConfigs | None
            if _index_configs_data is None:
                index_configs = _index_configs_data
            elif isinstance(_index_configs_data, dict):
                index_configs_type_0 = RegistryServiceConfigIndexConfigs.from_dict(
                    _index_configs_data
                )

                index_configs = index_configs_type_0
            else:
                raise TypeError(
                    f"index_configs: expected None | RegistryServiceConfigIndexConfigs, got {type(_index_configs_data).__name__}: {_index_configs_data!r:.200}"
                )

            return index_configs
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "InsecureRegistryCIDRs": "insecure_registry_cidrs",
        "IndexConfigs": "index_configs",
        "Mirrors": "mirrors",
        "AllowNondistributableArtifactsCIDRs": "allow_nondistributable_artifacts_cidrs",
        "AllowNondistributableArtifactsHostnames": "allow_nondistributable_artifacts_hostnames",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "InsecureRegistryCIDRs",
                "Mirrors",
                "AllowNondistributableArtifactsCIDRs",
                "AllowNondistributableArtifactsHostnames",
            ],
        ) -> list[str]: ...
        @overload
        def __getitem__(
            self, key: Literal["IndexConfigs"]
        ) -> RegistryServiceConfigIndexConfigs: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "InsecureRegistryCIDRs",
                "Mirrors",
                "AllowNondistributableArtifactsCIDRs",
                "AllowNondistributableArtifactsHostnames",
            ],
            default: None = None,
        ) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["IndexConfigs"], default: None = None
        ) -> RegistryServiceConfigIndexConfigs | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.registry_service_config_index_configs import RegistryServiceConfigIndexConfigs
