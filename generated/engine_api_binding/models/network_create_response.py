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

T = TypeVar("T", bound="NetworkCreateResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkCreateResponse(Model):
    """OK response to NetworkCreate operation"""

    __match_args__ = (
        "id",
        "warning",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str
    """ The ID of the created network. """
    warning: str
    """ Warnings encountered when creating the container """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str,
        warning: str,
    ) -> None:
        self.id = id
        self.warning = warning
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Id"] = self.id

        field_dict["Warning"] = self.warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("Id")

        warning = d.pop("Warning")

        network_create_response = _new(cls)
        network_create_response._sent = src_dict
        network_create_response.id = id
        network_create_response.warning = warning
        network_create_response.additional_properties = d
        return network_create_response

    _keys: ClassVar[dict[str, str]] = {
        "Id": "id",
        "Warning": "warning",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Id", "Warning"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Id", "Warning"], default: None = None) -> str: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
