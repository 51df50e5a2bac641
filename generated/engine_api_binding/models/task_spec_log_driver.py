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

T = TypeVar("T", bound="TaskSpecLogDriver")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecLogDriver(Model):
    """Specifies the log driver to use for tasks created from this spec. If
    not present, the default one for the swarm will be used, finally
    falling back to the engine default if not specified.

    """

    __match_args__ = (
        "name",
        "options",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    options: TaskSpecLogDriverOptions | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        options: TaskSpecLogDriverOptions | None = None,
    ) -> None:
        self.name = name
        self.options = options
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        options = self.options
        if options is not None:
            options_json: dict[str, Any] | None
            if isinstance(options, TaskSpecLogDriverOptions):
                options_json = options.to_dict()
            else:
                options_json = options
            field_dict["Options"] = options_json
        elif "Options" in self._sent:
            field_dict["Options"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        d.pop("Options", None)

        task_spec_log_driver = _new(cls)
        task_spec_log_driver._sent = src_dict
        task_spec_log_driver.name = name
        task_spec_log_driver.additional_properties = d
        return task_spec_log_driver

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "options",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: TaskSpecLogDriverOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = TaskSpecLogDriverOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected None | TaskSpecLogDriverOptions, got {type(_options_data).__name__}: {_options_data!r:.200}"
                )

            return options
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Options": "options",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Options"]) -> TaskSpecLogDriverOptions: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Options"], default: None = None
        ) -> TaskSpecLogDriverOptions | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.task_spec_log_driver_options import TaskSpecLogDriverOptions
