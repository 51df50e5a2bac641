from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecPrivileges")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpecPrivileges:
    """Security options for the container"""

    credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | Unset | None = UNSET
    """ CredentialSpec for managed service account (Windows only) """
    se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | Unset | None = UNSET
    """ SELinux labels of the container """
    seccomp: TaskSpecContainerSpecPrivilegesSeccomp | Unset | None = UNSET
    """ Options for configuring seccomp on the container """
    app_armor: TaskSpecContainerSpecPrivilegesAppArmor | Unset | None = UNSET
    """ Options for configuring AppArmor on the container """
    no_new_privileges: bool | Unset = UNSET
    """ Configuration of the no_new_privs bit in the container """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_spec: dict[str, Any] | Unset | None
        if isinstance(self.credential_spec, Unset):
            credential_spec = UNSET
        elif isinstance(self.credential_spec, TaskSpecContainerSpecPrivilegesCredentialSpec):
            credential_spec = self.credential_spec.to_dict()
        else:
            credential_spec = self.credential_spec

        se_linux_context: dict[str, Any] | Unset | None
        if isinstance(self.se_linux_context, Unset):
            se_linux_context = UNSET
        elif isinstance(self.se_linux_context, TaskSpecContainerSpecPrivilegesSELinuxContext):
            se_linux_context = self.se_linux_context.to_dict()
        else:
            se_linux_context = self.se_linux_context

        seccomp: dict[str, Any] | Unset | None
        if isinstance(self.seccomp, Unset):
            seccomp = UNSET
        elif isinstance(self.seccomp, TaskSpecContainerSpecPrivilegesSeccomp):
            seccomp = self.seccomp.to_dict()
        else:
            seccomp = self.seccomp

        app_armor: dict[str, Any] | Unset | None
        if isinstance(self.app_armor, Unset):
            app_armor = UNSET
        elif isinstance(self.app_armor, TaskSpecContainerSpecPrivilegesAppArmor):
            app_armor = self.app_armor.to_dict()
        else:
            app_armor = self.app_armor

        no_new_privileges = self.no_new_privileges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_spec is not UNSET:
            field_dict["CredentialSpec"] = credential_spec
        if se_linux_context is not UNSET:
            field_dict["SELinuxContext"] = se_linux_context
        if seccomp is not UNSET:
            field_dict["Seccomp"] = seccomp
        if app_armor is not UNSET:
            field_dict["AppArmor"] = app_armor
        if no_new_privileges is not UNSET:
            field_dict["NoNewPrivileges"] = no_new_privileges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _credential_spec_data = d.pop("CredentialSpec", UNSET)
        credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | Unset | None
        if _credential_spec_data is None or _credential_spec_data is UNSET:
            credential_spec = _credential_spec_data
        elif isinstance(_credential_spec_data, dict):
            credential_spec_type_0 = TaskSpecContainerSpecPrivilegesCredentialSpec.from_dict(
                _credential_spec_data
            )

            credential_spec = credential_spec_type_0
        else:
            raise TypeError(
                f"credential_spec: expected None | TaskSpecContainerSpecPrivilegesCredentialSpec, got {type(_credential_spec_data).__name__}: {_credential_spec_data!r:.200}"
            )

        _se_linux_context_data = d.pop("SELinuxContext", UNSET)
        se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | Unset | None
        if _se_linux_context_data is None or _se_linux_context_data is UNSET:
            se_linux_context = _se_linux_context_data
        elif isinstance(_se_linux_context_data, dict):
            se_linux_context_type_0 = TaskSpecContainerSpecPrivilegesSELinuxContext.from_dict(
                _se_linux_context_data
            )

            se_linux_context = se_linux_context_type_0
        else:
            raise TypeError(
                f"se_linux_context: expected None | TaskSpecContainerSpecPrivilegesSELinuxContext, got {type(_se_linux_context_data).__name__}: {_se_linux_context_data!r:.200}"
            )

        _seccomp_data = d.pop("Seccomp", UNSET)
        seccomp: TaskSpecContainerSpecPrivilegesSeccomp | Unset | None
        if _seccomp_data is None or _seccomp_data is UNSET:
            seccomp = _seccomp_data
        elif isinstance(_seccomp_data, dict):
            seccomp_type_0 = TaskSpecContainerSpecPrivilegesSeccomp.from_dict(_seccomp_data)

            seccomp = seccomp_type_0
        else:
            raise TypeError(
                f"seccomp: expected None | TaskSpecContainerSpecPrivilegesSeccomp, got {type(_seccomp_data).__name__}: {_seccomp_data!r:.200}"
            )

        _app_armor_data = d.pop("AppArmor", UNSET)
        app_armor: TaskSpecContainerSpecPrivilegesAppArmor | Unset | None
        if _app_armor_data is None or _app_armor_data is UNSET:
            app_armor = _app_armor_data
        elif isinstance(_app_armor_data, dict):
            app_armor_type_0 = TaskSpecContainerSpecPrivilegesAppArmor.from_dict(_app_armor_data)

            app_armor = app_armor_type_0
        else:
            raise TypeError(
                f"app_armor: expected None | TaskSpecContainerSpecPrivilegesAppArmor, got {type(_app_armor_data).__name__}: {_app_armor_data!r:.200}"
            )

        no_new_privileges = d.pop("NoNewPrivileges", UNSET)

        task_spec_container_spec_privileges = _new(cls)
        task_spec_container_spec_privileges.credential_spec = credential_spec
        task_spec_container_spec_privileges.se_linux_context = se_linux_context
        task_spec_container_spec_privileges.seccomp = seccomp
        task_spec_container_spec_privileges.app_armor = app_armor
        task_spec_container_spec_privileges.no_new_privileges = no_new_privileges
        task_spec_container_spec_privileges.additional_properties = d
        return task_spec_container_spec_privileges

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


from ..models.task_spec_container_spec_privileges_app_armor import (
    TaskSpecContainerSpecPrivilegesAppArmor,
)
from ..models.task_spec_container_spec_privileges_credential_spec import (
    TaskSpecContainerSpecPrivilegesCredentialSpec,
)
from ..models.task_spec_container_spec_privileges_se_linux_context import (
    TaskSpecContainerSpecPrivilegesSELinuxContext,
)
from ..models.task_spec_container_spec_privileges_seccomp import (
    TaskSpecContainerSpecPrivilegesSeccomp,
)
