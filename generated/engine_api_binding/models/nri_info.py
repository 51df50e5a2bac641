from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NRIInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NRIInfo:
    """Information about the Node Resource Interface (NRI).

    This field is only present if NRI is enabled.

    """

    info: list[list[str] | None] | Unset | None = UNSET
    """ Information about NRI, provided as "label" / "value" pairs.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info: list[list[str] | None] | Unset | None
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, list):
            info = []
            for info_type_0_item_data in self.info:
                info_type_0_item: list[str] | None
                if isinstance(info_type_0_item_data, list):
                    info_type_0_item = info_type_0_item_data

                else:
                    info_type_0_item = info_type_0_item_data
                info.append(info_type_0_item)

        else:
            info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["Info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _info_data = d.pop("Info", UNSET)
        info: list[list[str] | None] | Unset | None
        if _info_data is None or _info_data is UNSET:
            info = _info_data
        elif isinstance(_info_data, list):
            info_type_0 = []
            _info_type_0 = _info_data
            for info_type_0_item_data in _info_type_0:
                _info_type_0_item_data = info_type_0_item_data
                info_type_0_item: list[str] | None
                if _info_type_0_item_data is None:
                    info_type_0_item = _info_type_0_item_data
                elif isinstance(_info_type_0_item_data, list):
                    info_type_0_item_type_0 = _info_type_0_item_data

                    info_type_0_item = info_type_0_item_type_0
                else:
                    raise TypeError(
                        f"info_type_0_item: expected list[str] | None, got {type(_info_type_0_item_data).__name__}: {_info_type_0_item_data!r:.200}"
                    )

                info_type_0.append(info_type_0_item)

            info = info_type_0
        else:
            raise TypeError(
                f"info: expected list[list[str] | None] | None, got {type(_info_data).__name__}: {_info_data!r:.200}"
            )

        nri_info = _new(cls)
        nri_info.info = info
        nri_info.additional_properties = d
        return nri_info

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
