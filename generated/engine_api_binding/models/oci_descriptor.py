from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oci_descriptor_annotations import OCIDescriptorAnnotations
    from ..models.oci_platform import OCIPlatform


T = TypeVar("T", bound="OCIDescriptor")


@_attrs_define
class OCIDescriptor:
    """A descriptor struct containing digest, media type, and size, as defined in
    the [OCI Content Descriptors Specification](https://github.com/opencontainers/image-spec/blob/v1.0.1/descriptor.md).

    """

    media_type: str | Unset = UNSET
    """ The media type of the object this schema refers to.
     """
    digest: str | Unset = UNSET
    """ The digest of the targeted content.
     """
    size: int | Unset = UNSET
    """ The size in bytes of the blob.
     """
    urls: list[str] | Unset | None = UNSET
    """ List of URLs from which this object MAY be downloaded. """
    annotations: OCIDescriptorAnnotations | Unset | None = UNSET
    """ Arbitrary metadata relating to the targeted content. """
    data: str | Unset | None = UNSET
    """ Data is an embedding of the targeted content. This is encoded as a base64
    string when marshalled to JSON (automatically, by encoding/json). If
    present, Data can be used directly to avoid fetching the targeted content. """
    platform: OCIPlatform | Unset | None = UNSET
    artifact_type: str | Unset | None = UNSET
    """ ArtifactType is the IANA media type of this artifact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.oci_descriptor_annotations import OCIDescriptorAnnotations
        from ..models.oci_platform import OCIPlatform

        media_type = self.media_type

        digest = self.digest

        size = self.size

        urls: list[str] | Unset | None
        if isinstance(self.urls, Unset):
            urls = UNSET
        elif isinstance(self.urls, list):
            urls = self.urls

        else:
            urls = self.urls

        annotations: dict[str, Any] | Unset | None
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, OCIDescriptorAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        data: str | Unset | None
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        platform: dict[str, Any] | Unset | None
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, OCIPlatform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        artifact_type: str | Unset | None
        if isinstance(self.artifact_type, Unset):
            artifact_type = UNSET
        else:
            artifact_type = self.artifact_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if digest is not UNSET:
            field_dict["digest"] = digest
        if size is not UNSET:
            field_dict["size"] = size
        if urls is not UNSET:
            field_dict["urls"] = urls
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if data is not UNSET:
            field_dict["data"] = data
        if platform is not UNSET:
            field_dict["platform"] = platform
        if artifact_type is not UNSET:
            field_dict["artifactType"] = artifact_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oci_descriptor_annotations import OCIDescriptorAnnotations
        from ..models.oci_platform import OCIPlatform

        d = dict(src_dict)
        media_type = d.pop("mediaType", UNSET)

        digest = d.pop("digest", UNSET)

        size = d.pop("size", UNSET)

        def _parse_urls(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"urls: expected list[str] | None, got {type(data).__name__}: {data!r:.200}"
                )
            urls_type_0 = cast(list[str], data)

            return urls_type_0

        urls = _parse_urls(d.pop("urls", UNSET))

        def _parse_annotations(data: object) -> OCIDescriptorAnnotations | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"annotations: expected None | OCIDescriptorAnnotations, got {type(data).__name__}: {data!r:.200}"
                )
            annotations_type_0 = OCIDescriptorAnnotations.from_dict(data)

            return annotations_type_0

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_data(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"data: expected None | str, got {type(data).__name__}: {data!r:.200}")

        data = _parse_data(d.pop("data", UNSET))

        def _parse_platform(data: object) -> OCIPlatform | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"platform: expected None | OCIPlatform, got {type(data).__name__}: {data!r:.200}"
                )
            platform_type_0 = OCIPlatform.from_dict(data)

            return platform_type_0

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_artifact_type(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(
                f"artifact_type: expected None | str, got {type(data).__name__}: {data!r:.200}"
            )

        artifact_type = _parse_artifact_type(d.pop("artifactType", UNSET))

        oci_descriptor = cls(
            media_type=media_type,
            digest=digest,
            size=size,
            urls=urls,
            annotations=annotations,
            data=data,
            platform=platform,
            artifact_type=artifact_type,
        )

        oci_descriptor.additional_properties = d
        return oci_descriptor

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
