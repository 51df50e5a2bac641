from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MountVolumeOptions")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class MountVolumeOptions:
    """Optional configuration for the `volume` type."""

    no_copy: bool | Unset = UNSET
    """ Populate volume with data from the target. """
    labels: MountVolumeOptionsLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    driver_config: MountVolumeOptionsDriverConfig | Unset | None = UNSET
    """ Map of driver specific options """
    subpath: str | Unset = UNSET
    """ Source path inside the volume. Must be relative without any back traversals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no_copy = self.no_copy

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, MountVolumeOptionsLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        driver_config: dict[str, Any] | Unset | None
        if isinstance(self.driver_config, Unset):
            driver_config = UNSET
        elif isinstance(self.driver_config, MountVolumeOptionsDriverConfig):
            driver_config = self.driver_config.to_dict()
        else:
            driver_config = self.driver_config

        subpath = self.subpath

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if no_copy is not UNSET:
            field_dict["NoCopy"] = no_copy
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if driver_config is not UNSET:
            field_dict["DriverConfig"] = driver_config
        if subpath is not UNSET:
            field_dict["Subpath"] = subpath

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no_copy = d.pop("NoCopy", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: MountVolumeOptionsLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = MountVolumeOptionsLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected MountVolumeOptionsLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _driver_config_data = d.pop("DriverConfig", UNSET)
        driver_config: MountVolumeOptionsDriverConfig | Unset | None
        if _driver_config_data is None or _driver_config_data is UNSET:
            driver_config = _driver_config_data
        elif isinstance(_driver_config_data, dict):
            driver_config_type_0 = MountVolumeOptionsDriverConfig.from_dict(_driver_config_data)

            driver_config = driver_config_type_0
        else:
            raise TypeError(
                f"driver_config: expected MountVolumeOptionsDriverConfig | None, got {type(_driver_config_data).__name__}: {_driver_config_data!r:.200}"
            )

        subpath = d.pop("Subpath", UNSET)

        mount_volume_options = _new(cls)
        mount_volume_options.no_copy = no_copy
        mount_volume_options.labels = labels
        mount_volume_options.driver_config = driver_config
        mount_volume_options.subpath = subpath
        mount_volume_options.additional_properties = d
        return mount_volume_options

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


from ..models.mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
from ..models.mount_volume_options_labels import MountVolumeOptionsLabels
