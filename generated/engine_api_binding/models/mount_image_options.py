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

T = TypeVar("T", bound="MountImageOptions")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class MountImageOptions(Model):
    """Optional configuration for the `image` type."""

    __match_args__ = ("subpath",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    subpath: str | None
    """ Source path inside the image. Must be relative without any back traversals. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        subpath: str | None = None,
    ) -> None:
        self.subpath = subpath
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.subpath is not None:
            field_dict["Subpath"] = self.subpath
        elif "Subpath" in self._sent:
            field_dict["Subpath"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        subpath = d.pop("Subpath", None)

        mount_image_options = _new(cls)
        mount_image_options._sent = src_dict
        mount_image_options.subpath = subpath
        mount_image_options.additional_properties = d
        return mount_image_options

    _keys: ClassVar[dict[str, str]] = {
        "Subpath": "subpath",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Subpath"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Subpath"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
