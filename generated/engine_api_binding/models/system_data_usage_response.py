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

T = TypeVar("T", bound="SystemDataUsageResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemDataUsageResponse(Model):
    __match_args__ = (
        "image_usage",
        "container_usage",
        "volume_usage",
        "build_cache_usage",
        "layers_size",
        "images",
        "containers",
        "volumes",
        "build_cache",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    image_usage: ImagesDiskUsage | None
    container_usage: ContainersDiskUsage | None
    volume_usage: VolumesDiskUsage | None
    build_cache_usage: BuildCacheDiskUsage | None
    layers_size: int | None
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    images: list[ImageSummary] | None
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    containers: list[ContainerSummary] | None
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    volumes: list[Volume] | None
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    build_cache: list[BuildCache] | None
    """ Sent and accepted by engines up to API 1.51; removed after it.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        image_usage: ImagesDiskUsage | None = None,
        container_usage: ContainersDiskUsage | None = None,
        volume_usage: VolumesDiskUsage | None = None,
        build_cache_usage: BuildCacheDiskUsage | None = None,
        layers_size: int | None = None,
        images: list[ImageSummary] | None = None,
        containers: list[ContainerSummary] | None = None,
        volumes: list[Volume] | None = None,
        build_cache: list[BuildCache] | None = None,
    ) -> None:
        self.image_usage = image_usage
        self.container_usage = container_usage
        self.volume_usage = volume_usage
        self.build_cache_usage = build_cache_usage
        self.layers_size = layers_size
        self.images = images
        self.containers = containers
        self.volumes = volumes
        self.build_cache = build_cache
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        image_usage = self.image_usage
        if image_usage is not None:
            image_usage_json: dict[str, Any] | None
            if isinstance(image_usage, ImagesDiskUsage):
                image_usage_json = image_usage.to_dict()
            else:
                image_usage_json = image_usage
            field_dict["ImageUsage"] = image_usage_json
        elif "ImageUsage" in self._sent:
            field_dict["ImageUsage"] = None

        container_usage = self.container_usage
        if container_usage is not None:
            container_usage_json: dict[str, Any] | None
            if isinstance(container_usage, ContainersDiskUsage):
                container_usage_json = container_usage.to_dict()
            else:
                container_usage_json = container_usage
            field_dict["ContainerUsage"] = container_usage_json
        elif "ContainerUsage" in self._sent:
            field_dict["ContainerUsage"] = None

        volume_usage = self.volume_usage
        if volume_usage is not None:
            volume_usage_json: dict[str, Any] | None
            if isinstance(volume_usage, VolumesDiskUsage):
                volume_usage_json = volume_usage.to_dict()
            else:
                volume_usage_json = volume_usage
            field_dict["VolumeUsage"] = volume_usage_json
        elif "VolumeUsage" in self._sent:
            field_dict["VolumeUsage"] = None

        build_cache_usage = self.build_cache_usage
        if build_cache_usage is not None:
            build_cache_usage_json: dict[str, Any] | None
            if isinstance(build_cache_usage, BuildCacheDiskUsage):
                build_cache_usage_json = build_cache_usage.to_dict()
            else:
                build_cache_usage_json = build_cache_usage
            field_dict["BuildCacheUsage"] = build_cache_usage_json
        elif "BuildCacheUsage" in self._sent:
            field_dict["BuildCacheUsage"] = None

        if self.layers_size is not None:
            field_dict["LayersSize"] = self.layers_size
        elif "LayersSize" in self._sent:
            field_dict["LayersSize"] = None

        images = self.images
        if images is not None:
            images_json: list[dict[str, Any]] | None
            if isinstance(images, list):
                images_json = []
                for images_type_0_item_data in images:
                    images_type_0_item = images_type_0_item_data.to_dict()
                    images_json.append(images_type_0_item)

            else:
                images_json = images
            field_dict["Images"] = images_json
        elif "Images" in self._sent:
            field_dict["Images"] = None

        containers = self.containers
        if containers is not None:
            containers_json: list[dict[str, Any]] | None
            if isinstance(containers, list):
                containers_json = []
                for containers_type_0_item_data in containers:
                    containers_type_0_item = containers_type_0_item_data.to_dict()
                    containers_json.append(containers_type_0_item)

            else:
                containers_json = containers
            field_dict["Containers"] = containers_json
        elif "Containers" in self._sent:
            field_dict["Containers"] = None

        volumes = self.volumes
        if volumes is not None:
            volumes_json: list[dict[str, Any]] | None
            if isinstance(volumes, list):
                volumes_json = []
                for volumes_type_0_item_data in volumes:
                    volumes_type_0_item = volumes_type_0_item_data.to_dict()
                    volumes_json.append(volumes_type_0_item)

            else:
                volumes_json = volumes
            field_dict["Volumes"] = volumes_json
        elif "Volumes" in self._sent:
            field_dict["Volumes"] = None

        build_cache = self.build_cache
        if build_cache is not None:
            build_cache_json: list[dict[str, Any]] | None
            if isinstance(build_cache, list):
                build_cache_json = []
                for build_cache_type_0_item_data in build_cache:
                    build_cache_type_0_item = build_cache_type_0_item_data.to_dict()
                    build_cache_json.append(build_cache_type_0_item)

            else:
                build_cache_json = build_cache
            field_dict["BuildCache"] = build_cache_json
        elif "BuildCache" in self._sent:
            field_dict["BuildCache"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("ImageUsage", None)

        d.pop("ContainerUsage", None)

        d.pop("VolumeUsage", None)

        d.pop("BuildCacheUsage", None)

        layers_size = d.pop("LayersSize", None)

        d.pop("Images", None)

        d.pop("Containers", None)

        d.pop("Volumes", None)

        d.pop("BuildCache", None)

        system_data_usage_response = _new(cls)
        system_data_usage_response._sent = src_dict
        system_data_usage_response.layers_size = layers_size
        system_data_usage_response.additional_properties = d
        return system_data_usage_response

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "image_usage",
            "container_usage",
            "volume_usage",
            "build_cache_usage",
            "images",
            "containers",
            "volumes",
            "build_cache",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "image_usage":
            _image_usage_data = src.get("ImageUsage")
            image_usage: ImagesDiskUsage | None
            if _image_usage_data is None:
                image_usage = _image_usage_data
            elif isinstance(_image_usage_data, dict):
                image_usage_type_0 = ImagesDiskUsage.from_dict(_image_usage_data)

                image_usage = image_usage_type_0
            else:
                raise TypeError(
                    f"image_usage: expected ImagesDiskUsage | None, got {type(_image_usage_data).__name__}: {_image_usage_data!r:.200}"
                )

            return image_usage
        if deferred_name == "container_usage":
            _container_usage_data = src.get("ContainerUsage")
            container_usage: ContainersDiskUsage | None
            if _container_usage_data is None:
                container_usage = _container_usage_data
            elif isinstance(_container_usage_data, dict):
                container_usage_type_0 = ContainersDiskUsage.from_dict(_container_usage_data)

                container_usage = container_usage_type_0
            else:
                raise TypeError(
                    f"container_usage: expected ContainersDiskUsage | None, got {type(_container_usage_data).__name__}: {_container_usage_data!r:.200}"
                )

            return container_usage
        if deferred_name == "volume_usage":
            _volume_usage_data = src.get("VolumeUsage")
            volume_usage: VolumesDiskUsage | None
            if _volume_usage_data is None:
                volume_usage = _volume_usage_data
            elif isinstance(_volume_usage_data, dict):
                volume_usage_type_0 = VolumesDiskUsage.from_dict(_volume_usage_data)

                volume_usage = volume_usage_type_0
            else:
                raise TypeError(
                    f"volume_usage: expected None | VolumesDiskUsage, got {type(_volume_usage_data).__name__}: {_volume_usage_data!r:.200}"
                )

            return volume_usage
        if deferred_name == "build_cache_usage":
            _build_cache_usage_data = src.get("BuildCacheUsage")
            build_cache_usage: BuildCacheDiskUsage | None
            if _build_cache_usage_data is None:
                build_cache_usage = _build_cache_usage_data
            elif isinstance(_build_cache_usage_data, dict):
                build_cache_usage_type_0 = BuildCacheDiskUsage.from_dict(_build_cache_usage_data)

                build_cache_usage = build_cache_usage_type_0
            else:
                raise TypeError(
                    f"build_cache_usage: expected BuildCacheDiskUsage | None, got {type(_build_cache_usage_data).__name__}: {_build_cache_usage_data!r:.200}"
                )

            return build_cache_usage
        if deferred_name == "images":
            _images_data = src.get("Images")
            images: list[ImageSummary] | None
            if _images_data is None:
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

            return images
        if deferred_name == "containers":
            _containers_data = src.get("Containers")
            containers: list[ContainerSummary] | None
            if _containers_data is None:
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

            return containers
        if deferred_name == "volumes":
            _volumes_data = src.get("Volumes")
            volumes: list[Volume] | None
            if _volumes_data is None:
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

            return volumes
        if deferred_name == "build_cache":
            _build_cache_data = src.get("BuildCache")
            build_cache: list[BuildCache] | None
            if _build_cache_data is None:
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

            return build_cache
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ImageUsage": "image_usage",
        "ContainerUsage": "container_usage",
        "VolumeUsage": "volume_usage",
        "BuildCacheUsage": "build_cache_usage",
        "LayersSize": "layers_size",
        "Images": "images",
        "Containers": "containers",
        "Volumes": "volumes",
        "BuildCache": "build_cache",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ImageUsage"]) -> ImagesDiskUsage: ...
        @overload
        def __getitem__(self, key: Literal["ContainerUsage"]) -> ContainersDiskUsage: ...
        @overload
        def __getitem__(self, key: Literal["VolumeUsage"]) -> VolumesDiskUsage: ...
        @overload
        def __getitem__(self, key: Literal["BuildCacheUsage"]) -> BuildCacheDiskUsage: ...
        @overload
        def __getitem__(self, key: Literal["LayersSize"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Images"]) -> list[ImageSummary]: ...
        @overload
        def __getitem__(self, key: Literal["Containers"]) -> list[ContainerSummary]: ...
        @overload
        def __getitem__(self, key: Literal["Volumes"]) -> list[Volume]: ...
        @overload
        def __getitem__(self, key: Literal["BuildCache"]) -> list[BuildCache]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["ImageUsage"], default: None = None
        ) -> ImagesDiskUsage | None: ...
        @overload
        def get(
            self, key: Literal["ContainerUsage"], default: None = None
        ) -> ContainersDiskUsage | None: ...
        @overload
        def get(
            self, key: Literal["VolumeUsage"], default: None = None
        ) -> VolumesDiskUsage | None: ...
        @overload
        def get(
            self, key: Literal["BuildCacheUsage"], default: None = None
        ) -> BuildCacheDiskUsage | None: ...
        @overload
        def get(self, key: Literal["LayersSize"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["Images"], default: None = None
        ) -> list[ImageSummary] | None: ...
        @overload
        def get(
            self, key: Literal["Containers"], default: None = None
        ) -> list[ContainerSummary] | None: ...
        @overload
        def get(self, key: Literal["Volumes"], default: None = None) -> list[Volume] | None: ...
        @overload
        def get(
            self, key: Literal["BuildCache"], default: None = None
        ) -> list[BuildCache] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.build_cache import BuildCache
from ..models.build_cache_disk_usage import BuildCacheDiskUsage
from ..models.container_summary import ContainerSummary
from ..models.containers_disk_usage import ContainersDiskUsage
from ..models.image_summary import ImageSummary
from ..models.images_disk_usage import ImagesDiskUsage
from ..models.volume import Volume
from ..models.volumes_disk_usage import VolumesDiskUsage
