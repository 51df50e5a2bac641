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
from ..models.host_config_log_config_type import (
    HostConfigLogConfigType,
    check_host_config_log_config_type,
)

T = TypeVar("T", bound="HostConfigLogConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class HostConfigLogConfig(Model):
    """The logging configuration for this container"""

    __match_args__ = (
        "type_",
        "config",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: HostConfigLogConfigType | None
    """ Name of the logging driver used for the container or "none"
    if logging is disabled. """
    config: HostConfigLogConfigConfig | None
    """ Driver-specific configuration options for the logging driver. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: HostConfigLogConfigType | None = None,
        config: HostConfigLogConfigConfig | None = None,
    ) -> None:
        self.type_ = type_
        self.config = config
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        if type_ is not None:
            type__json: str = type_
            field_dict["Type"] = type__json
        elif "Type" in self._sent:
            field_dict["Type"] = None

        config = self.config
        if config is not None:
            config_json: dict[str, Any] | None
            if isinstance(config, HostConfigLogConfigConfig):
                config_json = config.to_dict()
            else:
                config_json = config
            field_dict["Config"] = config_json
        elif "Config" in self._sent:
            field_dict["Config"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _type__src = d.pop("Type", None)
        type_: HostConfigLogConfigType | None
        if _type__src is None:
            type_ = None
        else:
            type__value = check_host_config_log_config_type(_type__src)

            type_ = type__value

        d.pop("Config", None)

        host_config_log_config = _new(cls)
        host_config_log_config._sent = src_dict
        host_config_log_config.type_ = type_
        host_config_log_config.additional_properties = d
        return host_config_log_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "config":
            _config_data = src.get("Config")
            config: HostConfigLogConfigConfig | None
            if _config_data is None:
                config = _config_data
            elif isinstance(_config_data, dict):
                config_type_0 = HostConfigLogConfigConfig.from_dict(_config_data)

                config = config_type_0
            else:
                raise TypeError(
                    f"config: expected HostConfigLogConfigConfig | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
                )

            return config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Type": "type_",
        "Config": "config",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Type"]) -> HostConfigLogConfigType: ...
        @overload
        def __getitem__(self, key: Literal["Config"]) -> HostConfigLogConfigConfig: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Type"], default: None = None
        ) -> HostConfigLogConfigType | None: ...
        @overload
        def get(
            self, key: Literal["Config"], default: None = None
        ) -> HostConfigLogConfigConfig | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.host_config_log_config_config import HostConfigLogConfigConfig
