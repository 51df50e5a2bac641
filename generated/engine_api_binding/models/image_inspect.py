from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ImageInspect")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageInspect(Model):
    """Information about an image in the local image cache."""

    __match_args__ = (
        "id",
        "descriptor",
        "manifests",
        "identity",
        "repo_tags",
        "repo_digests",
        "comment",
        "created",
        "author",
        "config",
        "architecture",
        "variant",
        "os",
        "os_version",
        "size",
        "graph_driver",
        "root_fs",
        "metadata",
        "parent",
        "docker_version",
        "container",
        "container_config",
        "virtual_size",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ ID is the content-addressable ID of an image.

    This identifier is a content-addressable digest calculated from the
    image's configuration (which includes the digests of layers used by
    the image).

    Note that this digest differs from the `RepoDigests` below, which
    holds digests of image manifests that reference the image.
     """
    descriptor: OCIDescriptor | None
    """ Descriptor is an OCI descriptor of the image target.
    In case of a multi-platform image, this descriptor points to the OCI index
    or a manifest list.

    This field is only present if the daemon provides a multi-platform image store.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    manifests: list[ImageManifestSummary] | None
    """ Manifests is a list of image manifests available in this image. It
    provides a more detailed view of the platform-specific image manifests or
    other image-attached data like build attestations.

    Only available if the daemon provides a multi-platform image store
    and the `manifests` option is set in the inspect request.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    identity: Identity | None
    """ Identity holds information about the identity and origin of the image.
    This is trusted information verified by the daemon and cannot be modified
    by tagging an image to a different name. """
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
    comment: str | None
    """ Optional message that was set when committing or importing the image.
     """
    created: datetime.datetime | None
    """ Date and time at which the image was created, formatted in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if present in the image,
    and omitted otherwise.
     """
    author: str | None
    """ Name of the author that was specified when committing the image, or as
    specified through MAINTAINER (deprecated) in the Dockerfile.
     """
    config: ImageConfig | None
    architecture: str | None
    """ Hardware CPU architecture that the image runs on.
     """
    variant: str | None
    """ CPU architecture variant (presently ARM-only).
     """
    os: str | None
    """ Operating System the image is built to run on.
     """
    os_version: str | None
    """ Operating System version the image is built to run on (especially
    for Windows).
     """
    size: int | None
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
    graph_driver: DriverData | None
    root_fs: ImageInspectRootFS | None
    """ Information about the image's RootFS, including the layer IDs.
     """
    metadata: ImageInspectMetadata | None
    """ Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.
     """
    parent: str | None
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
    docker_version: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    The version of Docker that was used to build the image.

    Depending on how the image was created, this field may be empty.

    > **Deprecated**: This field is only set when using the deprecated
    > legacy builder. It is included in API responses for informational
    > purposes, but should not be depended on as it will be omitted
    > once the legacy builder is removed.
     """
    container: str | None
    """ Sent and accepted by engines up to API 1.44; removed after it.

    The ID of the container that was used to create the image.

    Depending on how the image was created, this field may be empty.

    **Deprecated**: this field is kept for backward compatibility, but
    will be removed in API v1.45.
     """
    container_config: ContainerConfig | None
    """ Sent and accepted by engines up to API 1.44; removed after it.

    **Deprecated**: this field is kept for backward compatibility, but
    will be removed in API v1.45.
     """
    virtual_size: int | None
    """ Sent and accepted by engines up to API 1.43; removed after it.

    Total size of the image including all layers it is composed of.

    In versions of Docker before v1.10, this field was calculated from
    the image itself and all of its parent images. Images are now stored
    self-contained, and no longer use a parent-chain, making this field
    an equivalent of the Size field.

    > **Deprecated**: this field is kept for backward compatibility, but
    > will be removed in API v1.44.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        descriptor: OCIDescriptor | None = None,
        manifests: list[ImageManifestSummary] | None = None,
        identity: Identity | None = None,
        repo_tags: list[str] | None = None,
        repo_digests: list[str] | None = None,
        comment: str | None = None,
        created: datetime.datetime | None = None,
        author: str | None = None,
        config: ImageConfig | None = None,
        architecture: str | None = None,
        variant: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        size: int | None = None,
        graph_driver: DriverData | None = None,
        root_fs: ImageInspectRootFS | None = None,
        metadata: ImageInspectMetadata | None = None,
        parent: str | None = None,
        docker_version: str | None = None,
        container: str | None = None,
        container_config: ContainerConfig | None = None,
        virtual_size: int | None = None,
    ) -> None:
        self.id = id
        self.descriptor = descriptor
        self.manifests = manifests
        self.identity = identity
        self.repo_tags = repo_tags
        self.repo_digests = repo_digests
        self.comment = comment
        self.created = created
        self.author = author
        self.config = config
        self.architecture = architecture
        self.variant = variant
        self.os = os
        self.os_version = os_version
        self.size = size
        self.graph_driver = graph_driver
        self.root_fs = root_fs
        self.metadata = metadata
        self.parent = parent
        self.docker_version = docker_version
        self.container = container
        self.container_config = container_config
        self.virtual_size = virtual_size
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["Id"] = self.id
        elif "Id" in self._sent:
            field_dict["Id"] = None

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

        repo_tags = self.repo_tags
        if repo_tags is not None:
            repo_tags_json: list[str] | None
            if isinstance(repo_tags, list):
                repo_tags_json = repo_tags

            else:
                repo_tags_json = repo_tags
            field_dict["RepoTags"] = repo_tags_json
        elif "RepoTags" in self._sent:
            field_dict["RepoTags"] = None

        repo_digests = self.repo_digests
        if repo_digests is not None:
            repo_digests_json: list[str] | None
            if isinstance(repo_digests, list):
                repo_digests_json = repo_digests

            else:
                repo_digests_json = repo_digests
            field_dict["RepoDigests"] = repo_digests_json
        elif "RepoDigests" in self._sent:
            field_dict["RepoDigests"] = None

        comment = self.comment
        if comment is not None:
            comment_json: str | None
            comment_json = comment
            field_dict["Comment"] = comment_json
        elif "Comment" in self._sent:
            field_dict["Comment"] = None

        created = self.created
        if created is not None:
            created_json: str | None
            if isinstance(created, datetime.datetime):
                created_json = created.isoformat()
            else:
                created_json = created
            field_dict["Created"] = created_json
        elif "Created" in self._sent:
            field_dict["Created"] = None

        author = self.author
        if author is not None:
            author_json: str | None
            author_json = author
            field_dict["Author"] = author_json
        elif "Author" in self._sent:
            field_dict["Author"] = None

        config = self.config
        if config is not None:
            config_json: dict[str, Any] | None
            if isinstance(config, ImageConfig):
                config_json = config.to_dict()
            else:
                config_json = config
            field_dict["Config"] = config_json
        elif "Config" in self._sent:
            field_dict["Config"] = None

        if self.architecture is not None:
            field_dict["Architecture"] = self.architecture
        elif "Architecture" in self._sent:
            field_dict["Architecture"] = None

        variant = self.variant
        if variant is not None:
            variant_json: str | None
            variant_json = variant
            field_dict["Variant"] = variant_json
        elif "Variant" in self._sent:
            field_dict["Variant"] = None

        if self.os is not None:
            field_dict["Os"] = self.os
        elif "Os" in self._sent:
            field_dict["Os"] = None

        os_version = self.os_version
        if os_version is not None:
            os_version_json: str | None
            os_version_json = os_version
            field_dict["OsVersion"] = os_version_json
        elif "OsVersion" in self._sent:
            field_dict["OsVersion"] = None

        if self.size is not None:
            field_dict["Size"] = self.size
        elif "Size" in self._sent:
            field_dict["Size"] = None

        graph_driver = self.graph_driver
        if graph_driver is not None:
            graph_driver_json: dict[str, Any] | None
            if isinstance(graph_driver, DriverData):
                graph_driver_json = graph_driver.to_dict()
            else:
                graph_driver_json = graph_driver
            field_dict["GraphDriver"] = graph_driver_json
        elif "GraphDriver" in self._sent:
            field_dict["GraphDriver"] = None

        root_fs = self.root_fs
        if root_fs is not None:
            root_fs_json: dict[str, Any] | None
            if isinstance(root_fs, ImageInspectRootFS):
                root_fs_json = root_fs.to_dict()
            else:
                root_fs_json = root_fs
            field_dict["RootFS"] = root_fs_json
        elif "RootFS" in self._sent:
            field_dict["RootFS"] = None

        metadata = self.metadata
        if metadata is not None:
            metadata_json: dict[str, Any] | None
            if isinstance(metadata, ImageInspectMetadata):
                metadata_json = metadata.to_dict()
            else:
                metadata_json = metadata
            field_dict["Metadata"] = metadata_json
        elif "Metadata" in self._sent:
            field_dict["Metadata"] = None

        if self.parent is not None:
            field_dict["Parent"] = self.parent
        elif "Parent" in self._sent:
            field_dict["Parent"] = None

        if self.docker_version is not None:
            field_dict["DockerVersion"] = self.docker_version
        elif "DockerVersion" in self._sent:
            field_dict["DockerVersion"] = None

        if self.container is not None:
            field_dict["Container"] = self.container
        elif "Container" in self._sent:
            field_dict["Container"] = None

        container_config = self.container_config
        if container_config is not None:
            container_config_json: dict[str, Any] | None
            if isinstance(container_config, ContainerConfig):
                container_config_json = container_config.to_dict()
            else:
                container_config_json = container_config
            field_dict["ContainerConfig"] = container_config_json
        elif "ContainerConfig" in self._sent:
            field_dict["ContainerConfig"] = None

        if self.virtual_size is not None:
            field_dict["VirtualSize"] = self.virtual_size
        elif "VirtualSize" in self._sent:
            field_dict["VirtualSize"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("Id", None)

        d.pop("Descriptor", None)

        d.pop("Manifests", None)

        d.pop("Identity", None)

        _repo_tags_data = d.pop("RepoTags", None)
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

        _repo_digests_data = d.pop("RepoDigests", None)
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

        _comment_data = d.pop("Comment", None)
        comment: str | None
        if _comment_data is None or isinstance(_comment_data, str):
            comment = _comment_data
        else:
            raise TypeError(
                f"comment: expected None | str, got {type(_comment_data).__name__}: {_comment_data!r:.200}"
            )

        d.pop("Created", None)

        _author_data = d.pop("Author", None)
        author: str | None
        if _author_data is None or isinstance(_author_data, str):
            author = _author_data
        else:
            raise TypeError(
                f"author: expected None | str, got {type(_author_data).__name__}: {_author_data!r:.200}"
            )

        d.pop("Config", None)

        architecture = d.pop("Architecture", None)

        _variant_data = d.pop("Variant", None)
        variant: str | None
        if _variant_data is None or isinstance(_variant_data, str):
            variant = _variant_data
        else:
            raise TypeError(
                f"variant: expected None | str, got {type(_variant_data).__name__}: {_variant_data!r:.200}"
            )

        os = d.pop("Os", None)

        _os_version_data = d.pop("OsVersion", None)
        os_version: str | None
        if _os_version_data is None or isinstance(_os_version_data, str):
            os_version = _os_version_data
        else:
            raise TypeError(
                f"os_version: expected None | str, got {type(_os_version_data).__name__}: {_os_version_data!r:.200}"
            )

        size = d.pop("Size", None)

        d.pop("GraphDriver", None)

        d.pop("RootFS", None)

        d.pop("Metadata", None)

        parent = d.pop("Parent", None)

        docker_version = d.pop("DockerVersion", None)

        container = d.pop("Container", None)

        d.pop("ContainerConfig", None)

        virtual_size = d.pop("VirtualSize", None)

        image_inspect = _new(cls)
        image_inspect._sent = src_dict
        image_inspect.id = id
        image_inspect.repo_tags = repo_tags
        image_inspect.repo_digests = repo_digests
        image_inspect.comment = comment
        image_inspect.author = author
        image_inspect.architecture = architecture
        image_inspect.variant = variant
        image_inspect.os = os
        image_inspect.os_version = os_version
        image_inspect.size = size
        image_inspect.parent = parent
        image_inspect.docker_version = docker_version
        image_inspect.container = container
        image_inspect.virtual_size = virtual_size
        image_inspect.additional_properties = d
        return image_inspect

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "descriptor",
            "manifests",
            "identity",
            "created",
            "config",
            "graph_driver",
            "root_fs",
            "metadata",
            "container_config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
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
        if deferred_name == "created":
            _created_data = src.get("Created")
            created: datetime.datetime | None
            if _created_data is None:
                created = _created_data
            elif isinstance(_created_data, str):
                created_type_0 = datetime.datetime.fromisoformat(_created_data)

                created = created_type_0
            else:
                raise TypeError(
                    f"created: expected datetime.datetime | None, got {type(_created_data).__name__}: {_created_data!r:.200}"
                )

            return created
        if deferred_name == "config":
            _config_data = src.get("Config")
            config: ImageConfig | None
            if _config_data is None:
                config = _config_data
            elif isinstance(_config_data, dict):
                config_type_0 = ImageConfig.from_dict(_config_data)

                config = config_type_0
            else:
                raise TypeError(
                    f"config: expected ImageConfig | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
                )

            return config
        if deferred_name == "graph_driver":
            _graph_driver_data = src.get("GraphDriver")
            graph_driver: DriverData | None
            if _graph_driver_data is None:
                graph_driver = _graph_driver_data
            elif isinstance(_graph_driver_data, dict):
                graph_driver_type_0 = DriverData.from_dict(_graph_driver_data)

                graph_driver = graph_driver_type_0
            else:
                raise TypeError(
                    f"graph_driver: expected DriverData | None, got {type(_graph_driver_data).__name__}: {_graph_driver_data!r:.200}"
                )

            return graph_driver
        if deferred_name == "root_fs":
            _root_fs_data = src.get("RootFS")
            root_fs: ImageInspectRootFS | None
            if _root_fs_data is None:
                root_fs = _root_fs_data
            elif isinstance(_root_fs_data, dict):
                root_fs_type_0 = ImageInspectRootFS.from_dict(_root_fs_data)

                root_fs = root_fs_type_0
            else:
                raise TypeError(
                    f"root_fs: expected ImageInspectRootFS | None, got {type(_root_fs_data).__name__}: {_root_fs_data!r:.200}"
                )

            return root_fs
        if deferred_name == "metadata":
            _metadata_data = src.get("Metadata")
            metadata: ImageInspectMetadata | None
            if _metadata_data is None:
                metadata = _metadata_data
            elif isinstance(_metadata_data, dict):
                metadata_type_0 = ImageInspectMetadata.from_dict(_metadata_data)

                metadata = metadata_type_0
            else:
                raise TypeError(
                    f"metadata: expected ImageInspectMetadata | None, got {type(_metadata_data).__name__}: {_metadata_data!r:.200}"
                )

            return metadata
        if deferred_name == "container_config":
            _container_config_data = src.get("ContainerConfig")
            container_config: ContainerConfig | None
            if _container_config_data is None:
                container_config = _container_config_data
            elif isinstance(_container_config_data, dict):
                container_config_type_0 = ContainerConfig.from_dict(_container_config_data)

                container_config = container_config_type_0
            else:
                raise TypeError(
                    f"container_config: expected ContainerConfig | None, got {type(_container_config_data).__name__}: {_container_config_data!r:.200}"
                )

            return container_config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Id": "id",
        "Descriptor": "descriptor",
        "Manifests": "manifests",
        "Identity": "identity",
        "RepoTags": "repo_tags",
        "RepoDigests": "repo_digests",
        "Comment": "comment",
        "Created": "created",
        "Author": "author",
        "Config": "config",
        "Architecture": "architecture",
        "Variant": "variant",
        "Os": "os",
        "OsVersion": "os_version",
        "Size": "size",
        "GraphDriver": "graph_driver",
        "RootFS": "root_fs",
        "Metadata": "metadata",
        "Parent": "parent",
        "DockerVersion": "docker_version",
        "Container": "container",
        "ContainerConfig": "container_config",
        "VirtualSize": "virtual_size",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "Id",
                "Comment",
                "Author",
                "Architecture",
                "Variant",
                "Os",
                "OsVersion",
                "Parent",
                "DockerVersion",
                "Container",
            ],
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Descriptor"]) -> OCIDescriptor: ...
        @overload
        def __getitem__(self, key: Literal["Manifests"]) -> list[ImageManifestSummary]: ...
        @overload
        def __getitem__(self, key: Literal["Identity"]) -> Identity: ...
        @overload
        def __getitem__(self, key: Literal["RepoTags", "RepoDigests"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Created"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Config"]) -> ImageConfig: ...
        @overload
        def __getitem__(self, key: Literal["Size", "VirtualSize"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["GraphDriver"]) -> DriverData: ...
        @overload
        def __getitem__(self, key: Literal["RootFS"]) -> ImageInspectRootFS: ...
        @overload
        def __getitem__(self, key: Literal["Metadata"]) -> ImageInspectMetadata: ...
        @overload
        def __getitem__(self, key: Literal["ContainerConfig"]) -> ContainerConfig: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "Id",
                "Comment",
                "Author",
                "Architecture",
                "Variant",
                "Os",
                "OsVersion",
                "Parent",
                "DockerVersion",
                "Container",
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Descriptor"], default: None = None) -> OCIDescriptor | None: ...
        @overload
        def get(
            self, key: Literal["Manifests"], default: None = None
        ) -> list[ImageManifestSummary] | None: ...
        @overload
        def get(self, key: Literal["Identity"], default: None = None) -> Identity | None: ...
        @overload
        def get(
            self, key: Literal["RepoTags", "RepoDigests"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Created"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["Config"], default: None = None) -> ImageConfig | None: ...
        @overload
        def get(self, key: Literal["Size", "VirtualSize"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["GraphDriver"], default: None = None) -> DriverData | None: ...
        @overload
        def get(
            self, key: Literal["RootFS"], default: None = None
        ) -> ImageInspectRootFS | None: ...
        @overload
        def get(
            self, key: Literal["Metadata"], default: None = None
        ) -> ImageInspectMetadata | None: ...
        @overload
        def get(
            self, key: Literal["ContainerConfig"], default: None = None
        ) -> ContainerConfig | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_config import ContainerConfig
from ..models.driver_data import DriverData
from ..models.identity import Identity
from ..models.image_config import ImageConfig
from ..models.image_inspect_metadata import ImageInspectMetadata
from ..models.image_inspect_root_fs import ImageInspectRootFS
from ..models.image_manifest_summary import ImageManifestSummary
from ..models.oci_descriptor import OCIDescriptor
