from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerdInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerdInfo:
    """Information for connecting to the containerd instance that is used by the daemon.
    This is included for debugging purposes only.

    """

    address: str | Unset = UNSET
    """ The address of the containerd socket. """
    namespaces: ContainerdInfoNamespaces | Unset | None = UNSET
    """ The namespaces that the daemon uses for running containers and
    plugins in containerd. These namespaces can be configured in the
    daemon configuration, and are considered to be used exclusively
    by the daemon, Tampering with the containerd instance may cause
    unexpected behavior.

    As these namespaces are considered to be exclusively accessed
    by the daemon, it is not recommended to change these values,
    or to change them to a value that is used by other systems,
    such as cri-containerd.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        namespaces: dict[str, Any] | Unset | None
        if isinstance(self.namespaces, Unset):
            namespaces = UNSET
        elif isinstance(self.namespaces, ContainerdInfoNamespaces):
            namespaces = self.namespaces.to_dict()
        else:
            namespaces = self.namespaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["Address"] = address
        if namespaces is not UNSET:
            field_dict["Namespaces"] = namespaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("Address", UNSET)

        _namespaces_data = d.pop("Namespaces", UNSET)
        namespaces: ContainerdInfoNamespaces | Unset | None
        if _namespaces_data is None or _namespaces_data is UNSET:
            namespaces = _namespaces_data
        elif isinstance(_namespaces_data, dict):
            namespaces_type_0 = ContainerdInfoNamespaces.from_dict(_namespaces_data)

            namespaces = namespaces_type_0
        else:
            raise TypeError(
                f"namespaces: expected ContainerdInfoNamespaces | None, got {type(_namespaces_data).__name__}: {_namespaces_data!r:.200}"
            )

        containerd_info = _new(cls)
        containerd_info.address = address
        containerd_info.namespaces = namespaces
        containerd_info.additional_properties = d
        return containerd_info

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


from ..models.containerd_info_namespaces import ContainerdInfoNamespaces
