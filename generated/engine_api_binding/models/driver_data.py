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

T = TypeVar("T", bound="DriverData")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class DriverData(Model):
    """Information about the storage driver used to store the container's and
    image's filesystem.

    """

    __match_args__ = (
        "name",
        "data",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str
    """ Name of the storage driver. """
    data: DriverDataData | None
    """ Low-level storage metadata, provided as key/value pairs.

    This information is driver-specific, and depends on the storage-driver
    in use, and should be used for informational purposes only.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        data: DriverDataData | None,
    ) -> None:
        self.name = name
        self.data = data
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        data: dict[str, Any] | None
        if isinstance(self.data, DriverDataData):
            data = self.data.to_dict()
        else:
            data = self.data
        field_dict["Data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name")

        d.pop("Data")

        driver_data = _new(cls)
        driver_data._sent = src_dict
        driver_data.name = name
        driver_data.additional_properties = d
        return driver_data

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "data":
            _data_data = src["Data"]
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

            return data
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Data": "data",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Data"]) -> DriverDataData: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Data"], default: None = None) -> DriverDataData | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.driver_data_data import DriverDataData
