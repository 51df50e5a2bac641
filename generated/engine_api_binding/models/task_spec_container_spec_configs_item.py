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

T = TypeVar("T", bound="TaskSpecContainerSpecConfigsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecConfigsItem(Model):
    __match_args__ = (
        "file",
        "runtime",
        "config_id",
        "config_name",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    file: TaskSpecContainerSpecConfigsItemFile | None
    """ File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive
     """
    runtime: TaskSpecContainerSpecConfigsItemRuntime | None
    """ Runtime represents a target that is not mounted into the
    container but is used by the task

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually
    > exclusive
     """
    config_id: str | None
    """ ConfigID represents the ID of the specific config that we're
    referencing.
     """
    config_name: str | None
    """ ConfigName is the name of the config that this references,
    but this is just provided for lookup/display purposes. The
    config in the reference will be identified by its ID.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        file: TaskSpecContainerSpecConfigsItemFile | None = None,
        runtime: TaskSpecContainerSpecConfigsItemRuntime | None = None,
        config_id: str | None = None,
        config_name: str | None = None,
    ) -> None:
        self.file = file
        self.runtime = runtime
        self.config_id = config_id
        self.config_name = config_name
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        file = self.file
        if file is not None:
            file_json: dict[str, Any] | None
            if isinstance(file, TaskSpecContainerSpecConfigsItemFile):
                file_json = file.to_dict()
            else:
                file_json = file
            field_dict["File"] = file_json
        elif "File" in self._sent:
            field_dict["File"] = None

        runtime = self.runtime
        if runtime is not None:
            runtime_json: dict[str, Any] | None
            if isinstance(runtime, TaskSpecContainerSpecConfigsItemRuntime):
                runtime_json = runtime.to_dict()
            else:
                runtime_json = runtime
            field_dict["Runtime"] = runtime_json
        elif "Runtime" in self._sent:
            field_dict["Runtime"] = None

        if self.config_id is not None:
            field_dict["ConfigID"] = self.config_id
        elif "ConfigID" in self._sent:
            field_dict["ConfigID"] = None

        if self.config_name is not None:
            field_dict["ConfigName"] = self.config_name
        elif "ConfigName" in self._sent:
            field_dict["ConfigName"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("File", None)

        d.pop("Runtime", None)

        config_id = d.pop("ConfigID", None)

        config_name = d.pop("ConfigName", None)

        task_spec_container_spec_configs_item = _new(cls)
        task_spec_container_spec_configs_item._sent = src_dict
        task_spec_container_spec_configs_item.config_id = config_id
        task_spec_container_spec_configs_item.config_name = config_name
        task_spec_container_spec_configs_item.additional_properties = d
        return task_spec_container_spec_configs_item

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
            "runtime",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "file":
            _file_data = src.get("File")
            file: TaskSpecContainerSpecConfigsItemFile | None
            if _file_data is None:
                file = _file_data
            elif isinstance(_file_data, dict):
                file_type_0 = TaskSpecContainerSpecConfigsItemFile.from_dict(_file_data)

                file = file_type_0
            else:
                raise TypeError(
                    f"file: expected None | TaskSpecContainerSpecConfigsItemFile, got {type(_file_data).__name__}: {_file_data!r:.200}"
                )

            return file
        if deferred_name == "runtime":
            _runtime_data = src.get("Runtime")
            runtime: TaskSpecContainerSpecConfigsItemRuntime | None
            if _runtime_data is None:
                runtime = _runtime_data
            elif isinstance(_runtime_data, dict):
                runtime_type_0 = TaskSpecContainerSpecConfigsItemRuntime.from_dict(_runtime_data)

                runtime = runtime_type_0
            else:
                raise TypeError(
                    f"runtime: expected None | TaskSpecContainerSpecConfigsItemRuntime, got {type(_runtime_data).__name__}: {_runtime_data!r:.200}"
                )

            return runtime
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "File": "file",
        "Runtime": "runtime",
        "ConfigID": "config_id",
        "ConfigName": "config_name",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["File"]) -> TaskSpecContainerSpecConfigsItemFile: ...
        @overload
        def __getitem__(
            self, key: Literal["Runtime"]
        ) -> TaskSpecContainerSpecConfigsItemRuntime: ...
        @overload
        def __getitem__(self, key: Literal["ConfigID", "ConfigName"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["File"], default: None = None
        ) -> TaskSpecContainerSpecConfigsItemFile | None: ...
        @overload
        def get(
            self, key: Literal["Runtime"], default: None = None
        ) -> TaskSpecContainerSpecConfigsItemRuntime | None: ...
        @overload
        def get(
            self, key: Literal["ConfigID", "ConfigName"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.task_spec_container_spec_configs_item_file import TaskSpecContainerSpecConfigsItemFile
from ..models.task_spec_container_spec_configs_item_runtime import (
    TaskSpecContainerSpecConfigsItemRuntime,
)
