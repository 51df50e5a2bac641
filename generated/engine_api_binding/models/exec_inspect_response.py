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

T = TypeVar("T", bound="ExecInspectResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ExecInspectResponse(Model):
    __match_args__ = (
        "can_remove",
        "detach_keys",
        "id",
        "running",
        "exit_code",
        "process_config",
        "open_stdin",
        "open_stderr",
        "open_stdout",
        "container_id",
        "pid",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    can_remove: bool | None
    detach_keys: str | None
    id: str | None
    running: bool | None
    exit_code: int | None
    process_config: ProcessConfig | None
    open_stdin: bool | None
    open_stderr: bool | None
    open_stdout: bool | None
    container_id: str | None
    pid: int | None
    """ The system process ID for the exec process. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        can_remove: bool | None = None,
        detach_keys: str | None = None,
        id: str | None = None,
        running: bool | None = None,
        exit_code: int | None = None,
        process_config: ProcessConfig | None = None,
        open_stdin: bool | None = None,
        open_stderr: bool | None = None,
        open_stdout: bool | None = None,
        container_id: str | None = None,
        pid: int | None = None,
    ) -> None:
        self.can_remove = can_remove
        self.detach_keys = detach_keys
        self.id = id
        self.running = running
        self.exit_code = exit_code
        self.process_config = process_config
        self.open_stdin = open_stdin
        self.open_stderr = open_stderr
        self.open_stdout = open_stdout
        self.container_id = container_id
        self.pid = pid
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.can_remove is not None:
            field_dict["CanRemove"] = self.can_remove
        elif "CanRemove" in self._sent:
            field_dict["CanRemove"] = None

        if self.detach_keys is not None:
            field_dict["DetachKeys"] = self.detach_keys
        elif "DetachKeys" in self._sent:
            field_dict["DetachKeys"] = None

        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        if self.running is not None:
            field_dict["Running"] = self.running
        elif "Running" in self._sent:
            field_dict["Running"] = None

        if self.exit_code is not None:
            field_dict["ExitCode"] = self.exit_code
        elif "ExitCode" in self._sent:
            field_dict["ExitCode"] = None

        process_config = self.process_config
        if process_config is not None:
            process_config_json: dict[str, Any] | None
            if isinstance(process_config, ProcessConfig):
                process_config_json = process_config.to_dict()
            else:
                process_config_json = process_config
            field_dict["ProcessConfig"] = process_config_json
        elif "ProcessConfig" in self._sent:
            field_dict["ProcessConfig"] = None

        if self.open_stdin is not None:
            field_dict["OpenStdin"] = self.open_stdin
        elif "OpenStdin" in self._sent:
            field_dict["OpenStdin"] = None

        if self.open_stderr is not None:
            field_dict["OpenStderr"] = self.open_stderr
        elif "OpenStderr" in self._sent:
            field_dict["OpenStderr"] = None

        if self.open_stdout is not None:
            field_dict["OpenStdout"] = self.open_stdout
        elif "OpenStdout" in self._sent:
            field_dict["OpenStdout"] = None

        if self.container_id is not None:
            field_dict["ContainerID"] = self.container_id
        elif "ContainerID" in self._sent:
            field_dict["ContainerID"] = None

        if self.pid is not None:
            field_dict["Pid"] = self.pid
        elif "Pid" in self._sent:
            field_dict["Pid"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        can_remove = d.pop("CanRemove", None)

        detach_keys = d.pop("DetachKeys", None)

        id = d.pop("ID", None)

        running = d.pop("Running", None)

        exit_code = d.pop("ExitCode", None)

        d.pop("ProcessConfig", None)

        open_stdin = d.pop("OpenStdin", None)

        open_stderr = d.pop("OpenStderr", None)

        open_stdout = d.pop("OpenStdout", None)

        container_id = d.pop("ContainerID", None)

        pid = d.pop("Pid", None)

        exec_inspect_response = _new(cls)
        exec_inspect_response._sent = src_dict
        exec_inspect_response.can_remove = can_remove
        exec_inspect_response.detach_keys = detach_keys
        exec_inspect_response.id = id
        exec_inspect_response.running = running
        exec_inspect_response.exit_code = exit_code
        exec_inspect_response.open_stdin = open_stdin
        exec_inspect_response.open_stderr = open_stderr
        exec_inspect_response.open_stdout = open_stdout
        exec_inspect_response.container_id = container_id
        exec_inspect_response.pid = pid
        exec_inspect_response.additional_properties = d
        return exec_inspect_response

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "process_config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "process_config":
            _process_config_data = src.get("ProcessConfig")
            process_config: ProcessConfig | None
            if _process_config_data is None:
                process_config = _process_config_data
            elif isinstance(_process_config_data, dict):
                process_config_type_0 = ProcessConfig.from_dict(_process_config_data)

                process_config = process_config_type_0
            else:
                raise TypeError(
                    f"process_config: expected None | ProcessConfig, got {type(_process_config_data).__name__}: {_process_config_data!r:.200}"
                )

            return process_config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "CanRemove": "can_remove",
        "DetachKeys": "detach_keys",
        "ID": "id",
        "Running": "running",
        "ExitCode": "exit_code",
        "ProcessConfig": "process_config",
        "OpenStdin": "open_stdin",
        "OpenStderr": "open_stderr",
        "OpenStdout": "open_stdout",
        "ContainerID": "container_id",
        "Pid": "pid",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["CanRemove", "Running", "OpenStdin", "OpenStderr", "OpenStdout"]
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["DetachKeys", "ID", "ContainerID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["ExitCode", "Pid"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["ProcessConfig"]) -> ProcessConfig: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["CanRemove", "Running", "OpenStdin", "OpenStderr", "OpenStdout"],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["DetachKeys", "ID", "ContainerID"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["ExitCode", "Pid"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["ProcessConfig"], default: None = None
        ) -> ProcessConfig | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.process_config import ProcessConfig
