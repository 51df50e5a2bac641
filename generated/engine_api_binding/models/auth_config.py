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

T = TypeVar("T", bound="AuthConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class AuthConfig(Model):
    """
    Example:
        {'username': 'hannibal', 'password': 'xxxx', 'serveraddress': 'https://index.docker.io/v1/'}

    """

    __match_args__ = (
        "username",
        "password",
        "serveraddress",
        "email",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    username: str | None
    password: str | None
    serveraddress: str | None
    email: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Email is an optional value associated with the username.

    > **Deprecated**: This field is deprecated since docker 1.11 (API v1.23) and will be removed in a future
    release.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        serveraddress: str | None = None,
        email: str | None = None,
    ) -> None:
        self.username = username
        self.password = password
        self.serveraddress = serveraddress
        self.email = email
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.username is not None:
            field_dict["username"] = self.username
        elif "username" in self._sent:
            field_dict["username"] = None

        if self.password is not None:
            field_dict["password"] = self.password
        elif "password" in self._sent:
            field_dict["password"] = None

        if self.serveraddress is not None:
            field_dict["serveraddress"] = self.serveraddress
        elif "serveraddress" in self._sent:
            field_dict["serveraddress"] = None

        if self.email is not None:
            field_dict["email"] = self.email
        elif "email" in self._sent:
            field_dict["email"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        username = d.pop("username", None)

        password = d.pop("password", None)

        serveraddress = d.pop("serveraddress", None)

        email = d.pop("email", None)

        auth_config = _new(cls)
        auth_config._sent = src_dict
        auth_config.username = username
        auth_config.password = password
        auth_config.serveraddress = serveraddress
        auth_config.email = email
        auth_config.additional_properties = d
        return auth_config

    _secrets: ClassVar[frozenset[str]] = frozenset(
        {
            "identitytoken",
            "password",
            "registrytoken",
        }
    )

    _keys: ClassVar[dict[str, str]] = {
        "username": "username",
        "password": "password",
        "serveraddress": "serveraddress",
        "email": "email",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["username", "password", "serveraddress", "email"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["username", "password", "serveraddress", "email"],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
