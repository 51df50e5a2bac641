from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_scope import VolumeScope, check_volume_scope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_volume import ClusterVolume
    from ..models.volume_labels import VolumeLabels
    from ..models.volume_options import VolumeOptions
    from ..models.volume_status import VolumeStatus
    from ..models.volume_usage_data import VolumeUsageData


T = TypeVar("T", bound="Volume")


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
        from ..models.cluster_volume import ClusterVolume
        from ..models.volume_labels import VolumeLabels
        from ..models.volume_options import VolumeOptions
        from ..models.volume_status import VolumeStatus
        from ..models.volume_usage_data import VolumeUsageData

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
        from ..models.cluster_volume import ClusterVolume
        from ..models.volume_labels import VolumeLabels
        from ..models.volume_options import VolumeOptions
        from ..models.volume_status import VolumeStatus
        from ..models.volume_usage_data import VolumeUsageData

        d = dict(src_dict)
        name = d.pop("Name")

        driver = d.pop("Driver")

        mountpoint = d.pop("Mountpoint")

        def _parse_labels(data: object) -> VolumeLabels | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"labels: expected None | VolumeLabels, got {type(data).__name__}: {data!r:.200}"
                )
            labels_type_0 = VolumeLabels.from_dict(data)

            return labels_type_0

        labels = _parse_labels(d.pop("Labels"))

        scope = check_volume_scope(d.pop("Scope"))

        def _parse_options(data: object) -> VolumeOptions | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"options: expected None | VolumeOptions, got {type(data).__name__}: {data!r:.200}"
                )
            options_type_0 = VolumeOptions.from_dict(data)

            return options_type_0

        options = _parse_options(d.pop("Options"))

        _created_at = d.pop("CreatedAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_status(data: object) -> Unset | VolumeStatus | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"status: expected None | VolumeStatus, got {type(data).__name__}: {data!r:.200}"
                )
            status_type_0 = VolumeStatus.from_dict(data)

            return status_type_0

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_cluster_volume(data: object) -> ClusterVolume | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"cluster_volume: expected ClusterVolume | None, got {type(data).__name__}: {data!r:.200}"
                )
            cluster_volume_type_0 = ClusterVolume.from_dict(data)

            return cluster_volume_type_0

        cluster_volume = _parse_cluster_volume(d.pop("ClusterVolume", UNSET))

        def _parse_usage_data(data: object) -> Unset | VolumeUsageData | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"usage_data: expected None | VolumeUsageData, got {type(data).__name__}: {data!r:.200}"
                )
            usage_data_type_0 = VolumeUsageData.from_dict(data)

            return usage_data_type_0

        usage_data = _parse_usage_data(d.pop("UsageData", UNSET))

        volume = cls(
            name=name,
            driver=driver,
            mountpoint=mountpoint,
            labels=labels,
            scope=scope,
            options=options,
            created_at=created_at,
            status=status,
            cluster_volume=cluster_volume,
            usage_data=usage_data,
        )

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
