from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesCredentialSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpecPrivilegesCredentialSpec:
    """CredentialSpec for managed service account (Windows only)"""

    config: str | Unset = UNSET
    """ Load credential spec from a Swarm Config with the given ID.
    The specified config must also be present in the Configs
    field with the Runtime property set.

    <p><br /></p>


    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.
     """
    file: str | Unset = UNSET
    """ Load credential spec from this file. The file is read by
    the daemon, and must be present in the `CredentialSpecs`
    subdirectory in the docker data directory, which defaults
    to `C:\\ProgramData\\Docker\\` on Windows.

    For example, specifying `spec.json` loads
    `C:\\ProgramData\\Docker\\CredentialSpecs\\spec.json`.

    <p><br /></p>

    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.
     """
    registry: str | Unset = UNSET
    """ Load credential spec from this value in the Windows
    registry. The specified registry value must be located in:

    `HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Containers\\CredentialSpecs`

    <p><br /></p>


    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        file = self.file

        registry = self.registry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["Config"] = config
        if file is not UNSET:
            field_dict["File"] = file
        if registry is not UNSET:
            field_dict["Registry"] = registry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("Config", UNSET)

        file = d.pop("File", UNSET)

        registry = d.pop("Registry", UNSET)

        task_spec_container_spec_privileges_credential_spec = _new(cls)
        task_spec_container_spec_privileges_credential_spec.config = config
        task_spec_container_spec_privileges_credential_spec.file = file
        task_spec_container_spec_privileges_credential_spec.registry = registry
        task_spec_container_spec_privileges_credential_spec.additional_properties = d
        return task_spec_container_spec_privileges_credential_spec

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
