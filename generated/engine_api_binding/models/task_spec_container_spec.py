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
from ..models.task_spec_container_spec_isolation import (
    TaskSpecContainerSpecIsolation,
    check_task_spec_container_spec_isolation,
)

T = TypeVar("T", bound="TaskSpecContainerSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpec(Model):
    """Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    __match_args__ = (
        "image",
        "labels",
        "command",
        "args",
        "hostname",
        "env",
        "dir_",
        "user",
        "groups",
        "privileges",
        "tty",
        "open_stdin",
        "read_only",
        "mounts",
        "stop_signal",
        "stop_grace_period",
        "health_check",
        "hosts",
        "dns_config",
        "secrets",
        "oom_score_adj",
        "configs",
        "isolation",
        "init",
        "sysctls",
        "capability_add",
        "capability_drop",
        "ulimits",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    image: str | None
    """ The image name to use for the container """
    labels: TaskSpecContainerSpecLabels | None
    """ User-defined key/value data. """
    command: list[str] | None
    """ The command to be run in the image. """
    args: list[str] | None
    """ Arguments to the command. """
    hostname: str | None
    """ The hostname to use for the container, as a valid
    [RFC 1123](https://tools.ietf.org/html/rfc1123) hostname.
     """
    env: list[str] | None
    """ A list of environment variables in the form `VAR=value`.
     """
    dir_: str | None
    """ The working directory for commands to run in. """
    user: str | None
    """ The user inside the container. """
    groups: list[str] | None
    """ A list of additional groups that the container process will run as.
     """
    privileges: TaskSpecContainerSpecPrivileges | None
    """ Security options for the container """
    tty: bool | None
    """ Whether a pseudo-TTY should be allocated. """
    open_stdin: bool | None
    """ Open `stdin` """
    read_only: bool | None
    """ Mount the container's root filesystem as read only. """
    mounts: list[Mount] | None
    """ Specification for mounts to be added to containers created as part
    of the service.
     """
    stop_signal: str | None
    """ Signal to stop the container. """
    stop_grace_period: int | None
    """ Amount of time to wait for the container to terminate before
    forcefully killing it.
     """
    health_check: HealthConfig | None
    hosts: list[str] | None
    """ A list of hostname/IP mappings to add to the container's `hosts`
    file. The format of extra hosts is specified in the
    [hosts(5)](http://man7.org/linux/man-pages/man5/hosts.5.html)
    man page:

        IP_address canonical_hostname [aliases...]
     """
    dns_config: TaskSpecContainerSpecDNSConfig | None
    """ Specification for DNS related configurations in resolver configuration
    file (`resolv.conf`).
     """
    secrets: list[TaskSpecContainerSpecSecretsItem] | None
    """ Secrets contains references to zero or more secrets that will be
    exposed to the service.
     """
    oom_score_adj: int | None
    """ An integer value containing the score given to the container in
    order to tune OOM killer preferences.
     """
    configs: list[TaskSpecContainerSpecConfigsItem] | None
    """ Configs contains references to zero or more configs that will be
    exposed to the service.
     """
    isolation: TaskSpecContainerSpecIsolation | None
    """ Isolation technology of the containers running the service.
    (Windows only)
     """
    init: bool | None
    """ Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.
     """
    sysctls: TaskSpecContainerSpecSysctls | None
    """ Set kernel namedspaced parameters (sysctls) in the container.
    The Sysctls option on services accepts the same sysctls as the
    are supported on containers. Note that while the same sysctls are
    supported, no guarantees or checks are made about their
    suitability for a clustered environment, and it's up to the user
    to determine whether a given sysctl will work properly in a
    Service.
     """
    capability_add: list[str] | None
    """ A list of kernel capabilities to add to the default set
    for the container.
     """
    capability_drop: list[str] | None
    """ A list of kernel capabilities to drop from the default set
    for the container.
     """
    ulimits: list[TaskSpecContainerSpecUlimitsItem] | None
    """ A list of resource limits to set in the container. For example: `{"Name": "nofile", "Soft": 1024, "Hard":
    2048}`"
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        image: str | None = None,
        labels: TaskSpecContainerSpecLabels | None = None,
        command: list[str] | None = None,
        args: list[str] | None = None,
        hostname: str | None = None,
        env: list[str] | None = None,
        dir_: str | None = None,
        user: str | None = None,
        groups: list[str] | None = None,
        privileges: TaskSpecContainerSpecPrivileges | None = None,
        tty: bool | None = None,
        open_stdin: bool | None = None,
        read_only: bool | None = None,
        mounts: list[Mount] | None = None,
        stop_signal: str | None = None,
        stop_grace_period: int | None = None,
        health_check: HealthConfig | None = None,
        hosts: list[str] | None = None,
        dns_config: TaskSpecContainerSpecDNSConfig | None = None,
        secrets: list[TaskSpecContainerSpecSecretsItem] | None = None,
        oom_score_adj: int | None = None,
        configs: list[TaskSpecContainerSpecConfigsItem] | None = None,
        isolation: TaskSpecContainerSpecIsolation | None = None,
        init: bool | None = None,
        sysctls: TaskSpecContainerSpecSysctls | None = None,
        capability_add: list[str] | None = None,
        capability_drop: list[str] | None = None,
        ulimits: list[TaskSpecContainerSpecUlimitsItem] | None = None,
    ) -> None:
        self.image = image
        self.labels = labels
        self.command = command
        self.args = args
        self.hostname = hostname
        self.env = env
        self.dir_ = dir_
        self.user = user
        self.groups = groups
        self.privileges = privileges
        self.tty = tty
        self.open_stdin = open_stdin
        self.read_only = read_only
        self.mounts = mounts
        self.stop_signal = stop_signal
        self.stop_grace_period = stop_grace_period
        self.health_check = health_check
        self.hosts = hosts
        self.dns_config = dns_config
        self.secrets = secrets
        self.oom_score_adj = oom_score_adj
        self.configs = configs
        self.isolation = isolation
        self.init = init
        self.sysctls = sysctls
        self.capability_add = capability_add
        self.capability_drop = capability_drop
        self.ulimits = ulimits
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.image is not None:
            field_dict["Image"] = self.image
        elif "Image" in self._sent:
            field_dict["Image"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, TaskSpecContainerSpecLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        command = self.command
        if command is not None:
            command_json: list[str] | None
            if isinstance(command, list):
                command_json = command

            else:
                command_json = command
            field_dict["Command"] = command_json
        elif "Command" in self._sent:
            field_dict["Command"] = None

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

        if self.hostname is not None:
            field_dict["Hostname"] = self.hostname
        elif "Hostname" in self._sent:
            field_dict["Hostname"] = None

        env = self.env
        if env is not None:
            env_json: list[str] | None
            if isinstance(env, list):
                env_json = env

            else:
                env_json = env
            field_dict["Env"] = env_json
        elif "Env" in self._sent:
            field_dict["Env"] = None

        if self.dir_ is not None:
            field_dict["Dir"] = self.dir_
        elif "Dir" in self._sent:
            field_dict["Dir"] = None

        if self.user is not None:
            field_dict["User"] = self.user
        elif "User" in self._sent:
            field_dict["User"] = None

        groups = self.groups
        if groups is not None:
            groups_json: list[str] | None
            if isinstance(groups, list):
                groups_json = groups

            else:
                groups_json = groups
            field_dict["Groups"] = groups_json
        elif "Groups" in self._sent:
            field_dict["Groups"] = None

        privileges = self.privileges
        if privileges is not None:
            privileges_json: dict[str, Any] | None
            if isinstance(privileges, TaskSpecContainerSpecPrivileges):
                privileges_json = privileges.to_dict()
            else:
                privileges_json = privileges
            field_dict["Privileges"] = privileges_json
        elif "Privileges" in self._sent:
            field_dict["Privileges"] = None

        if self.tty is not None:
            field_dict["TTY"] = self.tty
        elif "TTY" in self._sent:
            field_dict["TTY"] = None

        if self.open_stdin is not None:
            field_dict["OpenStdin"] = self.open_stdin
        elif "OpenStdin" in self._sent:
            field_dict["OpenStdin"] = None

        if self.read_only is not None:
            field_dict["ReadOnly"] = self.read_only
        elif "ReadOnly" in self._sent:
            field_dict["ReadOnly"] = None

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

        if self.stop_signal is not None:
            field_dict["StopSignal"] = self.stop_signal
        elif "StopSignal" in self._sent:
            field_dict["StopSignal"] = None

        if self.stop_grace_period is not None:
            field_dict["StopGracePeriod"] = self.stop_grace_period
        elif "StopGracePeriod" in self._sent:
            field_dict["StopGracePeriod"] = None

        health_check = self.health_check
        if health_check is not None:
            health_check_json: dict[str, Any] | None
            if isinstance(health_check, HealthConfig):
                health_check_json = health_check.to_dict()
            else:
                health_check_json = health_check
            field_dict["HealthCheck"] = health_check_json
        elif "HealthCheck" in self._sent:
            field_dict["HealthCheck"] = None

        hosts = self.hosts
        if hosts is not None:
            hosts_json: list[str] | None
            if isinstance(hosts, list):
                hosts_json = hosts

            else:
                hosts_json = hosts
            field_dict["Hosts"] = hosts_json
        elif "Hosts" in self._sent:
            field_dict["Hosts"] = None

        dns_config = self.dns_config
        if dns_config is not None:
            dns_config_json: dict[str, Any] | None
            if isinstance(dns_config, TaskSpecContainerSpecDNSConfig):
                dns_config_json = dns_config.to_dict()
            else:
                dns_config_json = dns_config
            field_dict["DNSConfig"] = dns_config_json
        elif "DNSConfig" in self._sent:
            field_dict["DNSConfig"] = None

        secrets = self.secrets
        if secrets is not None:
            secrets_json: list[dict[str, Any]] | None
            if isinstance(secrets, list):
                secrets_json = []
                for secrets_type_0_item_data in secrets:
                    secrets_type_0_item = secrets_type_0_item_data.to_dict()
                    secrets_json.append(secrets_type_0_item)

            else:
                secrets_json = secrets
            field_dict["Secrets"] = secrets_json
        elif "Secrets" in self._sent:
            field_dict["Secrets"] = None

        if self.oom_score_adj is not None:
            field_dict["OomScoreAdj"] = self.oom_score_adj
        elif "OomScoreAdj" in self._sent:
            field_dict["OomScoreAdj"] = None

        configs = self.configs
        if configs is not None:
            configs_json: list[dict[str, Any]] | None
            if isinstance(configs, list):
                configs_json = []
                for configs_type_0_item_data in configs:
                    configs_type_0_item = configs_type_0_item_data.to_dict()
                    configs_json.append(configs_type_0_item)

            else:
                configs_json = configs
            field_dict["Configs"] = configs_json
        elif "Configs" in self._sent:
            field_dict["Configs"] = None

        isolation = self.isolation
        if isolation is not None:
            isolation_json: str = isolation
            field_dict["Isolation"] = isolation_json
        elif "Isolation" in self._sent:
            field_dict["Isolation"] = None

        init = self.init
        if init is not None:
            init_json: bool | None
            init_json = init
            field_dict["Init"] = init_json
        elif "Init" in self._sent:
            field_dict["Init"] = None

        sysctls = self.sysctls
        if sysctls is not None:
            sysctls_json: dict[str, Any] | None
            if isinstance(sysctls, TaskSpecContainerSpecSysctls):
                sysctls_json = sysctls.to_dict()
            else:
                sysctls_json = sysctls
            field_dict["Sysctls"] = sysctls_json
        elif "Sysctls" in self._sent:
            field_dict["Sysctls"] = None

        capability_add = self.capability_add
        if capability_add is not None:
            capability_add_json: list[str] | None
            if isinstance(capability_add, list):
                capability_add_json = capability_add

            else:
                capability_add_json = capability_add
            field_dict["CapabilityAdd"] = capability_add_json
        elif "CapabilityAdd" in self._sent:
            field_dict["CapabilityAdd"] = None

        capability_drop = self.capability_drop
        if capability_drop is not None:
            capability_drop_json: list[str] | None
            if isinstance(capability_drop, list):
                capability_drop_json = capability_drop

            else:
                capability_drop_json = capability_drop
            field_dict["CapabilityDrop"] = capability_drop_json
        elif "CapabilityDrop" in self._sent:
            field_dict["CapabilityDrop"] = None

        ulimits = self.ulimits
        if ulimits is not None:
            ulimits_json: list[dict[str, Any]] | None
            if isinstance(ulimits, list):
                ulimits_json = []
                for ulimits_type_0_item_data in ulimits:
                    ulimits_type_0_item = ulimits_type_0_item_data.to_dict()
                    ulimits_json.append(ulimits_type_0_item)

            else:
                ulimits_json = ulimits
            field_dict["Ulimits"] = ulimits_json
        elif "Ulimits" in self._sent:
            field_dict["Ulimits"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        image = d.pop("Image", None)

        d.pop("Labels", None)

        _command_data = d.pop("Command", None)
        command: list[str] | None
        if _command_data is None:
            command = _command_data
        elif isinstance(_command_data, list):
            command_type_0 = _command_data

            command = command_type_0
        else:
            raise TypeError(
                f"command: expected list[str] | None, got {type(_command_data).__name__}: {_command_data!r:.200}"
            )

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

        hostname = d.pop("Hostname", None)

        _env_data = d.pop("Env", None)
        env: list[str] | None
        if _env_data is None:
            env = _env_data
        elif isinstance(_env_data, list):
            env_type_0 = _env_data

            env = env_type_0
        else:
            raise TypeError(
                f"env: expected list[str] | None, got {type(_env_data).__name__}: {_env_data!r:.200}"
            )

        dir_ = d.pop("Dir", None)

        user = d.pop("User", None)

        _groups_data = d.pop("Groups", None)
        groups: list[str] | None
        if _groups_data is None:
            groups = _groups_data
        elif isinstance(_groups_data, list):
            groups_type_0 = _groups_data

            groups = groups_type_0
        else:
            raise TypeError(
                f"groups: expected list[str] | None, got {type(_groups_data).__name__}: {_groups_data!r:.200}"
            )

        d.pop("Privileges", None)

        tty = d.pop("TTY", None)

        open_stdin = d.pop("OpenStdin", None)

        read_only = d.pop("ReadOnly", None)

        d.pop("Mounts", None)

        stop_signal = d.pop("StopSignal", None)

        stop_grace_period = d.pop("StopGracePeriod", None)

        d.pop("HealthCheck", None)

        _hosts_data = d.pop("Hosts", None)
        hosts: list[str] | None
        if _hosts_data is None:
            hosts = _hosts_data
        elif isinstance(_hosts_data, list):
            hosts_type_0 = _hosts_data

            hosts = hosts_type_0
        else:
            raise TypeError(
                f"hosts: expected list[str] | None, got {type(_hosts_data).__name__}: {_hosts_data!r:.200}"
            )

        d.pop("DNSConfig", None)

        d.pop("Secrets", None)

        oom_score_adj = d.pop("OomScoreAdj", None)

        d.pop("Configs", None)

        _isolation_src = d.pop("Isolation", None)
        isolation: TaskSpecContainerSpecIsolation | None
        if _isolation_src is None:
            isolation = None
        else:
            isolation_value = check_task_spec_container_spec_isolation(_isolation_src)

            isolation = isolation_value

        _init_data = d.pop("Init", None)
        init: bool | None
        if _init_data is None or isinstance(_init_data, bool):
            init = _init_data
        else:
            raise TypeError(
                f"init: expected bool | None, got {type(_init_data).__name__}: {_init_data!r:.200}"
            )

        d.pop("Sysctls", None)

        _capability_add_data = d.pop("CapabilityAdd", None)
        capability_add: list[str] | None
        if _capability_add_data is None:
            capability_add = _capability_add_data
        elif isinstance(_capability_add_data, list):
            capability_add_type_0 = _capability_add_data

            capability_add = capability_add_type_0
        else:
            raise TypeError(
                f"capability_add: expected list[str] | None, got {type(_capability_add_data).__name__}: {_capability_add_data!r:.200}"
            )

        _capability_drop_data = d.pop("CapabilityDrop", None)
        capability_drop: list[str] | None
        if _capability_drop_data is None:
            capability_drop = _capability_drop_data
        elif isinstance(_capability_drop_data, list):
            capability_drop_type_0 = _capability_drop_data

            capability_drop = capability_drop_type_0
        else:
            raise TypeError(
                f"capability_drop: expected list[str] | None, got {type(_capability_drop_data).__name__}: {_capability_drop_data!r:.200}"
            )

        d.pop("Ulimits", None)

        task_spec_container_spec = _new(cls)
        task_spec_container_spec._sent = src_dict
        task_spec_container_spec.image = image
        task_spec_container_spec.command = command
        task_spec_container_spec.args = args
        task_spec_container_spec.hostname = hostname
        task_spec_container_spec.env = env
        task_spec_container_spec.dir_ = dir_
        task_spec_container_spec.user = user
        task_spec_container_spec.groups = groups
        task_spec_container_spec.tty = tty
        task_spec_container_spec.open_stdin = open_stdin
        task_spec_container_spec.read_only = read_only
        task_spec_container_spec.stop_signal = stop_signal
        task_spec_container_spec.stop_grace_period = stop_grace_period
        task_spec_container_spec.hosts = hosts
        task_spec_container_spec.oom_score_adj = oom_score_adj
        task_spec_container_spec.isolation = isolation
        task_spec_container_spec.init = init
        task_spec_container_spec.capability_add = capability_add
        task_spec_container_spec.capability_drop = capability_drop
        task_spec_container_spec.additional_properties = d
        return task_spec_container_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "privileges",
            "mounts",
            "health_check",
            "dns_config",
            "secrets",
            "configs",
            "sysctls",
            "ulimits",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: TaskSpecContainerSpecLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = TaskSpecContainerSpecLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected None | TaskSpecContainerSpecLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "privileges":
            _privileges_data = src.get("Privileges")
            privileges: TaskSpecContainerSpecPrivileges | None
            if _privileges_data is None:
                privileges = _privileges_data
            elif isinstance(_privileges_data, dict):
                privileges_type_0 = TaskSpecContainerSpecPrivileges.from_dict(_privileges_data)

                privileges = privileges_type_0
            else:
                raise TypeError(
                    f"privileges: expected None | TaskSpecContainerSpecPrivileges, got {type(_privileges_data).__name__}: {_privileges_data!r:.200}"
                )

            return privileges
        if deferred_name == "mounts":
            _mounts_data = src.get("Mounts")
            mounts: list[Mount] | None
            if _mounts_data is None:
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

            return mounts
        if deferred_name == "health_check":
            _health_check_data = src.get("HealthCheck")
            health_check: HealthConfig | None
            if _health_check_data is None:
                health_check = _health_check_data
            elif isinstance(_health_check_data, dict):
                health_check_type_0 = HealthConfig.from_dict(_health_check_data)

                health_check = health_check_type_0
            else:
                raise TypeError(
                    f"health_check: expected HealthConfig | None, got {type(_health_check_data).__name__}: {_health_check_data!r:.200}"
                )

            return health_check
        if deferred_name == "dns_config":
            _dns_config_data = src.get("DNSConfig")
            dns_config: TaskSpecContainerSpecDNSConfig | None
            if _dns_config_data is None:
                dns_config = _dns_config_data
            elif isinstance(_dns_config_data, dict):
                dns_config_type_0 = TaskSpecContainerSpecDNSConfig.from_dict(_dns_config_data)

                dns_config = dns_config_type_0
            else:
                raise TypeError(
                    f"dns_config: expected None | TaskSpecContainerSpecDNSConfig, got {type(_dns_config_data).__name__}: {_dns_config_data!r:.200}"
                )

            return dns_config
        if deferred_name == "secrets":
            _secrets_data = src.get("Secrets")
            secrets: list[TaskSpecContainerSpecSecretsItem] | None
            if _secrets_data is None:
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

            return secrets
        if deferred_name == "configs":
            _configs_data = src.get("Configs")
            configs: list[TaskSpecContainerSpecConfigsItem] | None
            if _configs_data is None:
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

            return configs
        if deferred_name == "sysctls":
            _sysctls_data = src.get("Sysctls")
            sysctls: TaskSpecContainerSpecSysctls | None
            if _sysctls_data is None:
                sysctls = _sysctls_data
            elif isinstance(_sysctls_data, dict):
                sysctls_type_0 = TaskSpecContainerSpecSysctls.from_dict(_sysctls_data)

                sysctls = sysctls_type_0
            else:
                raise TypeError(
                    f"sysctls: expected None | TaskSpecContainerSpecSysctls, got {type(_sysctls_data).__name__}: {_sysctls_data!r:.200}"
                )

            return sysctls
        if deferred_name == "ulimits":
            _ulimits_data = src.get("Ulimits")
            ulimits: list[TaskSpecContainerSpecUlimitsItem] | None
            if _ulimits_data is None:
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

            return ulimits
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Image": "image",
        "Labels": "labels",
        "Command": "command",
        "Args": "args",
        "Hostname": "hostname",
        "Env": "env",
        "Dir": "dir_",
        "User": "user",
        "Groups": "groups",
        "Privileges": "privileges",
        "TTY": "tty",
        "OpenStdin": "open_stdin",
        "ReadOnly": "read_only",
        "Mounts": "mounts",
        "StopSignal": "stop_signal",
        "StopGracePeriod": "stop_grace_period",
        "HealthCheck": "health_check",
        "Hosts": "hosts",
        "DNSConfig": "dns_config",
        "Secrets": "secrets",
        "OomScoreAdj": "oom_score_adj",
        "Configs": "configs",
        "Isolation": "isolation",
        "Init": "init",
        "Sysctls": "sysctls",
        "CapabilityAdd": "capability_add",
        "CapabilityDrop": "capability_drop",
        "Ulimits": "ulimits",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Image", "Hostname", "Dir", "User", "StopSignal"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> TaskSpecContainerSpecLabels: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "Command", "Args", "Env", "Groups", "Hosts", "CapabilityAdd", "CapabilityDrop"
            ],
        ) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Privileges"]) -> TaskSpecContainerSpecPrivileges: ...
        @overload
        def __getitem__(self, key: Literal["TTY", "OpenStdin", "ReadOnly", "Init"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Mounts"]) -> list[Mount]: ...
        @overload
        def __getitem__(self, key: Literal["StopGracePeriod", "OomScoreAdj"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["HealthCheck"]) -> HealthConfig: ...
        @overload
        def __getitem__(self, key: Literal["DNSConfig"]) -> TaskSpecContainerSpecDNSConfig: ...
        @overload
        def __getitem__(
            self, key: Literal["Secrets"]
        ) -> list[TaskSpecContainerSpecSecretsItem]: ...
        @overload
        def __getitem__(
            self, key: Literal["Configs"]
        ) -> list[TaskSpecContainerSpecConfigsItem]: ...
        @overload
        def __getitem__(self, key: Literal["Isolation"]) -> TaskSpecContainerSpecIsolation: ...
        @overload
        def __getitem__(self, key: Literal["Sysctls"]) -> TaskSpecContainerSpecSysctls: ...
        @overload
        def __getitem__(
            self, key: Literal["Ulimits"]
        ) -> list[TaskSpecContainerSpecUlimitsItem]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal["Image", "Hostname", "Dir", "User", "StopSignal"],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> TaskSpecContainerSpecLabels | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "Command", "Args", "Env", "Groups", "Hosts", "CapabilityAdd", "CapabilityDrop"
            ],
            default: None = None,
        ) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Privileges"], default: None = None
        ) -> TaskSpecContainerSpecPrivileges | None: ...
        @overload
        def get(
            self, key: Literal["TTY", "OpenStdin", "ReadOnly", "Init"], default: None = None
        ) -> bool | None: ...
        @overload
        def get(self, key: Literal["Mounts"], default: None = None) -> list[Mount] | None: ...
        @overload
        def get(
            self, key: Literal["StopGracePeriod", "OomScoreAdj"], default: None = None
        ) -> int | None: ...
        @overload
        def get(self, key: Literal["HealthCheck"], default: None = None) -> HealthConfig | None: ...
        @overload
        def get(
            self, key: Literal["DNSConfig"], default: None = None
        ) -> TaskSpecContainerSpecDNSConfig | None: ...
        @overload
        def get(
            self, key: Literal["Secrets"], default: None = None
        ) -> list[TaskSpecContainerSpecSecretsItem] | None: ...
        @overload
        def get(
            self, key: Literal["Configs"], default: None = None
        ) -> list[TaskSpecContainerSpecConfigsItem] | None: ...
        @overload
        def get(
            self, key: Literal["Isolation"], default: None = None
        ) -> TaskSpecContainerSpecIsolation | None: ...
        @overload
        def get(
            self, key: Literal["Sysctls"], default: None = None
        ) -> TaskSpecContainerSpecSysctls | None: ...
        @overload
        def get(
            self, key: Literal["Ulimits"], default: None = None
        ) -> list[TaskSpecContainerSpecUlimitsItem] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.health_config import HealthConfig
from ..models.mount import Mount
from ..models.task_spec_container_spec_configs_item import TaskSpecContainerSpecConfigsItem
from ..models.task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig
from ..models.task_spec_container_spec_labels import TaskSpecContainerSpecLabels
from ..models.task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges
from ..models.task_spec_container_spec_secrets_item import TaskSpecContainerSpecSecretsItem
from ..models.task_spec_container_spec_sysctls import TaskSpecContainerSpecSysctls
from ..models.task_spec_container_spec_ulimits_item import TaskSpecContainerSpecUlimitsItem
