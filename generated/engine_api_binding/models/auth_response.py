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

T = TypeVar("T", bound="AuthResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class AuthResponse(Model):
    """An identity token was generated successfully."""

    __match_args__ = (
        "status",
        "identity_token",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    status: str
    """ The status of the authentication """
    identity_token: str | None
    """ An opaque token used to authenticate a user after a successful login """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        status: str,
        identity_token: str | None = None,
    ) -> None:
        self.status = status
        self.identity_token = identity_token
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Status"] = self.status

        if self.identity_token is not None:
            field_dict["IdentityToken"] = self.identity_token
        elif "IdentityToken" in self._sent:
            field_dict["IdentityToken"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        status = d.pop("Status")

        identity_token = d.pop("IdentityToken", None)

        auth_response = _new(cls)
        auth_response._sent = src_dict
        auth_response.status = status
        auth_response.identity_token = identity_token
        auth_response.additional_properties = d
        return auth_response

    _secrets: ClassVar[frozenset[str]] = frozenset(
        {
            "identity_token",
        }
    )

    _keys: ClassVar[dict[str, str]] = {
        "Status": "status",
        "IdentityToken": "identity_token",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Status"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["IdentityToken"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Status"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["IdentityToken"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
