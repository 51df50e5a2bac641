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

T = TypeVar("T", bound="DeviceRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class DeviceRequest(Model):
    """A request for devices to be sent to device drivers"""

    __match_args__ = (
        "driver",
        "count",
        "device_ids",
        "capabilities",
        "options",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    driver: str | None
    """ The name of the device driver to use for this request.

    Note that if this is specified the capabilities are ignored when
    selecting a device driver.
     """
    count: int | None
    device_ids: list[str] | None
    capabilities: list[list[str] | None] | None
    """ A list of capabilities; an OR list of AND lists of capabilities.

    Note that if a driver is specified the capabilities have no effect on
    selecting a driver as the driver name is used directly.

    Note that if no driver is specified the capabilities are used to
    select a driver with the required capabilities.
     """
    options: DeviceRequestOptions | None
    """ Driver-specific options, specified as a key/value pairs. These options
    are passed directly to the driver.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        driver: str | None = None,
        count: int | None = None,
        device_ids: list[str] | None = None,
        capabilities: list[list[str] | None] | None = None,
        options: DeviceRequestOptions | None = None,
    ) -> None:
        self.driver = driver
        self.count = count
        self.device_ids = device_ids
        self.capabilities = capabilities
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

        if self.count is not None:
            field_dict["Count"] = self.count
        elif "Count" in self._sent:
            field_dict["Count"] = None

        device_ids = self.device_ids
        if device_ids is not None:
            device_ids_json: list[str] | None
            if isinstance(device_ids, list):
                device_ids_json = device_ids

            else:
                device_ids_json = device_ids
            field_dict["DeviceIDs"] = device_ids_json
        elif "DeviceIDs" in self._sent:
            field_dict["DeviceIDs"] = None

        capabilities = self.capabilities
        if capabilities is not None:
            capabilities_json: list[list[str] | None] | None
            if isinstance(capabilities, list):
                capabilities_json = []
                for capabilities_type_0_item_data in capabilities:
                    capabilities_type_0_item: list[str] | None
                    if isinstance(capabilities_type_0_item_data, list):
                        capabilities_type_0_item = capabilities_type_0_item_data

                    else:
                        capabilities_type_0_item = capabilities_type_0_item_data
                    capabilities_json.append(capabilities_type_0_item)

            else:
                capabilities_json = capabilities
            field_dict["Capabilities"] = capabilities_json
        elif "Capabilities" in self._sent:
            field_dict["Capabilities"] = None

        options = self.options
        if options is not None:
            options_json: dict[str, Any] | None
            if isinstance(options, DeviceRequestOptions):
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

        count = d.pop("Count", None)

        _device_ids_data = d.pop("DeviceIDs", None)
        device_ids: list[str] | None
        if _device_ids_data is None:
            device_ids = _device_ids_data
        elif isinstance(_device_ids_data, list):
            device_ids_type_0 = _device_ids_data

            device_ids = device_ids_type_0
        else:
            raise TypeError(
                f"device_ids: expected list[str] | None, got {type(_device_ids_data).__name__}: {_device_ids_data!r:.200}"
            )

        _capabilities_data = d.pop("Capabilities", None)
        capabilities: list[list[str] | None] | None
        if _capabilities_data is None:
            capabilities = _capabilities_data
        elif isinstance(_capabilities_data, list):
            capabilities_type_0 = []
            _capabilities_type_0 = _capabilities_data
            for capabilities_type_0_item_data in _capabilities_type_0:
                _capabilities_type_0_item_data = capabilities_type_0_item_data
                capabilities_type_0_item: list[str] | None
                if _capabilities_type_0_item_data is None:
                    capabilities_type_0_item = _capabilities_type_0_item_data
                elif isinstance(_capabilities_type_0_item_data, list):
                    capabilities_type_0_item_type_0 = _capabilities_type_0_item_data

                    capabilities_type_0_item = capabilities_type_0_item_type_0
                else:
                    raise TypeError(
                        f"capabilities_type_0_item: expected list[str] | None, got {type(_capabilities_type_0_item_data).__name__}: {_capabilities_type_0_item_data!r:.200}"
                    )

                capabilities_type_0.append(capabilities_type_0_item)

            capabilities = capabilities_type_0
        else:
            raise TypeError(
                f"capabilities: expected list[list[str] | None] | None, got {type(_capabilities_data).__name__}: {_capabilities_data!r:.200}"
            )

        d.pop("Options", None)

        device_request = _new(cls)
        device_request._sent = src_dict
        device_request.driver = driver
        device_request.count = count
        device_request.device_ids = device_ids
        device_request.capabilities = capabilities
        device_request.additional_properties = d
        return device_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "options",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "options":
            _options_data = src.get("Options")
            options: DeviceRequestOptions | None
            if _options_data is None:
                options = _options_data
            elif isinstance(_options_data, dict):
                options_type_0 = DeviceRequestOptions.from_dict(_options_data)

                options = options_type_0
            else:
                raise TypeError(
                    f"options: expected DeviceRequestOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
                )

            return options
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Driver": "driver",
        "Count": "count",
        "DeviceIDs": "device_ids",
        "Capabilities": "capabilities",
        "Options": "options",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Driver"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Count"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["DeviceIDs"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Capabilities"]) -> list[list[str] | None]: ...
        @overload
        def __getitem__(self, key: Literal["Options"]) -> DeviceRequestOptions: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Driver"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Count"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["DeviceIDs"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Capabilities"], default: None = None
        ) -> list[list[str] | None] | None: ...
        @overload
        def get(
            self, key: Literal["Options"], default: None = None
        ) -> DeviceRequestOptions | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.device_request_options import DeviceRequestOptions
