from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.driver_data_data import DriverDataData


T = TypeVar("T", bound="DriverData")


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
        from ..models.driver_data_data import DriverDataData

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
        from ..models.driver_data_data import DriverDataData

        d = dict(src_dict)
        name = d.pop("Name")

        def _parse_data(data: object) -> DriverDataData | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"data: expected DriverDataData | None, got {type(data).__name__}: {data!r:.200}"
                )
            data_type_0 = DriverDataData.from_dict(data)

            return data_type_0

        data = _parse_data(d.pop("Data"))

        driver_data = cls(
            name=name,
            data=data,
        )

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
