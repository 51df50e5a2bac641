from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerInspectResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerInspectResponse:
    id: str | Unset = UNSET
    """ The ID of this container as a 128-bit (64-character) hexadecimal string (32 bytes). """
    created: datetime.datetime | Unset | None = UNSET
    """ Date and time at which the container was created, formatted in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds. """
    path: str | Unset = UNSET
    """ The path to the command being run """
    args: list[str] | Unset | None = UNSET
    """ The arguments to the command being run """
    state: ContainerState | Unset | None = UNSET
    image: str | Unset = UNSET
    """ The ID (digest) of the image that this container was created from. """
    resolv_conf_path: str | Unset = UNSET
    """ Location of the `/etc/resolv.conf` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    hostname_path: str | Unset = UNSET
    """ Location of the `/etc/hostname` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    hosts_path: str | Unset = UNSET
    """ Location of the `/etc/hosts` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    log_path: str | Unset | None = UNSET
    """ Location of the file used to buffer the container's logs. Depending on
    the logging-driver used for the container, this field may be omitted.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    name: str | Unset = UNSET
    """ The name associated with this container.

    For historic reasons, the name may be prefixed with a forward-slash (`/`). """
    restart_count: int | Unset = UNSET
    """ Number of times the container was restarted since it was created,
    or since daemon was started. """
    driver: str | Unset = UNSET
    """ The storage-driver used for the container's filesystem (graph-driver
    or snapshotter). """
    platform: str | Unset = UNSET
    """ The platform (operating system) for which the container was created.

    This field was introduced for the experimental "LCOW" (Linux Containers
    On Windows) features, which has been removed. In most cases, this field
    is equal to the host's operating system (`linux` or `windows`). """
    image_manifest_descriptor: OCIDescriptor | Unset | None = UNSET
    """ OCI descriptor of the platform-specific manifest of the image
    the container was created from.

    Note: Only available if the daemon provides a multi-platform
    image store. """
    mount_label: str | Unset = UNSET
    """ SELinux mount label set for the container. """
    process_label: str | Unset = UNSET
    """ SELinux process label set for the container. """
    app_armor_profile: str | Unset = UNSET
    """ The AppArmor profile set for the container. """
    exec_ids: list[str] | Unset | None = UNSET
    """ IDs of exec instances that are running in the container. """
    host_config: HostConfig | Unset = UNSET
    """ Container configuration that depends on the host we are running on """
    graph_driver: DriverData | Unset | None = UNSET
    storage: Storage | Unset | None = UNSET
    size_rw: int | Unset | None = UNSET
    """ The size of files that have been created or changed by this container.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    size_root_fs: int | Unset | None = UNSET
    """ The total size of all files in the read-only layers from the image
    that the container uses. These layers can be shared between containers.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    mounts: list[MountPoint] | Unset | None = UNSET
    """ List of mounts used by the container. """
    config: ContainerConfig | Unset | None = UNSET
    network_settings: NetworkSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created: str | Unset | None
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        path = self.path

        args: list[str] | Unset | None
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        state: dict[str, Any] | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ContainerState):
            state = self.state.to_dict()
        else:
            state = self.state

        image = self.image

        resolv_conf_path = self.resolv_conf_path

        hostname_path = self.hostname_path

        hosts_path = self.hosts_path

        log_path: str | Unset | None
        if isinstance(self.log_path, Unset):
            log_path = UNSET
        else:
            log_path = self.log_path

        name = self.name

        restart_count = self.restart_count

        driver = self.driver

        platform = self.platform

        image_manifest_descriptor: dict[str, Any] | Unset | None
        if isinstance(self.image_manifest_descriptor, Unset):
            image_manifest_descriptor = UNSET
        elif isinstance(self.image_manifest_descriptor, OCIDescriptor):
            image_manifest_descriptor = self.image_manifest_descriptor.to_dict()
        else:
            image_manifest_descriptor = self.image_manifest_descriptor

        mount_label = self.mount_label

        process_label = self.process_label

        app_armor_profile = self.app_armor_profile

        exec_ids: list[str] | Unset | None
        if isinstance(self.exec_ids, Unset):
            exec_ids = UNSET
        elif isinstance(self.exec_ids, list):
            exec_ids = self.exec_ids

        else:
            exec_ids = self.exec_ids

        host_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_config, Unset):
            host_config = self.host_config.to_dict()

        graph_driver: dict[str, Any] | Unset | None
        if isinstance(self.graph_driver, Unset):
            graph_driver = UNSET
        elif isinstance(self.graph_driver, DriverData):
            graph_driver = self.graph_driver.to_dict()
        else:
            graph_driver = self.graph_driver

        storage: dict[str, Any] | Unset | None
        if isinstance(self.storage, Unset):
            storage = UNSET
        elif isinstance(self.storage, Storage):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

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

        config: dict[str, Any] | Unset | None
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ContainerConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        network_settings: dict[str, Any] | Unset | None
        if isinstance(self.network_settings, Unset):
            network_settings = UNSET
        elif isinstance(self.network_settings, NetworkSettings):
            network_settings = self.network_settings.to_dict()
        else:
            network_settings = self.network_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if created is not UNSET:
            field_dict["Created"] = created
        if path is not UNSET:
            field_dict["Path"] = path
        if args is not UNSET:
            field_dict["Args"] = args
        if state is not UNSET:
            field_dict["State"] = state
        if image is not UNSET:
            field_dict["Image"] = image
        if resolv_conf_path is not UNSET:
            field_dict["ResolvConfPath"] = resolv_conf_path
        if hostname_path is not UNSET:
            field_dict["HostnamePath"] = hostname_path
        if hosts_path is not UNSET:
            field_dict["HostsPath"] = hosts_path
        if log_path is not UNSET:
            field_dict["LogPath"] = log_path
        if name is not UNSET:
            field_dict["Name"] = name
        if restart_count is not UNSET:
            field_dict["RestartCount"] = restart_count
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if image_manifest_descriptor is not UNSET:
            field_dict["ImageManifestDescriptor"] = image_manifest_descriptor
        if mount_label is not UNSET:
            field_dict["MountLabel"] = mount_label
        if process_label is not UNSET:
            field_dict["ProcessLabel"] = process_label
        if app_armor_profile is not UNSET:
            field_dict["AppArmorProfile"] = app_armor_profile
        if exec_ids is not UNSET:
            field_dict["ExecIDs"] = exec_ids
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if graph_driver is not UNSET:
            field_dict["GraphDriver"] = graph_driver
        if storage is not UNSET:
            field_dict["Storage"] = storage
        if size_rw is not UNSET:
            field_dict["SizeRw"] = size_rw
        if size_root_fs is not UNSET:
            field_dict["SizeRootFs"] = size_root_fs
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if config is not UNSET:
            field_dict["Config"] = config
        if network_settings is not UNSET:
            field_dict["NetworkSettings"] = network_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id", UNSET)

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

        path = d.pop("Path", UNSET)

        _args_data = d.pop("Args", UNSET)
        args: list[str] | Unset | None
        if _args_data is None or _args_data is UNSET:
            args = _args_data
        elif isinstance(_args_data, list):
            args_type_0 = _args_data

            args = args_type_0
        else:
            raise TypeError(
                f"args: expected list[str] | None, got {type(_args_data).__name__}: {_args_data!r:.200}"
            )

        _state_data = d.pop("State", UNSET)
        state: ContainerState | Unset | None
        if _state_data is None or _state_data is UNSET:
            state = _state_data
        elif isinstance(_state_data, dict):
            state_type_0 = ContainerState.from_dict(_state_data)

            state = state_type_0
        else:
            raise TypeError(
                f"state: expected ContainerState | None, got {type(_state_data).__name__}: {_state_data!r:.200}"
            )

        image = d.pop("Image", UNSET)

        resolv_conf_path = d.pop("ResolvConfPath", UNSET)

        hostname_path = d.pop("HostnamePath", UNSET)

        hosts_path = d.pop("HostsPath", UNSET)

        _log_path_data = d.pop("LogPath", UNSET)
        log_path: str | Unset | None
        if _log_path_data is None or _log_path_data is UNSET or isinstance(_log_path_data, str):
            log_path = _log_path_data
        else:
            raise TypeError(
                f"log_path: expected None | str, got {type(_log_path_data).__name__}: {_log_path_data!r:.200}"
            )

        name = d.pop("Name", UNSET)

        restart_count = d.pop("RestartCount", UNSET)

        driver = d.pop("Driver", UNSET)

        platform = d.pop("Platform", UNSET)

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

        mount_label = d.pop("MountLabel", UNSET)

        process_label = d.pop("ProcessLabel", UNSET)

        app_armor_profile = d.pop("AppArmorProfile", UNSET)

        _exec_ids_data = d.pop("ExecIDs", UNSET)
        exec_ids: list[str] | Unset | None
        if _exec_ids_data is None or _exec_ids_data is UNSET:
            exec_ids = _exec_ids_data
        elif isinstance(_exec_ids_data, list):
            exec_ids_type_0 = _exec_ids_data

            exec_ids = exec_ids_type_0
        else:
            raise TypeError(
                f"exec_ids: expected list[str] | None, got {type(_exec_ids_data).__name__}: {_exec_ids_data!r:.200}"
            )

        _host_config = d.pop("HostConfig", UNSET)
        host_config: HostConfig | Unset
        if _host_config is UNSET:
            host_config = UNSET
        else:
            host_config = HostConfig.from_dict(_host_config)

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

        _storage_data = d.pop("Storage", UNSET)
        storage: Storage | Unset | None
        if _storage_data is None or _storage_data is UNSET:
            storage = _storage_data
        elif isinstance(_storage_data, dict):
            storage_type_0 = Storage.from_dict(_storage_data)

            storage = storage_type_0
        else:
            raise TypeError(
                f"storage: expected None | Storage, got {type(_storage_data).__name__}: {_storage_data!r:.200}"
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

        _config_data = d.pop("Config", UNSET)
        config: ContainerConfig | Unset | None
        if _config_data is None or _config_data is UNSET:
            config = _config_data
        elif isinstance(_config_data, dict):
            config_type_0 = ContainerConfig.from_dict(_config_data)

            config = config_type_0
        else:
            raise TypeError(
                f"config: expected ContainerConfig | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
            )

        _network_settings_data = d.pop("NetworkSettings", UNSET)
        network_settings: NetworkSettings | Unset | None
        if _network_settings_data is None or _network_settings_data is UNSET:
            network_settings = _network_settings_data
        elif isinstance(_network_settings_data, dict):
            network_settings_type_0 = NetworkSettings.from_dict(_network_settings_data)

            network_settings = network_settings_type_0
        else:
            raise TypeError(
                f"network_settings: expected NetworkSettings | None, got {type(_network_settings_data).__name__}: {_network_settings_data!r:.200}"
            )

        container_inspect_response = _new(cls)
        container_inspect_response.id = id
        container_inspect_response.created = created
        container_inspect_response.path = path
        container_inspect_response.args = args
        container_inspect_response.state = state
        container_inspect_response.image = image
        container_inspect_response.resolv_conf_path = resolv_conf_path
        container_inspect_response.hostname_path = hostname_path
        container_inspect_response.hosts_path = hosts_path
        container_inspect_response.log_path = log_path
        container_inspect_response.name = name
        container_inspect_response.restart_count = restart_count
        container_inspect_response.driver = driver
        container_inspect_response.platform = platform
        container_inspect_response.image_manifest_descriptor = image_manifest_descriptor
        container_inspect_response.mount_label = mount_label
        container_inspect_response.process_label = process_label
        container_inspect_response.app_armor_profile = app_armor_profile
        container_inspect_response.exec_ids = exec_ids
        container_inspect_response.host_config = host_config
        container_inspect_response.graph_driver = graph_driver
        container_inspect_response.storage = storage
        container_inspect_response.size_rw = size_rw
        container_inspect_response.size_root_fs = size_root_fs
        container_inspect_response.mounts = mounts
        container_inspect_response.config = config
        container_inspect_response.network_settings = network_settings
        container_inspect_response.additional_properties = d
        return container_inspect_response

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
from ..models.container_state import ContainerState
from ..models.driver_data import DriverData
from ..models.host_config import HostConfig
from ..models.mount_point import MountPoint
from ..models.network_settings import NetworkSettings
from ..models.oci_descriptor import OCIDescriptor
from ..models.storage import Storage
