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
from ..models.image_manifest_summary_kind import (
    ImageManifestSummaryKind,
    check_image_manifest_summary_kind,
)

T = TypeVar("T", bound="ImageManifestSummary")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageManifestSummary(Model):
    """ImageManifestSummary represents a summary of an image manifest."""

    __match_args__ = (
        "id",
        "descriptor",
        "available",
        "size",
        "kind",
        "image_data",
        "attestation_data",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

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
    image_data: ImageManifestSummaryImageData | None
    """ The image data for the image manifest.
    This field is only populated when Kind is "image".
     """
    attestation_data: ImageManifestSummaryAttestationData | None
    """ The image data for the attestation manifest.
    This field is only populated when Kind is "attestation".
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str,
        descriptor: OCIDescriptor | None,
        available: bool,
        size: ImageManifestSummarySize | None,
        kind: ImageManifestSummaryKind,
        image_data: ImageManifestSummaryImageData | None = None,
        attestation_data: ImageManifestSummaryAttestationData | None = None,
    ) -> None:
        self.id = id
        self.descriptor = descriptor
        self.available = available
        self.size = size
        self.kind = kind
        self.image_data = image_data
        self.attestation_data = attestation_data
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ID"] = self.id

        descriptor: dict[str, Any] | None
        if isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor
        field_dict["Descriptor"] = descriptor

        field_dict["Available"] = self.available

        size: dict[str, Any] | None
        if isinstance(self.size, ImageManifestSummarySize):
            size = self.size.to_dict()
        else:
            size = self.size
        field_dict["Size"] = size

        kind: str = self.kind
        field_dict["Kind"] = kind

        image_data = self.image_data
        if image_data is not None:
            image_data_json: dict[str, Any] | None
            if isinstance(image_data, ImageManifestSummaryImageData):
                image_data_json = image_data.to_dict()
            else:
                image_data_json = image_data
            field_dict["ImageData"] = image_data_json
        elif "ImageData" in self._sent:
            field_dict["ImageData"] = None

        attestation_data = self.attestation_data
        if attestation_data is not None:
            attestation_data_json: dict[str, Any] | None
            if isinstance(attestation_data, ImageManifestSummaryAttestationData):
                attestation_data_json = attestation_data.to_dict()
            else:
                attestation_data_json = attestation_data
            field_dict["AttestationData"] = attestation_data_json
        elif "AttestationData" in self._sent:
            field_dict["AttestationData"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID")

        d.pop("Descriptor")

        available = d.pop("Available")

        d.pop("Size")

        kind = check_image_manifest_summary_kind(d.pop("Kind"))

        d.pop("ImageData", None)

        d.pop("AttestationData", None)

        image_manifest_summary = _new(cls)
        image_manifest_summary._sent = src_dict
        image_manifest_summary.id = id
        image_manifest_summary.available = available
        image_manifest_summary.kind = kind
        image_manifest_summary.additional_properties = d
        return image_manifest_summary

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "descriptor",
            "size",
            "image_data",
            "attestation_data",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "descriptor":
            _descriptor_data = src["Descriptor"]
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

            return descriptor
        if deferred_name == "size":
            _size_data = src["Size"]
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

            return size
        if deferred_name == "image_data":
            _image_data_data = src.get("ImageData")
            image_data: ImageManifestSummaryImageData | None
            if _image_data_data is None:
                image_data = _image_data_data
            elif isinstance(_image_data_data, dict):
                image_data_type_0 = ImageManifestSummaryImageData.from_dict(_image_data_data)

                image_data = image_data_type_0
            else:
                raise TypeError(
                    f"image_data: expected ImageManifestSummaryImageData | None, got {type(_image_data_data).__name__}: {_image_data_data!r:.200}"
                )

            return image_data
        if deferred_name == "attestation_data":
            _attestation_data_data = src.get("AttestationData")
            attestation_data: ImageManifestSummaryAttestationData | None
            if _attestation_data_data is None:
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

            return attestation_data
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Descriptor": "descriptor",
        "Available": "available",
        "Size": "size",
        "Kind": "kind",
        "ImageData": "image_data",
        "AttestationData": "attestation_data",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Descriptor"]) -> OCIDescriptor: ...
        @overload
        def __getitem__(self, key: Literal["Available"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Size"]) -> ImageManifestSummarySize: ...
        @overload
        def __getitem__(self, key: Literal["Kind"]) -> ImageManifestSummaryKind: ...
        @overload
        def __getitem__(self, key: Literal["ImageData"]) -> ImageManifestSummaryImageData: ...
        @overload
        def __getitem__(
            self, key: Literal["AttestationData"]
        ) -> ImageManifestSummaryAttestationData: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Descriptor"], default: None = None) -> OCIDescriptor | None: ...
        @overload
        def get(self, key: Literal["Available"], default: None = None) -> bool: ...
        @overload
        def get(
            self, key: Literal["Size"], default: None = None
        ) -> ImageManifestSummarySize | None: ...
        @overload
        def get(self, key: Literal["Kind"], default: None = None) -> ImageManifestSummaryKind: ...
        @overload
        def get(
            self, key: Literal["ImageData"], default: None = None
        ) -> ImageManifestSummaryImageData | None: ...
        @overload
        def get(
            self, key: Literal["AttestationData"], default: None = None
        ) -> ImageManifestSummaryAttestationData | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.image_manifest_summary_attestation_data import ImageManifestSummaryAttestationData
from ..models.image_manifest_summary_image_data import ImageManifestSummaryImageData
from ..models.image_manifest_summary_size import ImageManifestSummarySize
from ..models.oci_descriptor import OCIDescriptor
