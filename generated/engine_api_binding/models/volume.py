from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_scope import VolumeScope, check_volume_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="Volume")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Volume:
    name: str
    """ Name of the volume. """
    driver: str
    """ Name of the volume driver used by the volume. """
    mountpoint: str
    """ Mount path of the volume on the host. """
    labels: VolumeLabels | None
    """ User-defined key/value metadata. """
    scope: VolumeScope
    """ The level at which the volume exists. Either `global` for cluster-wide,
    or `local` for machine level.
     """
    options: VolumeOptions | None
    """ The driver specific options used when creating the volume.
     """
    created_at: datetime.datetime | Unset = UNSET
    """ Date/Time the volume was created. """
    status: Unset | VolumeStatus | None = UNSET
    """ Low-level details about the volume, provided by the volume driver.
    Details are returned as a map with key/value pairs:
    `{"key":"value","key2":"value2"}`.

    The `Status` field is optional, and is omitted if the volume driver
    does not support this feature.
     """
    cluster_volume: ClusterVolume | Unset | None = UNSET
    usage_data: Unset | VolumeUsageData | None = UNSET
    """ Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        driver = self.driver

        mountpoint = self.mountpoint

        labels: dict[str, Any] | None
        if isinstance(self.labels, VolumeLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        scope: str = self.scope

        options: dict[str, Any] | None
        if isinstance(self.options, VolumeOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        status: dict[str, Any] | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, VolumeStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        cluster_volume: dict[str, Any] | Unset | None
        if isinstance(self.cluster_volume, Unset):
            cluster_volume = UNSET
        elif isinstance(self.cluster_volume, ClusterVolume):
            cluster_volume = self.cluster_volume.to_dict()
        else:
            cluster_volume = self.cluster_volume

        usage_data: dict[str, Any] | Unset | None
        if isinstance(self.usage_data, Unset):
            usage_data = UNSET
        elif isinstance(self.usage_data, VolumeUsageData):
            usage_data = self.usage_data.to_dict()
        else:
            usage_data = self.usage_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Driver": driver,
                "Mountpoint": mountpoint,
                "Labels": labels,
                "Scope": scope,
                "Options": options,
            }
        )
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if status is not UNSET:
            field_dict["Status"] = status
        if cluster_volume is not UNSET:
            field_dict["ClusterVolume"] = cluster_volume
        if usage_data is not UNSET:
            field_dict["UsageData"] = usage_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        driver = d.pop("Driver")

        mountpoint = d.pop("Mountpoint")

        _labels_data = d.pop("Labels")
        labels: VolumeLabels | None
        if _labels_data is None:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = VolumeLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected None | VolumeLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        scope = check_volume_scope(d.pop("Scope"))

        _options_data = d.pop("Options")
        options: VolumeOptions | None
        if _options_data is None:
            options = _options_data
        elif isinstance(_options_data, dict):
            options_type_0 = VolumeOptions.from_dict(_options_data)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected None | VolumeOptions, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        _created_at = d.pop("CreatedAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _status_data = d.pop("Status", UNSET)
        status: Unset | VolumeStatus | None
        if _status_data is None or _status_data is UNSET:
            status = _status_data
        elif isinstance(_status_data, dict):
            status_type_0 = VolumeStatus.from_dict(_status_data)

            status = status_type_0
        else:
            raise TypeError(
                f"status: expected None | VolumeStatus, got {type(_status_data).__name__}: {_status_data!r:.200}"
            )

        _cluster_volume_data = d.pop("ClusterVolume", UNSET)
        cluster_volume: ClusterVolume | Unset | None
        if _cluster_volume_data is None or _cluster_volume_data is UNSET:
            cluster_volume = _cluster_volume_data
        elif isinstance(_cluster_volume_data, dict):
            cluster_volume_type_0 = ClusterVolume.from_dict(_cluster_volume_data)

            cluster_volume = cluster_volume_type_0
        else:
            raise TypeError(
                f"cluster_volume: expected ClusterVolume | None, got {type(_cluster_volume_data).__name__}: {_cluster_volume_data!r:.200}"
            )

        _usage_data_data = d.pop("UsageData", UNSET)
        usage_data: Unset | VolumeUsageData | None
        if _usage_data_data is None or _usage_data_data is UNSET:
            usage_data = _usage_data_data
        elif isinstance(_usage_data_data, dict):
            usage_data_type_0 = VolumeUsageData.from_dict(_usage_data_data)

            usage_data = usage_data_type_0
        else:
            raise TypeError(
                f"usage_data: expected None | VolumeUsageData, got {type(_usage_data_data).__name__}: {_usage_data_data!r:.200}"
            )

        volume = _new(cls)
        volume.name = name
        volume.driver = driver
        volume.mountpoint = mountpoint
        volume.labels = labels
        volume.scope = scope
        volume.options = options
        volume.created_at = created_at
        volume.status = status
        volume.cluster_volume = cluster_volume
        volume.usage_data = usage_data
        volume.additional_properties = d
        return volume

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


from ..models.cluster_volume import ClusterVolume
from ..models.volume_labels import VolumeLabels
from ..models.volume_options import VolumeOptions
from ..models.volume_status import VolumeStatus
from ..models.volume_usage_data import VolumeUsageData
