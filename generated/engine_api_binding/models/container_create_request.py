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

T = TypeVar("T", bound="ContainerCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerCreateRequest(Model):
    """
    Example:
        {'Hostname': '', 'Domainname': '', 'User': '', 'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True,
            'Tty': False, 'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme', 'com.example.license': 'GPL',
            'com.example.version': '1.0'}, 'Volumes': {'/volumes/data': {}}, 'WorkingDir': '', 'NetworkDisabled': False,
            'ExposedPorts': {'22/tcp': {}}, 'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds':
            ['/tmp:/tmp'], 'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0, 'NanoCpus':
            500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000, 'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0,
            'MaximumIOBps': 0, 'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}], 'DeviceRequests':
            [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-fef8089b-4820-abfc-e83e-94318197576e'],
            'Capabilities': [['gpu', 'nvidia', 'compute']], 'Options': {'property1': 'string', 'property2': 'string'}}],
            'MemorySwappiness': 60, 'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False, 'Privileged': False,
            'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''], 'DnsSearch': [''], 'VolumesFrom': ['parent',
            'other:ro'], 'CapAdd': ['NET_ADMIN'], 'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name':
            '', 'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [], 'Ulimits': [{}],
            'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [], 'StorageOpt': {}, 'CgroupParent': '',
            'VolumeDriver': '', 'ShmSize': 67108864}, 'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig':
            {'IPv4Address': '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x', 'server_y']}, 'database_nw':
            {}}}}

    """

    __match_args__ = (
        "hostname",
        "domainname",
        "user",
        "attach_stdin",
        "attach_stdout",
        "attach_stderr",
        "exposed_ports",
        "tty",
        "open_stdin",
        "stdin_once",
        "env",
        "cmd",
        "healthcheck",
        "args_escaped",
        "image",
        "volumes",
        "working_dir",
        "entrypoint",
        "network_disabled",
        "on_build",
        "labels",
        "stop_signal",
        "stop_timeout",
        "shell",
        "mac_address",
        "host_config",
        "networking_config",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    hostname: str | None
    """ The hostname to use for the container, as a valid RFC 1123 hostname.
     """
    domainname: str | None
    """ The domain name to use for the container.
     """
    user: str | None
    """ Commands run as this user inside the container. If omitted, commands
    run as the user specified in the image the container was started from.

    Can be either user-name or UID, and optional group-name or GID,
    separated by a colon (`<user-name|UID>[<:group-name|GID>]`). """
    attach_stdin: bool | None
    """ Whether to attach to `stdin`. """
    attach_stdout: bool | None
    """ Whether to attach to `stdout`. """
    attach_stderr: bool | None
    """ Whether to attach to `stderr`. """
    exposed_ports: ContainerConfigExposedPorts | None
    """ An object mapping ports to an empty object in the form:

    `{"<port>/<tcp|udp|sctp>": {}}`
     """
    tty: bool | None
    """ Attach standard streams to a TTY, including `stdin` if it is not closed.
     """
    open_stdin: bool | None
    """ Open `stdin` """
    stdin_once: bool | None
    """ Close `stdin` after one attached client disconnects """
    env: list[str] | None
    """ A list of environment variables to set inside the container in the
    form `["VAR=value", ...]`. A variable without `=` is removed from the
    environment, rather than to have an empty value.
     """
    cmd: list[str] | None
    """ Command to run specified as a string or an array of strings.
     """
    healthcheck: HealthConfig | None
    args_escaped: bool | None
    """ Command is already escaped (Windows only) """
    image: str | None
    """ The name (or reference) of the image to use when creating the container,
    or which was used when the container was created.
     """
    volumes: ContainerConfigVolumes | None
    """ An object mapping mount point paths inside the container to empty
    objects.
     """
    working_dir: str | None
    """ The working directory for commands to run in. """
    entrypoint: list[str] | None
    """ The entry point for the container as a string or an array of strings.

    If the array consists of exactly one empty string (`[""]`) then the
    entry point is reset to system default (i.e., the entry point used by
    docker when there is no `ENTRYPOINT` instruction in the `Dockerfile`).
     """
    network_disabled: bool | None
    """ Disable networking for the container. """
    on_build: list[str] | None
    """ `ONBUILD` metadata that were defined in the image's `Dockerfile`.
     """
    labels: ContainerConfigLabels | None
    """ User-defined key/value metadata. """
    stop_signal: str | None
    """ Signal to stop a container as a string or unsigned integer.
     """
    stop_timeout: int | None
    """ Timeout to stop a container in seconds. If omitted, the daemon-wide
    default (`default-stop-timeout`) is used.
     """
    shell: list[str] | None
    """ Shell for when `RUN`, `CMD`, and `ENTRYPOINT` uses a shell.
     """
    mac_address: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    MAC address of the container.

    Deprecated: this field is deprecated in API v1.44 and up. Use EndpointSettings.MacAddress instead.
     """
    host_config: HostConfig | None
    """ Container configuration that depends on the host we are running on """
    networking_config: NetworkingConfig | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        hostname: str | None = None,
        domainname: str | None = None,
        user: str | None = None,
        attach_stdin: bool | None = None,
        attach_stdout: bool | None = None,
        attach_stderr: bool | None = None,
        exposed_ports: ContainerConfigExposedPorts | None = None,
        tty: bool | None = None,
        open_stdin: bool | None = None,
        stdin_once: bool | None = None,
        env: list[str] | None = None,
        cmd: list[str] | None = None,
        healthcheck: HealthConfig | None = None,
        args_escaped: bool | None = None,
        image: str | None = None,
        volumes: ContainerConfigVolumes | None = None,
        working_dir: str | None = None,
        entrypoint: list[str] | None = None,
        network_disabled: bool | None = None,
        on_build: list[str] | None = None,
        labels: ContainerConfigLabels | None = None,
        stop_signal: str | None = None,
        stop_timeout: int | None = None,
        shell: list[str] | None = None,
        mac_address: str | None = None,
        host_config: HostConfig | None = None,
        networking_config: NetworkingConfig | None = None,
    ) -> None:
        self.hostname = hostname
        self.domainname = domainname
        self.user = user
        self.attach_stdin = attach_stdin
        self.attach_stdout = attach_stdout
        self.attach_stderr = attach_stderr
        self.exposed_ports = exposed_ports
        self.tty = tty
        self.open_stdin = open_stdin
        self.stdin_once = stdin_once
        self.env = env
        self.cmd = cmd
        self.healthcheck = healthcheck
        self.args_escaped = args_escaped
        self.image = image
        self.volumes = volumes
        self.working_dir = working_dir
        self.entrypoint = entrypoint
        self.network_disabled = network_disabled
        self.on_build = on_build
        self.labels = labels
        self.stop_signal = stop_signal
        self.stop_timeout = stop_timeout
        self.shell = shell
        self.mac_address = mac_address
        self.host_config = host_config
        self.networking_config = networking_config
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.hostname is not None:
            field_dict["Hostname"] = self.hostname
        elif "Hostname" in self._sent:
            field_dict["Hostname"] = None

        if self.domainname is not None:
            field_dict["Domainname"] = self.domainname
        elif "Domainname" in self._sent:
            field_dict["Domainname"] = None

        if self.user is not None:
            field_dict["User"] = self.user
        elif "User" in self._sent:
            field_dict["User"] = None

        if self.attach_stdin is not None:
            field_dict["AttachStdin"] = self.attach_stdin
        elif "AttachStdin" in self._sent:
            field_dict["AttachStdin"] = None

        if self.attach_stdout is not None:
            field_dict["AttachStdout"] = self.attach_stdout
        elif "AttachStdout" in self._sent:
            field_dict["AttachStdout"] = None

        if self.attach_stderr is not None:
            field_dict["AttachStderr"] = self.attach_stderr
        elif "AttachStderr" in self._sent:
            field_dict["AttachStderr"] = None

        exposed_ports = self.exposed_ports
        if exposed_ports is not None:
            exposed_ports_json: dict[str, Any] | None
            if isinstance(exposed_ports, ContainerConfigExposedPorts):
                exposed_ports_json = exposed_ports.to_dict()
            else:
                exposed_ports_json = exposed_ports
            field_dict["ExposedPorts"] = exposed_ports_json
        elif "ExposedPorts" in self._sent:
            field_dict["ExposedPorts"] = None

        if self.tty is not None:
            field_dict["Tty"] = self.tty
        elif "Tty" in self._sent:
            field_dict["Tty"] = None

        if self.open_stdin is not None:
            field_dict["OpenStdin"] = self.open_stdin
        elif "OpenStdin" in self._sent:
            field_dict["OpenStdin"] = None

        if self.stdin_once is not None:
            field_dict["StdinOnce"] = self.stdin_once
        elif "StdinOnce" in self._sent:
            field_dict["StdinOnce"] = None

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

        cmd = self.cmd
        if cmd is not None:
            cmd_json: list[str] | None
            if isinstance(cmd, list):
                cmd_json = cmd

            else:
                cmd_json = cmd
            field_dict["Cmd"] = cmd_json
        elif "Cmd" in self._sent:
            field_dict["Cmd"] = None

        healthcheck = self.healthcheck
        if healthcheck is not None:
            healthcheck_json: dict[str, Any] | None
            if isinstance(healthcheck, HealthConfig):
                healthcheck_json = healthcheck.to_dict()
            else:
                healthcheck_json = healthcheck
            field_dict["Healthcheck"] = healthcheck_json
        elif "Healthcheck" in self._sent:
            field_dict["Healthcheck"] = None

        args_escaped = self.args_escaped
        if args_escaped is not None:
            args_escaped_json: bool | None
            args_escaped_json = args_escaped
            field_dict["ArgsEscaped"] = args_escaped_json
        elif "ArgsEscaped" in self._sent:
            field_dict["ArgsEscaped"] = None

        if self.image is not None:
            field_dict["Image"] = self.image
        elif "Image" in self._sent:
            field_dict["Image"] = None

        volumes = self.volumes
        if volumes is not None:
            volumes_json: dict[str, Any] | None
            if isinstance(volumes, ContainerConfigVolumes):
                volumes_json = volumes.to_dict()
            else:
                volumes_json = volumes
            field_dict["Volumes"] = volumes_json
        elif "Volumes" in self._sent:
            field_dict["Volumes"] = None

        if self.working_dir is not None:
            field_dict["WorkingDir"] = self.working_dir
        elif "WorkingDir" in self._sent:
            field_dict["WorkingDir"] = None

        entrypoint = self.entrypoint
        if entrypoint is not None:
            entrypoint_json: list[str] | None
            if isinstance(entrypoint, list):
                entrypoint_json = entrypoint

            else:
                entrypoint_json = entrypoint
            field_dict["Entrypoint"] = entrypoint_json
        elif "Entrypoint" in self._sent:
            field_dict["Entrypoint"] = None

        network_disabled = self.network_disabled
        if network_disabled is not None:
            network_disabled_json: bool | None
            network_disabled_json = network_disabled
            field_dict["NetworkDisabled"] = network_disabled_json
        elif "NetworkDisabled" in self._sent:
            field_dict["NetworkDisabled"] = None

        on_build = self.on_build
        if on_build is not None:
            on_build_json: list[str] | None
            if isinstance(on_build, list):
                on_build_json = on_build

            else:
                on_build_json = on_build
            field_dict["OnBuild"] = on_build_json
        elif "OnBuild" in self._sent:
            field_dict["OnBuild"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, ContainerConfigLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        stop_signal = self.stop_signal
        if stop_signal is not None:
            stop_signal_json: str | None
            stop_signal_json = stop_signal
            field_dict["StopSignal"] = stop_signal_json
        elif "StopSignal" in self._sent:
            field_dict["StopSignal"] = None

        stop_timeout = self.stop_timeout
        if stop_timeout is not None:
            stop_timeout_json: int | None
            stop_timeout_json = stop_timeout
            field_dict["StopTimeout"] = stop_timeout_json
        elif "StopTimeout" in self._sent:
            field_dict["StopTimeout"] = None

        shell = self.shell
        if shell is not None:
            shell_json: list[str] | None
            if isinstance(shell, list):
                shell_json = shell

            else:
                shell_json = shell
            field_dict["Shell"] = shell_json
        elif "Shell" in self._sent:
            field_dict["Shell"] = None

        mac_address = self.mac_address
        if mac_address is not None:
            mac_address_json: str | None
            mac_address_json = mac_address
            field_dict["MacAddress"] = mac_address_json
        elif "MacAddress" in self._sent:
            field_dict["MacAddress"] = None

        host_config = self.host_config
        if host_config is not None:
            host_config_json = host_config.to_dict()
            field_dict["HostConfig"] = host_config_json
        elif "HostConfig" in self._sent:
            field_dict["HostConfig"] = None

        networking_config = self.networking_config
        if networking_config is not None:
            networking_config_json: dict[str, Any] | None
            if isinstance(networking_config, NetworkingConfig):
                networking_config_json = networking_config.to_dict()
            else:
                networking_config_json = networking_config
            field_dict["NetworkingConfig"] = networking_config_json
        elif "NetworkingConfig" in self._sent:
            field_dict["NetworkingConfig"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        hostname = d.pop("Hostname", None)

        domainname = d.pop("Domainname", None)

        user = d.pop("User", None)

        attach_stdin = d.pop("AttachStdin", None)

        attach_stdout = d.pop("AttachStdout", None)

        attach_stderr = d.pop("AttachStderr", None)

        d.pop("ExposedPorts", None)

        tty = d.pop("Tty", None)

        open_stdin = d.pop("OpenStdin", None)

        stdin_once = d.pop("StdinOnce", None)

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

        _cmd_data = d.pop("Cmd", None)
        cmd: list[str] | None
        if _cmd_data is None:
            cmd = _cmd_data
        elif isinstance(_cmd_data, list):
            cmd_type_0 = _cmd_data

            cmd = cmd_type_0
        else:
            raise TypeError(
                f"cmd: expected list[str] | None, got {type(_cmd_data).__name__}: {_cmd_data!r:.200}"
            )

        d.pop("Healthcheck", None)

        _args_escaped_data = d.pop("ArgsEscaped", None)
        args_escaped: bool | None
        if _args_escaped_data is None or isinstance(_args_escaped_data, bool):
            args_escaped = _args_escaped_data
        else:
            raise TypeError(
                f"args_escaped: expected bool | None, got {type(_args_escaped_data).__name__}: {_args_escaped_data!r:.200}"
            )

        image = d.pop("Image", None)

        d.pop("Volumes", None)

        working_dir = d.pop("WorkingDir", None)

        _entrypoint_data = d.pop("Entrypoint", None)
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

        _network_disabled_data = d.pop("NetworkDisabled", None)
        network_disabled: bool | None
        if _network_disabled_data is None or isinstance(_network_disabled_data, bool):
            network_disabled = _network_disabled_data
        else:
            raise TypeError(
                f"network_disabled: expected bool | None, got {type(_network_disabled_data).__name__}: {_network_disabled_data!r:.200}"
            )

        _on_build_data = d.pop("OnBuild", None)
        on_build: list[str] | None
        if _on_build_data is None:
            on_build = _on_build_data
        elif isinstance(_on_build_data, list):
            on_build_type_0 = _on_build_data

            on_build = on_build_type_0
        else:
            raise TypeError(
                f"on_build: expected list[str] | None, got {type(_on_build_data).__name__}: {_on_build_data!r:.200}"
            )

        d.pop("Labels", None)

        _stop_signal_data = d.pop("StopSignal", None)
        stop_signal: str | None
        if _stop_signal_data is None or isinstance(_stop_signal_data, str):
            stop_signal = _stop_signal_data
        else:
            raise TypeError(
                f"stop_signal: expected None | str, got {type(_stop_signal_data).__name__}: {_stop_signal_data!r:.200}"
            )

        _stop_timeout_data = d.pop("StopTimeout", None)
        stop_timeout: int | None
        if _stop_timeout_data is None or isinstance(_stop_timeout_data, int):
            stop_timeout = _stop_timeout_data
        else:
            raise TypeError(
                f"stop_timeout: expected int | None, got {type(_stop_timeout_data).__name__}: {_stop_timeout_data!r:.200}"
            )

        _shell_data = d.pop("Shell", None)
        shell: list[str] | None
        if _shell_data is None:
            shell = _shell_data
        elif isinstance(_shell_data, list):
            shell_type_0 = _shell_data

            shell = shell_type_0
        else:
            raise TypeError(
                f"shell: expected list[str] | None, got {type(_shell_data).__name__}: {_shell_data!r:.200}"
            )

        _mac_address_data = d.pop("MacAddress", None)
        mac_address: str | None
        if _mac_address_data is None or isinstance(_mac_address_data, str):
            mac_address = _mac_address_data
        else:
            raise TypeError(
                f"mac_address: expected None | str, got {type(_mac_address_data).__name__}: {_mac_address_data!r:.200}"
            )

        d.pop("HostConfig", None)

        d.pop("NetworkingConfig", None)

        container_create_request = _new(cls)
        container_create_request._sent = src_dict
        container_create_request.hostname = hostname
        container_create_request.domainname = domainname
        container_create_request.user = user
        container_create_request.attach_stdin = attach_stdin
        container_create_request.attach_stdout = attach_stdout
        container_create_request.attach_stderr = attach_stderr
        container_create_request.tty = tty
        container_create_request.open_stdin = open_stdin
        container_create_request.stdin_once = stdin_once
        container_create_request.env = env
        container_create_request.cmd = cmd
        container_create_request.args_escaped = args_escaped
        container_create_request.image = image
        container_create_request.working_dir = working_dir
        container_create_request.entrypoint = entrypoint
        container_create_request.network_disabled = network_disabled
        container_create_request.on_build = on_build
        container_create_request.stop_signal = stop_signal
        container_create_request.stop_timeout = stop_timeout
        container_create_request.shell = shell
        container_create_request.mac_address = mac_address
        container_create_request.additional_properties = d
        return container_create_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "exposed_ports",
            "healthcheck",
            "volumes",
            "labels",
            "host_config",
            "networking_config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "exposed_ports":
            _exposed_ports_data = src.get("ExposedPorts")
            exposed_ports: ContainerConfigExposedPorts | None
            if _exposed_ports_data is None:
                exposed_ports = _exposed_ports_data
            elif isinstance(_exposed_ports_data, dict):
                exposed_ports_type_0 = ContainerConfigExposedPorts.from_dict(_exposed_ports_data)

                exposed_ports = exposed_ports_type_0
            else:
                raise TypeError(
                    f"exposed_ports: expected ContainerConfigExposedPorts | None, got {type(_exposed_ports_data).__name__}: {_exposed_ports_data!r:.200}"
                )

            return exposed_ports
        if deferred_name == "healthcheck":
            _healthcheck_data = src.get("Healthcheck")
            healthcheck: HealthConfig | None
            if _healthcheck_data is None:
                healthcheck = _healthcheck_data
            elif isinstance(_healthcheck_data, dict):
                healthcheck_type_0 = HealthConfig.from_dict(_healthcheck_data)

                healthcheck = healthcheck_type_0
            else:
                raise TypeError(
                    f"healthcheck: expected HealthConfig | None, got {type(_healthcheck_data).__name__}: {_healthcheck_data!r:.200}"
                )

            return healthcheck
        if deferred_name == "volumes":
            _volumes_data = src.get("Volumes")
            volumes: ContainerConfigVolumes | None
            if _volumes_data is None:
                volumes = _volumes_data
            elif isinstance(_volumes_data, dict):
                volumes_type_0 = ContainerConfigVolumes.from_dict(_volumes_data)

                volumes = volumes_type_0
            else:
                raise TypeError(
                    f"volumes: expected ContainerConfigVolumes | None, got {type(_volumes_data).__name__}: {_volumes_data!r:.200}"
                )

            return volumes
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: ContainerConfigLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = ContainerConfigLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected ContainerConfigLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "host_config":
            _host_config_src = src.get("HostConfig")
            host_config: HostConfig | None
            if _host_config_src is None:
                host_config = None
            else:
                host_config_value = HostConfig.from_dict(_host_config_src)

                host_config = host_config_value

            return host_config
        if deferred_name == "networking_config":
            _networking_config_data = src.get("NetworkingConfig")
            networking_config: NetworkingConfig | None
            if _networking_config_data is None:
                networking_config = _networking_config_data
            elif isinstance(_networking_config_data, dict):
                networking_config_type_0 = NetworkingConfig.from_dict(_networking_config_data)

                networking_config = networking_config_type_0
            else:
                raise TypeError(
                    f"networking_config: expected NetworkingConfig | None, got {type(_networking_config_data).__name__}: {_networking_config_data!r:.200}"
                )

            return networking_config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Hostname": "hostname",
        "Domainname": "domainname",
        "User": "user",
        "AttachStdin": "attach_stdin",
        "AttachStdout": "attach_stdout",
        "AttachStderr": "attach_stderr",
        "ExposedPorts": "exposed_ports",
        "Tty": "tty",
        "OpenStdin": "open_stdin",
        "StdinOnce": "stdin_once",
        "Env": "env",
        "Cmd": "cmd",
        "Healthcheck": "healthcheck",
        "ArgsEscaped": "args_escaped",
        "Image": "image",
        "Volumes": "volumes",
        "WorkingDir": "working_dir",
        "Entrypoint": "entrypoint",
        "NetworkDisabled": "network_disabled",
        "OnBuild": "on_build",
        "Labels": "labels",
        "StopSignal": "stop_signal",
        "StopTimeout": "stop_timeout",
        "Shell": "shell",
        "MacAddress": "mac_address",
        "HostConfig": "host_config",
        "NetworkingConfig": "networking_config",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "Hostname", "Domainname", "User", "Image", "WorkingDir", "StopSignal", "MacAddress"
            ],
        ) -> str: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "AttachStdin",
                "AttachStdout",
                "AttachStderr",
                "Tty",
                "OpenStdin",
                "StdinOnce",
                "ArgsEscaped",
                "NetworkDisabled",
            ],
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["ExposedPorts"]) -> ContainerConfigExposedPorts: ...
        @overload
        def __getitem__(
            self, key: Literal["Env", "Cmd", "Entrypoint", "OnBuild", "Shell"]
        ) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Healthcheck"]) -> HealthConfig: ...
        @overload
        def __getitem__(self, key: Literal["Volumes"]) -> ContainerConfigVolumes: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> ContainerConfigLabels: ...
        @overload
        def __getitem__(self, key: Literal["StopTimeout"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["HostConfig"]) -> HostConfig: ...
        @overload
        def __getitem__(self, key: Literal["NetworkingConfig"]) -> NetworkingConfig: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "Hostname", "Domainname", "User", "Image", "WorkingDir", "StopSignal", "MacAddress"
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "AttachStdin",
                "AttachStdout",
                "AttachStderr",
                "Tty",
                "OpenStdin",
                "StdinOnce",
                "ArgsEscaped",
                "NetworkDisabled",
            ],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["ExposedPorts"], default: None = None
        ) -> ContainerConfigExposedPorts | None: ...
        @overload
        def get(
            self, key: Literal["Env", "Cmd", "Entrypoint", "OnBuild", "Shell"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["Healthcheck"], default: None = None) -> HealthConfig | None: ...
        @overload
        def get(
            self, key: Literal["Volumes"], default: None = None
        ) -> ContainerConfigVolumes | None: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> ContainerConfigLabels | None: ...
        @overload
        def get(self, key: Literal["StopTimeout"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["HostConfig"], default: None = None) -> HostConfig | None: ...
        @overload
        def get(
            self, key: Literal["NetworkingConfig"], default: None = None
        ) -> NetworkingConfig | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_config_exposed_ports import ContainerConfigExposedPorts
from ..models.container_config_labels import ContainerConfigLabels
from ..models.container_config_volumes import ContainerConfigVolumes
from ..models.health_config import HealthConfig
from ..models.host_config import HostConfig
from ..models.networking_config import NetworkingConfig
