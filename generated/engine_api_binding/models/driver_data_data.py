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

T = TypeVar("T", bound="DriverDataData")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class DriverDataData(Model):
    """Low-level storage metadata, provided as key/value pairs.

    This information is driver-specific, and depends on the storage-driver
    in use, and should be used for informational purposes only.

        Example:
            {'MergedDir':
                '/var/lib/docker/overlay2/ef749362d13333e65fc95c572eb525abbe0052e16e086cb64bc3b98ae9aa6d74/merged', 'UpperDir':
                '/var/lib/docker/overlay2/ef749362d13333e65fc95c572eb525abbe0052e16e086cb64bc3b98ae9aa6d74/diff', 'WorkDir':
                '/var/lib/docker/overlay2/ef749362d13333e65fc95c572eb525abbe0052e16e086cb64bc3b98ae9aa6d74/work'}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, str]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        driver_data_data = _new(cls)
        driver_data_data._sent = NOTHING_SENT
        driver_data_data.additional_properties = dict(src_dict)
        return driver_data_data

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> str: ...
        @overload
        def get(self, key: str, default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
