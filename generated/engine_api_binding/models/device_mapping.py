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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="DeviceMapping")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define(eq=False)
class DeviceMapping(Model):
    """A device mapping between the host and container

    Example:
        {'PathOnHost': '/dev/deviceName', 'PathInContainer': '/dev/deviceName', 'CgroupPermissions': 'mrw'}

    """

    path_on_host: str | None = None
    path_in_container: str | None = None
    cgroup_permissions: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: Collection[str] = _attrs_field(init=False, default=NOTHING_SENT, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.path_on_host is not None:
            field_dict["PathOnHost"] = self.path_on_host
        elif "PathOnHost" in self._sent:
            field_dict["PathOnHost"] = None

        if self.path_in_container is not None:
            field_dict["PathInContainer"] = self.path_in_container
        elif "PathInContainer" in self._sent:
            field_dict["PathInContainer"] = None

        if self.cgroup_permissions is not None:
            field_dict["CgroupPermissions"] = self.cgroup_permissions
        elif "CgroupPermissions" in self._sent:
            field_dict["CgroupPermissions"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        path_on_host = d.pop("PathOnHost", None)

        path_in_container = d.pop("PathInContainer", None)

        cgroup_permissions = d.pop("CgroupPermissions", None)

        device_mapping = _new(cls)
        device_mapping._sent = src_dict
        device_mapping.path_on_host = path_on_host
        device_mapping.path_in_container = path_in_container
        device_mapping.cgroup_permissions = cgroup_permissions
        device_mapping.additional_properties = d
        return device_mapping

    _keys: ClassVar[dict[str, str]] = {
        "PathOnHost": "path_on_host",
        "PathInContainer": "path_in_container",
        "CgroupPermissions": "cgroup_permissions",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["PathOnHost", "PathInContainer", "CgroupPermissions"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["PathOnHost", "PathInContainer", "CgroupPermissions"],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
