from __future__ import annotations

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

T = TypeVar("T", bound="VolumeCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class VolumeCreateRequest(Model):
    """Volume configuration"""

    __match_args__ = (
        "name",
        "driver",
        "driver_opts",
        "labels",
        "cluster_volume_spec",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ The new volume's name. If not specified, Docker generates a name.
     """
    driver: str | None
    """ Name of the volume driver to use. """
    driver_opts: VolumeCreateRequestDriverOpts | None
    """ A mapping of driver options and values. These options are
    passed directly to the driver and are driver specific.
     """
    labels: VolumeCreateRequestLabels | None
    """ User-defined key/value metadata. """
    cluster_volume_spec: ClusterVolumeSpec | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        driver: str | None = None,
        driver_opts: VolumeCreateRequestDriverOpts | None = None,
        labels: VolumeCreateRequestLabels | None = None,
        cluster_volume_spec: ClusterVolumeSpec | None = None,
    ) -> None:
        self.name = name
        self.driver = driver
        self.driver_opts = driver_opts
        self.labels = labels
        self.cluster_volume_spec = cluster_volume_spec
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        driver_opts = self.driver_opts
        if driver_opts is not None:
            driver_opts_json: dict[str, Any] | None
            if isinstance(driver_opts, VolumeCreateRequestDriverOpts):
                driver_opts_json = driver_opts.to_dict()
            else:
                driver_opts_json = driver_opts
            field_dict["DriverOpts"] = driver_opts_json
        elif "DriverOpts" in self._sent:
            field_dict["DriverOpts"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, VolumeCreateRequestLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        cluster_volume_spec = self.cluster_volume_spec
        if cluster_volume_spec is not None:
            cluster_volume_spec_json: dict[str, Any] | None
            if isinstance(cluster_volume_spec, ClusterVolumeSpec):
                cluster_volume_spec_json = cluster_volume_spec.to_dict()
            else:
                cluster_volume_spec_json = cluster_volume_spec
            field_dict["ClusterVolumeSpec"] = cluster_volume_spec_json
        elif "ClusterVolumeSpec" in self._sent:
            field_dict["ClusterVolumeSpec"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        driver = d.pop("Driver", None)

        d.pop("DriverOpts", None)

        d.pop("Labels", None)

        d.pop("ClusterVolumeSpec", None)

        volume_create_request = _new(cls)
        volume_create_request._sent = src_dict
        volume_create_request.name = name
        volume_create_request.driver = driver
        volume_create_request.additional_properties = d
        return volume_create_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "driver_opts",
            "labels",
            "cluster_volume_spec",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "driver_opts":
            _driver_opts_data = src.get("DriverOpts")
            driver_opts: VolumeCreateRequestDriverOpts | None
            if _driver_opts_data is None:
                driver_opts = _driver_opts_data
            elif isinstance(_driver_opts_data, dict):
                driver_opts_type_0 = VolumeCreateRequestDriverOpts.from_dict(_driver_opts_data)

                driver_opts = driver_opts_type_0
            else:
                raise TypeError(
                    f"driver_opts: expected None | VolumeCreateRequestDriverOpts, got {type(_driver_opts_data).__name__}: {_driver_opts_data!r:.200}"
                )

            return driver_opts
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: VolumeCreateRequestLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = VolumeCreateRequestLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected None | VolumeCreateRequestLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "cluster_volume_spec":
            _cluster_volume_spec_data = src.get("ClusterVolumeSpec")
            cluster_volume_spec: ClusterVolumeSpec | None
            if _cluster_volume_spec_data is None:
                cluster_volume_spec = _cluster_volume_spec_data
            elif isinstance(_cluster_volume_spec_data, dict):
                cluster_volume_spec_type_0 = ClusterVolumeSpec.from_dict(_cluster_volume_spec_data)

                cluster_volume_spec = cluster_volume_spec_type_0
            else:
                raise TypeError(
                    f"cluster_volume_spec: expected ClusterVolumeSpec | None, got {type(_cluster_volume_spec_data).__name__}: {_cluster_volume_spec_data!r:.200}"
                )

            return cluster_volume_spec
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Driver": "driver",
        "DriverOpts": "driver_opts",
        "Labels": "labels",
        "ClusterVolumeSpec": "cluster_volume_spec",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Driver"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["DriverOpts"]) -> VolumeCreateRequestDriverOpts: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> VolumeCreateRequestLabels: ...
        @overload
        def __getitem__(self, key: Literal["ClusterVolumeSpec"]) -> ClusterVolumeSpec: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "Driver"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["DriverOpts"], default: None = None
        ) -> VolumeCreateRequestDriverOpts | None: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> VolumeCreateRequestLabels | None: ...
        @overload
        def get(
            self, key: Literal["ClusterVolumeSpec"], default: None = None
        ) -> ClusterVolumeSpec | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_volume_spec import ClusterVolumeSpec
from ..models.volume_create_request_driver_opts import VolumeCreateRequestDriverOpts
from ..models.volume_create_request_labels import VolumeCreateRequestLabels
