from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerdInfoNamespaces")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerdInfoNamespaces:
    """The namespaces that the daemon uses for running containers and
    plugins in containerd. These namespaces can be configured in the
    daemon configuration, and are considered to be used exclusively
    by the daemon, Tampering with the containerd instance may cause
    unexpected behavior.

    As these namespaces are considered to be exclusively accessed
    by the daemon, it is not recommended to change these values,
    or to change them to a value that is used by other systems,
    such as cri-containerd.

    """

    containers: str | Unset = UNSET
    """ The default containerd namespace used for containers managed
    by the daemon.

    The default namespace for containers is "moby", but will be
    suffixed with the `<uid>.<gid>` of the remapped `root` if
    user-namespaces are enabled and the containerd image-store
    is used.
     """
    plugins: str | Unset = UNSET
    """ The default containerd namespace used for plugins managed by
    the daemon.

    The default namespace for plugins is "plugins.moby", but will be
    suffixed with the `<uid>.<gid>` of the remapped `root` if
    user-namespaces are enabled and the containerd image-store
    is used.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers = self.containers

        plugins = self.plugins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if containers is not UNSET:
            field_dict["Containers"] = containers
        if plugins is not UNSET:
            field_dict["Plugins"] = plugins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        containers = d.pop("Containers", UNSET)

        plugins = d.pop("Plugins", UNSET)

        containerd_info_namespaces = _new(cls)
        containerd_info_namespaces.containers = containers
        containerd_info_namespaces.plugins = plugins
        containerd_info_namespaces.additional_properties = d
        return containerd_info_namespaces

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
