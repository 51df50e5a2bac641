from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageInspect")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ImageInspect:
    """Information about an image in the local image cache."""

    id: str | Unset = UNSET
    """ ID is the content-addressable ID of an image.

    This identifier is a content-addressable digest calculated from the
    image's configuration (which includes the digests of layers used by
    the image).

    Note that this digest differs from the `RepoDigests` below, which
    holds digests of image manifests that reference the image.
     """
    descriptor: OCIDescriptor | Unset | None = UNSET
    """ Descriptor is an OCI descriptor of the image target.
    In case of a multi-platform image, this descriptor points to the OCI index
    or a manifest list.

    This field is only present if the daemon provides a multi-platform image store.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    manifests: list[ImageManifestSummary] | Unset | None = UNSET
    """ Manifests is a list of image manifests available in this image. It
    provides a more detailed view of the platform-specific image manifests or
    other image-attached data like build attestations.

    Only available if the daemon provides a multi-platform image store
    and the `manifests` option is set in the inspect request.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    identity: Identity | Unset | None = UNSET
    """ Identity holds information about the identity and origin of the image.
    This is trusted information verified by the daemon and cannot be modified
    by tagging an image to a different name. """
    repo_tags: list[str] | Unset | None = UNSET
    """ List of image names/tags in the local image cache that reference this
    image.

    Multiple image tags can refer to the same image, and this list may be
    empty if no tags reference the image, in which case the image is
    "untagged", in which case it can still be referenced by its ID.
     """
    repo_digests: list[str] | Unset | None = UNSET
    """ List of content-addressable digests of locally available image manifests
    that the image is referenced from. Multiple manifests can refer to the
    same image.

    These digests are usually only available if the image was either pulled
    from a registry, or if the image was pushed to a registry, which is when
    the manifest is generated and its digest calculated.
     """
    comment: str | Unset | None = UNSET
    """ Optional message that was set when committing or importing the image.
     """
    created: datetime.datetime | Unset | None = UNSET
    """ Date and time at which the image was created, formatted in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if present in the image,
    and omitted otherwise.
     """
    author: str | Unset | None = UNSET
    """ Name of the author that was specified when committing the image, or as
    specified through MAINTAINER (deprecated) in the Dockerfile.
     """
    config: ImageConfig | Unset | None = UNSET
    architecture: str | Unset = UNSET
    """ Hardware CPU architecture that the image runs on.
     """
    variant: str | Unset | None = UNSET
    """ CPU architecture variant (presently ARM-only).
     """
    os: str | Unset = UNSET
    """ Operating System the image is built to run on.
     """
    os_version: str | Unset | None = UNSET
    """ Operating System version the image is built to run on (especially
    for Windows).
     """
    size: int | Unset = UNSET
    """ Total size of the image variant, including all layers it is composed of.

    For multi-platform images, this is the size of the platform variant
    selected by the `platform` query parameter. If no platform is specified,
    the daemon selects a platform as described in the `platform` parameter.

    When using the containerd image store, this includes both the image content
    that's present locally and the unpacked snapshot data for the selected
    variant.

    Image data may be shared between images, so this size does not indicate
    how much space would be reclaimed by deleting the image.
     """
    graph_driver: DriverData | Unset | None = UNSET
    root_fs: ImageInspectRootFS | Unset | None = UNSET
    """ Information about the image's RootFS, including the layer IDs.
     """
    metadata: ImageInspectMetadata | Unset | None = UNSET
    """ Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.
     """
    parent: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    ID of the parent image.

    Depending on how the image was created, this field may be empty and
    is only set for images that were built/created locally. This field
    is empty if the image was pulled from an image registry.

    > **Deprecated**: This field is only set when using the deprecated
    > legacy builder. It is included in API responses for informational
    > purposes, but should not be depended on as it will be omitted
    > once the legacy builder is removed.
     """
    docker_version: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    The version of Docker that was used to build the image.

    Depending on how the image was created, this field may be empty.

    > **Deprecated**: This field is only set when using the deprecated
    > legacy builder. It is included in API responses for informational
    > purposes, but should not be depended on as it will be omitted
    > once the legacy builder is removed.
     """
    container: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.44; removed after it.

    The ID of the container that was used to create the image.

    Depending on how the image was created, this field may be empty.

    **Deprecated**: this field is kept for backward compatibility, but
    will be removed in API v1.45.
     """
    container_config: ContainerConfig | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.44; removed after it.

    **Deprecated**: this field is kept for backward compatibility, but
    will be removed in API v1.45.
     """
    virtual_size: int | Unset = UNSET
    """ Sent and accepted by engines up to API 1.43; removed after it.

    Total size of the image including all layers it is composed of.

    In versions of Docker before v1.10, this field was calculated from
    the image itself and all of its parent images. Images are now stored
    self-contained, and no longer use a parent-chain, making this field
    an equivalent of the Size field.

    > **Deprecated**: this field is kept for backward compatibility, but
    > will be removed in API v1.44.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        descriptor: dict[str, Any] | Unset | None
        if isinstance(self.descriptor, Unset):
            descriptor = UNSET
        elif isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor

        manifests: list[dict[str, Any]] | Unset | None
        if isinstance(self.manifests, Unset):
            manifests = UNSET
        elif isinstance(self.manifests, list):
            manifests = []
            for manifests_type_0_item_data in self.manifests:
                manifests_type_0_item = manifests_type_0_item_data.to_dict()
                manifests.append(manifests_type_0_item)

        else:
            manifests = self.manifests

        identity: dict[str, Any] | Unset | None
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, Identity):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        repo_tags: list[str] | Unset | None
        if isinstance(self.repo_tags, Unset):
            repo_tags = UNSET
        elif isinstance(self.repo_tags, list):
            repo_tags = self.repo_tags

        else:
            repo_tags = self.repo_tags

        repo_digests: list[str] | Unset | None
        if isinstance(self.repo_digests, Unset):
            repo_digests = UNSET
        elif isinstance(self.repo_digests, list):
            repo_digests = self.repo_digests

        else:
            repo_digests = self.repo_digests

        comment: str | Unset | None
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        created: str | Unset | None
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        author: str | Unset | None
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        config: dict[str, Any] | Unset | None
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ImageConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        architecture = self.architecture

        variant: str | Unset | None
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        os = self.os

        os_version: str | Unset | None
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        size = self.size

        graph_driver: dict[str, Any] | Unset | None
        if isinstance(self.graph_driver, Unset):
            graph_driver = UNSET
        elif isinstance(self.graph_driver, DriverData):
            graph_driver = self.graph_driver.to_dict()
        else:
            graph_driver = self.graph_driver

        root_fs: dict[str, Any] | Unset | None
        if isinstance(self.root_fs, Unset):
            root_fs = UNSET
        elif isinstance(self.root_fs, ImageInspectRootFS):
            root_fs = self.root_fs.to_dict()
        else:
            root_fs = self.root_fs

        metadata: dict[str, Any] | Unset | None
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ImageInspectMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parent = self.parent

        docker_version = self.docker_version

        container = self.container

        container_config: dict[str, Any] | Unset | None
        if isinstance(self.container_config, Unset):
            container_config = UNSET
        elif isinstance(self.container_config, ContainerConfig):
            container_config = self.container_config.to_dict()
        else:
            container_config = self.container_config

        virtual_size = self.virtual_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if descriptor is not UNSET:
            field_dict["Descriptor"] = descriptor
        if manifests is not UNSET:
            field_dict["Manifests"] = manifests
        if identity is not UNSET:
            field_dict["Identity"] = identity
        if repo_tags is not UNSET:
            field_dict["RepoTags"] = repo_tags
        if repo_digests is not UNSET:
            field_dict["RepoDigests"] = repo_digests
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if created is not UNSET:
            field_dict["Created"] = created
        if author is not UNSET:
            field_dict["Author"] = author
        if config is not UNSET:
            field_dict["Config"] = config
        if architecture is not UNSET:
            field_dict["Architecture"] = architecture
        if variant is not UNSET:
            field_dict["Variant"] = variant
        if os is not UNSET:
            field_dict["Os"] = os
        if os_version is not UNSET:
            field_dict["OsVersion"] = os_version
        if size is not UNSET:
            field_dict["Size"] = size
        if graph_driver is not UNSET:
            field_dict["GraphDriver"] = graph_driver
        if root_fs is not UNSET:
            field_dict["RootFS"] = root_fs
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata
        if parent is not UNSET:
            field_dict["Parent"] = parent
        if docker_version is not UNSET:
            field_dict["DockerVersion"] = docker_version
        if container is not UNSET:
            field_dict["Container"] = container
        if container_config is not UNSET:
            field_dict["ContainerConfig"] = container_config
        if virtual_size is not UNSET:
            field_dict["VirtualSize"] = virtual_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        _descriptor_data = d.pop("Descriptor", UNSET)
        descriptor: OCIDescriptor | Unset | None
        if _descriptor_data is None or _descriptor_data is UNSET:
            descriptor = _descriptor_data
        elif isinstance(_descriptor_data, dict):
            descriptor_type_0 = OCIDescriptor.from_dict(_descriptor_data)

            descriptor = descriptor_type_0
        else:
            raise TypeError(
                f"descriptor: expected None | OCIDescriptor, got {type(_descriptor_data).__name__}: {_descriptor_data!r:.200}"
            )

        _manifests_data = d.pop("Manifests", UNSET)
        manifests: list[ImageManifestSummary] | Unset | None
        if _manifests_data is None or _manifests_data is UNSET:
            manifests = _manifests_data
        elif isinstance(_manifests_data, list):
            manifests_type_0 = []
            _manifests_type_0 = _manifests_data
            for manifests_type_0_item_data in _manifests_type_0:
                manifests_type_0_item = ImageManifestSummary.from_dict(manifests_type_0_item_data)

                manifests_type_0.append(manifests_type_0_item)

            manifests = manifests_type_0
        else:
            raise TypeError(
                f"manifests: expected list[ImageManifestSummary] | None, got {type(_manifests_data).__name__}: {_manifests_data!r:.200}"
            )

        _identity_data = d.pop("Identity", UNSET)
        identity: Identity | Unset | None
        if _identity_data is None or _identity_data is UNSET:
            identity = _identity_data
        elif isinstance(_identity_data, dict):
            identity_type_0 = Identity.from_dict(_identity_data)

            identity = identity_type_0
        else:
            raise TypeError(
                f"identity: expected Identity | None, got {type(_identity_data).__name__}: {_identity_data!r:.200}"
            )

        _repo_tags_data = d.pop("RepoTags", UNSET)
        repo_tags: list[str] | Unset | None
        if _repo_tags_data is None or _repo_tags_data is UNSET:
            repo_tags = _repo_tags_data
        elif isinstance(_repo_tags_data, list):
            repo_tags_type_0 = _repo_tags_data

            repo_tags = repo_tags_type_0
        else:
            raise TypeError(
                f"repo_tags: expected list[str] | None, got {type(_repo_tags_data).__name__}: {_repo_tags_data!r:.200}"
            )

        _repo_digests_data = d.pop("RepoDigests", UNSET)
        repo_digests: list[str] | Unset | None
        if _repo_digests_data is None or _repo_digests_data is UNSET:
            repo_digests = _repo_digests_data
        elif isinstance(_repo_digests_data, list):
            repo_digests_type_0 = _repo_digests_data

            repo_digests = repo_digests_type_0
        else:
            raise TypeError(
                f"repo_digests: expected list[str] | None, got {type(_repo_digests_data).__name__}: {_repo_digests_data!r:.200}"
            )

        _comment_data = d.pop("Comment", UNSET)
        comment: str | Unset | None
        if _comment_data is None or _comment_data is UNSET or isinstance(_comment_data, str):
            comment = _comment_data
        else:
            raise TypeError(
                f"comment: expected None | str, got {type(_comment_data).__name__}: {_comment_data!r:.200}"
            )

        _created_data = d.pop("Created", UNSET)
        created: datetime.datetime | Unset | None
        if _created_data is None or _created_data is UNSET:
            created = _created_data
        elif isinstance(_created_data, str):
            created_type_0 = datetime.datetime.fromisoformat(_created_data)

            created = created_type_0
        else:
            raise TypeError(
                f"created: expected datetime.datetime | None, got {type(_created_data).__name__}: {_created_data!r:.200}"
            )

        _author_data = d.pop("Author", UNSET)
        author: str | Unset | None
        if _author_data is None or _author_data is UNSET or isinstance(_author_data, str):
            author = _author_data
        else:
            raise TypeError(
                f"author: expected None | str, got {type(_author_data).__name__}: {_author_data!r:.200}"
            )

        _config_data = d.pop("Config", UNSET)
        config: ImageConfig | Unset | None
        if _config_data is None or _config_data is UNSET:
            config = _config_data
        elif isinstance(_config_data, dict):
            config_type_0 = ImageConfig.from_dict(_config_data)

            config = config_type_0
        else:
            raise TypeError(
                f"config: expected ImageConfig | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
            )

        architecture = d.pop("Architecture", UNSET)

        _variant_data = d.pop("Variant", UNSET)
        variant: str | Unset | None
        if _variant_data is None or _variant_data is UNSET or isinstance(_variant_data, str):
            variant = _variant_data
        else:
            raise TypeError(
                f"variant: expected None | str, got {type(_variant_data).__name__}: {_variant_data!r:.200}"
            )

        os = d.pop("Os", UNSET)

        _os_version_data = d.pop("OsVersion", UNSET)
        os_version: str | Unset | None
        if (
            _os_version_data is None
            or _os_version_data is UNSET
            or isinstance(_os_version_data, str)
        ):
            os_version = _os_version_data
        else:
            raise TypeError(
                f"os_version: expected None | str, got {type(_os_version_data).__name__}: {_os_version_data!r:.200}"
            )

        size = d.pop("Size", UNSET)

        _graph_driver_data = d.pop("GraphDriver", UNSET)
        graph_driver: DriverData | Unset | None
        if _graph_driver_data is None or _graph_driver_data is UNSET:
            graph_driver = _graph_driver_data
        elif isinstance(_graph_driver_data, dict):
            graph_driver_type_0 = DriverData.from_dict(_graph_driver_data)

            graph_driver = graph_driver_type_0
        else:
            raise TypeError(
                f"graph_driver: expected DriverData | None, got {type(_graph_driver_data).__name__}: {_graph_driver_data!r:.200}"
            )

        _root_fs_data = d.pop("RootFS", UNSET)
        root_fs: ImageInspectRootFS | Unset | None
        if _root_fs_data is None or _root_fs_data is UNSET:
            root_fs = _root_fs_data
        elif isinstance(_root_fs_data, dict):
            root_fs_type_0 = ImageInspectRootFS.from_dict(_root_fs_data)

            root_fs = root_fs_type_0
        else:
            raise TypeError(
                f"root_fs: expected ImageInspectRootFS | None, got {type(_root_fs_data).__name__}: {_root_fs_data!r:.200}"
            )

        _metadata_data = d.pop("Metadata", UNSET)
        metadata: ImageInspectMetadata | Unset | None
        if _metadata_data is None or _metadata_data is UNSET:
            metadata = _metadata_data
        elif isinstance(_metadata_data, dict):
            metadata_type_0 = ImageInspectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0
        else:
            raise TypeError(
                f"metadata: expected ImageInspectMetadata | None, got {type(_metadata_data).__name__}: {_metadata_data!r:.200}"
            )

        parent = d.pop("Parent", UNSET)

        docker_version = d.pop("DockerVersion", UNSET)

        container = d.pop("Container", UNSET)

        _container_config_data = d.pop("ContainerConfig", UNSET)
        container_config: ContainerConfig | Unset | None
        if _container_config_data is None or _container_config_data is UNSET:
            container_config = _container_config_data
        elif isinstance(_container_config_data, dict):
            container_config_type_0 = ContainerConfig.from_dict(_container_config_data)

            container_config = container_config_type_0
        else:
            raise TypeError(
                f"container_config: expected ContainerConfig | None, got {type(_container_config_data).__name__}: {_container_config_data!r:.200}"
            )

        virtual_size = d.pop("VirtualSize", UNSET)

        image_inspect = _new(cls)
        image_inspect.id = id
        image_inspect.descriptor = descriptor
        image_inspect.manifests = manifests
        image_inspect.identity = identity
        image_inspect.repo_tags = repo_tags
        image_inspect.repo_digests = repo_digests
        image_inspect.comment = comment
        image_inspect.created = created
        image_inspect.author = author
        image_inspect.config = config
        image_inspect.architecture = architecture
        image_inspect.variant = variant
        image_inspect.os = os
        image_inspect.os_version = os_version
        image_inspect.size = size
        image_inspect.graph_driver = graph_driver
        image_inspect.root_fs = root_fs
        image_inspect.metadata = metadata
        image_inspect.parent = parent
        image_inspect.docker_version = docker_version
        image_inspect.container = container
        image_inspect.container_config = container_config
        image_inspect.virtual_size = virtual_size
        image_inspect.additional_properties = d
        return image_inspect

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


from ..models.container_config import ContainerConfig
from ..models.driver_data import DriverData
from ..models.identity import Identity
from ..models.image_config import ImageConfig
from ..models.image_inspect_metadata import ImageInspectMetadata
from ..models.image_inspect_root_fs import ImageInspectRootFS
from ..models.image_manifest_summary import ImageManifestSummary
from ..models.oci_descriptor import OCIDescriptor
