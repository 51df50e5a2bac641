from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OCIPlatform")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class OCIPlatform:
    """Describes the platform which the image in the manifest runs on, as defined
    in the [OCI Image Index Specification](https://github.com/opencontainers/image-spec/blob/v1.0.1/image-index.md).

    """

    architecture: str | Unset = UNSET
    """ The CPU architecture, for example `amd64` or `ppc64`.
     """
    os: str | Unset = UNSET
    """ The operating system, for example `linux` or `windows`.
     """
    os_version: str | Unset = UNSET
    """ Optional field specifying the operating system version, for example on
    Windows `10.0.19041.1165`.
     """
    os_features: list[str] | Unset | None = UNSET
    """ Optional field specifying an array of strings, each listing a required
    OS feature (for example on Windows `win32k`).
     """
    variant: str | Unset = UNSET
    """ Optional field specifying a variant of the CPU, for example `v7` to
    specify ARMv7 when architecture is `arm`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        os = self.os

        os_version = self.os_version

        os_features: list[str] | Unset | None
        if isinstance(self.os_features, Unset):
            os_features = UNSET
        elif isinstance(self.os_features, list):
            os_features = self.os_features

        else:
            os_features = self.os_features

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os.version"] = os_version
        if os_features is not UNSET:
            field_dict["os.features"] = os_features
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)

        os = d.pop("os", UNSET)

        os_version = d.pop("os.version", UNSET)

        _os_features_data = d.pop("os.features", UNSET)
        os_features: list[str] | Unset | None
        if _os_features_data is None or _os_features_data is UNSET:
            os_features = _os_features_data
        elif isinstance(_os_features_data, list):
            os_features_type_0 = _os_features_data

            os_features = os_features_type_0
        else:
            raise TypeError(
                f"os_features: expected list[str] | None, got {type(_os_features_data).__name__}: {_os_features_data!r:.200}"
            )

        variant = d.pop("variant", UNSET)

        oci_platform = _new(cls)
        oci_platform.architecture = architecture
        oci_platform.os = os
        oci_platform.os_version = os_version
        oci_platform.os_features = os_features
        oci_platform.variant = variant
        oci_platform.additional_properties = d
        return oci_platform

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
