from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_summary_state import ContainerSummaryState, check_container_summary_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerSummary")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerSummary:
    id: str | Unset = UNSET
    """ The ID of this container as a 128-bit (64-character) hexadecimal string (32 bytes). """
    names: list[str] | Unset | None = UNSET
    """ The names associated with this container. Most containers have a single
    name, but when using legacy "links", the container can have multiple
    names.

    For historic reasons, names are prefixed with a forward-slash (`/`). """
    image: str | Unset = UNSET
    """ The name or ID of the image used to create the container.

    This field shows the image reference as was specified when creating the container,
    which can be in its canonical form (e.g., `docker.io/library/ubuntu:latest`
    or `docker.io/library/ubuntu@sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782`),
    short form (e.g., `ubuntu:latest`)), or the ID(-prefix) of the image (e.g., `72297848456d`).

    The content of this field can be updated at runtime if the image used to
    create the container is untagged, in which case the field is updated to
    contain the the image ID (digest) it was resolved to in its canonical,
    non-truncated form (e.g., `sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782`). """
    image_id: str | Unset = UNSET
    """ The ID (digest) of the image that this container was created from. """
    image_manifest_descriptor: OCIDescriptor | Unset | None = UNSET
    """ OCI descriptor of the platform-specific manifest of the image
    the container was created from.

    Note: Only available if the daemon provides a multi-platform
    image store.

    This field is not populated in the `GET /system/df` endpoint.
     """
    command: str | Unset = UNSET
    """ Command to run when starting the container """
    created: int | Unset = UNSET
    """ Date and time at which the container was created as a Unix timestamp
    (number of seconds since EPOCH). """
    ports: list[PortSummary] | Unset | None = UNSET
    """ Port-mappings for the container. """
    size_rw: int | Unset | None = UNSET
    """ The size of files that have been created or changed by this container.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    size_root_fs: int | Unset | None = UNSET
    """ The total size of all files in the read-only layers from the image
    that the container uses. These layers can be shared between containers.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    labels: ContainerSummaryLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    state: ContainerSummaryState | Unset = UNSET
    """ The state of this container.
     """
    status: str | Unset = UNSET
    """ Additional human-readable status of this container (e.g. `Exit 0`) """
    host_config: ContainerSummaryHostConfig | Unset | None = UNSET
    """ Summary of host-specific runtime information of the container. This
    is a reduced set of information in the container's "HostConfig" as
    available in the container "inspect" response. """
    network_settings: ContainerSummaryNetworkSettings | Unset | None = UNSET
    """ Summary of the container's network settings """
    mounts: list[MountPoint] | Unset | None = UNSET
    """ List of mounts used by the container. """
    health: ContainerSummaryHealth | Unset | None = UNSET
    """ Summary of health status

    Added in v1.52, before that version all container summary not include Health.
    After this attribute introduced, it includes containers with no health checks configured,
    or containers that are not running with none """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        names: list[str] | Unset | None
        if isinstance(self.names, Unset):
            names = UNSET
        elif isinstance(self.names, list):
            names = self.names

        else:
            names = self.names

        image = self.image

        image_id = self.image_id

        image_manifest_descriptor: dict[str, Any] | Unset | None
        if isinstance(self.image_manifest_descriptor, Unset):
            image_manifest_descriptor = UNSET
        elif isinstance(self.image_manifest_descriptor, OCIDescriptor):
            image_manifest_descriptor = self.image_manifest_descriptor.to_dict()
        else:
            image_manifest_descriptor = self.image_manifest_descriptor

        command = self.command

        created = self.created

        ports: list[dict[str, Any]] | Unset | None
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = []
            for ports_type_0_item_data in self.ports:
                ports_type_0_item = ports_type_0_item_data.to_dict()
                ports.append(ports_type_0_item)

        else:
            ports = self.ports

        size_rw: int | Unset | None
        if isinstance(self.size_rw, Unset):
            size_rw = UNSET
        else:
            size_rw = self.size_rw

        size_root_fs: int | Unset | None
        if isinstance(self.size_root_fs, Unset):
            size_root_fs = UNSET
        else:
            size_root_fs = self.size_root_fs

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ContainerSummaryLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        status = self.status

        host_config: dict[str, Any] | Unset | None
        if isinstance(self.host_config, Unset):
            host_config = UNSET
        elif isinstance(self.host_config, ContainerSummaryHostConfig):
            host_config = self.host_config.to_dict()
        else:
            host_config = self.host_config

        network_settings: dict[str, Any] | Unset | None
        if isinstance(self.network_settings, Unset):
            network_settings = UNSET
        elif isinstance(self.network_settings, ContainerSummaryNetworkSettings):
            network_settings = self.network_settings.to_dict()
        else:
            network_settings = self.network_settings

        mounts: list[dict[str, Any]] | Unset | None
        if isinstance(self.mounts, Unset):
            mounts = UNSET
        elif isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        health: dict[str, Any] | Unset | None
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, ContainerSummaryHealth):
            health = self.health.to_dict()
        else:
            health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if names is not UNSET:
            field_dict["Names"] = names
        if image is not UNSET:
            field_dict["Image"] = image
        if image_id is not UNSET:
            field_dict["ImageID"] = image_id
        if image_manifest_descriptor is not UNSET:
            field_dict["ImageManifestDescriptor"] = image_manifest_descriptor
        if command is not UNSET:
            field_dict["Command"] = command
        if created is not UNSET:
            field_dict["Created"] = created
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if size_rw is not UNSET:
            field_dict["SizeRw"] = size_rw
        if size_root_fs is not UNSET:
            field_dict["SizeRootFs"] = size_root_fs
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if state is not UNSET:
            field_dict["State"] = state
        if status is not UNSET:
            field_dict["Status"] = status
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if network_settings is not UNSET:
            field_dict["NetworkSettings"] = network_settings
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if health is not UNSET:
            field_dict["Health"] = health

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        _names_data = d.pop("Names", UNSET)
        names: list[str] | Unset | None
        if _names_data is None or _names_data is UNSET:
            names = _names_data
        elif isinstance(_names_data, list):
            names_type_0 = _names_data

            names = names_type_0
        else:
            raise TypeError(
                f"names: expected list[str] | None, got {type(_names_data).__name__}: {_names_data!r:.200}"
            )

        image = d.pop("Image", UNSET)

        image_id = d.pop("ImageID", UNSET)

        _image_manifest_descriptor_data = d.pop("ImageManifestDescriptor", UNSET)
        image_manifest_descriptor: OCIDescriptor | Unset | None
        if _image_manifest_descriptor_data is None or _image_manifest_descriptor_data is UNSET:
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

        command = d.pop("Command", UNSET)

        created = d.pop("Created", UNSET)

        _ports_data = d.pop("Ports", UNSET)
        ports: list[PortSummary] | Unset | None
        if _ports_data is None or _ports_data is UNSET:
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

        _size_rw_data = d.pop("SizeRw", UNSET)
        size_rw: int | Unset | None
        if _size_rw_data is None or _size_rw_data is UNSET or isinstance(_size_rw_data, int):
            size_rw = _size_rw_data
        else:
            raise TypeError(
                f"size_rw: expected int | None, got {type(_size_rw_data).__name__}: {_size_rw_data!r:.200}"
            )

        _size_root_fs_data = d.pop("SizeRootFs", UNSET)
        size_root_fs: int | Unset | None
        if (
            _size_root_fs_data is None
            or _size_root_fs_data is UNSET
            or isinstance(_size_root_fs_data, int)
        ):
            size_root_fs = _size_root_fs_data
        else:
            raise TypeError(
                f"size_root_fs: expected int | None, got {type(_size_root_fs_data).__name__}: {_size_root_fs_data!r:.200}"
            )

        _labels_data = d.pop("Labels", UNSET)
        labels: ContainerSummaryLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = ContainerSummaryLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected ContainerSummaryLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _state = d.pop("State", UNSET)
        state: ContainerSummaryState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = check_container_summary_state(_state)

        status = d.pop("Status", UNSET)

        _host_config_data = d.pop("HostConfig", UNSET)
        host_config: ContainerSummaryHostConfig | Unset | None
        if _host_config_data is None or _host_config_data is UNSET:
            host_config = _host_config_data
        elif isinstance(_host_config_data, dict):
            host_config_type_0 = ContainerSummaryHostConfig.from_dict(_host_config_data)

            host_config = host_config_type_0
        else:
            raise TypeError(
                f"host_config: expected ContainerSummaryHostConfig | None, got {type(_host_config_data).__name__}: {_host_config_data!r:.200}"
            )

        _network_settings_data = d.pop("NetworkSettings", UNSET)
        network_settings: ContainerSummaryNetworkSettings | Unset | None
        if _network_settings_data is None or _network_settings_data is UNSET:
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

        _mounts_data = d.pop("Mounts", UNSET)
        mounts: list[MountPoint] | Unset | None
        if _mounts_data is None or _mounts_data is UNSET:
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

        _health_data = d.pop("Health", UNSET)
        health: ContainerSummaryHealth | Unset | None
        if _health_data is None or _health_data is UNSET:
            health = _health_data
        elif isinstance(_health_data, dict):
            health_type_0 = ContainerSummaryHealth.from_dict(_health_data)

            health = health_type_0
        else:
            raise TypeError(
                f"health: expected ContainerSummaryHealth | None, got {type(_health_data).__name__}: {_health_data!r:.200}"
            )

        container_summary = _new(cls)
        container_summary.id = id
        container_summary.names = names
        container_summary.image = image
        container_summary.image_id = image_id
        container_summary.image_manifest_descriptor = image_manifest_descriptor
        container_summary.command = command
        container_summary.created = created
        container_summary.ports = ports
        container_summary.size_rw = size_rw
        container_summary.size_root_fs = size_root_fs
        container_summary.labels = labels
        container_summary.state = state
        container_summary.status = status
        container_summary.host_config = host_config
        container_summary.network_settings = network_settings
        container_summary.mounts = mounts
        container_summary.health = health
        container_summary.additional_properties = d
        return container_summary

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


from ..models.container_summary_health import ContainerSummaryHealth
from ..models.container_summary_host_config import ContainerSummaryHostConfig
from ..models.container_summary_labels import ContainerSummaryLabels
from ..models.container_summary_network_settings import ContainerSummaryNetworkSettings
from ..models.mount_point import MountPoint
from ..models.oci_descriptor import OCIDescriptor
from ..models.port_summary import PortSummary
