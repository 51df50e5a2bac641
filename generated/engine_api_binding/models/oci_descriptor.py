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

T = TypeVar("T", bound="OCIDescriptor")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class OCIDescriptor(Model):
    """A descriptor struct containing digest, media type, and size, as defined in
    the [OCI Content Descriptors Specification](https://github.com/opencontainers/image-spec/blob/v1.0.1/descriptor.md).

    """

    __match_args__ = (
        "media_type",
        "digest",
        "size",
        "urls",
        "annotations",
        "data",
        "platform",
        "artifact_type",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    media_type: str | None
    """ The media type of the object this schema refers to.
     """
    digest: str | None
    """ The digest of the targeted content.
     """
    size: int | None
    """ The size in bytes of the blob.
     """
    urls: list[str] | None
    """ List of URLs from which this object MAY be downloaded. """
    annotations: OCIDescriptorAnnotations | None
    """ Arbitrary metadata relating to the targeted content. """
    data: str | None
    """ Data is an embedding of the targeted content. This is encoded as a base64
    string when marshalled to JSON (automatically, by encoding/json). If
    present, Data can be used directly to avoid fetching the targeted content. """
    platform: OCIPlatform | None
    artifact_type: str | None
    """ ArtifactType is the IANA media type of this artifact. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        media_type: str | None = None,
        digest: str | None = None,
        size: int | None = None,
        urls: list[str] | None = None,
        annotations: OCIDescriptorAnnotations | None = None,
        data: str | None = None,
        platform: OCIPlatform | None = None,
        artifact_type: str | None = None,
    ) -> None:
        self.media_type = media_type
        self.digest = digest
        self.size = size
        self.urls = urls
        self.annotations = annotations
        self.data = data
        self.platform = platform
        self.artifact_type = artifact_type
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.media_type is not None:
            field_dict["mediaType"] = self.media_type
        elif "mediaType" in self._sent:
            field_dict["mediaType"] = None

        if self.digest is not None:
            field_dict["digest"] = self.digest
        elif "digest" in self._sent:
            field_dict["digest"] = None

        if self.size is not None:
            field_dict["size"] = self.size
        elif "size" in self._sent:
            field_dict["size"] = None

        urls = self.urls
        if urls is not None:
            urls_json: list[str] | None
            if isinstance(urls, list):
                urls_json = urls

            else:
                urls_json = urls
            field_dict["urls"] = urls_json
        elif "urls" in self._sent:
            field_dict["urls"] = None

        annotations = self.annotations
        if annotations is not None:
            annotations_json: dict[str, Any] | None
            if isinstance(annotations, OCIDescriptorAnnotations):
                annotations_json = annotations.to_dict()
            else:
                annotations_json = annotations
            field_dict["annotations"] = annotations_json
        elif "annotations" in self._sent:
            field_dict["annotations"] = None

        data = self.data
        if data is not None:
            data_json: str | None
            data_json = data
            field_dict["data"] = data_json
        elif "data" in self._sent:
            field_dict["data"] = None

        platform = self.platform
        if platform is not None:
            platform_json: dict[str, Any] | None
            if isinstance(platform, OCIPlatform):
                platform_json = platform.to_dict()
            else:
                platform_json = platform
            field_dict["platform"] = platform_json
        elif "platform" in self._sent:
            field_dict["platform"] = None

        artifact_type = self.artifact_type
        if artifact_type is not None:
            artifact_type_json: str | None
            artifact_type_json = artifact_type
            field_dict["artifactType"] = artifact_type_json
        elif "artifactType" in self._sent:
            field_dict["artifactType"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        media_type = d.pop("mediaType", None)

        digest = d.pop("digest", None)

        size = d.pop("size", None)

        _urls_data = d.pop("urls", None)
        urls: list[str] | None
        if _urls_data is None:
            urls = _urls_data
        elif isinstance(_urls_data, list):
            urls_type_0 = _urls_data

            urls = urls_type_0
        else:
            raise TypeError(
                f"urls: expected list[str] | None, got {type(_urls_data).__name__}: {_urls_data!r:.200}"
            )

        d.pop("annotations", None)

        _data_data = d.pop("data", None)
        data: str | None
        if _data_data is None or isinstance(_data_data, str):
            data = _data_data
        else:
            raise TypeError(
                f"data: expected None | str, got {type(_data_data).__name__}: {_data_data!r:.200}"
            )

        d.pop("platform", None)

        _artifact_type_data = d.pop("artifactType", None)
        artifact_type: str | None
        if _artifact_type_data is None or isinstance(_artifact_type_data, str):
            artifact_type = _artifact_type_data
        else:
            raise TypeError(
                f"artifact_type: expected None | str, got {type(_artifact_type_data).__name__}: {_artifact_type_data!r:.200}"
            )

        oci_descriptor = _new(cls)
        oci_descriptor._sent = src_dict
        oci_descriptor.media_type = media_type
        oci_descriptor.digest = digest
        oci_descriptor.size = size
        oci_descriptor.urls = urls
        oci_descriptor.data = data
        oci_descriptor.artifact_type = artifact_type
        oci_descriptor.additional_properties = d
        return oci_descriptor

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "annotations",
            "platform",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "annotations":
            _annotations_data = src.get("annotations")
            annotations: OCIDescriptorAnnotations | None
            if _annotations_data is None:
                annotations = _annotations_data
            elif isinstance(_annotations_data, dict):
                annotations_type_0 = OCIDescriptorAnnotations.from_dict(_annotations_data)

                annotations = annotations_type_0
            else:
                raise TypeError(
                    f"annotations: expected None | OCIDescriptorAnnotations, got {type(_annotations_data).__name__}: {_annotations_data!r:.200}"
                )

            return annotations
        if deferred_name == "platform":
            _platform_data = src.get("platform")
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
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "mediaType": "media_type",
        "digest": "digest",
        "size": "size",
        "urls": "urls",
        "annotations": "annotations",
        "data": "data",
        "platform": "platform",
        "artifactType": "artifact_type",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["mediaType", "digest", "data", "artifactType"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["size"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["urls"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["annotations"]) -> OCIDescriptorAnnotations: ...
        @overload
        def __getitem__(self, key: Literal["platform"]) -> OCIPlatform: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["mediaType", "digest", "data", "artifactType"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["size"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["urls"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["annotations"], default: None = None
        ) -> OCIDescriptorAnnotations | None: ...
        @overload
        def get(self, key: Literal["platform"], default: None = None) -> OCIPlatform | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.oci_descriptor_annotations import OCIDescriptorAnnotations
from ..models.oci_platform import OCIPlatform
