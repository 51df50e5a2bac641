from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmSpecEncryptionConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmSpecEncryptionConfig:
    """Parameters related to encryption-at-rest."""

    auto_lock_managers: bool | Unset = UNSET
    """ If set, generate a key and use it to lock data stored on the
    managers.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_lock_managers = self.auto_lock_managers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_lock_managers is not UNSET:
            field_dict["AutoLockManagers"] = auto_lock_managers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_lock_managers = d.pop("AutoLockManagers", UNSET)

        swarm_spec_encryption_config = _new(cls)
        swarm_spec_encryption_config.auto_lock_managers = auto_lock_managers
        swarm_spec_encryption_config.additional_properties = d
        return swarm_spec_encryption_config

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
