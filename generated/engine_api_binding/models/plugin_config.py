from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_config_args import PluginConfigArgs
    from ..models.plugin_config_interface import PluginConfigInterface
    from ..models.plugin_config_linux import PluginConfigLinux
    from ..models.plugin_config_network import PluginConfigNetwork
    from ..models.plugin_config_rootfs import PluginConfigRootfs
    from ..models.plugin_config_user import PluginConfigUser
    from ..models.plugin_env import PluginEnv
    from ..models.plugin_mount import PluginMount


T = TypeVar("T", bound="PluginConfig")


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
        from ..models.plugin_config_args import PluginConfigArgs
        from ..models.plugin_config_interface import PluginConfigInterface
        from ..models.plugin_config_linux import PluginConfigLinux
        from ..models.plugin_config_network import PluginConfigNetwork
        from ..models.plugin_config_rootfs import PluginConfigRootfs
        from ..models.plugin_config_user import PluginConfigUser

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
        from ..models.plugin_config_args import PluginConfigArgs
        from ..models.plugin_config_interface import PluginConfigInterface
        from ..models.plugin_config_linux import PluginConfigLinux
        from ..models.plugin_config_network import PluginConfigNetwork
        from ..models.plugin_config_rootfs import PluginConfigRootfs
        from ..models.plugin_config_user import PluginConfigUser
        from ..models.plugin_env import PluginEnv
        from ..models.plugin_mount import PluginMount

        d = dict(src_dict)
        description = d.pop("Description")

        documentation = d.pop("Documentation")

        def _parse_interface(data: object) -> PluginConfigInterface | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"interface: expected None | PluginConfigInterface, got {type(data).__name__}: {data!r:.200}"
                )
            interface_type_0 = PluginConfigInterface.from_dict(data)

            return interface_type_0

        interface = _parse_interface(d.pop("Interface"))

        def _parse_entrypoint(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"entrypoint: expected list[str] | None, got {type(data).__name__}: {data!r:.200}"
                )
            entrypoint_type_0 = cast(list[str], data)

            return entrypoint_type_0

        entrypoint = _parse_entrypoint(d.pop("Entrypoint"))

        work_dir = d.pop("WorkDir")

        def _parse_network(data: object) -> PluginConfigNetwork | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"network: expected None | PluginConfigNetwork, got {type(data).__name__}: {data!r:.200}"
                )
            network_type_0 = PluginConfigNetwork.from_dict(data)

            return network_type_0

        network = _parse_network(d.pop("Network"))

        def _parse_linux(data: object) -> PluginConfigLinux | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"linux: expected None | PluginConfigLinux, got {type(data).__name__}: {data!r:.200}"
                )
            linux_type_0 = PluginConfigLinux.from_dict(data)

            return linux_type_0

        linux = _parse_linux(d.pop("Linux"))

        propagated_mount = d.pop("PropagatedMount")

        ipc_host = d.pop("IpcHost")

        pid_host = d.pop("PidHost")

        def _parse_mounts(data: object) -> list[PluginMount] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"mounts: expected list[PluginMount] | None, got {type(data).__name__}: {data!r:.200}"
                )
            mounts_type_0 = []
            _mounts_type_0 = data
            for mounts_type_0_item_data in _mounts_type_0:
                mounts_type_0_item = PluginMount.from_dict(mounts_type_0_item_data)

                mounts_type_0.append(mounts_type_0_item)

            return mounts_type_0

        mounts = _parse_mounts(d.pop("Mounts"))

        def _parse_env(data: object) -> list[PluginEnv] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"env: expected list[PluginEnv] | None, got {type(data).__name__}: {data!r:.200}"
                )
            env_type_0 = []
            _env_type_0 = data
            for env_type_0_item_data in _env_type_0:
                env_type_0_item = PluginEnv.from_dict(env_type_0_item_data)

                env_type_0.append(env_type_0_item)

            return env_type_0

        env = _parse_env(d.pop("Env"))

        def _parse_args(data: object) -> PluginConfigArgs | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"args: expected None | PluginConfigArgs, got {type(data).__name__}: {data!r:.200}"
                )
            args_type_0 = PluginConfigArgs.from_dict(data)

            return args_type_0

        args = _parse_args(d.pop("Args"))

        def _parse_user(data: object) -> PluginConfigUser | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"user: expected None | PluginConfigUser, got {type(data).__name__}: {data!r:.200}"
                )
            user_type_0 = PluginConfigUser.from_dict(data)

            return user_type_0

        user = _parse_user(d.pop("User", UNSET))

        def _parse_rootfs(data: object) -> PluginConfigRootfs | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"rootfs: expected None | PluginConfigRootfs, got {type(data).__name__}: {data!r:.200}"
                )
            rootfs_type_0 = PluginConfigRootfs.from_dict(data)

            return rootfs_type_0

        rootfs = _parse_rootfs(d.pop("rootfs", UNSET))

        docker_version = d.pop("DockerVersion", UNSET)

        plugin_config = cls(
            description=description,
            documentation=documentation,
            interface=interface,
            entrypoint=entrypoint,
            work_dir=work_dir,
            network=network,
            linux=linux,
            propagated_mount=propagated_mount,
            ipc_host=ipc_host,
            pid_host=pid_host,
            mounts=mounts,
            env=env,
            args=args,
            user=user,
            rootfs=rootfs,
            docker_version=docker_version,
        )

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
