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

T = TypeVar("T", bound="IPAM")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class IPAM(Model):
    __match_args__ = (
        "driver",
        "config",
        "options",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    driver: str | None
    """ Name of the IPAM driver to use. """
    config: list[IPAMConfig] | None
    """ List of IPAM configuration options, specified as a map:

    ```
    {"Subnet": <CIDR>, "IPRange": <CIDR>, "Gateway": <IP address>, "AuxAddress": <device_name:IP address>}
    ```
     """
    options: IPAMOptions | None
    """ Driver-specific options, specified as a map. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        driver: str | None = None,
        config: list[IPAMConfig] | None = None,
        options: IPAMOptions | None = None,
    ) -> None:
        self.driver = driver
        self.config = config
        self.options = options
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        config = self.config
        if config is not None:
            config_json: list[dict[str, Any]] | None
            if isinstance(config, list):
                config_json = []
                for config_type_0_item_data in config:
                    config_type_0_item = config_type_0_item_data.to_dict()
                    config_json.append(config_type_0_item)

            else:
                config_json = config
            field_dict["Config"] = config_json
        elif "Config" in self._sent:
            field_dict["Config"] = None

        options = self.options
        if options is not None:
            options_json: dict[str, Any] | None
            if isinstance(options, IPAMOptions):
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

        driver = d.pop("Driver", None)

        d.pop("Config", None)

        d.pop("Options", None)

        ipam = _new(cls)
        ipam._sent = src_dict
        ipam.driver = driver
        ipam.additional_properties = d
        return ipam

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
            "options",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "config":
            _config_data = src.get("Config")
            config: list[IPAMConfig] | None
            if _config_data is None:
                config = _config_data
            elif isinstance(_config_data, list):
                config_type_0 = []
                _config_type_0 = _config_data
                for config_type_0_item_data in _config_type_0:
                    config_type_0_item = IPAMConfig.from_dict(config_type_0_item_data)

                    config_type_0.append(config_type_0_item)

                config = config_type_0
            else:
                raise TypeError(
                    f"config: expected list[IPAMConfig] | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
                )

            return config
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: IPAMOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = IPAMOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected IPAMOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
                )

            return options
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Driver": "driver",
        "Config": "config",
        "Options": "options",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Driver"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Config"]) -> list[IPAMConfig]: ...
        @overload
        def __getitem__(self, key: Literal["Options"]) -> IPAMOptions: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Driver"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Config"], default: None = None) -> list[IPAMConfig] | None: ...
        @overload
        def get(self, key: Literal["Options"], default: None = None) -> IPAMOptions | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.ipam_config import IPAMConfig
from ..models.ipam_options import IPAMOptions
