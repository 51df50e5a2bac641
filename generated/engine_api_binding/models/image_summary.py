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

T = TypeVar("T", bound="ImageSummary")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageSummary(Model):
    __match_args__ = (
        "id",
        "parent_id",
        "repo_tags",
        "repo_digests",
        "created",
        "size",
        "shared_size",
        "labels",
        "containers",
        "manifests",
        "descriptor",
        "virtual_size",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str
    """ ID is the content-addressable ID of an image.

    This identifier is a content-addressable digest calculated from the
    image's configuration (which includes the digests of layers used by
    the image).

    Note that this digest differs from the `RepoDigests` below, which
    holds digests of image manifests that reference the image.
     """
    parent_id: str
    """ ID of the parent image.

    Depending on how the image was created, this field may be empty and
    is only set for images that were built/created locally. This field
    is empty if the image was pulled from an image registry.
     """
    repo_tags: list[str] | None
    """ List of image names/tags in the local image cache that reference this
    image.

    Multiple image tags can refer to the same image, and this list may be
    empty if no tags reference the image, in which case the image is
    "untagged", in which case it can still be referenced by its ID.
     """
    repo_digests: list[str] | None
    """ List of content-addressable digests of locally available image manifests
    that the image is referenced from. Multiple manifests can refer to the
    same image.

    These digests are usually only available if the image was either pulled
    from a registry, or if the image was pushed to a registry, which is when
    the manifest is generated and its digest calculated.
     """
    created: int
    """ Date and time at which the image was created as a Unix timestamp
    (number of seconds since EPOCH).
     """
    size: int
    """ Total size of the image including all layers it is composed of.
     """
    shared_size: int
    """ Total size of image layers that are shared between this image and other
    images.

    This size is not calculated by default. `-1` indicates that the value
    has not been set / calculated.
     """
    labels: ImageSummaryLabels | None
    """ User-defined key/value metadata. """
    containers: int
    """ Number of containers using this image. Includes both stopped and running
    containers.

    `-1` indicates that the value has not been set / calculated.
     """
    manifests: list[ImageManifestSummary] | None
    """ Manifests is a list of manifests available in this image.
    It provides a more detailed view of the platform-specific image manifests
    or other image-attached data like build attestations.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    descriptor: OCIDescriptor | None
    """ Descriptor is an OCI descriptor of the image target.
    In case of a multi-platform image, this descriptor points to the OCI index
    or a manifest list.

    This field is only present if the daemon provides a multi-platform image store.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    virtual_size: int | None
    """ Sent and accepted by engines up to API 1.43; removed after it.

    Total size of the image including all layers it is composed of.

    In versions of Docker before v1.10, this field was calculated from
    the image itself and all of its parent images. Images are now stored
    self-contained, and no longer use a parent-chain, making this field
    an equivalent of the Size field.

    Deprecated: this field is kept for backward compatibility, and will be removed in API v1.44.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str,
        parent_id: str,
        repo_tags: list[str] | None,
        repo_digests: list[str] | None,
        created: int,
        size: int,
        shared_size: int,
        labels: ImageSummaryLabels | None,
        containers: int,
        manifests: list[ImageManifestSummary] | None = None,
        descriptor: OCIDescriptor | None = None,
        virtual_size: int | None = None,
    ) -> None:
        self.id = id
        self.parent_id = parent_id
        self.repo_tags = repo_tags
        self.repo_digests = repo_digests
        self.created = created
        self.size = size
        self.shared_size = shared_size
        self.labels = labels
        self.containers = containers
        self.manifests = manifests
        self.descriptor = descriptor
        self.virtual_size = virtual_size
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Id"] = self.id

        field_dict["ParentId"] = self.parent_id

        repo_tags: list[str] | None
        if isinstance(self.repo_tags, list):
            repo_tags = self.repo_tags

        else:
            repo_tags = self.repo_tags
        field_dict["RepoTags"] = repo_tags

        repo_digests: list[str] | None
        if isinstance(self.repo_digests, list):
            repo_digests = self.repo_digests

        else:
            repo_digests = self.repo_digests
        field_dict["RepoDigests"] = repo_digests

        field_dict["Created"] = self.created

        field_dict["Size"] = self.size

        field_dict["SharedSize"] = self.shared_size

        labels: dict[str, Any] | None
        if isinstance(self.labels, ImageSummaryLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels
        field_dict["Labels"] = labels

        field_dict["Containers"] = self.containers

        manifests = self.manifests
        if manifests is not None:
            manifests_json: list[dict[str, Any]] | None
            if isinstance(manifests, list):
                manifests_json = []
                for manifests_type_0_item_data in manifests:
                    manifests_type_0_item = manifests_type_0_item_data.to_dict()
                    manifests_json.append(manifests_type_0_item)

            else:
                manifests_json = manifests
            field_dict["Manifests"] = manifests_json
        elif "Manifests" in self._sent:
            field_dict["Manifests"] = None

        descriptor = self.descriptor
        if descriptor is not None:
            descriptor_json: dict[str, Any] | None
            if isinstance(descriptor, OCIDescriptor):
                descriptor_json = descriptor.to_dict()
            else:
                descriptor_json = descriptor
            field_dict["Descriptor"] = descriptor_json
        elif "Descriptor" in self._sent:
            field_dict["Descriptor"] = None

        if self.virtual_size is not None:
            field_dict["VirtualSize"] = self.virtual_size
        elif "VirtualSize" in self._sent:
            field_dict["VirtualSize"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("Id")

        parent_id = d.pop("ParentId")

        _repo_tags_data = d.pop("RepoTags")
        repo_tags: list[str] | None
        if _repo_tags_data is None:
            repo_tags = _repo_tags_data
        elif isinstance(_repo_tags_data, list):
            repo_tags_type_0 = _repo_tags_data

            repo_tags = repo_tags_type_0
        else:
            raise TypeError(
                f"repo_tags: expected list[str] | None, got {type(_repo_tags_data).__name__}: {_repo_tags_data!r:.200}"
            )

        _repo_digests_data = d.pop("RepoDigests")
        repo_digests: list[str] | None
        if _repo_digests_data is None:
            repo_digests = _repo_digests_data
        elif isinstance(_repo_digests_data, list):
            repo_digests_type_0 = _repo_digests_data

            repo_digests = repo_digests_type_0
        else:
            raise TypeError(
                f"repo_digests: expected list[str] | None, got {type(_repo_digests_data).__name__}: {_repo_digests_data!r:.200}"
            )

        created = d.pop("Created")

        size = d.pop("Size")

        shared_size = d.pop("SharedSize")

        d.pop("Labels")

        containers = d.pop("Containers")

        d.pop("Manifests", None)

        d.pop("Descriptor", None)

        virtual_size = d.pop("VirtualSize", None)

        image_summary = _new(cls)
        image_summary._sent = src_dict
        image_summary.id = id
        image_summary.parent_id = parent_id
        image_summary.repo_tags = repo_tags
        image_summary.repo_digests = repo_digests
        image_summary.created = created
        image_summary.size = size
        image_summary.shared_size = shared_size
        image_summary.containers = containers
        image_summary.virtual_size = virtual_size
        image_summary.additional_properties = d
        return image_summary

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "manifests",
            "descriptor",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src["Labels"]
            labels: ImageSummaryLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = ImageSummaryLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected ImageSummaryLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "manifests":
            _manifests_data = src.get("Manifests")
            manifests: list[ImageManifestSummary] | None
            if _manifests_data is None:
                manifests = _manifests_data
            elif isinstance(_manifests_data, list):
                manifests_type_0 = []
                _manifests_type_0 = _manifests_data
                for manifests_type_0_item_data in _manifests_type_0:
                    manifests_type_0_item = ImageManifestSummary.from_dict(
                        manifests_type_0_item_data
                    )

                    manifests_type_0.append(manifests_type_0_item)

                manifests = manifests_type_0
            else:
                raise TypeError(
                    f"manifests: expected list[ImageManifestSummary] | None, got {type(_manifests_data).__name__}: {_manifests_data!r:.200}"
                )

            return manifests
        if deferred_name == "descriptor":
            _descriptor_data = src.get("Descriptor")
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
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Id": "id",
        "ParentId": "parent_id",
        "RepoTags": "repo_tags",
        "RepoDigests": "repo_digests",
        "Created": "created",
        "Size": "size",
        "SharedSize": "shared_size",
        "Labels": "labels",
        "Containers": "containers",
        "Manifests": "manifests",
        "Descriptor": "descriptor",
        "VirtualSize": "virtual_size",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Id", "ParentId"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["RepoTags", "RepoDigests"]) -> list[str]: ...
        @overload
        def __getitem__(
            self, key: Literal["Created", "Size", "SharedSize", "Containers"]
        ) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> ImageSummaryLabels: ...
        @overload
        def __getitem__(self, key: Literal["Manifests"]) -> list[ImageManifestSummary]: ...
        @overload
        def __getitem__(self, key: Literal["Descriptor"]) -> OCIDescriptor: ...
        @overload
        def __getitem__(self, key: Literal["VirtualSize"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Id", "ParentId"], default: None = None) -> str: ...
        @overload
        def get(
            self, key: Literal["RepoTags", "RepoDigests"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Created", "Size", "SharedSize", "Containers"], default: None = None
        ) -> int: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> ImageSummaryLabels | None: ...
        @overload
        def get(
            self, key: Literal["Manifests"], default: None = None
        ) -> list[ImageManifestSummary] | None: ...
        @overload
        def get(self, key: Literal["Descriptor"], default: None = None) -> OCIDescriptor | None: ...
        @overload
        def get(self, key: Literal["VirtualSize"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.image_manifest_summary import ImageManifestSummary
from ..models.image_summary_labels import ImageSummaryLabels
from ..models.oci_descriptor import OCIDescriptor
