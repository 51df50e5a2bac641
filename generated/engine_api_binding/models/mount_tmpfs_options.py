from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MountTmpfsOptions")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class MountTmpfsOptions:
    """Optional configuration for the `tmpfs` type."""

    size_bytes: int | Unset = UNSET
    """ The size for the tmpfs mount in bytes. """
    mode: int | Unset = UNSET
    """ The permission mode for the tmpfs mount in an integer.
    The value must not be in octal format (e.g. 755) but rather
    the decimal representation of the octal value (e.g. 493).
     """
    options: list[list[str] | None] | Unset | None = UNSET
    """ The options to be passed to the tmpfs mount. An array of arrays.
    Flag options should be provided as 1-length arrays. Other types
    should be provided as as 2-length arrays, where the first item is
    the key and the second the value.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size_bytes = self.size_bytes

        mode = self.mode

        options: list[list[str] | None] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item: list[str] | None
                if isinstance(options_type_0_item_data, list):
                    options_type_0_item = options_type_0_item_data

                else:
                    options_type_0_item = options_type_0_item_data
                options.append(options_type_0_item)

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size_bytes is not UNSET:
            field_dict["SizeBytes"] = size_bytes
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_bytes = d.pop("SizeBytes", UNSET)

        mode = d.pop("Mode", UNSET)

        _options_data = d.pop("Options", UNSET)
        options: list[list[str] | None] | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, list):
            options_type_0 = []
            _options_type_0 = _options_data
            for options_type_0_item_data in _options_type_0:
                _options_type_0_item_data = options_type_0_item_data
                options_type_0_item: list[str] | None
                if _options_type_0_item_data is None:
                    options_type_0_item = _options_type_0_item_data
                elif isinstance(_options_type_0_item_data, list):
                    options_type_0_item_type_0 = _options_type_0_item_data

                    options_type_0_item = options_type_0_item_type_0
                else:
                    raise TypeError(
                        f"options_type_0_item: expected list[str] | None, got {type(_options_type_0_item_data).__name__}: {_options_type_0_item_data!r:.200}"
                    )

                options_type_0.append(options_type_0_item)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected list[list[str] | None] | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        mount_tmpfs_options = _new(cls)
        mount_tmpfs_options.size_bytes = size_bytes
        mount_tmpfs_options.mode = mode
        mount_tmpfs_options.options = options
        mount_tmpfs_options.additional_properties = d
        return mount_tmpfs_options

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
