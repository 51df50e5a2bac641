from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerExecRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerExecRequest:
    """
    Example:
        {'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False,
            'Cmd': ['date'], 'Env': ['FOO=bar', 'BAZ=quux']}

    """

    attach_stdin: bool | Unset = UNSET
    """ Attach to `stdin` of the exec command. """
    attach_stdout: bool | Unset = UNSET
    """ Attach to `stdout` of the exec command. """
    attach_stderr: bool | Unset = UNSET
    """ Attach to `stderr` of the exec command. """
    console_size: list[int] | Unset | None = UNSET
    """ Initial console size, as an `[height, width]` array. """
    detach_keys: str | Unset = UNSET
    """ Override the key sequence for detaching a container. Format is
    a single character `[a-Z]` or `ctrl-<value>` where `<value>`
    is one of: `a-z`, `@`, `^`, `[`, `,` or `_`.
     """
    tty: bool | Unset = UNSET
    """ Allocate a pseudo-TTY. """
    env: list[str] | Unset | None = UNSET
    """ A list of environment variables in the form `["VAR=value", ...]`.
     """
    cmd: list[str] | Unset | None = UNSET
    """ Command to run, as a string or array of strings. """
    privileged: bool | Unset = UNSET
    """ Runs the exec process with extended privileges. """
    user: str | Unset = UNSET
    """ The user, and optionally, group to run the exec process inside
    the container. Format is one of: `user`, `user:group`, `uid`,
    or `uid:gid`.
     """
    working_dir: str | Unset = UNSET
    """ The working directory for the exec process inside the container.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attach_stdin = self.attach_stdin

        attach_stdout = self.attach_stdout

        attach_stderr = self.attach_stderr

        console_size: list[int] | Unset | None
        if isinstance(self.console_size, Unset):
            console_size = UNSET
        elif isinstance(self.console_size, list):
            console_size = self.console_size

        else:
            console_size = self.console_size

        detach_keys = self.detach_keys

        tty = self.tty

        env: list[str] | Unset | None
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        cmd: list[str] | Unset | None
        if isinstance(self.cmd, Unset):
            cmd = UNSET
        elif isinstance(self.cmd, list):
            cmd = self.cmd

        else:
            cmd = self.cmd

        privileged = self.privileged

        user = self.user

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attach_stdin is not UNSET:
            field_dict["AttachStdin"] = attach_stdin
        if attach_stdout is not UNSET:
            field_dict["AttachStdout"] = attach_stdout
        if attach_stderr is not UNSET:
            field_dict["AttachStderr"] = attach_stderr
        if console_size is not UNSET:
            field_dict["ConsoleSize"] = console_size
        if detach_keys is not UNSET:
            field_dict["DetachKeys"] = detach_keys
        if tty is not UNSET:
            field_dict["Tty"] = tty
        if env is not UNSET:
            field_dict["Env"] = env
        if cmd is not UNSET:
            field_dict["Cmd"] = cmd
        if privileged is not UNSET:
            field_dict["Privileged"] = privileged
        if user is not UNSET:
            field_dict["User"] = user
        if working_dir is not UNSET:
            field_dict["WorkingDir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attach_stdin = d.pop("AttachStdin", UNSET)

        attach_stdout = d.pop("AttachStdout", UNSET)

        attach_stderr = d.pop("AttachStderr", UNSET)

        _console_size_data = d.pop("ConsoleSize", UNSET)
        console_size: list[int] | Unset | None
        if _console_size_data is None or _console_size_data is UNSET:
            console_size = _console_size_data
        elif isinstance(_console_size_data, list):
            console_size_type_0 = _console_size_data

            console_size = console_size_type_0
        else:
            raise TypeError(
                f"console_size: expected list[int] | None, got {type(_console_size_data).__name__}: {_console_size_data!r:.200}"
            )

        detach_keys = d.pop("DetachKeys", UNSET)

        tty = d.pop("Tty", UNSET)

        _env_data = d.pop("Env", UNSET)
        env: list[str] | Unset | None
        if _env_data is None or _env_data is UNSET:
            env = _env_data
        elif isinstance(_env_data, list):
            env_type_0 = _env_data

            env = env_type_0
        else:
            raise TypeError(
                f"env: expected list[str] | None, got {type(_env_data).__name__}: {_env_data!r:.200}"
            )

        _cmd_data = d.pop("Cmd", UNSET)
        cmd: list[str] | Unset | None
        if _cmd_data is None or _cmd_data is UNSET:
            cmd = _cmd_data
        elif isinstance(_cmd_data, list):
            cmd_type_0 = _cmd_data

            cmd = cmd_type_0
        else:
            raise TypeError(
                f"cmd: expected list[str] | None, got {type(_cmd_data).__name__}: {_cmd_data!r:.200}"
            )

        privileged = d.pop("Privileged", UNSET)

        user = d.pop("User", UNSET)

        working_dir = d.pop("WorkingDir", UNSET)

        container_exec_request = _new(cls)
        container_exec_request.attach_stdin = attach_stdin
        container_exec_request.attach_stdout = attach_stdout
        container_exec_request.attach_stderr = attach_stderr
        container_exec_request.console_size = console_size
        container_exec_request.detach_keys = detach_keys
        container_exec_request.tty = tty
        container_exec_request.env = env
        container_exec_request.cmd = cmd
        container_exec_request.privileged = privileged
        container_exec_request.user = user
        container_exec_request.working_dir = working_dir
        container_exec_request.additional_properties = d
        return container_exec_request

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
