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

T = TypeVar("T", bound="SystemVersionComponentsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemVersionComponentsItem(Model):
    __match_args__ = (
        "name",
        "version",
        "details",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str
    """ Name of the component
     """
    version: str
    """ Version of the component
     """
    details: SystemVersionComponentsItemDetails | None
    """ Key/value pairs of strings with additional information about the
    component. These values are intended for informational purposes
    only, and their content is not defined, and not part of the API
    specification.

    These messages can be printed by the client as information to the user.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        version: str,
        details: SystemVersionComponentsItemDetails | None = None,
    ) -> None:
        self.name = name
        self.version = version
        self.details = details
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        field_dict["Version"] = self.version

        details = self.details
        if details is not None:
            details_json: dict[str, Any] | None
            if isinstance(details, SystemVersionComponentsItemDetails):
                details_json = details.to_dict()
            else:
                details_json = details
            field_dict["Details"] = details_json
        elif "Details" in self._sent:
            field_dict["Details"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name")

        version = d.pop("Version")

        d.pop("Details", None)

        system_version_components_item = _new(cls)
        system_version_components_item._sent = src_dict
        system_version_components_item.name = name
        system_version_components_item.version = version
        system_version_components_item.additional_properties = d
        return system_version_components_item

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "details",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "details":
            _details_data = src.get("Details")
            details: SystemVersionComponentsItemDetails | None
            if _details_data is None:
                details = _details_data
            elif isinstance(_details_data, dict):
                details_type_0 = SystemVersionComponentsItemDetails.from_dict(_details_data)

                details = details_type_0
            else:
                raise TypeError(
                    f"details: expected None | SystemVersionComponentsItemDetails, got {type(_details_data).__name__}: {_details_data!r:.200}"
                )

            return details
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Version": "version",
        "Details": "details",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Version"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Details"]) -> SystemVersionComponentsItemDetails: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "Version"], default: None = None) -> str: ...
        @overload
        def get(
            self, key: Literal["Details"], default: None = None
        ) -> SystemVersionComponentsItemDetails | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.system_version_components_item_details import SystemVersionComponentsItemDetails
