from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class AuthConfig:
    """
    Example:
        {'username': 'hannibal', 'password': 'xxxx', 'serveraddress': 'https://index.docker.io/v1/'}

    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    serveraddress: str | Unset = UNSET
    email: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Email is an optional value associated with the username.

    > **Deprecated**: This field is deprecated since docker 1.11 (API v1.23) and will be removed in a future
    release.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        serveraddress = self.serveraddress

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if serveraddress is not UNSET:
            field_dict["serveraddress"] = serveraddress
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        serveraddress = d.pop("serveraddress", UNSET)

        email = d.pop("email", UNSET)

        auth_config = _new(cls)
        auth_config.username = username
        auth_config.password = password
        auth_config.serveraddress = serveraddress
        auth_config.email = email
        auth_config.additional_properties = d
        return auth_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
