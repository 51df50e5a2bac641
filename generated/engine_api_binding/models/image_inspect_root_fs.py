from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageInspectRootFS")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ImageInspectRootFS:
    """Information about the image's RootFS, including the layer IDs."""

    type_: str
    layers: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        layers: list[str] | Unset | None
        if isinstance(self.layers, Unset):
            layers = UNSET
        elif isinstance(self.layers, list):
            layers = self.layers

        else:
            layers = self.layers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
            }
        )
        if layers is not UNSET:
            field_dict["Layers"] = layers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("Type")

        _layers_data = d.pop("Layers", UNSET)
        layers: list[str] | Unset | None
        if _layers_data is None or _layers_data is UNSET:
            layers = _layers_data
        elif isinstance(_layers_data, list):
            layers_type_0 = _layers_data

            layers = layers_type_0
        else:
            raise TypeError(
                f"layers: expected list[str] | None, got {type(_layers_data).__name__}: {_layers_data!r:.200}"
            )

        image_inspect_root_fs = _new(cls)
        image_inspect_root_fs.type_ = type_
        image_inspect_root_fs.layers = layers
        image_inspect_root_fs.additional_properties = d
        return image_inspect_root_fs

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
