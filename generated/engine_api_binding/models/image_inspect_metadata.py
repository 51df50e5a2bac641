from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageInspectMetadata")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ImageInspectMetadata:
    """Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.

    """

    last_tag_time: datetime.datetime | Unset | None = UNSET
    """ Date and time at which the image was last tagged in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if the image was tagged locally,
    and omitted otherwise.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_tag_time: str | Unset | None
        if isinstance(self.last_tag_time, Unset):
            last_tag_time = UNSET
        elif isinstance(self.last_tag_time, datetime.datetime):
            last_tag_time = self.last_tag_time.isoformat()
        else:
            last_tag_time = self.last_tag_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_tag_time is not UNSET:
            field_dict["LastTagTime"] = last_tag_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _last_tag_time_data = d.pop("LastTagTime", UNSET)
        last_tag_time: datetime.datetime | Unset | None
        if _last_tag_time_data is None or _last_tag_time_data is UNSET:
            last_tag_time = _last_tag_time_data
        elif isinstance(_last_tag_time_data, str):
            last_tag_time_type_0 = datetime.datetime.fromisoformat(_last_tag_time_data)

            last_tag_time = last_tag_time_type_0
        else:
            raise TypeError(
                f"last_tag_time: expected datetime.datetime | None, got {type(_last_tag_time_data).__name__}: {_last_tag_time_data!r:.200}"
            )

        image_inspect_metadata = _new(cls)
        image_inspect_metadata.last_tag_time = last_tag_time
        image_inspect_metadata.additional_properties = d
        return image_inspect_metadata

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
