from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_manifest_summary_kind import (
    ImageManifestSummaryKind,
    check_image_manifest_summary_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageManifestSummary")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


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
        d = dict(src_dict)
        id = d.pop("ID")

        _descriptor_data = d.pop("Descriptor")
        descriptor: OCIDescriptor | None
        if _descriptor_data is None:
            descriptor = _descriptor_data
        elif isinstance(_descriptor_data, dict):
            descriptor_type_0 = OCIDescriptor.from_dict(_descriptor_data)

            descriptor = descriptor_type_0
        else:
            raise TypeError(
                f"descriptor: expected None | OCIDescriptor, got {type(_descriptor_data).__name__}: {_descriptor_data!r:.200}"
            )

        available = d.pop("Available")

        _size_data = d.pop("Size")
        size: ImageManifestSummarySize | None
        if _size_data is None:
            size = _size_data
        elif isinstance(_size_data, dict):
            size_type_0 = ImageManifestSummarySize.from_dict(_size_data)

            size = size_type_0
        else:
            raise TypeError(
                f"size: expected ImageManifestSummarySize | None, got {type(_size_data).__name__}: {_size_data!r:.200}"
            )

        kind = check_image_manifest_summary_kind(d.pop("Kind"))

        _image_data_data = d.pop("ImageData", UNSET)
        image_data: ImageManifestSummaryImageData | Unset | None
        if _image_data_data is None or _image_data_data is UNSET:
            image_data = _image_data_data
        elif isinstance(_image_data_data, dict):
            image_data_type_0 = ImageManifestSummaryImageData.from_dict(_image_data_data)

            image_data = image_data_type_0
        else:
            raise TypeError(
                f"image_data: expected ImageManifestSummaryImageData | None, got {type(_image_data_data).__name__}: {_image_data_data!r:.200}"
            )

        _attestation_data_data = d.pop("AttestationData", UNSET)
        attestation_data: ImageManifestSummaryAttestationData | Unset | None
        if _attestation_data_data is None or _attestation_data_data is UNSET:
            attestation_data = _attestation_data_data
        elif isinstance(_attestation_data_data, dict):
            attestation_data_type_0 = ImageManifestSummaryAttestationData.from_dict(
                _attestation_data_data
            )

            attestation_data = attestation_data_type_0
        else:
            raise TypeError(
                f"attestation_data: expected ImageManifestSummaryAttestationData | None, got {type(_attestation_data_data).__name__}: {_attestation_data_data!r:.200}"
            )

        image_manifest_summary = _new(cls)
        image_manifest_summary.id = id
        image_manifest_summary.descriptor = descriptor
        image_manifest_summary.available = available
        image_manifest_summary.size = size
        image_manifest_summary.kind = kind
        image_manifest_summary.image_data = image_data
        image_manifest_summary.attestation_data = attestation_data
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


from ..models.image_manifest_summary_attestation_data import ImageManifestSummaryAttestationData
from ..models.image_manifest_summary_image_data import ImageManifestSummaryImageData
from ..models.image_manifest_summary_size import ImageManifestSummarySize
from ..models.oci_descriptor import OCIDescriptor
