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
from ..models.volume_scope import VolumeScope, check_volume_scope

T = TypeVar("T", bound="Volume")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Volume(Model):
    __match_args__ = (
        "name",
        "driver",
        "mountpoint",
        "labels",
        "scope",
        "options",
        "created_at",
        "status",
        "cluster_volume",
        "usage_data",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

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
    created_at: datetime.datetime | None
    """ Date/Time the volume was created. """
    status: VolumeStatus | None
    """ Low-level details about the volume, provided by the volume driver.
    Details are returned as a map with key/value pairs:
    `{"key":"value","key2":"value2"}`.

    The `Status` field is optional, and is omitted if the volume driver
    does not support this feature.
     """
    cluster_volume: ClusterVolume | None
    usage_data: VolumeUsageData | None
    """ Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str,
        driver: str,
        mountpoint: str,
        labels: VolumeLabels | None,
        scope: VolumeScope,
        options: VolumeOptions | None,
        created_at: datetime.datetime | None = None,
        status: VolumeStatus | None = None,
        cluster_volume: ClusterVolume | None = None,
        usage_data: VolumeUsageData | None = None,
    ) -> None:
        self.name = name
        self.driver = driver
        self.mountpoint = mountpoint
        self.labels = labels
        self.scope = scope
        self.options = options
        self.created_at = created_at
        self.status = status
        self.cluster_volume = cluster_volume
        self.usage_data = usage_data
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Name"] = self.name

        field_dict["Driver"] = self.driver

        field_dict["Mountpoint"] = self.mountpoint

        labels: dict[str, Any] | None
        if isinstance(self.labels, VolumeLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels
        field_dict["Labels"] = labels

        scope: str = self.scope
        field_dict["Scope"] = scope

        options: dict[str, Any] | None
        if isinstance(self.options, VolumeOptions):
            options = self.options.to_dict()
        else:
            options = self.options
        field_dict["Options"] = options

        created_at = self.created_at
        if created_at is not None:
            created_at_json = created_at.isoformat()
            field_dict["CreatedAt"] = created_at_json
        elif "CreatedAt" in self._sent:
            field_dict["CreatedAt"] = None

        status = self.status
        if status is not None:
            status_json: dict[str, Any] | None
            if isinstance(status, VolumeStatus):
                status_json = status.to_dict()
            else:
                status_json = status
            field_dict["Status"] = status_json
        elif "Status" in self._sent:
            field_dict["Status"] = None

        cluster_volume = self.cluster_volume
        if cluster_volume is not None:
            cluster_volume_json: dict[str, Any] | None
            if isinstance(cluster_volume, ClusterVolume):
                cluster_volume_json = cluster_volume.to_dict()
            else:
                cluster_volume_json = cluster_volume
            field_dict["ClusterVolume"] = cluster_volume_json
        elif "ClusterVolume" in self._sent:
            field_dict["ClusterVolume"] = None

        usage_data = self.usage_data
        if usage_data is not None:
            usage_data_json: dict[str, Any] | None
            if isinstance(usage_data, VolumeUsageData):
                usage_data_json = usage_data.to_dict()
            else:
                usage_data_json = usage_data
            field_dict["UsageData"] = usage_data_json
        elif "UsageData" in self._sent:
            field_dict["UsageData"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name")

        driver = d.pop("Driver")

        mountpoint = d.pop("Mountpoint")

        d.pop("Labels")

        scope = check_volume_scope(d.pop("Scope"))

        d.pop("Options")

        d.pop("CreatedAt", None)

        d.pop("Status", None)

        d.pop("ClusterVolume", None)

        d.pop("UsageData", None)

        volume = _new(cls)
        volume._sent = src_dict
        volume.name = name
        volume.driver = driver
        volume.mountpoint = mountpoint
        volume.scope = scope
        volume.additional_properties = d
        return volume

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "options",
            "created_at",
            "status",
            "cluster_volume",
            "usage_data",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src["Labels"]
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

            return labels
        if deferred_name == "options":
            _options_data = src["Options"]
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

            return options
        if deferred_name == "created_at":
            _created_at_src = src.get("CreatedAt")
            created_at: datetime.datetime | None
            if _created_at_src is None:
                created_at = None
            else:
                created_at_value = datetime.datetime.fromisoformat(_created_at_src)

                created_at = created_at_value

            return created_at
        if deferred_name == "status":
            _status_data = src.get("Status")
            status: VolumeStatus | None
            if _status_data is None:
                status = _status_data
            elif isinstance(_status_data, dict):
                status_type_0 = VolumeStatus.from_dict(_status_data)

                status = status_type_0
            else:
                raise TypeError(
                    f"status: expected None | VolumeStatus, got {type(_status_data).__name__}: {_status_data!r:.200}"
                )

            return status
        if deferred_name == "cluster_volume":
            _cluster_volume_data = src.get("ClusterVolume")
            cluster_volume: ClusterVolume | None
            if _cluster_volume_data is None:
                cluster_volume = _cluster_volume_data
            elif isinstance(_cluster_volume_data, dict):
                cluster_volume_type_0 = ClusterVolume.from_dict(_cluster_volume_data)

                cluster_volume = cluster_volume_type_0
            else:
                raise TypeError(
                    f"cluster_volume: expected ClusterVolume | None, got {type(_cluster_volume_data).__name__}: {_cluster_volume_data!r:.200}"
                )

            return cluster_volume
        if deferred_name == "usage_data":
            _usage_data_data = src.get("UsageData")
            usage_data: VolumeUsageData | None
            if _usage_data_data is None:
                usage_data = _usage_data_data
            elif isinstance(_usage_data_data, dict):
                usage_data_type_0 = VolumeUsageData.from_dict(_usage_data_data)

                usage_data = usage_data_type_0
            else:
                raise TypeError(
                    f"usage_data: expected None | VolumeUsageData, got {type(_usage_data_data).__name__}: {_usage_data_data!r:.200}"
                )

            return usage_data
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Driver": "driver",
        "Mountpoint": "mountpoint",
        "Labels": "labels",
        "Scope": "scope",
        "Options": "options",
        "CreatedAt": "created_at",
        "Status": "status",
        "ClusterVolume": "cluster_volume",
        "UsageData": "usage_data",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Driver", "Mountpoint"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> VolumeLabels: ...
        @overload
        def __getitem__(self, key: Literal["Scope"]) -> VolumeScope: ...
        @overload
        def __getitem__(self, key: Literal["Options"]) -> VolumeOptions: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Status"]) -> VolumeStatus: ...
        @overload
        def __getitem__(self, key: Literal["ClusterVolume"]) -> ClusterVolume: ...
        @overload
        def __getitem__(self, key: Literal["UsageData"]) -> VolumeUsageData: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Name", "Driver", "Mountpoint"], default: None = None
        ) -> str: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> VolumeLabels | None: ...
        @overload
        def get(self, key: Literal["Scope"], default: None = None) -> VolumeScope: ...
        @overload
        def get(self, key: Literal["Options"], default: None = None) -> VolumeOptions | None: ...
        @overload
        def get(
            self, key: Literal["CreatedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["Status"], default: None = None) -> VolumeStatus | None: ...
        @overload
        def get(
            self, key: Literal["ClusterVolume"], default: None = None
        ) -> ClusterVolume | None: ...
        @overload
        def get(
            self, key: Literal["UsageData"], default: None = None
        ) -> VolumeUsageData | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_volume import ClusterVolume
from ..models.volume_labels import VolumeLabels
from ..models.volume_options import VolumeOptions
from ..models.volume_status import VolumeStatus
from ..models.volume_usage_data import VolumeUsageData
