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

T = TypeVar("T", bound="ContainerInspectResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerInspectResponse(Model):
    __match_args__ = (
        "id",
        "created",
        "path",
        "args",
        "state",
        "image",
        "resolv_conf_path",
        "hostname_path",
        "hosts_path",
        "log_path",
        "name",
        "restart_count",
        "driver",
        "platform",
        "image_manifest_descriptor",
        "mount_label",
        "process_label",
        "app_armor_profile",
        "exec_ids",
        "host_config",
        "graph_driver",
        "storage",
        "size_rw",
        "size_root_fs",
        "mounts",
        "config",
        "network_settings",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ The ID of this container as a 128-bit (64-character) hexadecimal string (32 bytes). """
    created: datetime.datetime | None
    """ Date and time at which the container was created, formatted in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds. """
    path: str | None
    """ The path to the command being run """
    args: list[str] | None
    """ The arguments to the command being run """
    state: ContainerState | None
    image: str | None
    """ The ID (digest) of the image that this container was created from. """
    resolv_conf_path: str | None
    """ Location of the `/etc/resolv.conf` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    hostname_path: str | None
    """ Location of the `/etc/hostname` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    hosts_path: str | None
    """ Location of the `/etc/hosts` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    log_path: str | None
    """ Location of the file used to buffer the container's logs. Depending on
    the logging-driver used for the container, this field may be omitted.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    name: str | None
    """ The name associated with this container.

    For historic reasons, the name may be prefixed with a forward-slash (`/`). """
    restart_count: int | None
    """ Number of times the container was restarted since it was created,
    or since daemon was started. """
    driver: str | None
    """ The storage-driver used for the container's filesystem (graph-driver
    or snapshotter). """
    platform: str | None
    """ The platform (operating system) for which the container was created.

    This field was introduced for the experimental "LCOW" (Linux Containers
    On Windows) features, which has been removed. In most cases, this field
    is equal to the host's operating system (`linux` or `windows`). """
    image_manifest_descriptor: OCIDescriptor | None
    """ OCI descriptor of the platform-specific manifest of the image
    the container was created from.

    Note: Only available if the daemon provides a multi-platform
    image store. """
    mount_label: str | None
    """ SELinux mount label set for the container. """
    process_label: str | None
    """ SELinux process label set for the container. """
    app_armor_profile: str | None
    """ The AppArmor profile set for the container. """
    exec_ids: list[str] | None
    """ IDs of exec instances that are running in the container. """
    host_config: HostConfig | None
    """ Container configuration that depends on the host we are running on """
    graph_driver: DriverData | None
    storage: Storage | None
    size_rw: int | None
    """ The size of files that have been created or changed by this container.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    size_root_fs: int | None
    """ The total size of all files in the read-only layers from the image
    that the container uses. These layers can be shared between containers.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    mounts: list[MountPoint] | None
    """ List of mounts used by the container. """
    config: ContainerConfig | None
    network_settings: NetworkSettings | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        created: datetime.datetime | None = None,
        path: str | None = None,
        args: list[str] | None = None,
        state: ContainerState | None = None,
        image: str | None = None,
        resolv_conf_path: str | None = None,
        hostname_path: str | None = None,
        hosts_path: str | None = None,
        log_path: str | None = None,
        name: str | None = None,
        restart_count: int | None = None,
        driver: str | None = None,
        platform: str | None = None,
        image_manifest_descriptor: OCIDescriptor | None = None,
        mount_label: str | None = None,
        process_label: str | None = None,
        app_armor_profile: str | None = None,
        exec_ids: list[str] | None = None,
        host_config: HostConfig | None = None,
        graph_driver: DriverData | None = None,
        storage: Storage | None = None,
        size_rw: int | None = None,
        size_root_fs: int | None = None,
        mounts: list[MountPoint] | None = None,
        config: ContainerConfig | None = None,
        network_settings: NetworkSettings | None = None,
    ) -> None:
        self.id = id
        self.created = created
        self.path = path
        self.args = args
        self.state = state
        self.image = image
        self.resolv_conf_path = resolv_conf_path
        self.hostname_path = hostname_path
        self.hosts_path = hosts_path
        self.log_path = log_path
        self.name = name
        self.restart_count = restart_count
        self.driver = driver
        self.platform = platform
        self.image_manifest_descriptor = image_manifest_descriptor
        self.mount_label = mount_label
        self.process_label = process_label
        self.app_armor_profile = app_armor_profile
        self.exec_ids = exec_ids
        self.host_config = host_config
        self.graph_driver = graph_driver
        self.storage = storage
        self.size_rw = size_rw
        self.size_root_fs = size_root_fs
        self.mounts = mounts
        self.config = config
        self.network_settings = network_settings
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["Id"] = self.id
        elif "Id" in self._sent:
            field_dict["Id"] = None

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

        if self.path is not None:
            field_dict["Path"] = self.path
        elif "Path" in self._sent:
            field_dict["Path"] = None

        args = self.args
        if args is not None:
            args_json: list[str] | None
            if isinstance(args, list):
                args_json = args

            else:
                args_json = args
            field_dict["Args"] = args_json
        elif "Args" in self._sent:
            field_dict["Args"] = None

        state = self.state
        if state is not None:
            state_json: dict[str, Any] | None
            if isinstance(state, ContainerState):
                state_json = state.to_dict()
            else:
                state_json = state
            field_dict["State"] = state_json
        elif "State" in self._sent:
            field_dict["State"] = None

        if self.image is not None:
            field_dict["Image"] = self.image
        elif "Image" in self._sent:
            field_dict["Image"] = None

        if self.resolv_conf_path is not None:
            field_dict["ResolvConfPath"] = self.resolv_conf_path
        elif "ResolvConfPath" in self._sent:
            field_dict["ResolvConfPath"] = None

        if self.hostname_path is not None:
            field_dict["HostnamePath"] = self.hostname_path
        elif "HostnamePath" in self._sent:
            field_dict["HostnamePath"] = None

        if self.hosts_path is not None:
            field_dict["HostsPath"] = self.hosts_path
        elif "HostsPath" in self._sent:
            field_dict["HostsPath"] = None

        log_path = self.log_path
        if log_path is not None:
            log_path_json: str | None
            log_path_json = log_path
            field_dict["LogPath"] = log_path_json
        elif "LogPath" in self._sent:
            field_dict["LogPath"] = None

        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.restart_count is not None:
            field_dict["RestartCount"] = self.restart_count
        elif "RestartCount" in self._sent:
            field_dict["RestartCount"] = None

        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        if self.platform is not None:
            field_dict["Platform"] = self.platform
        elif "Platform" in self._sent:
            field_dict["Platform"] = None

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

        if self.mount_label is not None:
            field_dict["MountLabel"] = self.mount_label
        elif "MountLabel" in self._sent:
            field_dict["MountLabel"] = None

        if self.process_label is not None:
            field_dict["ProcessLabel"] = self.process_label
        elif "ProcessLabel" in self._sent:
            field_dict["ProcessLabel"] = None

        if self.app_armor_profile is not None:
            field_dict["AppArmorProfile"] = self.app_armor_profile
        elif "AppArmorProfile" in self._sent:
            field_dict["AppArmorProfile"] = None

        exec_ids = self.exec_ids
        if exec_ids is not None:
            exec_ids_json: list[str] | None
            if isinstance(exec_ids, list):
                exec_ids_json = exec_ids

            else:
                exec_ids_json = exec_ids
            field_dict["ExecIDs"] = exec_ids_json
        elif "ExecIDs" in self._sent:
            field_dict["ExecIDs"] = None

        host_config = self.host_config
        if host_config is not None:
            host_config_json = host_config.to_dict()
            field_dict["HostConfig"] = host_config_json
        elif "HostConfig" in self._sent:
            field_dict["HostConfig"] = None

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

        storage = self.storage
        if storage is not None:
            storage_json: dict[str, Any] | None
            if isinstance(storage, Storage):
                storage_json = storage.to_dict()
            else:
                storage_json = storage
            field_dict["Storage"] = storage_json
        elif "Storage" in self._sent:
            field_dict["Storage"] = None

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

        config = self.config
        if config is not None:
            config_json: dict[str, Any] | None
            if isinstance(config, ContainerConfig):
                config_json = config.to_dict()
            else:
                config_json = config
            field_dict["Config"] = config_json
        elif "Config" in self._sent:
            field_dict["Config"] = None

        network_settings = self.network_settings
        if network_settings is not None:
            network_settings_json: dict[str, Any] | None
            if isinstance(network_settings, NetworkSettings):
                network_settings_json = network_settings.to_dict()
            else:
                network_settings_json = network_settings
            field_dict["NetworkSettings"] = network_settings_json
        elif "NetworkSettings" in self._sent:
            field_dict["NetworkSettings"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("Id", None)

        d.pop("Created", None)

        path = d.pop("Path", None)

        _args_data = d.pop("Args", None)
        args: list[str] | None
        if _args_data is None:
            args = _args_data
        elif isinstance(_args_data, list):
            args_type_0 = _args_data

            args = args_type_0
        else:
            raise TypeError(
                f"args: expected list[str] | None, got {type(_args_data).__name__}: {_args_data!r:.200}"
            )

        d.pop("State", None)

        image = d.pop("Image", None)

        resolv_conf_path = d.pop("ResolvConfPath", None)

        hostname_path = d.pop("HostnamePath", None)

        hosts_path = d.pop("HostsPath", None)

        _log_path_data = d.pop("LogPath", None)
        log_path: str | None
        if _log_path_data is None or isinstance(_log_path_data, str):
            log_path = _log_path_data
        else:
            raise TypeError(
                f"log_path: expected None | str, got {type(_log_path_data).__name__}: {_log_path_data!r:.200}"
            )

        name = d.pop("Name", None)

        restart_count = d.pop("RestartCount", None)

        driver = d.pop("Driver", None)

        platform = d.pop("Platform", None)

        d.pop("ImageManifestDescriptor", None)

        mount_label = d.pop("MountLabel", None)

        process_label = d.pop("ProcessLabel", None)

        app_armor_profile = d.pop("AppArmorProfile", None)

        _exec_ids_data = d.pop("ExecIDs", None)
        exec_ids: list[str] | None
        if _exec_ids_data is None:
            exec_ids = _exec_ids_data
        elif isinstance(_exec_ids_data, list):
            exec_ids_type_0 = _exec_ids_data

            exec_ids = exec_ids_type_0
        else:
            raise TypeError(
                f"exec_ids: expected list[str] | None, got {type(_exec_ids_data).__name__}: {_exec_ids_data!r:.200}"
            )

        d.pop("HostConfig", None)

        d.pop("GraphDriver", None)

        d.pop("Storage", None)

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

        d.pop("Mounts", None)

        d.pop("Config", None)

        d.pop("NetworkSettings", None)

        container_inspect_response = _new(cls)
        container_inspect_response._sent = src_dict
        container_inspect_response.id = id
        container_inspect_response.path = path
        container_inspect_response.args = args
        container_inspect_response.image = image
        container_inspect_response.resolv_conf_path = resolv_conf_path
        container_inspect_response.hostname_path = hostname_path
        container_inspect_response.hosts_path = hosts_path
        container_inspect_response.log_path = log_path
        container_inspect_response.name = name
        container_inspect_response.restart_count = restart_count
        container_inspect_response.driver = driver
        container_inspect_response.platform = platform
        container_inspect_response.mount_label = mount_label
        container_inspect_response.process_label = process_label
        container_inspect_response.app_armor_profile = app_armor_profile
        container_inspect_response.exec_ids = exec_ids
        container_inspect_response.size_rw = size_rw
        container_inspect_response.size_root_fs = size_root_fs
        container_inspect_response.additional_properties = d
        return container_inspect_response

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
            "state",
            "image_manifest_descriptor",
            "host_config",
            "graph_driver",
            "storage",
            "mounts",
            "config",
            "network_settings",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
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
        if deferred_name == "state":
            _state_data = src.get("State")
            state: ContainerState | None
            if _state_data is None:
                state = _state_data
            elif isinstance(_state_data, dict):
                state_type_0 = ContainerState.from_dict(_state_data)

                state = state_type_0
            else:
                raise TypeError(
                    f"state: expected ContainerState | None, got {type(_state_data).__name__}: {_state_data!r:.200}"
                )

            return state
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
        if deferred_name == "host_config":
            _host_config_src = src.get("HostConfig")
            host_config: HostConfig | None
            if _host_config_src is None:
                host_config = None
            else:
                host_config_value = HostConfig.from_dict(_host_config_src)

                host_config = host_config_value

            return host_config
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
        if deferred_name == "storage":
            _storage_data = src.get("Storage")
            storage: Storage | None
            if _storage_data is None:
                storage = _storage_data
            elif isinstance(_storage_data, dict):
                storage_type_0 = Storage.from_dict(_storage_data)

                storage = storage_type_0
            else:
                raise TypeError(
                    f"storage: expected None | Storage, got {type(_storage_data).__name__}: {_storage_data!r:.200}"
                )

            return storage
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
        if deferred_name == "config":
            _config_data = src.get("Config")
            config: ContainerConfig | None
            if _config_data is None:
                config = _config_data
            elif isinstance(_config_data, dict):
                config_type_0 = ContainerConfig.from_dict(_config_data)

                config = config_type_0
            else:
                raise TypeError(
                    f"config: expected ContainerConfig | None, got {type(_config_data).__name__}: {_config_data!r:.200}"
                )

            return config
        if deferred_name == "network_settings":
            _network_settings_data = src.get("NetworkSettings")
            network_settings: NetworkSettings | None
            if _network_settings_data is None:
                network_settings = _network_settings_data
            elif isinstance(_network_settings_data, dict):
                network_settings_type_0 = NetworkSettings.from_dict(_network_settings_data)

                network_settings = network_settings_type_0
            else:
                raise TypeError(
                    f"network_settings: expected NetworkSettings | None, got {type(_network_settings_data).__name__}: {_network_settings_data!r:.200}"
                )

            return network_settings
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Id": "id",
        "Created": "created",
        "Path": "path",
        "Args": "args",
        "State": "state",
        "Image": "image",
        "ResolvConfPath": "resolv_conf_path",
        "HostnamePath": "hostname_path",
        "HostsPath": "hosts_path",
        "LogPath": "log_path",
        "Name": "name",
        "RestartCount": "restart_count",
        "Driver": "driver",
        "Platform": "platform",
        "ImageManifestDescriptor": "image_manifest_descriptor",
        "MountLabel": "mount_label",
        "ProcessLabel": "process_label",
        "AppArmorProfile": "app_armor_profile",
        "ExecIDs": "exec_ids",
        "HostConfig": "host_config",
        "GraphDriver": "graph_driver",
        "Storage": "storage",
        "SizeRw": "size_rw",
        "SizeRootFs": "size_root_fs",
        "Mounts": "mounts",
        "Config": "config",
        "NetworkSettings": "network_settings",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "Id",
                "Path",
                "Image",
                "ResolvConfPath",
                "HostnamePath",
                "HostsPath",
                "LogPath",
                "Name",
                "Driver",
                "Platform",
                "MountLabel",
                "ProcessLabel",
                "AppArmorProfile",
            ],
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Created"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Args", "ExecIDs"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["State"]) -> ContainerState: ...
        @overload
        def __getitem__(self, key: Literal["RestartCount", "SizeRw", "SizeRootFs"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["ImageManifestDescriptor"]) -> OCIDescriptor: ...
        @overload
        def __getitem__(self, key: Literal["HostConfig"]) -> HostConfig: ...
        @overload
        def __getitem__(self, key: Literal["GraphDriver"]) -> DriverData: ...
        @overload
        def __getitem__(self, key: Literal["Storage"]) -> Storage: ...
        @overload
        def __getitem__(self, key: Literal["Mounts"]) -> list[MountPoint]: ...
        @overload
        def __getitem__(self, key: Literal["Config"]) -> ContainerConfig: ...
        @overload
        def __getitem__(self, key: Literal["NetworkSettings"]) -> NetworkSettings: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "Id",
                "Path",
                "Image",
                "ResolvConfPath",
                "HostnamePath",
                "HostsPath",
                "LogPath",
                "Name",
                "Driver",
                "Platform",
                "MountLabel",
                "ProcessLabel",
                "AppArmorProfile",
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Created"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(
            self, key: Literal["Args", "ExecIDs"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["State"], default: None = None) -> ContainerState | None: ...
        @overload
        def get(
            self, key: Literal["RestartCount", "SizeRw", "SizeRootFs"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["ImageManifestDescriptor"], default: None = None
        ) -> OCIDescriptor | None: ...
        @overload
        def get(self, key: Literal["HostConfig"], default: None = None) -> HostConfig | None: ...
        @overload
        def get(self, key: Literal["GraphDriver"], default: None = None) -> DriverData | None: ...
        @overload
        def get(self, key: Literal["Storage"], default: None = None) -> Storage | None: ...
        @overload
        def get(self, key: Literal["Mounts"], default: None = None) -> list[MountPoint] | None: ...
        @overload
        def get(self, key: Literal["Config"], default: None = None) -> ContainerConfig | None: ...
        @overload
        def get(
            self, key: Literal["NetworkSettings"], default: None = None
        ) -> NetworkSettings | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_config import ContainerConfig
from ..models.container_state import ContainerState
from ..models.driver_data import DriverData
from ..models.host_config import HostConfig
from ..models.mount_point import MountPoint
from ..models.network_settings import NetworkSettings
from ..models.oci_descriptor import OCIDescriptor
from ..models.storage import Storage
