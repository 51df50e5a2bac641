from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecConfigsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpecConfigsItem:
    file: TaskSpecContainerSpecConfigsItemFile | Unset | None = UNSET
    """ File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive
     """
    runtime: TaskSpecContainerSpecConfigsItemRuntime | Unset | None = UNSET
    """ Runtime represents a target that is not mounted into the
    container but is used by the task

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually
    > exclusive
     """
    config_id: str | Unset = UNSET
    """ ConfigID represents the ID of the specific config that we're
    referencing.
     """
    config_name: str | Unset = UNSET
    """ ConfigName is the name of the config that this references,
    but this is just provided for lookup/display purposes. The
    config in the reference will be identified by its ID.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: dict[str, Any] | Unset | None
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, TaskSpecContainerSpecConfigsItemFile):
            file = self.file.to_dict()
        else:
            file = self.file

        runtime: dict[str, Any] | Unset | None
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        elif isinstance(self.runtime, TaskSpecContainerSpecConfigsItemRuntime):
            runtime = self.runtime.to_dict()
        else:
            runtime = self.runtime

        config_id = self.config_id

        config_name = self.config_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["File"] = file
        if runtime is not UNSET:
            field_dict["Runtime"] = runtime
        if config_id is not UNSET:
            field_dict["ConfigID"] = config_id
        if config_name is not UNSET:
            field_dict["ConfigName"] = config_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file_data = d.pop("File", UNSET)
        file: TaskSpecContainerSpecConfigsItemFile | Unset | None
        if _file_data is None or _file_data is UNSET:
            file = _file_data
        elif isinstance(_file_data, dict):
            file_type_0 = TaskSpecContainerSpecConfigsItemFile.from_dict(_file_data)

            file = file_type_0
        else:
            raise TypeError(
                f"file: expected None | TaskSpecContainerSpecConfigsItemFile, got {type(_file_data).__name__}: {_file_data!r:.200}"
            )

        _runtime_data = d.pop("Runtime", UNSET)
        runtime: TaskSpecContainerSpecConfigsItemRuntime | Unset | None
        if _runtime_data is None or _runtime_data is UNSET:
            runtime = _runtime_data
        elif isinstance(_runtime_data, dict):
            runtime_type_0 = TaskSpecContainerSpecConfigsItemRuntime.from_dict(_runtime_data)

            runtime = runtime_type_0
        else:
            raise TypeError(
                f"runtime: expected None | TaskSpecContainerSpecConfigsItemRuntime, got {type(_runtime_data).__name__}: {_runtime_data!r:.200}"
            )

        config_id = d.pop("ConfigID", UNSET)

        config_name = d.pop("ConfigName", UNSET)

        task_spec_container_spec_configs_item = _new(cls)
        task_spec_container_spec_configs_item.file = file
        task_spec_container_spec_configs_item.runtime = runtime
        task_spec_container_spec_configs_item.config_id = config_id
        task_spec_container_spec_configs_item.config_name = config_name
        task_spec_container_spec_configs_item.additional_properties = d
        return task_spec_container_spec_configs_item

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


from ..models.task_spec_container_spec_configs_item_file import TaskSpecContainerSpecConfigsItemFile
from ..models.task_spec_container_spec_configs_item_runtime import (
    TaskSpecContainerSpecConfigsItemRuntime,
)
