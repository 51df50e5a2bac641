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

T = TypeVar("T", bound="ClusterVolumeSpecAccessModeCapacityRange")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumeSpecAccessModeCapacityRange(Model):
    """The desired capacity that the volume should be created with. If
    empty, the plugin will decide the capacity.

    """

    __match_args__ = (
        "required_bytes",
        "limit_bytes",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    required_bytes: int | None
    """ The volume must be at least this big. The value of 0
    indicates an unspecified minimum
     """
    limit_bytes: int | None
    """ The volume must not be bigger than this. The value of 0
    indicates an unspecified maximum.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        required_bytes: int | None = None,
        limit_bytes: int | None = None,
    ) -> None:
        self.required_bytes = required_bytes
        self.limit_bytes = limit_bytes
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.required_bytes is not None:
            field_dict["RequiredBytes"] = self.required_bytes
        elif "RequiredBytes" in self._sent:
            field_dict["RequiredBytes"] = None

        if self.limit_bytes is not None:
            field_dict["LimitBytes"] = self.limit_bytes
        elif "LimitBytes" in self._sent:
            field_dict["LimitBytes"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        required_bytes = d.pop("RequiredBytes", None)

        limit_bytes = d.pop("LimitBytes", None)

        cluster_volume_spec_access_mode_capacity_range = _new(cls)
        cluster_volume_spec_access_mode_capacity_range._sent = src_dict
        cluster_volume_spec_access_mode_capacity_range.required_bytes = required_bytes
        cluster_volume_spec_access_mode_capacity_range.limit_bytes = limit_bytes
        cluster_volume_spec_access_mode_capacity_range.additional_properties = d
        return cluster_volume_spec_access_mode_capacity_range

    _keys: ClassVar[dict[str, str]] = {
        "RequiredBytes": "required_bytes",
        "LimitBytes": "limit_bytes",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["RequiredBytes", "LimitBytes"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["RequiredBytes", "LimitBytes"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
