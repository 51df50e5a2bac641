from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reachability import Reachability, check_reachability
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagerStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ManagerStatus:
    """ManagerStatus represents the status of a manager.

    It provides the current status of a node's manager component, if the node
    is a manager.

    """

    leader: bool | Unset = UNSET
    reachability: Reachability | Unset = UNSET
    """ Reachability represents the reachability of a node. """
    addr: str | Unset = UNSET
    """ The IP address and port at which the manager is reachable.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leader = self.leader

        reachability: str | Unset = UNSET
        if not isinstance(self.reachability, Unset):
            reachability = self.reachability

        addr = self.addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leader is not UNSET:
            field_dict["Leader"] = leader
        if reachability is not UNSET:
            field_dict["Reachability"] = reachability
        if addr is not UNSET:
            field_dict["Addr"] = addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leader = d.pop("Leader", UNSET)

        _reachability = d.pop("Reachability", UNSET)
        reachability: Reachability | Unset
        if _reachability is UNSET:
            reachability = UNSET
        else:
            reachability = check_reachability(_reachability)

        addr = d.pop("Addr", UNSET)

        manager_status = _new(cls)
        manager_status.leader = leader
        manager_status.reachability = reachability
        manager_status.addr = addr
        manager_status.additional_properties = d
        return manager_status

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
