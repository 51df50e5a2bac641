from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerCreateRequest:
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

    hostname: str | Unset = UNSET
    """ The hostname to use for the container, as a valid RFC 1123 hostname.
     """
    domainname: str | Unset = UNSET
    """ The domain name to use for the container.
     """
    user: str | Unset = UNSET
    """ Commands run as this user inside the container. If omitted, commands
    run as the user specified in the image the container was started from.

    Can be either user-name or UID, and optional group-name or GID,
    separated by a colon (`<user-name|UID>[<:group-name|GID>]`). """
    attach_stdin: bool | Unset = UNSET
    """ Whether to attach to `stdin`. """
    attach_stdout: bool | Unset = UNSET
    """ Whether to attach to `stdout`. """
    attach_stderr: bool | Unset = UNSET
    """ Whether to attach to `stderr`. """
    exposed_ports: ContainerConfigExposedPorts | Unset | None = UNSET
    """ An object mapping ports to an empty object in the form:

    `{"<port>/<tcp|udp|sctp>": {}}`
     """
    tty: bool | Unset = UNSET
    """ Attach standard streams to a TTY, including `stdin` if it is not closed.
     """
    open_stdin: bool | Unset = UNSET
    """ Open `stdin` """
    stdin_once: bool | Unset = UNSET
    """ Close `stdin` after one attached client disconnects """
    env: list[str] | Unset | None = UNSET
    """ A list of environment variables to set inside the container in the
    form `["VAR=value", ...]`. A variable without `=` is removed from the
    environment, rather than to have an empty value.
     """
    cmd: list[str] | Unset | None = UNSET
    """ Command to run specified as a string or an array of strings.
     """
    healthcheck: HealthConfig | Unset | None = UNSET
    args_escaped: bool | Unset | None = UNSET
    """ Command is already escaped (Windows only) """
    image: str | Unset = UNSET
    """ The name (or reference) of the image to use when creating the container,
    or which was used when the container was created.
     """
    volumes: ContainerConfigVolumes | Unset | None = UNSET
    """ An object mapping mount point paths inside the container to empty
    objects.
     """
    working_dir: str | Unset = UNSET
    """ The working directory for commands to run in. """
    entrypoint: list[str] | Unset | None = UNSET
    """ The entry point for the container as a string or an array of strings.

    If the array consists of exactly one empty string (`[""]`) then the
    entry point is reset to system default (i.e., the entry point used by
    docker when there is no `ENTRYPOINT` instruction in the `Dockerfile`).
     """
    network_disabled: bool | Unset | None = UNSET
    """ Disable networking for the container. """
    on_build: list[str] | Unset | None = UNSET
    """ `ONBUILD` metadata that were defined in the image's `Dockerfile`.
     """
    labels: ContainerConfigLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    stop_signal: str | Unset | None = UNSET
    """ Signal to stop a container as a string or unsigned integer.
     """
    stop_timeout: int | Unset | None = UNSET
    """ Timeout to stop a container in seconds. If omitted, the daemon-wide
    default (`default-stop-timeout`) is used.
     """
    shell: list[str] | Unset | None = UNSET
    """ Shell for when `RUN`, `CMD`, and `ENTRYPOINT` uses a shell.
     """
    mac_address: str | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    MAC address of the container.

    Deprecated: this field is deprecated in API v1.44 and up. Use EndpointSettings.MacAddress instead.
     """
    host_config: HostConfig | Unset = UNSET
    """ Container configuration that depends on the host we are running on """
    networking_config: NetworkingConfig | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        domainname = self.domainname

        user = self.user

        attach_stdin = self.attach_stdin

        attach_stdout = self.attach_stdout

        attach_stderr = self.attach_stderr

        exposed_ports: dict[str, Any] | Unset | None
        if isinstance(self.exposed_ports, Unset):
            exposed_ports = UNSET
        elif isinstance(self.exposed_ports, ContainerConfigExposedPorts):
            exposed_ports = self.exposed_ports.to_dict()
        else:
            exposed_ports = self.exposed_ports

        tty = self.tty

        open_stdin = self.open_stdin

        stdin_once = self.stdin_once

        env: list[str] | Unset | None
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        cmd: list[str] | Unset | None
        if isinstance(self.cmd, Unset):
            cmd = UNSET
        elif isinstance(self.cmd, list):
            cmd = self.cmd

        else:
            cmd = self.cmd

        healthcheck: dict[str, Any] | Unset | None
        if isinstance(self.healthcheck, Unset):
            healthcheck = UNSET
        elif isinstance(self.healthcheck, HealthConfig):
            healthcheck = self.healthcheck.to_dict()
        else:
            healthcheck = self.healthcheck

        args_escaped: bool | Unset | None
        if isinstance(self.args_escaped, Unset):
            args_escaped = UNSET
        else:
            args_escaped = self.args_escaped

        image = self.image

        volumes: dict[str, Any] | Unset | None
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, ContainerConfigVolumes):
            volumes = self.volumes.to_dict()
        else:
            volumes = self.volumes

        working_dir = self.working_dir

        entrypoint: list[str] | Unset | None
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        elif isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint

        network_disabled: bool | Unset | None
        if isinstance(self.network_disabled, Unset):
            network_disabled = UNSET
        else:
            network_disabled = self.network_disabled

        on_build: list[str] | Unset | None
        if isinstance(self.on_build, Unset):
            on_build = UNSET
        elif isinstance(self.on_build, list):
            on_build = self.on_build

        else:
            on_build = self.on_build

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ContainerConfigLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        stop_signal: str | Unset | None
        if isinstance(self.stop_signal, Unset):
            stop_signal = UNSET
        else:
            stop_signal = self.stop_signal

        stop_timeout: int | Unset | None
        if isinstance(self.stop_timeout, Unset):
            stop_timeout = UNSET
        else:
            stop_timeout = self.stop_timeout

        shell: list[str] | Unset | None
        if isinstance(self.shell, Unset):
            shell = UNSET
        elif isinstance(self.shell, list):
            shell = self.shell

        else:
            shell = self.shell

        mac_address: str | Unset | None
        if isinstance(self.mac_address, Unset):
            mac_address = UNSET
        else:
            mac_address = self.mac_address

        host_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_config, Unset):
            host_config = self.host_config.to_dict()

        networking_config: dict[str, Any] | Unset | None
        if isinstance(self.networking_config, Unset):
            networking_config = UNSET
        elif isinstance(self.networking_config, NetworkingConfig):
            networking_config = self.networking_config.to_dict()
        else:
            networking_config = self.networking_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["Hostname"] = hostname
        if domainname is not UNSET:
            field_dict["Domainname"] = domainname
        if user is not UNSET:
            field_dict["User"] = user
        if attach_stdin is not UNSET:
            field_dict["AttachStdin"] = attach_stdin
        if attach_stdout is not UNSET:
            field_dict["AttachStdout"] = attach_stdout
        if attach_stderr is not UNSET:
            field_dict["AttachStderr"] = attach_stderr
        if exposed_ports is not UNSET:
            field_dict["ExposedPorts"] = exposed_ports
        if tty is not UNSET:
            field_dict["Tty"] = tty
        if open_stdin is not UNSET:
            field_dict["OpenStdin"] = open_stdin
        if stdin_once is not UNSET:
            field_dict["StdinOnce"] = stdin_once
        if env is not UNSET:
            field_dict["Env"] = env
        if cmd is not UNSET:
            field_dict["Cmd"] = cmd
        if healthcheck is not UNSET:
            field_dict["Healthcheck"] = healthcheck
        if args_escaped is not UNSET:
            field_dict["ArgsEscaped"] = args_escaped
        if image is not UNSET:
            field_dict["Image"] = image
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if working_dir is not UNSET:
            field_dict["WorkingDir"] = working_dir
        if entrypoint is not UNSET:
            field_dict["Entrypoint"] = entrypoint
        if network_disabled is not UNSET:
            field_dict["NetworkDisabled"] = network_disabled
        if on_build is not UNSET:
            field_dict["OnBuild"] = on_build
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if stop_signal is not UNSET:
            field_dict["StopSignal"] = stop_signal
        if stop_timeout is not UNSET:
            field_dict["StopTimeout"] = stop_timeout
        if shell is not UNSET:
            field_dict["Shell"] = shell
        if mac_address is not UNSET:
            field_dict["MacAddress"] = mac_address
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if networking_config is not UNSET:
            field_dict["NetworkingConfig"] = networking_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("Hostname", UNSET)

        domainname = d.pop("Domainname", UNSET)

        user = d.pop("User", UNSET)

        attach_stdin = d.pop("AttachStdin", UNSET)

        attach_stdout = d.pop("AttachStdout", UNSET)

        attach_stderr = d.pop("AttachStderr", UNSET)

        _exposed_ports_data = d.pop("ExposedPorts", UNSET)
        exposed_ports: ContainerConfigExposedPorts | Unset | None
        if _exposed_ports_data is None or _exposed_ports_data is UNSET:
            exposed_ports = _exposed_ports_data
        elif isinstance(_exposed_ports_data, dict):
            exposed_ports_type_0 = ContainerConfigExposedPorts.from_dict(_exposed_ports_data)

            exposed_ports = exposed_ports_type_0
        else:
            raise TypeError(
                f"exposed_ports: expected ContainerConfigExposedPorts | None, got {type(_exposed_ports_data).__name__}: {_exposed_ports_data!r:.200}"
            )

        tty = d.pop("Tty", UNSET)

        open_stdin = d.pop("OpenStdin", UNSET)

        stdin_once = d.pop("StdinOnce", UNSET)

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

        _cmd_data = d.pop("Cmd", UNSET)
        cmd: list[str] | Unset | None
        if _cmd_data is None or _cmd_data is UNSET:
            cmd = _cmd_data
        elif isinstance(_cmd_data, list):
            cmd_type_0 = _cmd_data

            cmd = cmd_type_0
        else:
            raise TypeError(
                f"cmd: expected list[str] | None, got {type(_cmd_data).__name__}: {_cmd_data!r:.200}"
            )

        _healthcheck_data = d.pop("Healthcheck", UNSET)
        healthcheck: HealthConfig | Unset | None
        if _healthcheck_data is None or _healthcheck_data is UNSET:
            healthcheck = _healthcheck_data
        elif isinstance(_healthcheck_data, dict):
            healthcheck_type_0 = HealthConfig.from_dict(_healthcheck_data)

            healthcheck = healthcheck_type_0
        else:
            raise TypeError(
                f"healthcheck: expected HealthConfig | None, got {type(_healthcheck_data).__name__}: {_healthcheck_data!r:.200}"
            )

        _args_escaped_data = d.pop("ArgsEscaped", UNSET)
        args_escaped: bool | Unset | None
        if (
            _args_escaped_data is None
            or _args_escaped_data is UNSET
            or isinstance(_args_escaped_data, bool)
        ):
            args_escaped = _args_escaped_data
        else:
            raise TypeError(
                f"args_escaped: expected bool | None, got {type(_args_escaped_data).__name__}: {_args_escaped_data!r:.200}"
            )

        image = d.pop("Image", UNSET)

        _volumes_data = d.pop("Volumes", UNSET)
        volumes: ContainerConfigVolumes | Unset | None
        if _volumes_data is None or _volumes_data is UNSET:
            volumes = _volumes_data
        elif isinstance(_volumes_data, dict):
            volumes_type_0 = ContainerConfigVolumes.from_dict(_volumes_data)

            volumes = volumes_type_0
        else:
            raise TypeError(
                f"volumes: expected ContainerConfigVolumes | None, got {type(_volumes_data).__name__}: {_volumes_data!r:.200}"
            )

        working_dir = d.pop("WorkingDir", UNSET)

        _entrypoint_data = d.pop("Entrypoint", UNSET)
        entrypoint: list[str] | Unset | None
        if _entrypoint_data is None or _entrypoint_data is UNSET:
            entrypoint = _entrypoint_data
        elif isinstance(_entrypoint_data, list):
            entrypoint_type_0 = _entrypoint_data

            entrypoint = entrypoint_type_0
        else:
            raise TypeError(
                f"entrypoint: expected list[str] | None, got {type(_entrypoint_data).__name__}: {_entrypoint_data!r:.200}"
            )

        _network_disabled_data = d.pop("NetworkDisabled", UNSET)
        network_disabled: bool | Unset | None
        if (
            _network_disabled_data is None
            or _network_disabled_data is UNSET
            or isinstance(_network_disabled_data, bool)
        ):
            network_disabled = _network_disabled_data
        else:
            raise TypeError(
                f"network_disabled: expected bool | None, got {type(_network_disabled_data).__name__}: {_network_disabled_data!r:.200}"
            )

        _on_build_data = d.pop("OnBuild", UNSET)
        on_build: list[str] | Unset | None
        if _on_build_data is None or _on_build_data is UNSET:
            on_build = _on_build_data
        elif isinstance(_on_build_data, list):
            on_build_type_0 = _on_build_data

            on_build = on_build_type_0
        else:
            raise TypeError(
                f"on_build: expected list[str] | None, got {type(_on_build_data).__name__}: {_on_build_data!r:.200}"
            )

        _labels_data = d.pop("Labels", UNSET)
        labels: ContainerConfigLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = ContainerConfigLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected ContainerConfigLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _stop_signal_data = d.pop("StopSignal", UNSET)
        stop_signal: str | Unset | None
        if (
            _stop_signal_data is None
            or _stop_signal_data is UNSET
            or isinstance(_stop_signal_data, str)
        ):
            stop_signal = _stop_signal_data
        else:
            raise TypeError(
                f"stop_signal: expected None | str, got {type(_stop_signal_data).__name__}: {_stop_signal_data!r:.200}"
            )

        _stop_timeout_data = d.pop("StopTimeout", UNSET)
        stop_timeout: int | Unset | None
        if (
            _stop_timeout_data is None
            or _stop_timeout_data is UNSET
            or isinstance(_stop_timeout_data, int)
        ):
            stop_timeout = _stop_timeout_data
        else:
            raise TypeError(
                f"stop_timeout: expected int | None, got {type(_stop_timeout_data).__name__}: {_stop_timeout_data!r:.200}"
            )

        _shell_data = d.pop("Shell", UNSET)
        shell: list[str] | Unset | None
        if _shell_data is None or _shell_data is UNSET:
            shell = _shell_data
        elif isinstance(_shell_data, list):
            shell_type_0 = _shell_data

            shell = shell_type_0
        else:
            raise TypeError(
                f"shell: expected list[str] | None, got {type(_shell_data).__name__}: {_shell_data!r:.200}"
            )

        _mac_address_data = d.pop("MacAddress", UNSET)
        mac_address: str | Unset | None
        if (
            _mac_address_data is None
            or _mac_address_data is UNSET
            or isinstance(_mac_address_data, str)
        ):
            mac_address = _mac_address_data
        else:
            raise TypeError(
                f"mac_address: expected None | str, got {type(_mac_address_data).__name__}: {_mac_address_data!r:.200}"
            )

        _host_config = d.pop("HostConfig", UNSET)
        host_config: HostConfig | Unset
        if _host_config is UNSET:
            host_config = UNSET
        else:
            host_config = HostConfig.from_dict(_host_config)

        _networking_config_data = d.pop("NetworkingConfig", UNSET)
        networking_config: NetworkingConfig | Unset | None
        if _networking_config_data is None or _networking_config_data is UNSET:
            networking_config = _networking_config_data
        elif isinstance(_networking_config_data, dict):
            networking_config_type_0 = NetworkingConfig.from_dict(_networking_config_data)

            networking_config = networking_config_type_0
        else:
            raise TypeError(
                f"networking_config: expected NetworkingConfig | None, got {type(_networking_config_data).__name__}: {_networking_config_data!r:.200}"
            )

        container_create_request = _new(cls)
        container_create_request.hostname = hostname
        container_create_request.domainname = domainname
        container_create_request.user = user
        container_create_request.attach_stdin = attach_stdin
        container_create_request.attach_stdout = attach_stdout
        container_create_request.attach_stderr = attach_stderr
        container_create_request.exposed_ports = exposed_ports
        container_create_request.tty = tty
        container_create_request.open_stdin = open_stdin
        container_create_request.stdin_once = stdin_once
        container_create_request.env = env
        container_create_request.cmd = cmd
        container_create_request.healthcheck = healthcheck
        container_create_request.args_escaped = args_escaped
        container_create_request.image = image
        container_create_request.volumes = volumes
        container_create_request.working_dir = working_dir
        container_create_request.entrypoint = entrypoint
        container_create_request.network_disabled = network_disabled
        container_create_request.on_build = on_build
        container_create_request.labels = labels
        container_create_request.stop_signal = stop_signal
        container_create_request.stop_timeout = stop_timeout
        container_create_request.shell = shell
        container_create_request.mac_address = mac_address
        container_create_request.host_config = host_config
        container_create_request.networking_config = networking_config
        container_create_request.additional_properties = d
        return container_create_request

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


from ..models.container_config_exposed_ports import ContainerConfigExposedPorts
from ..models.container_config_labels import ContainerConfigLabels
from ..models.container_config_volumes import ContainerConfigVolumes
from ..models.health_config import HealthConfig
from ..models.host_config import HostConfig
from ..models.networking_config import NetworkingConfig
