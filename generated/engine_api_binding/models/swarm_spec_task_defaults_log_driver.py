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

T = TypeVar("T", bound="SwarmSpecTaskDefaultsLogDriver")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecTaskDefaultsLogDriver(Model):
    """The log driver to use for tasks created in the orchestrator if
    unspecified by a service.

    Updating this value only affects new tasks. Existing tasks continue
    to use their previously configured log driver until recreated.

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
    """ The log driver to use as a default for new tasks.
     """
    options: SwarmSpecTaskDefaultsLogDriverOptions | None
    """ Driver-specific options for the selected log driver, specified
    as key/value pairs.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        options: SwarmSpecTaskDefaultsLogDriverOptions | None = None,
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
            if isinstance(options, SwarmSpecTaskDefaultsLogDriverOptions):
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

        swarm_spec_task_defaults_log_driver = _new(cls)
        swarm_spec_task_defaults_log_driver._sent = src_dict
        swarm_spec_task_defaults_log_driver.name = name
        swarm_spec_task_defaults_log_driver.additional_properties = d
        return swarm_spec_task_defaults_log_driver

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "options",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: SwarmSpecTaskDefaultsLogDriverOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = SwarmSpecTaskDefaultsLogDriverOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected None | SwarmSpecTaskDefaultsLogDriverOptions, got {type(_options_data).__name__}: {_options_data!r:.200}"
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
        def __getitem__(self, key: Literal["Options"]) -> SwarmSpecTaskDefaultsLogDriverOptions: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Options"], default: None = None
        ) -> SwarmSpecTaskDefaultsLogDriverOptions | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.swarm_spec_task_defaults_log_driver_options import (
    SwarmSpecTaskDefaultsLogDriverOptions,
)
