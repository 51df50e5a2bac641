from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="VolumeStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class VolumeStatus(Model):
    """Low-level details about the volume, provided by the volume driver.
    Details are returned as a map with key/value pairs:
    `{"key":"value","key2":"value2"}`.

    The `Status` field is optional, and is omitted if the volume driver
    does not support this feature.

        Example:
            {'hello': 'world'}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, VolumeStatusValue]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        volume_status = _new(cls)
        volume_status._sent = NOTHING_SENT
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = VolumeStatusValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        volume_status.additional_properties = additional_properties
        return volume_status

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> VolumeStatusValue: ...
        @overload
        def get(self, key: str, default: None = None) -> VolumeStatusValue | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.volume_status_value import VolumeStatusValue
