from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecInspectResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ExecInspectResponse:
    can_remove: bool | Unset = UNSET
    detach_keys: str | Unset = UNSET
    id: str | Unset = UNSET
    running: bool | Unset = UNSET
    exit_code: int | Unset = UNSET
    process_config: ProcessConfig | Unset | None = UNSET
    open_stdin: bool | Unset = UNSET
    open_stderr: bool | Unset = UNSET
    open_stdout: bool | Unset = UNSET
    container_id: str | Unset = UNSET
    pid: int | Unset = UNSET
    """ The system process ID for the exec process. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_remove = self.can_remove

        detach_keys = self.detach_keys

        id = self.id

        running = self.running

        exit_code = self.exit_code

        process_config: dict[str, Any] | Unset | None
        if isinstance(self.process_config, Unset):
            process_config = UNSET
        elif isinstance(self.process_config, ProcessConfig):
            process_config = self.process_config.to_dict()
        else:
            process_config = self.process_config

        open_stdin = self.open_stdin

        open_stderr = self.open_stderr

        open_stdout = self.open_stdout

        container_id = self.container_id

        pid = self.pid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_remove is not UNSET:
            field_dict["CanRemove"] = can_remove
        if detach_keys is not UNSET:
            field_dict["DetachKeys"] = detach_keys
        if id is not UNSET:
            field_dict["ID"] = id
        if running is not UNSET:
            field_dict["Running"] = running
        if exit_code is not UNSET:
            field_dict["ExitCode"] = exit_code
        if process_config is not UNSET:
            field_dict["ProcessConfig"] = process_config
        if open_stdin is not UNSET:
            field_dict["OpenStdin"] = open_stdin
        if open_stderr is not UNSET:
            field_dict["OpenStderr"] = open_stderr
        if open_stdout is not UNSET:
            field_dict["OpenStdout"] = open_stdout
        if container_id is not UNSET:
            field_dict["ContainerID"] = container_id
        if pid is not UNSET:
            field_dict["Pid"] = pid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_remove = d.pop("CanRemove", UNSET)

        detach_keys = d.pop("DetachKeys", UNSET)

        id = d.pop("ID", UNSET)

        running = d.pop("Running", UNSET)

        exit_code = d.pop("ExitCode", UNSET)

        _process_config_data = d.pop("ProcessConfig", UNSET)
        process_config: ProcessConfig | Unset | None
        if _process_config_data is None or _process_config_data is UNSET:
            process_config = _process_config_data
        elif isinstance(_process_config_data, dict):
            process_config_type_0 = ProcessConfig.from_dict(_process_config_data)

            process_config = process_config_type_0
        else:
            raise TypeError(
                f"process_config: expected None | ProcessConfig, got {type(_process_config_data).__name__}: {_process_config_data!r:.200}"
            )

        open_stdin = d.pop("OpenStdin", UNSET)

        open_stderr = d.pop("OpenStderr", UNSET)

        open_stdout = d.pop("OpenStdout", UNSET)

        container_id = d.pop("ContainerID", UNSET)

        pid = d.pop("Pid", UNSET)

        exec_inspect_response = _new(cls)
        exec_inspect_response.can_remove = can_remove
        exec_inspect_response.detach_keys = detach_keys
        exec_inspect_response.id = id
        exec_inspect_response.running = running
        exec_inspect_response.exit_code = exit_code
        exec_inspect_response.process_config = process_config
        exec_inspect_response.open_stdin = open_stdin
        exec_inspect_response.open_stderr = open_stderr
        exec_inspect_response.open_stdout = open_stdout
        exec_inspect_response.container_id = container_id
        exec_inspect_response.pid = pid
        exec_inspect_response.additional_properties = d
        return exec_inspect_response

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


from ..models.process_config import ProcessConfig
