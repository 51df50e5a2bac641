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

T = TypeVar("T", bound="ImageManifestSummaryImageData")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageManifestSummaryImageData(Model):
    """The image data for the image manifest.
    This field is only populated when Kind is "image".

    """

    __match_args__ = (
        "platform",
        "containers",
        "size",
        "identity",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    platform: OCIPlatform | None
    """ OCI platform of the image. This will be the platform specified in the
    manifest descriptor from the index/manifest list.
    If it's not available, it will be obtained from the image config.
     """
    containers: list[str] | None
    """ The IDs of the containers that are using this image.
     """
    size: ImageManifestSummaryImageDataSize | None
    identity: Identity | None
    """ Identity holds information about the identity and origin of this image.
    For image list responses, this can duplicate Build/Pull fields across
    image manifests, because those parts are image-level metadata.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        platform: OCIPlatform | None,
        containers: list[str] | None,
        size: ImageManifestSummaryImageDataSize | None,
        identity: Identity | None = None,
    ) -> None:
        self.platform = platform
        self.containers = containers
        self.size = size
        self.identity = identity
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        platform: dict[str, Any] | None
        if isinstance(self.platform, OCIPlatform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform
        field_dict["Platform"] = platform

        containers: list[str] | None
        if isinstance(self.containers, list):
            containers = self.containers

        else:
            containers = self.containers
        field_dict["Containers"] = containers

        size: dict[str, Any] | None
        if isinstance(self.size, ImageManifestSummaryImageDataSize):
            size = self.size.to_dict()
        else:
            size = self.size
        field_dict["Size"] = size

        identity = self.identity
        if identity is not None:
            identity_json: dict[str, Any] | None
            if isinstance(identity, Identity):
                identity_json = identity.to_dict()
            else:
                identity_json = identity
            field_dict["Identity"] = identity_json
        elif "Identity" in self._sent:
            field_dict["Identity"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Platform")

        _containers_data = d.pop("Containers")
        containers: list[str] | None
        if _containers_data is None:
            containers = _containers_data
        elif isinstance(_containers_data, list):
            containers_type_0 = _containers_data

            containers = containers_type_0
        else:
            raise TypeError(
                f"containers: expected list[str] | None, got {type(_containers_data).__name__}: {_containers_data!r:.200}"
            )

        d.pop("Size")

        d.pop("Identity", None)

        image_manifest_summary_image_data = _new(cls)
        image_manifest_summary_image_data._sent = src_dict
        image_manifest_summary_image_data.containers = containers
        image_manifest_summary_image_data.additional_properties = d
        return image_manifest_summary_image_data

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "platform",
            "size",
            "identity",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "platform":
            _platform_data = src["Platform"]
            platform: OCIPlatform | None
            if _platform_data is None:
                platform = _platform_data
            elif isinstance(_platform_data, dict):
                platform_type_0 = OCIPlatform.from_dict(_platform_data)

                platform = platform_type_0
            else:
                raise TypeError(
                    f"platform: expected None | OCIPlatform, got {type(_platform_data).__name__}: {_platform_data!r:.200}"
                )

            return platform
        if deferred_name == "size":
            _size_data = src["Size"]
            size: ImageManifestSummaryImageDataSize | None
            if _size_data is None:
                size = _size_data
            elif isinstance(_size_data, dict):
                size_type_0 = ImageManifestSummaryImageDataSize.from_dict(_size_data)

                size = size_type_0
            else:
                raise TypeError(
                    f"size: expected ImageManifestSummaryImageDataSize | None, got {type(_size_data).__name__}: {_size_data!r:.200}"
                )

            return size
        if deferred_name == "identity":
            _identity_data = src.get("Identity")
            identity: Identity | None
            if _identity_data is None:
                identity = _identity_data
            elif isinstance(_identity_data, dict):
                identity_type_0 = Identity.from_dict(_identity_data)

                identity = identity_type_0
            else:
                raise TypeError(
                    f"identity: expected Identity | None, got {type(_identity_data).__name__}: {_identity_data!r:.200}"
                )

            return identity
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Platform": "platform",
        "Containers": "containers",
        "Size": "size",
        "Identity": "identity",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Platform"]) -> OCIPlatform: ...
        @overload
        def __getitem__(self, key: Literal["Containers"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Size"]) -> ImageManifestSummaryImageDataSize: ...
        @overload
        def __getitem__(self, key: Literal["Identity"]) -> Identity: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Platform"], default: None = None) -> OCIPlatform | None: ...
        @overload
        def get(self, key: Literal["Containers"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Size"], default: None = None
        ) -> ImageManifestSummaryImageDataSize | None: ...
        @overload
        def get(self, key: Literal["Identity"], default: None = None) -> Identity | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.identity import Identity
from ..models.image_manifest_summary_image_data_size import ImageManifestSummaryImageDataSize
from ..models.oci_platform import OCIPlatform
