from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class VolumeCreateRequest:
    """Volume configuration"""

    name: str | Unset = UNSET
    """ The new volume's name. If not specified, Docker generates a name.
     """
    driver: str | Unset = UNSET
    """ Name of the volume driver to use. """
    driver_opts: Unset | VolumeCreateRequestDriverOpts | None = UNSET
    """ A mapping of driver options and values. These options are
    passed directly to the driver and are driver specific.
     """
    labels: Unset | VolumeCreateRequestLabels | None = UNSET
    """ User-defined key/value metadata. """
    cluster_volume_spec: ClusterVolumeSpec | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        driver = self.driver

        driver_opts: dict[str, Any] | Unset | None
        if isinstance(self.driver_opts, Unset):
            driver_opts = UNSET
        elif isinstance(self.driver_opts, VolumeCreateRequestDriverOpts):
            driver_opts = self.driver_opts.to_dict()
        else:
            driver_opts = self.driver_opts

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, VolumeCreateRequestLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        cluster_volume_spec: dict[str, Any] | Unset | None
        if isinstance(self.cluster_volume_spec, Unset):
            cluster_volume_spec = UNSET
        elif isinstance(self.cluster_volume_spec, ClusterVolumeSpec):
            cluster_volume_spec = self.cluster_volume_spec.to_dict()
        else:
            cluster_volume_spec = self.cluster_volume_spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if cluster_volume_spec is not UNSET:
            field_dict["ClusterVolumeSpec"] = cluster_volume_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        driver = d.pop("Driver", UNSET)

        _driver_opts_data = d.pop("DriverOpts", UNSET)
        driver_opts: Unset | VolumeCreateRequestDriverOpts | None
        if _driver_opts_data is None or _driver_opts_data is UNSET:
            driver_opts = _driver_opts_data
        elif isinstance(_driver_opts_data, dict):
            driver_opts_type_0 = VolumeCreateRequestDriverOpts.from_dict(_driver_opts_data)

            driver_opts = driver_opts_type_0
        else:
            raise TypeError(
                f"driver_opts: expected None | VolumeCreateRequestDriverOpts, got {type(_driver_opts_data).__name__}: {_driver_opts_data!r:.200}"
            )

        _labels_data = d.pop("Labels", UNSET)
        labels: Unset | VolumeCreateRequestLabels | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = VolumeCreateRequestLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected None | VolumeCreateRequestLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _cluster_volume_spec_data = d.pop("ClusterVolumeSpec", UNSET)
        cluster_volume_spec: ClusterVolumeSpec | Unset | None
        if _cluster_volume_spec_data is None or _cluster_volume_spec_data is UNSET:
            cluster_volume_spec = _cluster_volume_spec_data
        elif isinstance(_cluster_volume_spec_data, dict):
            cluster_volume_spec_type_0 = ClusterVolumeSpec.from_dict(_cluster_volume_spec_data)

            cluster_volume_spec = cluster_volume_spec_type_0
        else:
            raise TypeError(
                f"cluster_volume_spec: expected ClusterVolumeSpec | None, got {type(_cluster_volume_spec_data).__name__}: {_cluster_volume_spec_data!r:.200}"
            )

        volume_create_request = _new(cls)
        volume_create_request.name = name
        volume_create_request.driver = driver
        volume_create_request.driver_opts = driver_opts
        volume_create_request.labels = labels
        volume_create_request.cluster_volume_spec = cluster_volume_spec
        volume_create_request.additional_properties = d
        return volume_create_request

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


from ..models.cluster_volume_spec import ClusterVolumeSpec
from ..models.volume_create_request_driver_opts import VolumeCreateRequestDriverOpts
from ..models.volume_create_request_labels import VolumeCreateRequestLabels
