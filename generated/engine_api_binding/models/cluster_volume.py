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

T = TypeVar("T", bound="ClusterVolume")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolume(Model):
    """Options and information specific to, and only present on, Swarm CSI
    cluster volumes.

    """

    __match_args__ = (
        "id",
        "version",
        "created_at",
        "updated_at",
        "spec",
        "info",
        "publish_status",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ The Swarm ID of this volume. Because cluster volumes are Swarm
    objects, they have an ID, unlike non-cluster volumes. This ID can
    be used to refer to the Volume instead of the name.
     """
    version: ObjectVersion | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    spec: ClusterVolumeSpec | None
    info: ClusterVolumeInfo | None
    """ Information about the global status of the volume.
     """
    publish_status: list[ClusterVolumePublishStatusItem] | None
    """ The status of the volume as it pertains to its publishing and use on
    specific nodes
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        version: ObjectVersion | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        spec: ClusterVolumeSpec | None = None,
        info: ClusterVolumeInfo | None = None,
        publish_status: list[ClusterVolumePublishStatusItem] | None = None,
    ) -> None:
        self.id = id
        self.version = version
        self.created_at = created_at
        self.updated_at = updated_at
        self.spec = spec
        self.info = info
        self.publish_status = publish_status
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        version = self.version
        if version is not None:
            version_json: dict[str, Any] | None
            if isinstance(version, ObjectVersion):
                version_json = version.to_dict()
            else:
                version_json = version
            field_dict["Version"] = version_json
        elif "Version" in self._sent:
            field_dict["Version"] = None

        created_at = self.created_at
        if created_at is not None:
            created_at_json = created_at.isoformat()
            field_dict["CreatedAt"] = created_at_json
        elif "CreatedAt" in self._sent:
            field_dict["CreatedAt"] = None

        updated_at = self.updated_at
        if updated_at is not None:
            updated_at_json = updated_at.isoformat()
            field_dict["UpdatedAt"] = updated_at_json
        elif "UpdatedAt" in self._sent:
            field_dict["UpdatedAt"] = None

        spec = self.spec
        if spec is not None:
            spec_json: dict[str, Any] | None
            if isinstance(spec, ClusterVolumeSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

        info = self.info
        if info is not None:
            info_json: dict[str, Any] | None
            if isinstance(info, ClusterVolumeInfo):
                info_json = info.to_dict()
            else:
                info_json = info
            field_dict["Info"] = info_json
        elif "Info" in self._sent:
            field_dict["Info"] = None

        publish_status = self.publish_status
        if publish_status is not None:
            publish_status_json: list[dict[str, Any]] | None
            if isinstance(publish_status, list):
                publish_status_json = []
                for publish_status_type_0_item_data in publish_status:
                    publish_status_type_0_item = publish_status_type_0_item_data.to_dict()
                    publish_status_json.append(publish_status_type_0_item)

            else:
                publish_status_json = publish_status
            field_dict["PublishStatus"] = publish_status_json
        elif "PublishStatus" in self._sent:
            field_dict["PublishStatus"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        d.pop("Version", None)

        d.pop("CreatedAt", None)

        d.pop("UpdatedAt", None)

        d.pop("Spec", None)

        d.pop("Info", None)

        d.pop("PublishStatus", None)

        cluster_volume = _new(cls)
        cluster_volume._sent = src_dict
        cluster_volume.id = id
        cluster_volume.additional_properties = d
        return cluster_volume

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "created_at",
            "updated_at",
            "spec",
            "info",
            "publish_status",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "version":
            _version_data = src.get("Version")
            version: ObjectVersion | None
            if _version_data is None:
                version = _version_data
            elif isinstance(_version_data, dict):
                version_type_0 = ObjectVersion.from_dict(_version_data)

                version = version_type_0
            else:
                raise TypeError(
                    f"version: expected None | ObjectVersion, got {type(_version_data).__name__}: {_version_data!r:.200}"
                )

            return version
        if deferred_name == "created_at":
            _created_at_src = src.get("CreatedAt")
            created_at: datetime.datetime | None
            if _created_at_src is None:
                created_at = None
            else:
                created_at_value = datetime.datetime.fromisoformat(_created_at_src)

                created_at = created_at_value

            return created_at
        if deferred_name == "updated_at":
            _updated_at_src = src.get("UpdatedAt")
            updated_at: datetime.datetime | None
            if _updated_at_src is None:
                updated_at = None
            else:
                updated_at_value = datetime.datetime.fromisoformat(_updated_at_src)

                updated_at = updated_at_value

            return updated_at
        if deferred_name == "spec":
            _spec_data = src.get("Spec")
            spec: ClusterVolumeSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = ClusterVolumeSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected ClusterVolumeSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
        if deferred_name == "info":
            _info_data = src.get("Info")
            info: ClusterVolumeInfo | None
            if _info_data is None:
                info = _info_data
            elif isinstance(_info_data, dict):
                info_type_0 = ClusterVolumeInfo.from_dict(_info_data)

                info = info_type_0
            else:
                raise TypeError(
                    f"info: expected ClusterVolumeInfo | None, got {type(_info_data).__name__}: {_info_data!r:.200}"
                )

            return info
        if deferred_name == "publish_status":
            _publish_status_data = src.get("PublishStatus")
            publish_status: list[ClusterVolumePublishStatusItem] | None
            if _publish_status_data is None:
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

            return publish_status
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Version": "version",
        "CreatedAt": "created_at",
        "UpdatedAt": "updated_at",
        "Spec": "spec",
        "Info": "info",
        "PublishStatus": "publish_status",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Version"]) -> ObjectVersion: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt", "UpdatedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Spec"]) -> ClusterVolumeSpec: ...
        @overload
        def __getitem__(self, key: Literal["Info"]) -> ClusterVolumeInfo: ...
        @overload
        def __getitem__(
            self, key: Literal["PublishStatus"]
        ) -> list[ClusterVolumePublishStatusItem]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Version"], default: None = None) -> ObjectVersion | None: ...
        @overload
        def get(
            self, key: Literal["CreatedAt", "UpdatedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["Spec"], default: None = None) -> ClusterVolumeSpec | None: ...
        @overload
        def get(self, key: Literal["Info"], default: None = None) -> ClusterVolumeInfo | None: ...
        @overload
        def get(
            self, key: Literal["PublishStatus"], default: None = None
        ) -> list[ClusterVolumePublishStatusItem] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_volume_info import ClusterVolumeInfo
from ..models.cluster_volume_publish_status_item import ClusterVolumePublishStatusItem
from ..models.cluster_volume_spec import ClusterVolumeSpec
from ..models.object_version import ObjectVersion
