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

T = TypeVar("T", bound="Platform")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Platform(Model):
    """Platform represents the platform (Arch/OS)."""

    __match_args__ = (
        "architecture",
        "os",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    architecture: str | None
    """ Architecture represents the hardware architecture (for example,
    `x86_64`).
     """
    os: str | None
    """ OS represents the Operating System (for example, `linux` or `windows`).
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        architecture: str | None = None,
        os: str | None = None,
    ) -> None:
        self.architecture = architecture
        self.os = os
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.architecture is not None:
            field_dict["Architecture"] = self.architecture
        elif "Architecture" in self._sent:
            field_dict["Architecture"] = None

        if self.os is not None:
            field_dict["OS"] = self.os
        elif "OS" in self._sent:
            field_dict["OS"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        architecture = d.pop("Architecture", None)

        os = d.pop("OS", None)

        platform = _new(cls)
        platform._sent = src_dict
        platform.architecture = architecture
        platform.os = os
        platform.additional_properties = d
        return platform

    _keys: ClassVar[dict[str, str]] = {
        "Architecture": "architecture",
        "OS": "os",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Architecture", "OS"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Architecture", "OS"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
