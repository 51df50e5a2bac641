from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemDataUsageResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SystemDataUsageResponse:
    image_usage: ImagesDiskUsage | Unset | None = UNSET
    container_usage: ContainersDiskUsage | Unset | None = UNSET
    volume_usage: Unset | VolumesDiskUsage | None = UNSET
    build_cache_usage: BuildCacheDiskUsage | Unset | None = UNSET
    layers_size: int | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    images: list[ImageSummary] | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    containers: list[ContainerSummary] | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    volumes: list[Volume] | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    build_cache: list[BuildCache] | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_usage: dict[str, Any] | Unset | None
        if isinstance(self.image_usage, Unset):
            image_usage = UNSET
        elif isinstance(self.image_usage, ImagesDiskUsage):
            image_usage = self.image_usage.to_dict()
        else:
            image_usage = self.image_usage

        container_usage: dict[str, Any] | Unset | None
        if isinstance(self.container_usage, Unset):
            container_usage = UNSET
        elif isinstance(self.container_usage, ContainersDiskUsage):
            container_usage = self.container_usage.to_dict()
        else:
            container_usage = self.container_usage

        volume_usage: dict[str, Any] | Unset | None
        if isinstance(self.volume_usage, Unset):
            volume_usage = UNSET
        elif isinstance(self.volume_usage, VolumesDiskUsage):
            volume_usage = self.volume_usage.to_dict()
        else:
            volume_usage = self.volume_usage

        build_cache_usage: dict[str, Any] | Unset | None
        if isinstance(self.build_cache_usage, Unset):
            build_cache_usage = UNSET
        elif isinstance(self.build_cache_usage, BuildCacheDiskUsage):
            build_cache_usage = self.build_cache_usage.to_dict()
        else:
            build_cache_usage = self.build_cache_usage

        layers_size = self.layers_size

        images: list[dict[str, Any]] | Unset | None
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        containers: list[dict[str, Any]] | Unset | None
        if isinstance(self.containers, Unset):
            containers = UNSET
        elif isinstance(self.containers, list):
            containers = []
            for containers_type_0_item_data in self.containers:
                containers_type_0_item = containers_type_0_item_data.to_dict()
                containers.append(containers_type_0_item)

        else:
            containers = self.containers

        volumes: list[dict[str, Any]] | Unset | None
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, list):
            volumes = []
            for volumes_type_0_item_data in self.volumes:
                volumes_type_0_item = volumes_type_0_item_data.to_dict()
                volumes.append(volumes_type_0_item)

        else:
            volumes = self.volumes

        build_cache: list[dict[str, Any]] | Unset | None
        if isinstance(self.build_cache, Unset):
            build_cache = UNSET
        elif isinstance(self.build_cache, list):
            build_cache = []
            for build_cache_type_0_item_data in self.build_cache:
                build_cache_type_0_item = build_cache_type_0_item_data.to_dict()
                build_cache.append(build_cache_type_0_item)

        else:
            build_cache = self.build_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_usage is not UNSET:
            field_dict["ImageUsage"] = image_usage
        if container_usage is not UNSET:
            field_dict["ContainerUsage"] = container_usage
        if volume_usage is not UNSET:
            field_dict["VolumeUsage"] = volume_usage
        if build_cache_usage is not UNSET:
            field_dict["BuildCacheUsage"] = build_cache_usage
        if layers_size is not UNSET:
            field_dict["LayersSize"] = layers_size
        if images is not UNSET:
            field_dict["Images"] = images
        if containers is not UNSET:
            field_dict["Containers"] = containers
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if build_cache is not UNSET:
            field_dict["BuildCache"] = build_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _image_usage_data = d.pop("ImageUsage", UNSET)
        image_usage: ImagesDiskUsage | Unset | None
        if _image_usage_data is None or _image_usage_data is UNSET:
            image_usage = _image_usage_data
        elif isinstance(_image_usage_data, dict):
            image_usage_type_0 = ImagesDiskUsage.from_dict(_image_usage_data)

            image_usage = image_usage_type_0
        else:
            raise TypeError(
                f"image_usage: expected ImagesDiskUsage | None, got {type(_image_usage_data).__name__}: {_image_usage_data!r:.200}"
            )

        _container_usage_data = d.pop("ContainerUsage", UNSET)
        container_usage: ContainersDiskUsage | Unset | None
        if _container_usage_data is None or _container_usage_data is UNSET:
            container_usage = _container_usage_data
        elif isinstance(_container_usage_data, dict):
            container_usage_type_0 = ContainersDiskUsage.from_dict(_container_usage_data)

            container_usage = container_usage_type_0
        else:
            raise TypeError(
                f"container_usage: expected ContainersDiskUsage | None, got {type(_container_usage_data).__name__}: {_container_usage_data!r:.200}"
            )

        _volume_usage_data = d.pop("VolumeUsage", UNSET)
        volume_usage: Unset | VolumesDiskUsage | None
        if _volume_usage_data is None or _volume_usage_data is UNSET:
            volume_usage = _volume_usage_data
        elif isinstance(_volume_usage_data, dict):
            volume_usage_type_0 = VolumesDiskUsage.from_dict(_volume_usage_data)

            volume_usage = volume_usage_type_0
        else:
            raise TypeError(
                f"volume_usage: expected None | VolumesDiskUsage, got {type(_volume_usage_data).__name__}: {_volume_usage_data!r:.200}"
            )

        _build_cache_usage_data = d.pop("BuildCacheUsage", UNSET)
        build_cache_usage: BuildCacheDiskUsage | Unset | None
        if _build_cache_usage_data is None or _build_cache_usage_data is UNSET:
            build_cache_usage = _build_cache_usage_data
        elif isinstance(_build_cache_usage_data, dict):
            build_cache_usage_type_0 = BuildCacheDiskUsage.from_dict(_build_cache_usage_data)

            build_cache_usage = build_cache_usage_type_0
        else:
            raise TypeError(
                f"build_cache_usage: expected BuildCacheDiskUsage | None, got {type(_build_cache_usage_data).__name__}: {_build_cache_usage_data!r:.200}"
            )

        layers_size = d.pop("LayersSize", UNSET)

        _images_data = d.pop("Images", UNSET)
        images: list[ImageSummary] | Unset | None
        if _images_data is None or _images_data is UNSET:
            images = _images_data
        elif isinstance(_images_data, list):
            images_type_0 = []
            _images_type_0 = _images_data
            for images_type_0_item_data in _images_type_0:
                images_type_0_item = ImageSummary.from_dict(images_type_0_item_data)

                images_type_0.append(images_type_0_item)

            images = images_type_0
        else:
            raise TypeError(
                f"images: expected list[ImageSummary] | None, got {type(_images_data).__name__}: {_images_data!r:.200}"
            )

        _containers_data = d.pop("Containers", UNSET)
        containers: list[ContainerSummary] | Unset | None
        if _containers_data is None or _containers_data is UNSET:
            containers = _containers_data
        elif isinstance(_containers_data, list):
            containers_type_0 = []
            _containers_type_0 = _containers_data
            for containers_type_0_item_data in _containers_type_0:
                containers_type_0_item = ContainerSummary.from_dict(containers_type_0_item_data)

                containers_type_0.append(containers_type_0_item)

            containers = containers_type_0
        else:
            raise TypeError(
                f"containers: expected list[ContainerSummary] | None, got {type(_containers_data).__name__}: {_containers_data!r:.200}"
            )

        _volumes_data = d.pop("Volumes", UNSET)
        volumes: list[Volume] | Unset | None
        if _volumes_data is None or _volumes_data is UNSET:
            volumes = _volumes_data
        elif isinstance(_volumes_data, list):
            volumes_type_0 = []
            _volumes_type_0 = _volumes_data
            for volumes_type_0_item_data in _volumes_type_0:
                volumes_type_0_item = Volume.from_dict(volumes_type_0_item_data)

                volumes_type_0.append(volumes_type_0_item)

            volumes = volumes_type_0
        else:
            raise TypeError(
                f"volumes: expected list[Volume] | None, got {type(_volumes_data).__name__}: {_volumes_data!r:.200}"
            )

        _build_cache_data = d.pop("BuildCache", UNSET)
        build_cache: list[BuildCache] | Unset | None
        if _build_cache_data is None or _build_cache_data is UNSET:
            build_cache = _build_cache_data
        elif isinstance(_build_cache_data, list):
            build_cache_type_0 = []
            _build_cache_type_0 = _build_cache_data
            for build_cache_type_0_item_data in _build_cache_type_0:
                build_cache_type_0_item = BuildCache.from_dict(build_cache_type_0_item_data)

                build_cache_type_0.append(build_cache_type_0_item)

            build_cache = build_cache_type_0
        else:
            raise TypeError(
                f"build_cache: expected list[BuildCache] | None, got {type(_build_cache_data).__name__}: {_build_cache_data!r:.200}"
            )

        system_data_usage_response = _new(cls)
        system_data_usage_response.image_usage = image_usage
        system_data_usage_response.container_usage = container_usage
        system_data_usage_response.volume_usage = volume_usage
        system_data_usage_response.build_cache_usage = build_cache_usage
        system_data_usage_response.layers_size = layers_size
        system_data_usage_response.images = images
        system_data_usage_response.containers = containers
        system_data_usage_response.volumes = volumes
        system_data_usage_response.build_cache = build_cache
        system_data_usage_response.additional_properties = d
        return system_data_usage_response

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


from ..models.build_cache import BuildCache
from ..models.build_cache_disk_usage import BuildCacheDiskUsage
from ..models.container_summary import ContainerSummary
from ..models.containers_disk_usage import ContainersDiskUsage
from ..models.image_summary import ImageSummary
from ..models.images_disk_usage import ImagesDiskUsage
from ..models.volume import Volume
from ..models.volumes_disk_usage import VolumesDiskUsage
