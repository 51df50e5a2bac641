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
from ..models.container_summary_state import ContainerSummaryState, check_container_summary_state

T = TypeVar("T", bound="ContainerSummary")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerSummary(Model):
    __match_args__ = (
        "id",
        "names",
        "image",
        "image_id",
        "image_manifest_descriptor",
        "command",
        "created",
        "ports",
        "size_rw",
        "size_root_fs",
        "labels",
        "state",
        "status",
        "host_config",
        "network_settings",
        "mounts",
        "health",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ The ID of this container as a 128-bit (64-character) hexadecimal string (32 bytes). """
    names: list[str] | None
    """ The names associated with this container. Most containers have a single
    name, but when using legacy "links", the container can have multiple
    names.

    For historic reasons, names are prefixed with a forward-slash (`/`). """
    image: str | None
    """ The name or ID of the image used to create the container.

    This field shows the image reference as was specified when creating the container,
    which can be in its canonical form (e.g., `docker.io/library/ubuntu:latest`
    or `docker.io/library/ubuntu@sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782`),
    short form (e.g., `ubuntu:latest`)), or the ID(-prefix) of the image (e.g., `72297848456d`).

    The content of this field can be updated at runtime if the image used to
    create the container is untagged, in which case the field is updated to
    contain the the image ID (digest) it was resolved to in its canonical,
    non-truncated form (e.g., `sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782`). """
    image_id: str | None
    """ The ID (digest) of the image that this container was created from. """
    image_manifest_descriptor: OCIDescriptor | None
    """ OCI descriptor of the platform-specific manifest of the image
    the container was created from.

    Note: Only available if the daemon provides a multi-platform
    image store.

    This field is not populated in the `GET /system/df` endpoint.
     """
    command: str | None
    """ Command to run when starting the container """
    created: int | None
    """ Date and time at which the container was created as a Unix timestamp
    (number of seconds since EPOCH). """
    ports: list[PortSummary] | None
    """ Port-mappings for the container. """
    size_rw: int | None
    """ The size of files that have been created or changed by this container.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    size_root_fs: int | None
    """ The total size of all files in the read-only layers from the image
    that the container uses. These layers can be shared between containers.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    labels: ContainerSummaryLabels | None
    """ User-defined key/value metadata. """
    state: ContainerSummaryState | None
    """ The state of this container.
     """
    status: str | None
    """ Additional human-readable status of this container (e.g. `Exit 0`) """
    host_config: ContainerSummaryHostConfig | None
    """ Summary of host-specific runtime information of the container. This
    is a reduced set of information in the container's "HostConfig" as
    available in the container "inspect" response. """
    network_settings: ContainerSummaryNetworkSettings | None
    """ Summary of the container's network settings """
    mounts: list[MountPoint] | None
    """ List of mounts used by the container. """
    health: ContainerSummaryHealth | None
    """ Summary of health status

    Added in v1.52, before that version all container summary not include Health.
    After this attribute introduced, it includes containers with no health checks configured,
    or containers that are not running with none """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        names: list[str] | None = None,
        image: str | None = None,
        image_id: str | None = None,
        image_manifest_descriptor: OCIDescriptor | None = None,
        command: str | None = None,
        created: int | None = None,
        ports: list[PortSummary] | None = None,
        size_rw: int | None = None,
        size_root_fs: int | None = None,
        labels: ContainerSummaryLabels | None = None,
        state: ContainerSummaryState | None = None,
        status: str | None = None,
        host_config: ContainerSummaryHostConfig | None = None,
        network_settings: ContainerSummaryNetworkSettings | None = None,
        mounts: list[MountPoint] | None = None,
        health: ContainerSummaryHealth | None = None,
    ) -> None:
        self.id = id
        self.names = names
        self.image = image
        self.image_id = image_id
        self.image_manifest_descriptor = image_manifest_descriptor
        self.command = command
        self.created = created
        self.ports = ports
        self.size_rw = size_rw
        self.size_root_fs = size_root_fs
        self.labels = labels
        self.state = state
        self.status = status
        self.host_config = host_config
        self.network_settings = network_settings
        self.mounts = mounts
        self.health = health
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["Id"] = self.id
        elif "Id" in self._sent:
            field_dict["Id"] = None

        names = self.names
        if names is not None:
            names_json: list[str] | None
            if isinstance(names, list):
                names_json = names

            else:
                names_json = names
            field_dict["Names"] = names_json
        elif "Names" in self._sent:
            field_dict["Names"] = None

        if self.image is not None:
            field_dict["Image"] = self.image
        elif "Image" in self._sent:
            field_dict["Image"] = None

        if self.image_id is not None:
            field_dict["ImageID"] = self.image_id
        elif "ImageID" in self._sent:
            field_dict["ImageID"] = None

        image_manifest_descriptor = self.image_manifest_descriptor
        if image_manifest_descriptor is not None:
            image_manifest_descriptor_json: dict[str, Any] | None
            if isinstance(image_manifest_descriptor, OCIDescriptor):
                image_manifest_descriptor_json = image_manifest_descriptor.to_dict()
            else:
                image_manifest_descriptor_json = image_manifest_descriptor
            field_dict["ImageManifestDescriptor"] = image_manifest_descriptor_json
        elif "ImageManifestDescriptor" in self._sent:
            field_dict["ImageManifestDescriptor"] = None

        if self.command is not None:
            field_dict["Command"] = self.command
        elif "Command" in self._sent:
            field_dict["Command"] = None

        if self.created is not None:
            field_dict["Created"] = self.created
        elif "Created" in self._sent:
            field_dict["Created"] = None

        ports = self.ports
        if ports is not None:
            ports_json: list[dict[str, Any]] | None
            if isinstance(ports, list):
                ports_json = []
                for ports_type_0_item_data in ports:
                    ports_type_0_item = ports_type_0_item_data.to_dict()
                    ports_json.append(ports_type_0_item)

            else:
                ports_json = ports
            field_dict["Ports"] = ports_json
        elif "Ports" in self._sent:
            field_dict["Ports"] = None

        size_rw = self.size_rw
        if size_rw is not None:
            size_rw_json: int | None
            size_rw_json = size_rw
            field_dict["SizeRw"] = size_rw_json
        elif "SizeRw" in self._sent:
            field_dict["SizeRw"] = None

        size_root_fs = self.size_root_fs
        if size_root_fs is not None:
            size_root_fs_json: int | None
            size_root_fs_json = size_root_fs
            field_dict["SizeRootFs"] = size_root_fs_json
        elif "SizeRootFs" in self._sent:
            field_dict["SizeRootFs"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, ContainerSummaryLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        state = self.state
        if state is not None:
            state_json: str = state
            field_dict["State"] = state_json
        elif "State" in self._sent:
            field_dict["State"] = None

        if self.status is not None:
            field_dict["Status"] = self.status
        elif "Status" in self._sent:
            field_dict["Status"] = None

        host_config = self.host_config
        if host_config is not None:
            host_config_json: dict[str, Any] | None
            if isinstance(host_config, ContainerSummaryHostConfig):
                host_config_json = host_config.to_dict()
            else:
                host_config_json = host_config
            field_dict["HostConfig"] = host_config_json
        elif "HostConfig" in self._sent:
            field_dict["HostConfig"] = None

        network_settings = self.network_settings
        if network_settings is not None:
            network_settings_json: dict[str, Any] | None
            if isinstance(network_settings, ContainerSummaryNetworkSettings):
                network_settings_json = network_settings.to_dict()
            else:
                network_settings_json = network_settings
            field_dict["NetworkSettings"] = network_settings_json
        elif "NetworkSettings" in self._sent:
            field_dict["NetworkSettings"] = None

        mounts = self.mounts
        if mounts is not None:
            mounts_json: list[dict[str, Any]] | None
            if isinstance(mounts, list):
                mounts_json = []
                for mounts_type_0_item_data in mounts:
                    mounts_type_0_item = mounts_type_0_item_data.to_dict()
                    mounts_json.append(mounts_type_0_item)

            else:
                mounts_json = mounts
            field_dict["Mounts"] = mounts_json
        elif "Mounts" in self._sent:
            field_dict["Mounts"] = None

        health = self.health
        if health is not None:
            health_json: dict[str, Any] | None
            if isinstance(health, ContainerSummaryHealth):
                health_json = health.to_dict()
            else:
                health_json = health
            field_dict["Health"] = health_json
        elif "Health" in self._sent:
            field_dict["Health"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("Id", None)

        _names_data = d.pop("Names", None)
        names: list[str] | None
        if _names_data is None:
            names = _names_data
        elif isinstance(_names_data, list):
            names_type_0 = _names_data

            names = names_type_0
        else:
            raise TypeError(
                f"names: expected list[str] | None, got {type(_names_data).__name__}: {_names_data!r:.200}"
            )

        image = d.pop("Image", None)

        image_id = d.pop("ImageID", None)

        d.pop("ImageManifestDescriptor", None)

        command = d.pop("Command", None)

        created = d.pop("Created", None)

        d.pop("Ports", None)

        _size_rw_data = d.pop("SizeRw", None)
        size_rw: int | None
        if _size_rw_data is None or isinstance(_size_rw_data, int):
            size_rw = _size_rw_data
        else:
            raise TypeError(
                f"size_rw: expected int | None, got {type(_size_rw_data).__name__}: {_size_rw_data!r:.200}"
            )

        _size_root_fs_data = d.pop("SizeRootFs", None)
        size_root_fs: int | None
        if _size_root_fs_data is None or isinstance(_size_root_fs_data, int):
            size_root_fs = _size_root_fs_data
        else:
            raise TypeError(
                f"size_root_fs: expected int | None, got {type(_size_root_fs_data).__name__}: {_size_root_fs_data!r:.200}"
            )

        d.pop("Labels", None)

        _state_src = d.pop("State", None)
        state: ContainerSummaryState | None
        if _state_src is None:
            state = None
        else:
            state_value = check_container_summary_state(_state_src)

            state = state_value

        status = d.pop("Status", None)

        d.pop("HostConfig", None)

        d.pop("NetworkSettings", None)

        d.pop("Mounts", None)

        d.pop("Health", None)

        container_summary = _new(cls)
        container_summary._sent = src_dict
        container_summary.id = id
        container_summary.names = names
        container_summary.image = image
        container_summary.image_id = image_id
        container_summary.command = command
        container_summary.created = created
        container_summary.size_rw = size_rw
        container_summary.size_root_fs = size_root_fs
        container_summary.state = state
        container_summary.status = status
        container_summary.additional_properties = d
        return container_summary

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "image_manifest_descriptor",
            "ports",
            "labels",
            "host_config",
            "network_settings",
            "mounts",
            "health",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "image_manifest_descriptor":
            _image_manifest_descriptor_data = src.get("ImageManifestDescriptor")
            image_manifest_descriptor: OCIDescriptor | None
            if _image_manifest_descriptor_data is None:
                image_manifest_descriptor = _image_manifest_descriptor_data
            elif isinstance(_image_manifest_descriptor_data, dict):
                image_manifest_descriptor_type_0 = OCIDescriptor.from_dict(
                    _image_manifest_descriptor_data
                )

                image_manifest_descriptor = image_manifest_descriptor_type_0
            else:
                raise TypeError(
                    f"image_manifest_descriptor: expected None | OCIDescriptor, got {type(_image_manifest_descriptor_data).__name__}: {_image_manifest_descriptor_data!r:.200}"
                )

            return image_manifest_descriptor
        if deferred_name == "ports":
            _ports_data = src.get("Ports")
            ports: list[PortSummary] | None
            if _ports_data is None:
                ports = _ports_data
            elif isinstance(_ports_data, list):
                ports_type_0 = []
                _ports_type_0 = _ports_data
                for ports_type_0_item_data in _ports_type_0:
                    ports_type_0_item = PortSummary.from_dict(ports_type_0_item_data)

                    ports_type_0.append(ports_type_0_item)

                ports = ports_type_0
            else:
                raise TypeError(
                    f"ports: expected list[PortSummary] | None, got {type(_ports_data).__name__}: {_ports_data!r:.200}"
                )

            return ports
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: ContainerSummaryLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = ContainerSummaryLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected ContainerSummaryLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "host_config":
            _host_config_data = src.get("HostConfig")
            host_config: ContainerSummaryHostConfig | None
            if _host_config_data is None:
                host_config = _host_config_data
            elif isinstance(_host_config_data, dict):
                host_config_type_0 = ContainerSummaryHostConfig.from_dict(_host_config_data)

                host_config = host_config_type_0
            else:
                raise TypeError(
                    f"host_config: expected ContainerSummaryHostConfig | None, got {type(_host_config_data).__name__}: {_host_config_data!r:.200}"
                )

            return host_config
        if deferred_name == "network_settings":
            _network_settings_data = src.get("NetworkSettings")
            network_settings: ContainerSummaryNetworkSettings | None
            if _network_settings_data is None:
                network_settings = _network_settings_data
            elif isinstance(_network_settings_data, dict):
                network_settings_type_0 = ContainerSummaryNetworkSettings.from_dict(
                    _network_settings_data
                )

                network_settings = network_settings_type_0
            else:
                raise TypeError(
                    f"network_settings: expected ContainerSummaryNetworkSettings | None, got {type(_network_settings_data).__name__}: {_network_settings_data!r:.200}"
                )

            return network_settings
        if deferred_name == "mounts":
            _mounts_data = src.get("Mounts")
            mounts: list[MountPoint] | None
            if _mounts_data is None:
                mounts = _mounts_data
            elif isinstance(_mounts_data, list):
                mounts_type_0 = []
                _mounts_type_0 = _mounts_data
                for mounts_type_0_item_data in _mounts_type_0:
                    mounts_type_0_item = MountPoint.from_dict(mounts_type_0_item_data)

                    mounts_type_0.append(mounts_type_0_item)

                mounts = mounts_type_0
            else:
                raise TypeError(
                    f"mounts: expected list[MountPoint] | None, got {type(_mounts_data).__name__}: {_mounts_data!r:.200}"
                )

            return mounts
        if deferred_name == "health":
            _health_data = src.get("Health")
            health: ContainerSummaryHealth | None
            if _health_data is None:
                health = _health_data
            elif isinstance(_health_data, dict):
                health_type_0 = ContainerSummaryHealth.from_dict(_health_data)

                health = health_type_0
            else:
                raise TypeError(
                    f"health: expected ContainerSummaryHealth | None, got {type(_health_data).__name__}: {_health_data!r:.200}"
                )

            return health
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Id": "id",
        "Names": "names",
        "Image": "image",
        "ImageID": "image_id",
        "ImageManifestDescriptor": "image_manifest_descriptor",
        "Command": "command",
        "Created": "created",
        "Ports": "ports",
        "SizeRw": "size_rw",
        "SizeRootFs": "size_root_fs",
        "Labels": "labels",
        "State": "state",
        "Status": "status",
        "HostConfig": "host_config",
        "NetworkSettings": "network_settings",
        "Mounts": "mounts",
        "Health": "health",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Id", "Image", "ImageID", "Command", "Status"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Names"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["ImageManifestDescriptor"]) -> OCIDescriptor: ...
        @overload
        def __getitem__(self, key: Literal["Created", "SizeRw", "SizeRootFs"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Ports"]) -> list[PortSummary]: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> ContainerSummaryLabels: ...
        @overload
        def __getitem__(self, key: Literal["State"]) -> ContainerSummaryState: ...
        @overload
        def __getitem__(self, key: Literal["HostConfig"]) -> ContainerSummaryHostConfig: ...
        @overload
        def __getitem__(
            self, key: Literal["NetworkSettings"]
        ) -> ContainerSummaryNetworkSettings: ...
        @overload
        def __getitem__(self, key: Literal["Mounts"]) -> list[MountPoint]: ...
        @overload
        def __getitem__(self, key: Literal["Health"]) -> ContainerSummaryHealth: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Id", "Image", "ImageID", "Command", "Status"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Names"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["ImageManifestDescriptor"], default: None = None
        ) -> OCIDescriptor | None: ...
        @overload
        def get(
            self, key: Literal["Created", "SizeRw", "SizeRootFs"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: Literal["Ports"], default: None = None) -> list[PortSummary] | None: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> ContainerSummaryLabels | None: ...
        @overload
        def get(
            self, key: Literal["State"], default: None = None
        ) -> ContainerSummaryState | None: ...
        @overload
        def get(
            self, key: Literal["HostConfig"], default: None = None
        ) -> ContainerSummaryHostConfig | None: ...
        @overload
        def get(
            self, key: Literal["NetworkSettings"], default: None = None
        ) -> ContainerSummaryNetworkSettings | None: ...
        @overload
        def get(self, key: Literal["Mounts"], default: None = None) -> list[MountPoint] | None: ...
        @overload
        def get(
            self, key: Literal["Health"], default: None = None
        ) -> ContainerSummaryHealth | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_summary_health import ContainerSummaryHealth
from ..models.container_summary_host_config import ContainerSummaryHostConfig
from ..models.container_summary_labels import ContainerSummaryLabels
from ..models.container_summary_network_settings import ContainerSummaryNetworkSettings
from ..models.mount_point import MountPoint
from ..models.oci_descriptor import OCIDescriptor
from ..models.port_summary import PortSummary
