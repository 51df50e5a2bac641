from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_manifest_summary_kind import (
    ImageManifestSummaryKind,
    check_image_manifest_summary_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_manifest_summary_attestation_data import ImageManifestSummaryAttestationData
    from ..models.image_manifest_summary_image_data import ImageManifestSummaryImageData
    from ..models.image_manifest_summary_size import ImageManifestSummarySize
    from ..models.oci_descriptor import OCIDescriptor


T = TypeVar("T", bound="ImageManifestSummary")


@_attrs_define
class ImageManifestSummary:
    """ImageManifestSummary represents a summary of an image manifest."""

    id: str
    """ ID is the content-addressable ID of an image and is the same as the
    digest of the image manifest.
     """
    descriptor: OCIDescriptor | None
    available: bool
    """ Indicates whether all the child content (image config, layers) is fully available locally. """
    size: ImageManifestSummarySize | None
    kind: ImageManifestSummaryKind
    """ The kind of the manifest.

    kind         | description
    -------------|-----------------------------------------------------------
    image        | Image manifest that can be used to start a container.
    attestation  | Attestation manifest produced by the Buildkit builder for a specific image manifest.
     """
    image_data: ImageManifestSummaryImageData | Unset | None = UNSET
    """ The image data for the image manifest.
    This field is only populated when Kind is "image".
     """
    attestation_data: ImageManifestSummaryAttestationData | Unset | None = UNSET
    """ The image data for the attestation manifest.
    This field is only populated when Kind is "attestation".
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_manifest_summary_attestation_data import (
            ImageManifestSummaryAttestationData,
        )
        from ..models.image_manifest_summary_image_data import ImageManifestSummaryImageData
        from ..models.image_manifest_summary_size import ImageManifestSummarySize
        from ..models.oci_descriptor import OCIDescriptor

        id = self.id

        descriptor: dict[str, Any] | None
        if isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor

        available = self.available

        size: dict[str, Any] | None
        if isinstance(self.size, ImageManifestSummarySize):
            size = self.size.to_dict()
        else:
            size = self.size

        kind: str = self.kind

        image_data: dict[str, Any] | Unset | None
        if isinstance(self.image_data, Unset):
            image_data = UNSET
        elif isinstance(self.image_data, ImageManifestSummaryImageData):
            image_data = self.image_data.to_dict()
        else:
            image_data = self.image_data

        attestation_data: dict[str, Any] | Unset | None
        if isinstance(self.attestation_data, Unset):
            attestation_data = UNSET
        elif isinstance(self.attestation_data, ImageManifestSummaryAttestationData):
            attestation_data = self.attestation_data.to_dict()
        else:
            attestation_data = self.attestation_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Descriptor": descriptor,
                "Available": available,
                "Size": size,
                "Kind": kind,
            }
        )
        if image_data is not UNSET:
            field_dict["ImageData"] = image_data
        if attestation_data is not UNSET:
            field_dict["AttestationData"] = attestation_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_manifest_summary_attestation_data import (
            ImageManifestSummaryAttestationData,
        )
        from ..models.image_manifest_summary_image_data import ImageManifestSummaryImageData
        from ..models.image_manifest_summary_size import ImageManifestSummarySize
        from ..models.oci_descriptor import OCIDescriptor

        d = dict(src_dict)
        id = d.pop("ID")

        def _parse_descriptor(data: object) -> OCIDescriptor | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"descriptor: expected None | OCIDescriptor, got {type(data).__name__}: {data!r:.200}"
                )
            descriptor_type_0 = OCIDescriptor.from_dict(data)

            return descriptor_type_0

        descriptor = _parse_descriptor(d.pop("Descriptor"))

        available = d.pop("Available")

        def _parse_size(data: object) -> ImageManifestSummarySize | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"size: expected ImageManifestSummarySize | None, got {type(data).__name__}: {data!r:.200}"
                )
            size_type_0 = ImageManifestSummarySize.from_dict(data)

            return size_type_0

        size = _parse_size(d.pop("Size"))

        kind = check_image_manifest_summary_kind(d.pop("Kind"))

        def _parse_image_data(data: object) -> ImageManifestSummaryImageData | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"image_data: expected ImageManifestSummaryImageData | None, got {type(data).__name__}: {data!r:.200}"
                )
            image_data_type_0 = ImageManifestSummaryImageData.from_dict(data)

            return image_data_type_0

        image_data = _parse_image_data(d.pop("ImageData", UNSET))

        def _parse_attestation_data(
            data: object,
        ) -> ImageManifestSummaryAttestationData | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"attestation_data: expected ImageManifestSummaryAttestationData | None, got {type(data).__name__}: {data!r:.200}"
                )
            attestation_data_type_0 = ImageManifestSummaryAttestationData.from_dict(data)

            return attestation_data_type_0

        attestation_data = _parse_attestation_data(d.pop("AttestationData", UNSET))

        image_manifest_summary = cls(
            id=id,
            descriptor=descriptor,
            available=available,
            size=size,
            kind=kind,
            image_data=image_data,
            attestation_data=attestation_data,
        )

        image_manifest_summary.additional_properties = d
        return image_manifest_summary

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
