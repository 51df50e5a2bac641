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

T = TypeVar("T", bound="PluginConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginConfig(Model):
    """The config of a plugin."""

    __match_args__ = (
        "description",
        "documentation",
        "interface",
        "entrypoint",
        "work_dir",
        "network",
        "linux",
        "propagated_mount",
        "ipc_host",
        "pid_host",
        "mounts",
        "env",
        "args",
        "user",
        "rootfs",
        "docker_version",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    description: str
    documentation: str
    interface: PluginConfigInterface | None
    """ The interface between Docker and the plugin """
    entrypoint: list[str] | None
    work_dir: str
    network: PluginConfigNetwork | None
    linux: PluginConfigLinux | None
    propagated_mount: str
    ipc_host: bool
    pid_host: bool
    mounts: list[PluginMount] | None
    env: list[PluginEnv] | None
    args: PluginConfigArgs | None
    user: PluginConfigUser | None
    rootfs: PluginConfigRootfs | None
    docker_version: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Docker Version used to create the plugin.

    Depending on how the plugin was created, this field may be empty or omitted.

    Deprecated: this field is no longer set, and will be removed in the next API version.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        description: str,
        documentation: str,
        interface: PluginConfigInterface | None,
        entrypoint: list[str] | None,
        work_dir: str,
        network: PluginConfigNetwork | None,
        linux: PluginConfigLinux | None,
        propagated_mount: str,
        ipc_host: bool,
        pid_host: bool,
        mounts: list[PluginMount] | None,
        env: list[PluginEnv] | None,
        args: PluginConfigArgs | None,
        user: PluginConfigUser | None = None,
        rootfs: PluginConfigRootfs | None = None,
        docker_version: str | None = None,
    ) -> None:
        self.description = description
        self.documentation = documentation
        self.interface = interface
        self.entrypoint = entrypoint
        self.work_dir = work_dir
        self.network = network
        self.linux = linux
        self.propagated_mount = propagated_mount
        self.ipc_host = ipc_host
        self.pid_host = pid_host
        self.mounts = mounts
        self.env = env
        self.args = args
        self.user = user
        self.rootfs = rootfs
        self.docker_version = docker_version
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Description"] = self.description

        field_dict["Documentation"] = self.documentation

        interface: dict[str, Any] | None
        if isinstance(self.interface, PluginConfigInterface):
            interface = self.interface.to_dict()
        else:
            interface = self.interface
        field_dict["Interface"] = interface

        entrypoint: list[str] | None
        if isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint
        field_dict["Entrypoint"] = entrypoint

        field_dict["WorkDir"] = self.work_dir

        network: dict[str, Any] | None
        if isinstance(self.network, PluginConfigNetwork):
            network = self.network.to_dict()
        else:
            network = self.network
        field_dict["Network"] = network

        linux: dict[str, Any] | None
        if isinstance(self.linux, PluginConfigLinux):
            linux = self.linux.to_dict()
        else:
            linux = self.linux
        field_dict["Linux"] = linux

        field_dict["PropagatedMount"] = self.propagated_mount

        field_dict["IpcHost"] = self.ipc_host

        field_dict["PidHost"] = self.pid_host

        mounts: list[dict[str, Any]] | None
        if isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts
        field_dict["Mounts"] = mounts

        env: list[dict[str, Any]] | None
        if isinstance(self.env, list):
            env = []
            for env_type_0_item_data in self.env:
                env_type_0_item = env_type_0_item_data.to_dict()
                env.append(env_type_0_item)

        else:
            env = self.env
        field_dict["Env"] = env

        args: dict[str, Any] | None
        if isinstance(self.args, PluginConfigArgs):
            args = self.args.to_dict()
        else:
            args = self.args
        field_dict["Args"] = args

        user = self.user
        if user is not None:
            user_json: dict[str, Any] | None
            if isinstance(user, PluginConfigUser):
                user_json = user.to_dict()
            else:
                user_json = user
            field_dict["User"] = user_json
        elif "User" in self._sent:
            field_dict["User"] = None

        rootfs = self.rootfs
        if rootfs is not None:
            rootfs_json: dict[str, Any] | None
            if isinstance(rootfs, PluginConfigRootfs):
                rootfs_json = rootfs.to_dict()
            else:
                rootfs_json = rootfs
            field_dict["rootfs"] = rootfs_json
        elif "rootfs" in self._sent:
            field_dict["rootfs"] = None

        if self.docker_version is not None:
            field_dict["DockerVersion"] = self.docker_version
        elif "DockerVersion" in self._sent:
            field_dict["DockerVersion"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        description = d.pop("Description")

        documentation = d.pop("Documentation")

        d.pop("Interface")

        _entrypoint_data = d.pop("Entrypoint")
        entrypoint: list[str] | None
        if _entrypoint_data is None:
            entrypoint = _entrypoint_data
        elif isinstance(_entrypoint_data, list):
            entrypoint_type_0 = _entrypoint_data

            entrypoint = entrypoint_type_0
        else:
            raise TypeError(
                f"entrypoint: expected list[str] | None, got {type(_entrypoint_data).__name__}: {_entrypoint_data!r:.200}"
            )

        work_dir = d.pop("WorkDir")

        d.pop("Network")

        d.pop("Linux")

        propagated_mount = d.pop("PropagatedMount")

        ipc_host = d.pop("IpcHost")

        pid_host = d.pop("PidHost")

        d.pop("Mounts")

        d.pop("Env")

        d.pop("Args")

        d.pop("User", None)

        d.pop("rootfs", None)

        docker_version = d.pop("DockerVersion", None)

        plugin_config = _new(cls)
        plugin_config._sent = src_dict
        plugin_config.description = description
        plugin_config.documentation = documentation
        plugin_config.entrypoint = entrypoint
        plugin_config.work_dir = work_dir
        plugin_config.propagated_mount = propagated_mount
        plugin_config.ipc_host = ipc_host
        plugin_config.pid_host = pid_host
        plugin_config.docker_version = docker_version
        plugin_config.additional_properties = d
        return plugin_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "interface",
            "network",
            "linux",
            "mounts",
            "env",
            "args",
            "user",
            "rootfs",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "interface":
            _interface_data = src["Interface"]
            interface: PluginConfigInterface | None
            if _interface_data is None:
                interface = _interface_data
            elif isinstance(_interface_data, dict):
                interface_type_0 = PluginConfigInterface.from_dict(_interface_data)

                interface = interface_type_0
            else:
                raise TypeError(
                    f"interface: expected None | PluginConfigInterface, got {type(_interface_data).__name__}: {_interface_data!r:.200}"
                )

            return interface
        if deferred_name == "network":
            _network_data = src["Network"]
            network: PluginConfigNetwork | None
            if _network_data is None:
                network = _network_data
            elif isinstance(_network_data, dict):
                network_type_0 = PluginConfigNetwork.from_dict(_network_data)

                network = network_type_0
            else:
                raise TypeError(
                    f"network: expected None | PluginConfigNetwork, got {type(_network_data).__name__}: {_network_data!r:.200}"
                )

            return network
        if deferred_name == "linux":
            _linux_data = src["Linux"]
            linux: PluginConfigLinux | None
            if _linux_data is None:
                linux = _linux_data
            elif isinstance(_linux_data, dict):
                linux_type_0 = PluginConfigLinux.from_dict(_linux_data)

                linux = linux_type_0
            else:
                raise TypeError(
                    f"linux: expected None | PluginConfigLinux, got {type(_linux_data).__name__}: {_linux_data!r:.200}"
                )

            return linux
        if deferred_name == "mounts":
            _mounts_data = src["Mounts"]
            mounts: list[PluginMount] | None
            if _mounts_data is None:
                mounts = _mounts_data
            elif isinstance(_mounts_data, list):
                mounts_type_0 = []
                _mounts_type_0 = _mounts_data
                for mounts_type_0_item_data in _mounts_type_0:
                    mounts_type_0_item = PluginMount.from_dict(mounts_type_0_item_data)

                    mounts_type_0.append(mounts_type_0_item)

                mounts = mounts_type_0
            else:
                raise TypeError(
                    f"mounts: expected list[PluginMount] | None, got {type(_mounts_data).__name__}: {_mounts_data!r:.200}"
                )

            return mounts
        if deferred_name == "env":
            _env_data = src["Env"]
            env: list[PluginEnv] | None
            if _env_data is None:
                env = _env_data
            elif isinstance(_env_data, list):
                env_type_0 = []
                _env_type_0 = _env_data
                for env_type_0_item_data in _env_type_0:
                    env_type_0_item = PluginEnv.from_dict(env_type_0_item_data)

                    env_type_0.append(env_type_0_item)

                env = env_type_0
            else:
                raise TypeError(
                    f"env: expected list[PluginEnv] | None, got {type(_env_data).__name__}: {_env_data!r:.200}"
                )

            return env
        if deferred_name == "args":
            _args_data = src["Args"]
            args: PluginConfigArgs | None
            if _args_data is None:
                args = _args_data
            elif isinstance(_args_data, dict):
                args_type_0 = PluginConfigArgs.from_dict(_args_data)

                args = args_type_0
            else:
                raise TypeError(
                    f"args: expected None | PluginConfigArgs, got {type(_args_data).__name__}: {_args_data!r:.200}"
                )

            return args
        if deferred_name == "user":
            _user_data = src.get("User")
            user: PluginConfigUser | None
            if _user_data is None:
                user = _user_data
            elif isinstance(_user_data, dict):
                user_type_0 = PluginConfigUser.from_dict(_user_data)

                user = user_type_0
            else:
                raise TypeError(
                    f"user: expected None | PluginConfigUser, got {type(_user_data).__name__}: {_user_data!r:.200}"
                )

            return user
        if deferred_name == "rootfs":
            _rootfs_data = src.get("rootfs")
            rootfs: PluginConfigRootfs | None
            if _rootfs_data is None:
                rootfs = _rootfs_data
            elif isinstance(_rootfs_data, dict):
                rootfs_type_0 = PluginConfigRootfs.from_dict(_rootfs_data)

                rootfs = rootfs_type_0
            else:
                raise TypeError(
                    f"rootfs: expected None | PluginConfigRootfs, got {type(_rootfs_data).__name__}: {_rootfs_data!r:.200}"
                )

            return rootfs
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Description": "description",
        "Documentation": "documentation",
        "Interface": "interface",
        "Entrypoint": "entrypoint",
        "WorkDir": "work_dir",
        "Network": "network",
        "Linux": "linux",
        "PropagatedMount": "propagated_mount",
        "IpcHost": "ipc_host",
        "PidHost": "pid_host",
        "Mounts": "mounts",
        "Env": "env",
        "Args": "args",
        "User": "user",
        "rootfs": "rootfs",
        "DockerVersion": "docker_version",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Description", "Documentation", "WorkDir", "PropagatedMount"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Interface"]) -> PluginConfigInterface: ...
        @overload
        def __getitem__(self, key: Literal["Entrypoint"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Network"]) -> PluginConfigNetwork: ...
        @overload
        def __getitem__(self, key: Literal["Linux"]) -> PluginConfigLinux: ...
        @overload
        def __getitem__(self, key: Literal["IpcHost", "PidHost"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Mounts"]) -> list[PluginMount]: ...
        @overload
        def __getitem__(self, key: Literal["Env"]) -> list[PluginEnv]: ...
        @overload
        def __getitem__(self, key: Literal["Args"]) -> PluginConfigArgs: ...
        @overload
        def __getitem__(self, key: Literal["User"]) -> PluginConfigUser: ...
        @overload
        def __getitem__(self, key: Literal["rootfs"]) -> PluginConfigRootfs: ...
        @overload
        def __getitem__(self, key: Literal["DockerVersion"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["Description", "Documentation", "WorkDir", "PropagatedMount"],
            default: None = None,
        ) -> str: ...
        @overload
        def get(
            self, key: Literal["Interface"], default: None = None
        ) -> PluginConfigInterface | None: ...
        @overload
        def get(self, key: Literal["Entrypoint"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Network"], default: None = None
        ) -> PluginConfigNetwork | None: ...
        @overload
        def get(self, key: Literal["Linux"], default: None = None) -> PluginConfigLinux | None: ...
        @overload
        def get(self, key: Literal["IpcHost", "PidHost"], default: None = None) -> bool: ...
        @overload
        def get(self, key: Literal["Mounts"], default: None = None) -> list[PluginMount] | None: ...
        @overload
        def get(self, key: Literal["Env"], default: None = None) -> list[PluginEnv] | None: ...
        @overload
        def get(self, key: Literal["Args"], default: None = None) -> PluginConfigArgs | None: ...
        @overload
        def get(self, key: Literal["User"], default: None = None) -> PluginConfigUser | None: ...
        @overload
        def get(
            self, key: Literal["rootfs"], default: None = None
        ) -> PluginConfigRootfs | None: ...
        @overload
        def get(self, key: Literal["DockerVersion"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.plugin_config_args import PluginConfigArgs
from ..models.plugin_config_interface import PluginConfigInterface
from ..models.plugin_config_linux import PluginConfigLinux
from ..models.plugin_config_network import PluginConfigNetwork
from ..models.plugin_config_rootfs import PluginConfigRootfs
from ..models.plugin_config_user import PluginConfigUser
from ..models.plugin_env import PluginEnv
from ..models.plugin_mount import PluginMount
