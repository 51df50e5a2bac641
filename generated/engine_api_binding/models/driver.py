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

T = TypeVar("T", bound="Driver")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Driver(Model):
    """Driver represents a driver (network, logging, secrets)."""

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

    name: str
    """ Name of the driver. """
    options: DriverOptions | None
    """ Key/value map of driver-specific options. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        options: DriverOptions | None = None,
    ) -> None:
        self.name = name
        self.options = options
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        options = self.options
        if options is not None:
            options_json: dict[str, Any] | None
            if isinstance(options, DriverOptions):
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

        name = d.pop("Name")

        d.pop("Options", None)

        driver = _new(cls)
        driver._sent = src_dict
        driver.name = name
        driver.additional_properties = d
        return driver

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "options",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: DriverOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = DriverOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected DriverOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
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
        def __getitem__(self, key: Literal["Options"]) -> DriverOptions: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Options"], default: None = None) -> DriverOptions | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.driver_options import DriverOptions
