from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ImageInspectMetadata")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageInspectMetadata(Model):
    """Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.

    """

    __match_args__ = ("last_tag_time",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    last_tag_time: datetime.datetime | None
    """ Date and time at which the image was last tagged in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if the image was tagged locally,
    and omitted otherwise.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        last_tag_time: datetime.datetime | None = None,
    ) -> None:
        self.last_tag_time = last_tag_time
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        last_tag_time = self.last_tag_time
        if last_tag_time is not None:
            last_tag_time_json: str | None
            if isinstance(last_tag_time, datetime.datetime):
                last_tag_time_json = last_tag_time.isoformat()
            else:
                last_tag_time_json = last_tag_time
            field_dict["LastTagTime"] = last_tag_time_json
        elif "LastTagTime" in self._sent:
            field_dict["LastTagTime"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("LastTagTime", None)

        image_inspect_metadata = _new(cls)
        image_inspect_metadata._sent = src_dict
        image_inspect_metadata.additional_properties = d
        return image_inspect_metadata

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "last_tag_time",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "last_tag_time":
            _last_tag_time_data = src.get("LastTagTime")
            last_tag_time: datetime.datetime | None
            if _last_tag_time_data is None:
                last_tag_time = _last_tag_time_data
            elif isinstance(_last_tag_time_data, str):
                last_tag_time_type_0 = datetime.datetime.fromisoformat(_last_tag_time_data)

                last_tag_time = last_tag_time_type_0
            else:
                raise TypeError(
                    f"last_tag_time: expected datetime.datetime | None, got {type(_last_tag_time_data).__name__}: {_last_tag_time_data!r:.200}"
                )

            return last_tag_time
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "LastTagTime": "last_tag_time",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["LastTagTime"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["LastTagTime"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
