from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_spec_container_spec_isolation import (
    TaskSpecContainerSpecIsolation,
    check_task_spec_container_spec_isolation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpec:
    """Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    image: str | Unset = UNSET
    """ The image name to use for the container """
    labels: TaskSpecContainerSpecLabels | Unset | None = UNSET
    """ User-defined key/value data. """
    command: list[str] | Unset | None = UNSET
    """ The command to be run in the image. """
    args: list[str] | Unset | None = UNSET
    """ Arguments to the command. """
    hostname: str | Unset = UNSET
    """ The hostname to use for the container, as a valid
    [RFC 1123](https://tools.ietf.org/html/rfc1123) hostname.
     """
    env: list[str] | Unset | None = UNSET
    """ A list of environment variables in the form `VAR=value`.
     """
    dir_: str | Unset = UNSET
    """ The working directory for commands to run in. """
    user: str | Unset = UNSET
    """ The user inside the container. """
    groups: list[str] | Unset | None = UNSET
    """ A list of additional groups that the container process will run as.
     """
    privileges: TaskSpecContainerSpecPrivileges | Unset | None = UNSET
    """ Security options for the container """
    tty: bool | Unset = UNSET
    """ Whether a pseudo-TTY should be allocated. """
    open_stdin: bool | Unset = UNSET
    """ Open `stdin` """
    read_only: bool | Unset = UNSET
    """ Mount the container's root filesystem as read only. """
    mounts: list[Mount] | Unset | None = UNSET
    """ Specification for mounts to be added to containers created as part
    of the service.
     """
    stop_signal: str | Unset = UNSET
    """ Signal to stop the container. """
    stop_grace_period: int | Unset = UNSET
    """ Amount of time to wait for the container to terminate before
    forcefully killing it.
     """
    health_check: HealthConfig | Unset | None = UNSET
    hosts: list[str] | Unset | None = UNSET
    """ A list of hostname/IP mappings to add to the container's `hosts`
    file. The format of extra hosts is specified in the
    [hosts(5)](http://man7.org/linux/man-pages/man5/hosts.5.html)
    man page:

        IP_address canonical_hostname [aliases...]
     """
    dns_config: TaskSpecContainerSpecDNSConfig | Unset | None = UNSET
    """ Specification for DNS related configurations in resolver configuration
    file (`resolv.conf`).
     """
    secrets: list[TaskSpecContainerSpecSecretsItem] | Unset | None = UNSET
    """ Secrets contains references to zero or more secrets that will be
    exposed to the service.
     """
    oom_score_adj: int | Unset = UNSET
    """ An integer value containing the score given to the container in
    order to tune OOM killer preferences.
     """
    configs: list[TaskSpecContainerSpecConfigsItem] | Unset | None = UNSET
    """ Configs contains references to zero or more configs that will be
    exposed to the service.
     """
    isolation: TaskSpecContainerSpecIsolation | Unset = UNSET
    """ Isolation technology of the containers running the service.
    (Windows only)
     """
    init: bool | Unset | None = UNSET
    """ Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.
     """
    sysctls: TaskSpecContainerSpecSysctls | Unset | None = UNSET
    """ Set kernel namedspaced parameters (sysctls) in the container.
    The Sysctls option on services accepts the same sysctls as the
    are supported on containers. Note that while the same sysctls are
    supported, no guarantees or checks are made about their
    suitability for a clustered environment, and it's up to the user
    to determine whether a given sysctl will work properly in a
    Service.
     """
    capability_add: list[str] | Unset | None = UNSET
    """ A list of kernel capabilities to add to the default set
    for the container.
     """
    capability_drop: list[str] | Unset | None = UNSET
    """ A list of kernel capabilities to drop from the default set
    for the container.
     """
    ulimits: list[TaskSpecContainerSpecUlimitsItem] | Unset | None = UNSET
    """ A list of resource limits to set in the container. For example: `{"Name": "nofile", "Soft": 1024, "Hard":
    2048}`"
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, TaskSpecContainerSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        command: list[str] | Unset | None
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, list):
            command = self.command

        else:
            command = self.command

        args: list[str] | Unset | None
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        hostname = self.hostname

        env: list[str] | Unset | None
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        dir_ = self.dir_

        user = self.user

        groups: list[str] | Unset | None
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        privileges: dict[str, Any] | Unset | None
        if isinstance(self.privileges, Unset):
            privileges = UNSET
        elif isinstance(self.privileges, TaskSpecContainerSpecPrivileges):
            privileges = self.privileges.to_dict()
        else:
            privileges = self.privileges

        tty = self.tty

        open_stdin = self.open_stdin

        read_only = self.read_only

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

        stop_signal = self.stop_signal

        stop_grace_period = self.stop_grace_period

        health_check: dict[str, Any] | Unset | None
        if isinstance(self.health_check, Unset):
            health_check = UNSET
        elif isinstance(self.health_check, HealthConfig):
            health_check = self.health_check.to_dict()
        else:
            health_check = self.health_check

        hosts: list[str] | Unset | None
        if isinstance(self.hosts, Unset):
            hosts = UNSET
        elif isinstance(self.hosts, list):
            hosts = self.hosts

        else:
            hosts = self.hosts

        dns_config: dict[str, Any] | Unset | None
        if isinstance(self.dns_config, Unset):
            dns_config = UNSET
        elif isinstance(self.dns_config, TaskSpecContainerSpecDNSConfig):
            dns_config = self.dns_config.to_dict()
        else:
            dns_config = self.dns_config

        secrets: list[dict[str, Any]] | Unset | None
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, list):
            secrets = []
            for secrets_type_0_item_data in self.secrets:
                secrets_type_0_item = secrets_type_0_item_data.to_dict()
                secrets.append(secrets_type_0_item)

        else:
            secrets = self.secrets

        oom_score_adj = self.oom_score_adj

        configs: list[dict[str, Any]] | Unset | None
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, list):
            configs = []
            for configs_type_0_item_data in self.configs:
                configs_type_0_item = configs_type_0_item_data.to_dict()
                configs.append(configs_type_0_item)

        else:
            configs = self.configs

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation

        init: bool | Unset | None
        if isinstance(self.init, Unset):
            init = UNSET
        else:
            init = self.init

        sysctls: dict[str, Any] | Unset | None
        if isinstance(self.sysctls, Unset):
            sysctls = UNSET
        elif isinstance(self.sysctls, TaskSpecContainerSpecSysctls):
            sysctls = self.sysctls.to_dict()
        else:
            sysctls = self.sysctls

        capability_add: list[str] | Unset | None
        if isinstance(self.capability_add, Unset):
            capability_add = UNSET
        elif isinstance(self.capability_add, list):
            capability_add = self.capability_add

        else:
            capability_add = self.capability_add

        capability_drop: list[str] | Unset | None
        if isinstance(self.capability_drop, Unset):
            capability_drop = UNSET
        elif isinstance(self.capability_drop, list):
            capability_drop = self.capability_drop

        else:
            capability_drop = self.capability_drop

        ulimits: list[dict[str, Any]] | Unset | None
        if isinstance(self.ulimits, Unset):
            ulimits = UNSET
        elif isinstance(self.ulimits, list):
            ulimits = []
            for ulimits_type_0_item_data in self.ulimits:
                ulimits_type_0_item = ulimits_type_0_item_data.to_dict()
                ulimits.append(ulimits_type_0_item)

        else:
            ulimits = self.ulimits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["Image"] = image
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if command is not UNSET:
            field_dict["Command"] = command
        if args is not UNSET:
            field_dict["Args"] = args
        if hostname is not UNSET:
            field_dict["Hostname"] = hostname
        if env is not UNSET:
            field_dict["Env"] = env
        if dir_ is not UNSET:
            field_dict["Dir"] = dir_
        if user is not UNSET:
            field_dict["User"] = user
        if groups is not UNSET:
            field_dict["Groups"] = groups
        if privileges is not UNSET:
            field_dict["Privileges"] = privileges
        if tty is not UNSET:
            field_dict["TTY"] = tty
        if open_stdin is not UNSET:
            field_dict["OpenStdin"] = open_stdin
        if read_only is not UNSET:
            field_dict["ReadOnly"] = read_only
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if stop_signal is not UNSET:
            field_dict["StopSignal"] = stop_signal
        if stop_grace_period is not UNSET:
            field_dict["StopGracePeriod"] = stop_grace_period
        if health_check is not UNSET:
            field_dict["HealthCheck"] = health_check
        if hosts is not UNSET:
            field_dict["Hosts"] = hosts
        if dns_config is not UNSET:
            field_dict["DNSConfig"] = dns_config
        if secrets is not UNSET:
            field_dict["Secrets"] = secrets
        if oom_score_adj is not UNSET:
            field_dict["OomScoreAdj"] = oom_score_adj
        if configs is not UNSET:
            field_dict["Configs"] = configs
        if isolation is not UNSET:
            field_dict["Isolation"] = isolation
        if init is not UNSET:
            field_dict["Init"] = init
        if sysctls is not UNSET:
            field_dict["Sysctls"] = sysctls
        if capability_add is not UNSET:
            field_dict["CapabilityAdd"] = capability_add
        if capability_drop is not UNSET:
            field_dict["CapabilityDrop"] = capability_drop
        if ulimits is not UNSET:
            field_dict["Ulimits"] = ulimits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("Image", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: TaskSpecContainerSpecLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = TaskSpecContainerSpecLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected None | TaskSpecContainerSpecLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _command_data = d.pop("Command", UNSET)
        command: list[str] | Unset | None
        if _command_data is None or _command_data is UNSET:
            command = _command_data
        elif isinstance(_command_data, list):
            command_type_0 = _command_data

            command = command_type_0
        else:
            raise TypeError(
                f"command: expected list[str] | None, got {type(_command_data).__name__}: {_command_data!r:.200}"
            )

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

        hostname = d.pop("Hostname", UNSET)

        _env_data = d.pop("Env", UNSET)
        env: list[str] | Unset | None
        if _env_data is None or _env_data is UNSET:
            env = _env_data
        elif isinstance(_env_data, list):
            env_type_0 = _env_data

            env = env_type_0
        else:
            raise TypeError(
                f"env: expected list[str] | None, got {type(_env_data).__name__}: {_env_data!r:.200}"
            )

        dir_ = d.pop("Dir", UNSET)

        user = d.pop("User", UNSET)

        _groups_data = d.pop("Groups", UNSET)
        groups: list[str] | Unset | None
        if _groups_data is None or _groups_data is UNSET:
            groups = _groups_data
        elif isinstance(_groups_data, list):
            groups_type_0 = _groups_data

            groups = groups_type_0
        else:
            raise TypeError(
                f"groups: expected list[str] | None, got {type(_groups_data).__name__}: {_groups_data!r:.200}"
            )

        _privileges_data = d.pop("Privileges", UNSET)
        privileges: TaskSpecContainerSpecPrivileges | Unset | None
        if _privileges_data is None or _privileges_data is UNSET:
            privileges = _privileges_data
        elif isinstance(_privileges_data, dict):
            privileges_type_0 = TaskSpecContainerSpecPrivileges.from_dict(_privileges_data)

            privileges = privileges_type_0
        else:
            raise TypeError(
                f"privileges: expected None | TaskSpecContainerSpecPrivileges, got {type(_privileges_data).__name__}: {_privileges_data!r:.200}"
            )

        tty = d.pop("TTY", UNSET)

        open_stdin = d.pop("OpenStdin", UNSET)

        read_only = d.pop("ReadOnly", UNSET)

        _mounts_data = d.pop("Mounts", UNSET)
        mounts: list[Mount] | Unset | None
        if _mounts_data is None or _mounts_data is UNSET:
            mounts = _mounts_data
        elif isinstance(_mounts_data, list):
            mounts_type_0 = []
            _mounts_type_0 = _mounts_data
            for mounts_type_0_item_data in _mounts_type_0:
                mounts_type_0_item = Mount.from_dict(mounts_type_0_item_data)

                mounts_type_0.append(mounts_type_0_item)

            mounts = mounts_type_0
        else:
            raise TypeError(
                f"mounts: expected list[Mount] | None, got {type(_mounts_data).__name__}: {_mounts_data!r:.200}"
            )

        stop_signal = d.pop("StopSignal", UNSET)

        stop_grace_period = d.pop("StopGracePeriod", UNSET)

        _health_check_data = d.pop("HealthCheck", UNSET)
        health_check: HealthConfig | Unset | None
        if _health_check_data is None or _health_check_data is UNSET:
            health_check = _health_check_data
        elif isinstance(_health_check_data, dict):
            health_check_type_0 = HealthConfig.from_dict(_health_check_data)

            health_check = health_check_type_0
        else:
            raise TypeError(
                f"health_check: expected HealthConfig | None, got {type(_health_check_data).__name__}: {_health_check_data!r:.200}"
            )

        _hosts_data = d.pop("Hosts", UNSET)
        hosts: list[str] | Unset | None
        if _hosts_data is None or _hosts_data is UNSET:
            hosts = _hosts_data
        elif isinstance(_hosts_data, list):
            hosts_type_0 = _hosts_data

            hosts = hosts_type_0
        else:
            raise TypeError(
                f"hosts: expected list[str] | None, got {type(_hosts_data).__name__}: {_hosts_data!r:.200}"
            )

        _dns_config_data = d.pop("DNSConfig", UNSET)
        dns_config: TaskSpecContainerSpecDNSConfig | Unset | None
        if _dns_config_data is None or _dns_config_data is UNSET:
            dns_config = _dns_config_data
        elif isinstance(_dns_config_data, dict):
            dns_config_type_0 = TaskSpecContainerSpecDNSConfig.from_dict(_dns_config_data)

            dns_config = dns_config_type_0
        else:
            raise TypeError(
                f"dns_config: expected None | TaskSpecContainerSpecDNSConfig, got {type(_dns_config_data).__name__}: {_dns_config_data!r:.200}"
            )

        _secrets_data = d.pop("Secrets", UNSET)
        secrets: list[TaskSpecContainerSpecSecretsItem] | Unset | None
        if _secrets_data is None or _secrets_data is UNSET:
            secrets = _secrets_data
        elif isinstance(_secrets_data, list):
            secrets_type_0 = []
            _secrets_type_0 = _secrets_data
            for secrets_type_0_item_data in _secrets_type_0:
                secrets_type_0_item = TaskSpecContainerSpecSecretsItem.from_dict(
                    secrets_type_0_item_data
                )

                secrets_type_0.append(secrets_type_0_item)

            secrets = secrets_type_0
        else:
            raise TypeError(
                f"secrets: expected list[TaskSpecContainerSpecSecretsItem] | None, got {type(_secrets_data).__name__}: {_secrets_data!r:.200}"
            )

        oom_score_adj = d.pop("OomScoreAdj", UNSET)

        _configs_data = d.pop("Configs", UNSET)
        configs: list[TaskSpecContainerSpecConfigsItem] | Unset | None
        if _configs_data is None or _configs_data is UNSET:
            configs = _configs_data
        elif isinstance(_configs_data, list):
            configs_type_0 = []
            _configs_type_0 = _configs_data
            for configs_type_0_item_data in _configs_type_0:
                configs_type_0_item = TaskSpecContainerSpecConfigsItem.from_dict(
                    configs_type_0_item_data
                )

                configs_type_0.append(configs_type_0_item)

            configs = configs_type_0
        else:
            raise TypeError(
                f"configs: expected list[TaskSpecContainerSpecConfigsItem] | None, got {type(_configs_data).__name__}: {_configs_data!r:.200}"
            )

        _isolation = d.pop("Isolation", UNSET)
        isolation: TaskSpecContainerSpecIsolation | Unset
        if _isolation is UNSET:
            isolation = UNSET
        else:
            isolation = check_task_spec_container_spec_isolation(_isolation)

        _init_data = d.pop("Init", UNSET)
        init: bool | Unset | None
        if _init_data is None or _init_data is UNSET or isinstance(_init_data, bool):
            init = _init_data
        else:
            raise TypeError(
                f"init: expected bool | None, got {type(_init_data).__name__}: {_init_data!r:.200}"
            )

        _sysctls_data = d.pop("Sysctls", UNSET)
        sysctls: TaskSpecContainerSpecSysctls | Unset | None
        if _sysctls_data is None or _sysctls_data is UNSET:
            sysctls = _sysctls_data
        elif isinstance(_sysctls_data, dict):
            sysctls_type_0 = TaskSpecContainerSpecSysctls.from_dict(_sysctls_data)

            sysctls = sysctls_type_0
        else:
            raise TypeError(
                f"sysctls: expected None | TaskSpecContainerSpecSysctls, got {type(_sysctls_data).__name__}: {_sysctls_data!r:.200}"
            )

        _capability_add_data = d.pop("CapabilityAdd", UNSET)
        capability_add: list[str] | Unset | None
        if _capability_add_data is None or _capability_add_data is UNSET:
            capability_add = _capability_add_data
        elif isinstance(_capability_add_data, list):
            capability_add_type_0 = _capability_add_data

            capability_add = capability_add_type_0
        else:
            raise TypeError(
                f"capability_add: expected list[str] | None, got {type(_capability_add_data).__name__}: {_capability_add_data!r:.200}"
            )

        _capability_drop_data = d.pop("CapabilityDrop", UNSET)
        capability_drop: list[str] | Unset | None
        if _capability_drop_data is None or _capability_drop_data is UNSET:
            capability_drop = _capability_drop_data
        elif isinstance(_capability_drop_data, list):
            capability_drop_type_0 = _capability_drop_data

            capability_drop = capability_drop_type_0
        else:
            raise TypeError(
                f"capability_drop: expected list[str] | None, got {type(_capability_drop_data).__name__}: {_capability_drop_data!r:.200}"
            )

        _ulimits_data = d.pop("Ulimits", UNSET)
        ulimits: list[TaskSpecContainerSpecUlimitsItem] | Unset | None
        if _ulimits_data is None or _ulimits_data is UNSET:
            ulimits = _ulimits_data
        elif isinstance(_ulimits_data, list):
            ulimits_type_0 = []
            _ulimits_type_0 = _ulimits_data
            for ulimits_type_0_item_data in _ulimits_type_0:
                ulimits_type_0_item = TaskSpecContainerSpecUlimitsItem.from_dict(
                    ulimits_type_0_item_data
                )

                ulimits_type_0.append(ulimits_type_0_item)

            ulimits = ulimits_type_0
        else:
            raise TypeError(
                f"ulimits: expected list[TaskSpecContainerSpecUlimitsItem] | None, got {type(_ulimits_data).__name__}: {_ulimits_data!r:.200}"
            )

        task_spec_container_spec = _new(cls)
        task_spec_container_spec.image = image
        task_spec_container_spec.labels = labels
        task_spec_container_spec.command = command
        task_spec_container_spec.args = args
        task_spec_container_spec.hostname = hostname
        task_spec_container_spec.env = env
        task_spec_container_spec.dir_ = dir_
        task_spec_container_spec.user = user
        task_spec_container_spec.groups = groups
        task_spec_container_spec.privileges = privileges
        task_spec_container_spec.tty = tty
        task_spec_container_spec.open_stdin = open_stdin
        task_spec_container_spec.read_only = read_only
        task_spec_container_spec.mounts = mounts
        task_spec_container_spec.stop_signal = stop_signal
        task_spec_container_spec.stop_grace_period = stop_grace_period
        task_spec_container_spec.health_check = health_check
        task_spec_container_spec.hosts = hosts
        task_spec_container_spec.dns_config = dns_config
        task_spec_container_spec.secrets = secrets
        task_spec_container_spec.oom_score_adj = oom_score_adj
        task_spec_container_spec.configs = configs
        task_spec_container_spec.isolation = isolation
        task_spec_container_spec.init = init
        task_spec_container_spec.sysctls = sysctls
        task_spec_container_spec.capability_add = capability_add
        task_spec_container_spec.capability_drop = capability_drop
        task_spec_container_spec.ulimits = ulimits
        task_spec_container_spec.additional_properties = d
        return task_spec_container_spec

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


from ..models.health_config import HealthConfig
from ..models.mount import Mount
from ..models.task_spec_container_spec_configs_item import TaskSpecContainerSpecConfigsItem
from ..models.task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig
from ..models.task_spec_container_spec_labels import TaskSpecContainerSpecLabels
from ..models.task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges
from ..models.task_spec_container_spec_secrets_item import TaskSpecContainerSpecSecretsItem
from ..models.task_spec_container_spec_sysctls import TaskSpecContainerSpecSysctls
from ..models.task_spec_container_spec_ulimits_item import TaskSpecContainerSpecUlimitsItem
