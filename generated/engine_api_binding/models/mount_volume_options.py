from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
    from ..models.mount_volume_options_labels import MountVolumeOptionsLabels


T = TypeVar("T", bound="MountVolumeOptions")


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
        from ..models.mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
        from ..models.mount_volume_options_labels import MountVolumeOptionsLabels

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
        from ..models.mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
        from ..models.mount_volume_options_labels import MountVolumeOptionsLabels

        d = dict(src_dict)
        no_copy = d.pop("NoCopy", UNSET)

        def _parse_labels(data: object) -> MountVolumeOptionsLabels | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"labels: expected MountVolumeOptionsLabels | None, got {type(data).__name__}: {data!r:.200}"
                )
            labels_type_0 = MountVolumeOptionsLabels.from_dict(data)

            return labels_type_0

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_driver_config(data: object) -> MountVolumeOptionsDriverConfig | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"driver_config: expected MountVolumeOptionsDriverConfig | None, got {type(data).__name__}: {data!r:.200}"
                )
            driver_config_type_0 = MountVolumeOptionsDriverConfig.from_dict(data)

            return driver_config_type_0

        driver_config = _parse_driver_config(d.pop("DriverConfig", UNSET))

        subpath = d.pop("Subpath", UNSET)

        mount_volume_options = cls(
            no_copy=no_copy,
            labels=labels,
            driver_config=driver_config,
            subpath=subpath,
        )

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
