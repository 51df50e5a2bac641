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

T = TypeVar("T", bound="ImageID")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageID(Model):
    """Image ID or Digest

    Example:
        {'ID': 'sha256:85f05633ddc1c50679be2b16a0479ab6f7637f8884e0cfe0f4d20e1ebb3d6e7c'}

    """

    __match_args__ = ("id",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        self.id = id
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        image_id = _new(cls)
        image_id._sent = src_dict
        image_id.id = id
        image_id.additional_properties = d
        return image_id

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
