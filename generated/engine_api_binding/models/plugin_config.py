from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PluginConfig:
    """The config of a plugin."""

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
    user: PluginConfigUser | Unset | None = UNSET
    rootfs: PluginConfigRootfs | Unset | None = UNSET
    docker_version: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Docker Version used to create the plugin.

    Depending on how the plugin was created, this field may be empty or omitted.

    Deprecated: this field is no longer set, and will be removed in the next API version.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        documentation = self.documentation

        interface: dict[str, Any] | None
        if isinstance(self.interface, PluginConfigInterface):
            interface = self.interface.to_dict()
        else:
            interface = self.interface

        entrypoint: list[str] | None
        if isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint

        work_dir = self.work_dir

        network: dict[str, Any] | None
        if isinstance(self.network, PluginConfigNetwork):
            network = self.network.to_dict()
        else:
            network = self.network

        linux: dict[str, Any] | None
        if isinstance(self.linux, PluginConfigLinux):
            linux = self.linux.to_dict()
        else:
            linux = self.linux

        propagated_mount = self.propagated_mount

        ipc_host = self.ipc_host

        pid_host = self.pid_host

        mounts: list[dict[str, Any]] | None
        if isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        env: list[dict[str, Any]] | None
        if isinstance(self.env, list):
            env = []
            for env_type_0_item_data in self.env:
                env_type_0_item = env_type_0_item_data.to_dict()
                env.append(env_type_0_item)

        else:
            env = self.env

        args: dict[str, Any] | None
        if isinstance(self.args, PluginConfigArgs):
            args = self.args.to_dict()
        else:
            args = self.args

        user: dict[str, Any] | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, PluginConfigUser):
            user = self.user.to_dict()
        else:
            user = self.user

        rootfs: dict[str, Any] | Unset | None
        if isinstance(self.rootfs, Unset):
            rootfs = UNSET
        elif isinstance(self.rootfs, PluginConfigRootfs):
            rootfs = self.rootfs.to_dict()
        else:
            rootfs = self.rootfs

        docker_version = self.docker_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Description": description,
                "Documentation": documentation,
                "Interface": interface,
                "Entrypoint": entrypoint,
                "WorkDir": work_dir,
                "Network": network,
                "Linux": linux,
                "PropagatedMount": propagated_mount,
                "IpcHost": ipc_host,
                "PidHost": pid_host,
                "Mounts": mounts,
                "Env": env,
                "Args": args,
            }
        )
        if user is not UNSET:
            field_dict["User"] = user
        if rootfs is not UNSET:
            field_dict["rootfs"] = rootfs
        if docker_version is not UNSET:
            field_dict["DockerVersion"] = docker_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("Description")

        documentation = d.pop("Documentation")

        _interface_data = d.pop("Interface")
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

        _network_data = d.pop("Network")
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

        _linux_data = d.pop("Linux")
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

        propagated_mount = d.pop("PropagatedMount")

        ipc_host = d.pop("IpcHost")

        pid_host = d.pop("PidHost")

        _mounts_data = d.pop("Mounts")
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

        _env_data = d.pop("Env")
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

        _args_data = d.pop("Args")
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

        _user_data = d.pop("User", UNSET)
        user: PluginConfigUser | Unset | None
        if _user_data is None or _user_data is UNSET:
            user = _user_data
        elif isinstance(_user_data, dict):
            user_type_0 = PluginConfigUser.from_dict(_user_data)

            user = user_type_0
        else:
            raise TypeError(
                f"user: expected None | PluginConfigUser, got {type(_user_data).__name__}: {_user_data!r:.200}"
            )

        _rootfs_data = d.pop("rootfs", UNSET)
        rootfs: PluginConfigRootfs | Unset | None
        if _rootfs_data is None or _rootfs_data is UNSET:
            rootfs = _rootfs_data
        elif isinstance(_rootfs_data, dict):
            rootfs_type_0 = PluginConfigRootfs.from_dict(_rootfs_data)

            rootfs = rootfs_type_0
        else:
            raise TypeError(
                f"rootfs: expected None | PluginConfigRootfs, got {type(_rootfs_data).__name__}: {_rootfs_data!r:.200}"
            )

        docker_version = d.pop("DockerVersion", UNSET)

        plugin_config = _new(cls)
        plugin_config.description = description
        plugin_config.documentation = documentation
        plugin_config.interface = interface
        plugin_config.entrypoint = entrypoint
        plugin_config.work_dir = work_dir
        plugin_config.network = network
        plugin_config.linux = linux
        plugin_config.propagated_mount = propagated_mount
        plugin_config.ipc_host = ipc_host
        plugin_config.pid_host = pid_host
        plugin_config.mounts = mounts
        plugin_config.env = env
        plugin_config.args = args
        plugin_config.user = user
        plugin_config.rootfs = rootfs
        plugin_config.docker_version = docker_version
        plugin_config.additional_properties = d
        return plugin_config

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


from ..models.plugin_config_args import PluginConfigArgs
from ..models.plugin_config_interface import PluginConfigInterface
from ..models.plugin_config_linux import PluginConfigLinux
from ..models.plugin_config_network import PluginConfigNetwork
from ..models.plugin_config_rootfs import PluginConfigRootfs
from ..models.plugin_config_user import PluginConfigUser
from ..models.plugin_env import PluginEnv
from ..models.plugin_mount import PluginMount
