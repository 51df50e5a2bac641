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

T = TypeVar("T", bound="IndexInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class IndexInfo(Model):
    """IndexInfo contains information about a registry."""

    __match_args__ = (
        "name",
        "mirrors",
        "secure",
        "official",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name of the registry, such as "docker.io".
     """
    mirrors: list[str] | None
    """ List of mirrors, expressed as URIs.
     """
    secure: bool | None
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
    official: bool | None
    """ Indicates whether this is an official registry (i.e., Docker Hub / docker.io)
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        mirrors: list[str] | None = None,
        secure: bool | None = None,
        official: bool | None = None,
    ) -> None:
        self.name = name
        self.mirrors = mirrors
        self.secure = secure
        self.official = official
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

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

        if self.secure is not None:
            field_dict["Secure"] = self.secure
        elif "Secure" in self._sent:
            field_dict["Secure"] = None

        if self.official is not None:
            field_dict["Official"] = self.official
        elif "Official" in self._sent:
            field_dict["Official"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

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

        secure = d.pop("Secure", None)

        official = d.pop("Official", None)

        index_info = _new(cls)
        index_info._sent = src_dict
        index_info.name = name
        index_info.mirrors = mirrors
        index_info.secure = secure
        index_info.official = official
        index_info.additional_properties = d
        return index_info

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Mirrors": "mirrors",
        "Secure": "secure",
        "Official": "official",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Mirrors"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Secure", "Official"]) -> bool: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Mirrors"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["Secure", "Official"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
