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

T = TypeVar("T", bound="OCIPlatform")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class OCIPlatform(Model):
    """Describes the platform which the image in the manifest runs on, as defined
    in the [OCI Image Index Specification](https://github.com/opencontainers/image-spec/blob/v1.0.1/image-index.md).

    """

    __match_args__ = (
        "architecture",
        "os",
        "os_version",
        "os_features",
        "variant",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    architecture: str | None
    """ The CPU architecture, for example `amd64` or `ppc64`.
     """
    os: str | None
    """ The operating system, for example `linux` or `windows`.
     """
    os_version: str | None
    """ Optional field specifying the operating system version, for example on
    Windows `10.0.19041.1165`.
     """
    os_features: list[str] | None
    """ Optional field specifying an array of strings, each listing a required
    OS feature (for example on Windows `win32k`).
     """
    variant: str | None
    """ Optional field specifying a variant of the CPU, for example `v7` to
    specify ARMv7 when architecture is `arm`.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        architecture: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        os_features: list[str] | None = None,
        variant: str | None = None,
    ) -> None:
        self.architecture = architecture
        self.os = os
        self.os_version = os_version
        self.os_features = os_features
        self.variant = variant
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.architecture is not None:
            field_dict["architecture"] = self.architecture
        elif "architecture" in self._sent:
            field_dict["architecture"] = None

        if self.os is not None:
            field_dict["os"] = self.os
        elif "os" in self._sent:
            field_dict["os"] = None

        if self.os_version is not None:
            field_dict["os.version"] = self.os_version
        elif "os.version" in self._sent:
            field_dict["os.version"] = None

        os_features = self.os_features
        if os_features is not None:
            os_features_json: list[str] | None
            if isinstance(os_features, list):
                os_features_json = os_features

            else:
                os_features_json = os_features
            field_dict["os.features"] = os_features_json
        elif "os.features" in self._sent:
            field_dict["os.features"] = None

        if self.variant is not None:
            field_dict["variant"] = self.variant
        elif "variant" in self._sent:
            field_dict["variant"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        architecture = d.pop("architecture", None)

        os = d.pop("os", None)

        os_version = d.pop("os.version", None)

        _os_features_data = d.pop("os.features", None)
        os_features: list[str] | None
        if _os_features_data is None:
            os_features = _os_features_data
        elif isinstance(_os_features_data, list):
            os_features_type_0 = _os_features_data

            os_features = os_features_type_0
        else:
            raise TypeError(
                f"os_features: expected list[str] | None, got {type(_os_features_data).__name__}: {_os_features_data!r:.200}"
            )

        variant = d.pop("variant", None)

        oci_platform = _new(cls)
        oci_platform._sent = src_dict
        oci_platform.architecture = architecture
        oci_platform.os = os
        oci_platform.os_version = os_version
        oci_platform.os_features = os_features
        oci_platform.variant = variant
        oci_platform.additional_properties = d
        return oci_platform

    _keys: ClassVar[dict[str, str]] = {
        "architecture": "architecture",
        "os": "os",
        "os.version": "os_version",
        "os.features": "os_features",
        "variant": "variant",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["architecture", "os", "os.version", "variant"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["os.features"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["architecture", "os", "os.version", "variant"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["os.features"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
