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

T = TypeVar("T", bound="ObjectVersion")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ObjectVersion(Model):
    """The version number of the object such as node, service, etc. This is needed
    to avoid conflicting writes. The client must send the version number along
    with the modified specification when updating these objects.

    This approach ensures safe concurrency and determinism in that the change
    on the object may not be applied if the version number has changed from the
    last read. In other words, if two update requests specify the same base
    version, only one of the requests can succeed. As a result, two separate
    update requests that happen at the same time will not unintentionally
    overwrite each other.

    """

    __match_args__ = ("index",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    index: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        index: int | None = None,
    ) -> None:
        self.index = index
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.index is not None:
            field_dict["Index"] = self.index
        elif "Index" in self._sent:
            field_dict["Index"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        index = d.pop("Index", None)

        object_version = _new(cls)
        object_version._sent = src_dict
        object_version.index = index
        object_version.additional_properties = d
        return object_version

    _keys: ClassVar[dict[str, str]] = {
        "Index": "index",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Index"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Index"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
