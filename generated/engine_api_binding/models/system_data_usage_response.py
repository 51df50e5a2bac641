from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_cache import BuildCache
    from ..models.build_cache_disk_usage import BuildCacheDiskUsage
    from ..models.container_summary import ContainerSummary
    from ..models.containers_disk_usage import ContainersDiskUsage
    from ..models.image_summary import ImageSummary
    from ..models.images_disk_usage import ImagesDiskUsage
    from ..models.volume import Volume
    from ..models.volumes_disk_usage import VolumesDiskUsage


T = TypeVar("T", bound="SystemDataUsageResponse")


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
        from ..models.build_cache_disk_usage import BuildCacheDiskUsage
        from ..models.containers_disk_usage import ContainersDiskUsage
        from ..models.images_disk_usage import ImagesDiskUsage
        from ..models.volumes_disk_usage import VolumesDiskUsage

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
        from ..models.build_cache import BuildCache
        from ..models.build_cache_disk_usage import BuildCacheDiskUsage
        from ..models.container_summary import ContainerSummary
        from ..models.containers_disk_usage import ContainersDiskUsage
        from ..models.image_summary import ImageSummary
        from ..models.images_disk_usage import ImagesDiskUsage
        from ..models.volume import Volume
        from ..models.volumes_disk_usage import VolumesDiskUsage

        d = dict(src_dict)

        def _parse_image_usage(data: object) -> ImagesDiskUsage | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"image_usage: expected ImagesDiskUsage | None, got {type(data).__name__}: {data!r:.200}"
                )
            image_usage_type_0 = ImagesDiskUsage.from_dict(data)

            return image_usage_type_0

        image_usage = _parse_image_usage(d.pop("ImageUsage", UNSET))

        def _parse_container_usage(data: object) -> ContainersDiskUsage | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"container_usage: expected ContainersDiskUsage | None, got {type(data).__name__}: {data!r:.200}"
                )
            container_usage_type_0 = ContainersDiskUsage.from_dict(data)

            return container_usage_type_0

        container_usage = _parse_container_usage(d.pop("ContainerUsage", UNSET))

        def _parse_volume_usage(data: object) -> Unset | VolumesDiskUsage | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"volume_usage: expected None | VolumesDiskUsage, got {type(data).__name__}: {data!r:.200}"
                )
            volume_usage_type_0 = VolumesDiskUsage.from_dict(data)

            return volume_usage_type_0

        volume_usage = _parse_volume_usage(d.pop("VolumeUsage", UNSET))

        def _parse_build_cache_usage(data: object) -> BuildCacheDiskUsage | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"build_cache_usage: expected BuildCacheDiskUsage | None, got {type(data).__name__}: {data!r:.200}"
                )
            build_cache_usage_type_0 = BuildCacheDiskUsage.from_dict(data)

            return build_cache_usage_type_0

        build_cache_usage = _parse_build_cache_usage(d.pop("BuildCacheUsage", UNSET))

        layers_size = d.pop("LayersSize", UNSET)

        def _parse_images(data: object) -> list[ImageSummary] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"images: expected list[ImageSummary] | None, got {type(data).__name__}: {data!r:.200}"
                )
            images_type_0 = []
            _images_type_0 = data
            for images_type_0_item_data in _images_type_0:
                images_type_0_item = ImageSummary.from_dict(images_type_0_item_data)

                images_type_0.append(images_type_0_item)

            return images_type_0

        images = _parse_images(d.pop("Images", UNSET))

        def _parse_containers(data: object) -> list[ContainerSummary] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"containers: expected list[ContainerSummary] | None, got {type(data).__name__}: {data!r:.200}"
                )
            containers_type_0 = []
            _containers_type_0 = data
            for containers_type_0_item_data in _containers_type_0:
                containers_type_0_item = ContainerSummary.from_dict(containers_type_0_item_data)

                containers_type_0.append(containers_type_0_item)

            return containers_type_0

        containers = _parse_containers(d.pop("Containers", UNSET))

        def _parse_volumes(data: object) -> list[Volume] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"volumes: expected list[Volume] | None, got {type(data).__name__}: {data!r:.200}"
                )
            volumes_type_0 = []
            _volumes_type_0 = data
            for volumes_type_0_item_data in _volumes_type_0:
                volumes_type_0_item = Volume.from_dict(volumes_type_0_item_data)

                volumes_type_0.append(volumes_type_0_item)

            return volumes_type_0

        volumes = _parse_volumes(d.pop("Volumes", UNSET))

        def _parse_build_cache(data: object) -> list[BuildCache] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"build_cache: expected list[BuildCache] | None, got {type(data).__name__}: {data!r:.200}"
                )
            build_cache_type_0 = []
            _build_cache_type_0 = data
            for build_cache_type_0_item_data in _build_cache_type_0:
                build_cache_type_0_item = BuildCache.from_dict(build_cache_type_0_item_data)

                build_cache_type_0.append(build_cache_type_0_item)

            return build_cache_type_0

        build_cache = _parse_build_cache(d.pop("BuildCache", UNSET))

        system_data_usage_response = cls(
            image_usage=image_usage,
            container_usage=container_usage,
            volume_usage=volume_usage,
            build_cache_usage=build_cache_usage,
            layers_size=layers_size,
            images=images,
            containers=containers,
            volumes=volumes,
            build_cache=build_cache,
        )

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
