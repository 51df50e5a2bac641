from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecSecretsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpecSecretsItem:
    file: TaskSpecContainerSpecSecretsItemFile | Unset | None = UNSET
    """ File represents a specific target that is backed by a file.
     """
    secret_id: str | Unset = UNSET
    """ SecretID represents the ID of the specific secret that we're
    referencing.
     """
    secret_name: str | Unset = UNSET
    """ SecretName is the name of the secret that this references,
    but this is just provided for lookup/display purposes. The
    secret in the reference will be identified by its ID.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: dict[str, Any] | Unset | None
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, TaskSpecContainerSpecSecretsItemFile):
            file = self.file.to_dict()
        else:
            file = self.file

        secret_id = self.secret_id

        secret_name = self.secret_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["File"] = file
        if secret_id is not UNSET:
            field_dict["SecretID"] = secret_id
        if secret_name is not UNSET:
            field_dict["SecretName"] = secret_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file_data = d.pop("File", UNSET)
        file: TaskSpecContainerSpecSecretsItemFile | Unset | None
        if _file_data is None or _file_data is UNSET:
            file = _file_data
        elif isinstance(_file_data, dict):
            file_type_0 = TaskSpecContainerSpecSecretsItemFile.from_dict(_file_data)

            file = file_type_0
        else:
            raise TypeError(
                f"file: expected None | TaskSpecContainerSpecSecretsItemFile, got {type(_file_data).__name__}: {_file_data!r:.200}"
            )

        secret_id = d.pop("SecretID", UNSET)

        secret_name = d.pop("SecretName", UNSET)

        task_spec_container_spec_secrets_item = _new(cls)
        task_spec_container_spec_secrets_item.file = file
        task_spec_container_spec_secrets_item.secret_id = secret_id
        task_spec_container_spec_secrets_item.secret_name = secret_name
        task_spec_container_spec_secrets_item.additional_properties = d
        return task_spec_container_spec_secrets_item

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


from ..models.task_spec_container_spec_secrets_item_file import TaskSpecContainerSpecSecretsItemFile
