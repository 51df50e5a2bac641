from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Commit")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Commit:
    """Commit holds the Git-commit (SHA1) that a binary was built from, as
    reported in the version-string of external tools, such as `containerd`,
    or `runC`.

    """

    id: str | Unset = UNSET
    """ Actual commit ID of external tool. """
    expected: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.48; removed after it.

    Commit ID of external tool expected by dockerd as set at build time.

    **Deprecated**: This field is deprecated and will be omitted in a API v1.49.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        expected = self.expected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if expected is not UNSET:
            field_dict["Expected"] = expected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        expected = d.pop("Expected", UNSET)

        commit = _new(cls)
        commit.id = id
        commit.expected = expected
        commit.additional_properties = d
        return commit

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
