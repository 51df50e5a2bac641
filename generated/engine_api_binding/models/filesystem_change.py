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
from ..models.change_type import ChangeType, check_change_type

T = TypeVar("T", bound="FilesystemChange")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class FilesystemChange(Model):
    """Change in the container's filesystem."""

    __match_args__ = (
        "path",
        "kind",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    path: str
    """ Path to file or directory that has changed.
     """
    kind: ChangeType
    """ Kind of change

    Can be one of:

    - `0`: Modified ("C")
    - `1`: Added ("A")
    - `2`: Deleted ("D")
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        path: str,
        kind: ChangeType,
    ) -> None:
        self.path = path
        self.kind = kind
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Path"] = self.path

        kind: int = self.kind
        field_dict["Kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        path = d.pop("Path")

        kind = check_change_type(d.pop("Kind"))

        filesystem_change = _new(cls)
        filesystem_change._sent = src_dict
        filesystem_change.path = path
        filesystem_change.kind = kind
        filesystem_change.additional_properties = d
        return filesystem_change

    _keys: ClassVar[dict[str, str]] = {
        "Path": "path",
        "Kind": "kind",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Path"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Kind"]) -> ChangeType: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Path"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Kind"], default: None = None) -> ChangeType: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
