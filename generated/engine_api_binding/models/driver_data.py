from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DriverData")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class DriverData:
    """Information about the storage driver used to store the container's and
    image's filesystem.

    """

    name: str
    """ Name of the storage driver. """
    data: DriverDataData | None
    """ Low-level storage metadata, provided as key/value pairs.

    This information is driver-specific, and depends on the storage-driver
    in use, and should be used for informational purposes only.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data: dict[str, Any] | None
        if isinstance(self.data, DriverDataData):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        _data_data = d.pop("Data")
        data: DriverDataData | None
        if _data_data is None:
            data = _data_data
        elif isinstance(_data_data, dict):
            data_type_0 = DriverDataData.from_dict(_data_data)

            data = data_type_0
        else:
            raise TypeError(
                f"data: expected DriverDataData | None, got {type(_data_data).__name__}: {_data_data!r:.200}"
            )

        driver_data = _new(cls)
        driver_data.name = name
        driver_data.data = data
        driver_data.additional_properties = d
        return driver_data

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


from ..models.driver_data_data import DriverDataData
