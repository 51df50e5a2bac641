from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterVolume")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterVolume:
    """Options and information specific to, and only present on, Swarm CSI
    cluster volumes.

    """

    id: str | Unset = UNSET
    """ The Swarm ID of this volume. Because cluster volumes are Swarm
    objects, they have an ID, unlike non-cluster volumes. This ID can
    be used to refer to the Volume instead of the name.
     """
    version: ObjectVersion | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    spec: ClusterVolumeSpec | Unset | None = UNSET
    info: ClusterVolumeInfo | Unset | None = UNSET
    """ Information about the global status of the volume.
     """
    publish_status: list[ClusterVolumePublishStatusItem] | Unset | None = UNSET
    """ The status of the volume as it pertains to its publishing and use on
    specific nodes
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version: dict[str, Any] | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ObjectVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        spec: dict[str, Any] | Unset | None
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ClusterVolumeSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        info: dict[str, Any] | Unset | None
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, ClusterVolumeInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        publish_status: list[dict[str, Any]] | Unset | None
        if isinstance(self.publish_status, Unset):
            publish_status = UNSET
        elif isinstance(self.publish_status, list):
            publish_status = []
            for publish_status_type_0_item_data in self.publish_status:
                publish_status_type_0_item = publish_status_type_0_item_data.to_dict()
                publish_status.append(publish_status_type_0_item)

        else:
            publish_status = self.publish_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if version is not UNSET:
            field_dict["Version"] = version
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if info is not UNSET:
            field_dict["Info"] = info
        if publish_status is not UNSET:
            field_dict["PublishStatus"] = publish_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _version_data = d.pop("Version", UNSET)
        version: ObjectVersion | Unset | None
        if _version_data is None or _version_data is UNSET:
            version = _version_data
        elif isinstance(_version_data, dict):
            version_type_0 = ObjectVersion.from_dict(_version_data)

            version = version_type_0
        else:
            raise TypeError(
                f"version: expected None | ObjectVersion, got {type(_version_data).__name__}: {_version_data!r:.200}"
            )

        _created_at = d.pop("CreatedAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("UpdatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _spec_data = d.pop("Spec", UNSET)
        spec: ClusterVolumeSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = ClusterVolumeSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected ClusterVolumeSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        _info_data = d.pop("Info", UNSET)
        info: ClusterVolumeInfo | Unset | None
        if _info_data is None or _info_data is UNSET:
            info = _info_data
        elif isinstance(_info_data, dict):
            info_type_0 = ClusterVolumeInfo.from_dict(_info_data)

            info = info_type_0
        else:
            raise TypeError(
                f"info: expected ClusterVolumeInfo | None, got {type(_info_data).__name__}: {_info_data!r:.200}"
            )

        _publish_status_data = d.pop("PublishStatus", UNSET)
        publish_status: list[ClusterVolumePublishStatusItem] | Unset | None
        if _publish_status_data is None or _publish_status_data is UNSET:
            publish_status = _publish_status_data
        elif isinstance(_publish_status_data, list):
            publish_status_type_0 = []
            _publish_status_type_0 = _publish_status_data
            for publish_status_type_0_item_data in _publish_status_type_0:
                publish_status_type_0_item = ClusterVolumePublishStatusItem.from_dict(
                    publish_status_type_0_item_data
                )

                publish_status_type_0.append(publish_status_type_0_item)

            publish_status = publish_status_type_0
        else:
            raise TypeError(
                f"publish_status: expected list[ClusterVolumePublishStatusItem] | None, got {type(_publish_status_data).__name__}: {_publish_status_data!r:.200}"
            )

        cluster_volume = _new(cls)
        cluster_volume.id = id
        cluster_volume.version = version
        cluster_volume.created_at = created_at
        cluster_volume.updated_at = updated_at
        cluster_volume.spec = spec
        cluster_volume.info = info
        cluster_volume.publish_status = publish_status
        cluster_volume.additional_properties = d
        return cluster_volume

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


from ..models.cluster_volume_info import ClusterVolumeInfo
from ..models.cluster_volume_publish_status_item import ClusterVolumePublishStatusItem
from ..models.cluster_volume_spec import ClusterVolumeSpec
from ..models.object_version import ObjectVersion
