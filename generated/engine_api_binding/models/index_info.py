from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class IndexInfo:
    """IndexInfo contains information about a registry."""

    name: str | Unset = UNSET
    """ Name of the registry, such as "docker.io".
     """
    mirrors: list[str] | Unset | None = UNSET
    """ List of mirrors, expressed as URIs.
     """
    secure: bool | Unset = UNSET
    """ Indicates if the registry is part of the list of insecure
    registries.

    If `false`, the registry is insecure. Insecure registries accept
    un-encrypted (HTTP) and/or untrusted (HTTPS with certificates from
    unknown CAs) communication.

    > **Warning**: Insecure registries can be useful when running a local
    > registry. However, because its use creates security vulnerabilities
    > it should ONLY be enabled for testing purposes. For increased
    > security, users should add their CA to their system's list of
    > trusted CAs instead of enabling this option.
     """
    official: bool | Unset = UNSET
    """ Indicates whether this is an official registry (i.e., Docker Hub / docker.io)
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mirrors: list[str] | Unset | None
        if isinstance(self.mirrors, Unset):
            mirrors = UNSET
        elif isinstance(self.mirrors, list):
            mirrors = self.mirrors

        else:
            mirrors = self.mirrors

        secure = self.secure

        official = self.official

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if mirrors is not UNSET:
            field_dict["Mirrors"] = mirrors
        if secure is not UNSET:
            field_dict["Secure"] = secure
        if official is not UNSET:
            field_dict["Official"] = official

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _mirrors_data = d.pop("Mirrors", UNSET)
        mirrors: list[str] | Unset | None
        if _mirrors_data is None or _mirrors_data is UNSET:
            mirrors = _mirrors_data
        elif isinstance(_mirrors_data, list):
            mirrors_type_0 = _mirrors_data

            mirrors = mirrors_type_0
        else:
            raise TypeError(
                f"mirrors: expected list[str] | None, got {type(_mirrors_data).__name__}: {_mirrors_data!r:.200}"
            )

        secure = d.pop("Secure", UNSET)

        official = d.pop("Official", UNSET)

        index_info = _new(cls)
        index_info.name = name
        index_info.mirrors = mirrors
        index_info.secure = secure
        index_info.official = official
        index_info.additional_properties = d
        return index_info

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
