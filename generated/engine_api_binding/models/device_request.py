from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class DeviceRequest:
    """A request for devices to be sent to device drivers"""

    driver: str | Unset = UNSET
    """ The name of the device driver to use for this request.

    Note that if this is specified the capabilities are ignored when
    selecting a device driver.
     """
    count: int | Unset = UNSET
    device_ids: list[str] | Unset | None = UNSET
    capabilities: list[list[str] | None] | Unset | None = UNSET
    """ A list of capabilities; an OR list of AND lists of capabilities.

    Note that if a driver is specified the capabilities have no effect on
    selecting a driver as the driver name is used directly.

    Note that if no driver is specified the capabilities are used to
    select a driver with the required capabilities.
     """
    options: DeviceRequestOptions | Unset | None = UNSET
    """ Driver-specific options, specified as a key/value pairs. These options
    are passed directly to the driver.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        driver = self.driver

        count = self.count

        device_ids: list[str] | Unset | None
        if isinstance(self.device_ids, Unset):
            device_ids = UNSET
        elif isinstance(self.device_ids, list):
            device_ids = self.device_ids

        else:
            device_ids = self.device_ids

        capabilities: list[list[str] | None] | Unset | None
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, list):
            capabilities = []
            for capabilities_type_0_item_data in self.capabilities:
                capabilities_type_0_item: list[str] | None
                if isinstance(capabilities_type_0_item_data, list):
                    capabilities_type_0_item = capabilities_type_0_item_data

                else:
                    capabilities_type_0_item = capabilities_type_0_item_data
                capabilities.append(capabilities_type_0_item)

        else:
            capabilities = self.capabilities

        options: dict[str, Any] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, DeviceRequestOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if count is not UNSET:
            field_dict["Count"] = count
        if device_ids is not UNSET:
            field_dict["DeviceIDs"] = device_ids
        if capabilities is not UNSET:
            field_dict["Capabilities"] = capabilities
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        driver = d.pop("Driver", UNSET)

        count = d.pop("Count", UNSET)

        _device_ids_data = d.pop("DeviceIDs", UNSET)
        device_ids: list[str] | Unset | None
        if _device_ids_data is None or _device_ids_data is UNSET:
            device_ids = _device_ids_data
        elif isinstance(_device_ids_data, list):
            device_ids_type_0 = _device_ids_data

            device_ids = device_ids_type_0
        else:
            raise TypeError(
                f"device_ids: expected list[str] | None, got {type(_device_ids_data).__name__}: {_device_ids_data!r:.200}"
            )

        _capabilities_data = d.pop("Capabilities", UNSET)
        capabilities: list[list[str] | None] | Unset | None
        if _capabilities_data is None or _capabilities_data is UNSET:
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

        _options_data = d.pop("Options", UNSET)
        options: DeviceRequestOptions | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, dict):
            options_type_0 = DeviceRequestOptions.from_dict(_options_data)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected DeviceRequestOptions | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        device_request = _new(cls)
        device_request.driver = driver
        device_request.count = count
        device_request.device_ids = device_ids
        device_request.capabilities = capabilities
        device_request.options = options
        device_request.additional_properties = d
        return device_request

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


from ..models.device_request_options import DeviceRequestOptions
