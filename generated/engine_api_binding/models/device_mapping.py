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

T = TypeVar("T", bound="DeviceMapping")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class DeviceMapping(Model):
    """A device mapping between the host and container

    Example:
        {'PathOnHost': '/dev/deviceName', 'PathInContainer': '/dev/deviceName', 'CgroupPermissions': 'mrw'}

    """

    __match_args__ = (
        "path_on_host",
        "path_in_container",
        "cgroup_permissions",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    path_on_host: str | None
    path_in_container: str | None
    cgroup_permissions: str | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        path_on_host: str | None = None,
        path_in_container: str | None = None,
        cgroup_permissions: str | None = None,
    ) -> None:
        self.path_on_host = path_on_host
        self.path_in_container = path_in_container
        self.cgroup_permissions = cgroup_permissions
        self.additional_properties = {}
        self._sent = NOTHING_SENT

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
