from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OCIDescriptor")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


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
        d = dict(src_dict)
        media_type = d.pop("mediaType", UNSET)

        digest = d.pop("digest", UNSET)

        size = d.pop("size", UNSET)

        _urls_data = d.pop("urls", UNSET)
        urls: list[str] | Unset | None
        if _urls_data is None or _urls_data is UNSET:
            urls = _urls_data
        elif isinstance(_urls_data, list):
            urls_type_0 = _urls_data

            urls = urls_type_0
        else:
            raise TypeError(
                f"urls: expected list[str] | None, got {type(_urls_data).__name__}: {_urls_data!r:.200}"
            )

        _annotations_data = d.pop("annotations", UNSET)
        annotations: OCIDescriptorAnnotations | Unset | None
        if _annotations_data is None or _annotations_data is UNSET:
            annotations = _annotations_data
        elif isinstance(_annotations_data, dict):
            annotations_type_0 = OCIDescriptorAnnotations.from_dict(_annotations_data)

            annotations = annotations_type_0
        else:
            raise TypeError(
                f"annotations: expected None | OCIDescriptorAnnotations, got {type(_annotations_data).__name__}: {_annotations_data!r:.200}"
            )

        _data_data = d.pop("data", UNSET)
        data: str | Unset | None
        if _data_data is None or _data_data is UNSET or isinstance(_data_data, str):
            data = _data_data
        else:
            raise TypeError(
                f"data: expected None | str, got {type(_data_data).__name__}: {_data_data!r:.200}"
            )

        _platform_data = d.pop("platform", UNSET)
        platform: OCIPlatform | Unset | None
        if _platform_data is None or _platform_data is UNSET:
            platform = _platform_data
        elif isinstance(_platform_data, dict):
            platform_type_0 = OCIPlatform.from_dict(_platform_data)

            platform = platform_type_0
        else:
            raise TypeError(
                f"platform: expected None | OCIPlatform, got {type(_platform_data).__name__}: {_platform_data!r:.200}"
            )

        _artifact_type_data = d.pop("artifactType", UNSET)
        artifact_type: str | Unset | None
        if (
            _artifact_type_data is None
            or _artifact_type_data is UNSET
            or isinstance(_artifact_type_data, str)
        ):
            artifact_type = _artifact_type_data
        else:
            raise TypeError(
                f"artifact_type: expected None | str, got {type(_artifact_type_data).__name__}: {_artifact_type_data!r:.200}"
            )

        oci_descriptor = _new(cls)
        oci_descriptor.media_type = media_type
        oci_descriptor.digest = digest
        oci_descriptor.size = size
        oci_descriptor.urls = urls
        oci_descriptor.annotations = annotations
        oci_descriptor.data = data
        oci_descriptor.platform = platform
        oci_descriptor.artifact_type = artifact_type
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


from ..models.oci_descriptor_annotations import OCIDescriptorAnnotations
from ..models.oci_platform import OCIPlatform
