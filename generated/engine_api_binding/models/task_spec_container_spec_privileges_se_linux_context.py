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

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesSELinuxContext")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecPrivilegesSELinuxContext(Model):
    """SELinux labels of the container"""

    __match_args__ = (
        "disable",
        "user",
        "role",
        "type_",
        "level",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    disable: bool | None
    """ Disable SELinux """
    user: str | None
    """ SELinux user label """
    role: str | None
    """ SELinux role label """
    type_: str | None
    """ SELinux type label """
    level: str | None
    """ SELinux level label """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        disable: bool | None = None,
        user: str | None = None,
        role: str | None = None,
        type_: str | None = None,
        level: str | None = None,
    ) -> None:
        self.disable = disable
        self.user = user
        self.role = role
        self.type_ = type_
        self.level = level
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.disable is not None:
            field_dict["Disable"] = self.disable
        elif "Disable" in self._sent:
            field_dict["Disable"] = None

        if self.user is not None:
            field_dict["User"] = self.user
        elif "User" in self._sent:
            field_dict["User"] = None

        if self.role is not None:
            field_dict["Role"] = self.role
        elif "Role" in self._sent:
            field_dict["Role"] = None

        if self.type_ is not None:
            field_dict["Type"] = self.type_
        elif "Type" in self._sent:
            field_dict["Type"] = None

        if self.level is not None:
            field_dict["Level"] = self.level
        elif "Level" in self._sent:
            field_dict["Level"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        disable = d.pop("Disable", None)

        user = d.pop("User", None)

        role = d.pop("Role", None)

        type_ = d.pop("Type", None)

        level = d.pop("Level", None)

        task_spec_container_spec_privileges_se_linux_context = _new(cls)
        task_spec_container_spec_privileges_se_linux_context._sent = src_dict
        task_spec_container_spec_privileges_se_linux_context.disable = disable
        task_spec_container_spec_privileges_se_linux_context.user = user
        task_spec_container_spec_privileges_se_linux_context.role = role
        task_spec_container_spec_privileges_se_linux_context.type_ = type_
        task_spec_container_spec_privileges_se_linux_context.level = level
        task_spec_container_spec_privileges_se_linux_context.additional_properties = d
        return task_spec_container_spec_privileges_se_linux_context

    _keys: ClassVar[dict[str, str]] = {
        "Disable": "disable",
        "User": "user",
        "Role": "role",
        "Type": "type_",
        "Level": "level",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Disable"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["User", "Role", "Type", "Level"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Disable"], default: None = None) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["User", "Role", "Type", "Level"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
