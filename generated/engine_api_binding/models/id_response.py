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

T = TypeVar("T", bound="IDResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class IDResponse(Model):
    """Response to an API call that returns just an Id"""

    __match_args__ = ("id",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str
    """ The id of the newly created object. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str,
    ) -> None:
        self.id = id
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Id"] = self.id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("Id")

        id_response = _new(cls)
        id_response._sent = src_dict
        id_response.id = id
        id_response.additional_properties = d
        return id_response

    _keys: ClassVar[dict[str, str]] = {
        "Id": "id",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Id"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Id"], default: None = None) -> str: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
