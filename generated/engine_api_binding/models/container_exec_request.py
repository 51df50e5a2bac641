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

T = TypeVar("T", bound="ContainerExecRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerExecRequest(Model):
    """
    Example:
        {'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False,
            'Cmd': ['date'], 'Env': ['FOO=bar', 'BAZ=quux']}

    """

    __match_args__ = (
        "attach_stdin",
        "attach_stdout",
        "attach_stderr",
        "console_size",
        "detach_keys",
        "tty",
        "env",
        "cmd",
        "privileged",
        "user",
        "working_dir",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    attach_stdin: bool | None
    """ Attach to `stdin` of the exec command. """
    attach_stdout: bool | None
    """ Attach to `stdout` of the exec command. """
    attach_stderr: bool | None
    """ Attach to `stderr` of the exec command. """
    console_size: list[int] | None
    """ Initial console size, as an `[height, width]` array. """
    detach_keys: str | None
    """ Override the key sequence for detaching a container. Format is
    a single character `[a-Z]` or `ctrl-<value>` where `<value>`
    is one of: `a-z`, `@`, `^`, `[`, `,` or `_`.
     """
    tty: bool | None
    """ Allocate a pseudo-TTY. """
    env: list[str] | None
    """ A list of environment variables in the form `["VAR=value", ...]`.
     """
    cmd: list[str] | None
    """ Command to run, as a string or array of strings. """
    privileged: bool | None
    """ Runs the exec process with extended privileges. """
    user: str | None
    """ The user, and optionally, group to run the exec process inside
    the container. Format is one of: `user`, `user:group`, `uid`,
    or `uid:gid`.
     """
    working_dir: str | None
    """ The working directory for the exec process inside the container.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        attach_stdin: bool | None = None,
        attach_stdout: bool | None = None,
        attach_stderr: bool | None = None,
        console_size: list[int] | None = None,
        detach_keys: str | None = None,
        tty: bool | None = None,
        env: list[str] | None = None,
        cmd: list[str] | None = None,
        privileged: bool | None = None,
        user: str | None = None,
        working_dir: str | None = None,
    ) -> None:
        self.attach_stdin = attach_stdin
        self.attach_stdout = attach_stdout
        self.attach_stderr = attach_stderr
        self.console_size = console_size
        self.detach_keys = detach_keys
        self.tty = tty
        self.env = env
        self.cmd = cmd
        self.privileged = privileged
        self.user = user
        self.working_dir = working_dir
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.attach_stdin is not None:
            field_dict["AttachStdin"] = self.attach_stdin
        elif "AttachStdin" in self._sent:
            field_dict["AttachStdin"] = None

        if self.attach_stdout is not None:
            field_dict["AttachStdout"] = self.attach_stdout
        elif "AttachStdout" in self._sent:
            field_dict["AttachStdout"] = None

        if self.attach_stderr is not None:
            field_dict["AttachStderr"] = self.attach_stderr
        elif "AttachStderr" in self._sent:
            field_dict["AttachStderr"] = None

        console_size = self.console_size
        if console_size is not None:
            console_size_json: list[int] | None
            if isinstance(console_size, list):
                console_size_json = console_size

            else:
                console_size_json = console_size
            field_dict["ConsoleSize"] = console_size_json
        elif "ConsoleSize" in self._sent:
            field_dict["ConsoleSize"] = None

        if self.detach_keys is not None:
            field_dict["DetachKeys"] = self.detach_keys
        elif "DetachKeys" in self._sent:
            field_dict["DetachKeys"] = None

        if self.tty is not None:
            field_dict["Tty"] = self.tty
        elif "Tty" in self._sent:
            field_dict["Tty"] = None

        env = self.env
        if env is not None:
            env_json: list[str] | None
            if isinstance(env, list):
                env_json = env

            else:
                env_json = env
            field_dict["Env"] = env_json
        elif "Env" in self._sent:
            field_dict["Env"] = None

        cmd = self.cmd
        if cmd is not None:
            cmd_json: list[str] | None
            if isinstance(cmd, list):
                cmd_json = cmd

            else:
                cmd_json = cmd
            field_dict["Cmd"] = cmd_json
        elif "Cmd" in self._sent:
            field_dict["Cmd"] = None

        if self.privileged is not None:
            field_dict["Privileged"] = self.privileged
        elif "Privileged" in self._sent:
            field_dict["Privileged"] = None

        if self.user is not None:
            field_dict["User"] = self.user
        elif "User" in self._sent:
            field_dict["User"] = None

        if self.working_dir is not None:
            field_dict["WorkingDir"] = self.working_dir
        elif "WorkingDir" in self._sent:
            field_dict["WorkingDir"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        attach_stdin = d.pop("AttachStdin", None)

        attach_stdout = d.pop("AttachStdout", None)

        attach_stderr = d.pop("AttachStderr", None)

        _console_size_data = d.pop("ConsoleSize", None)
        console_size: list[int] | None
        if _console_size_data is None:
            console_size = _console_size_data
        elif isinstance(_console_size_data, list):
            console_size_type_0 = _console_size_data

            console_size = console_size_type_0
        else:
            raise TypeError(
                f"console_size: expected list[int] | None, got {type(_console_size_data).__name__}: {_console_size_data!r:.200}"
            )

        detach_keys = d.pop("DetachKeys", None)

        tty = d.pop("Tty", None)

        _env_data = d.pop("Env", None)
        env: list[str] | None
        if _env_data is None:
            env = _env_data
        elif isinstance(_env_data, list):
            env_type_0 = _env_data

            env = env_type_0
        else:
            raise TypeError(
                f"env: expected list[str] | None, got {type(_env_data).__name__}: {_env_data!r:.200}"
            )

        _cmd_data = d.pop("Cmd", None)
        cmd: list[str] | None
        if _cmd_data is None:
            cmd = _cmd_data
        elif isinstance(_cmd_data, list):
            cmd_type_0 = _cmd_data

            cmd = cmd_type_0
        else:
            raise TypeError(
                f"cmd: expected list[str] | None, got {type(_cmd_data).__name__}: {_cmd_data!r:.200}"
            )

        privileged = d.pop("Privileged", None)

        user = d.pop("User", None)

        working_dir = d.pop("WorkingDir", None)

        container_exec_request = _new(cls)
        container_exec_request._sent = src_dict
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

    _keys: ClassVar[dict[str, str]] = {
        "AttachStdin": "attach_stdin",
        "AttachStdout": "attach_stdout",
        "AttachStderr": "attach_stderr",
        "ConsoleSize": "console_size",
        "DetachKeys": "detach_keys",
        "Tty": "tty",
        "Env": "env",
        "Cmd": "cmd",
        "Privileged": "privileged",
        "User": "user",
        "WorkingDir": "working_dir",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["AttachStdin", "AttachStdout", "AttachStderr", "Tty", "Privileged"]
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["ConsoleSize"]) -> list[int]: ...
        @overload
        def __getitem__(self, key: Literal["DetachKeys", "User", "WorkingDir"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Env", "Cmd"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["AttachStdin", "AttachStdout", "AttachStderr", "Tty", "Privileged"],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(self, key: Literal["ConsoleSize"], default: None = None) -> list[int] | None: ...
        @overload
        def get(
            self, key: Literal["DetachKeys", "User", "WorkingDir"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Env", "Cmd"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
