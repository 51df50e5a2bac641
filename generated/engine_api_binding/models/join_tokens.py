from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JoinTokens")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class JoinTokens:
    """JoinTokens contains the tokens workers and managers need to join the swarm."""

    worker: str | Unset = UNSET
    """ The token workers can use to join the swarm.
     """
    manager: str | Unset = UNSET
    """ The token managers can use to join the swarm.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker = self.worker

        manager = self.manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker is not UNSET:
            field_dict["Worker"] = worker
        if manager is not UNSET:
            field_dict["Manager"] = manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker = d.pop("Worker", UNSET)

        manager = d.pop("Manager", UNSET)

        join_tokens = _new(cls)
        join_tokens.worker = worker
        join_tokens.manager = manager
        join_tokens.additional_properties = d
        return join_tokens

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
