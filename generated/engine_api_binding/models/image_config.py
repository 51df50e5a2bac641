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

T = TypeVar("T", bound="ImageConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageConfig(Model):
    """Configuration of the image. These fields are used as defaults
    when starting a container from the image.

    """

    __match_args__ = (
        "user",
        "exposed_ports",
        "env",
        "cmd",
        "healthcheck",
        "args_escaped",
        "volumes",
        "working_dir",
        "entrypoint",
        "on_build",
        "labels",
        "stop_signal",
        "shell",
        "hostname",
        "domainname",
        "attach_stdin",
        "attach_stdout",
        "attach_stderr",
        "tty",
        "open_stdin",
        "stdin_once",
        "image",
        "network_disabled",
        "mac_address",
        "stop_timeout",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    user: str | None
    """ The user that commands are run as inside the container. """
    exposed_ports: ImageConfigExposedPorts | None
    """ An object mapping ports to an empty object in the form:

    `{"<port>/<tcp|udp|sctp>": {}}`
     """
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
    volumes: ImageConfigVolumes | None
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
    on_build: list[str] | None
    """ `ONBUILD` metadata that were defined in the image's `Dockerfile`.
     """
    labels: ImageConfigLabels | None
    """ User-defined key/value metadata. """
    stop_signal: str | None
    """ Signal to stop a container as a string or unsigned integer.
     """
    shell: list[str] | None
    """ Shell for when `RUN`, `CMD`, and `ENTRYPOINT` uses a shell.
     """
    hostname: str | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    The hostname to use for the container, as a valid RFC 1123 hostname.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always empty. It must not be used, and will be removed in API v1.50.
     """
    domainname: str | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    The domain name to use for the container.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always empty. It must not be used, and will be removed in API v1.50.
     """
    attach_stdin: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Whether to attach to `stdin`.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always false. It must not be used, and will be removed in API v1.50.
     """
    attach_stdout: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Whether to attach to `stdout`.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always false. It must not be used, and will be removed in API v1.50.
     """
    attach_stderr: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Whether to attach to `stderr`.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always false. It must not be used, and will be removed in API v1.50.
     """
    tty: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Attach standard streams to a TTY, including `stdin` if it is not closed.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always false. It must not be used, and will be removed in API v1.50.
     """
    open_stdin: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Open `stdin`

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always false. It must not be used, and will be removed in API v1.50.
     """
    stdin_once: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Close `stdin` after one attached client disconnects.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always false. It must not be used, and will be removed in API v1.50.
     """
    image: str | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    The name (or reference) of the image to use when creating the container,
    or which was used when the container was created.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always empty. It must not be used, and will be removed in API v1.50.
     """
    network_disabled: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Disable networking for the container.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always omitted. It must not be used, and will be removed in API v1.50.
     """
    mac_address: str | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    MAC address of the container.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always omitted. It must not be used, and will be removed in API v1.50.
     """
    stop_timeout: int | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Timeout to stop a container in seconds.

    <p><br /></p>

    > **Deprecated**: this field is not part of the image specification and is
    > always omitted. It must not be used, and will be removed in API v1.50.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        user: str | None = None,
        exposed_ports: ImageConfigExposedPorts | None = None,
        env: list[str] | None = None,
        cmd: list[str] | None = None,
        healthcheck: HealthConfig | None = None,
        args_escaped: bool | None = None,
        volumes: ImageConfigVolumes | None = None,
        working_dir: str | None = None,
        entrypoint: list[str] | None = None,
        on_build: list[str] | None = None,
        labels: ImageConfigLabels | None = None,
        stop_signal: str | None = None,
        shell: list[str] | None = None,
        hostname: str | None = None,
        domainname: str | None = None,
        attach_stdin: bool | None = None,
        attach_stdout: bool | None = None,
        attach_stderr: bool | None = None,
        tty: bool | None = None,
        open_stdin: bool | None = None,
        stdin_once: bool | None = None,
        image: str | None = None,
        network_disabled: bool | None = None,
        mac_address: str | None = None,
        stop_timeout: int | None = None,
    ) -> None:
        self.user = user
        self.exposed_ports = exposed_ports
        self.env = env
        self.cmd = cmd
        self.healthcheck = healthcheck
        self.args_escaped = args_escaped
        self.volumes = volumes
        self.working_dir = working_dir
        self.entrypoint = entrypoint
        self.on_build = on_build
        self.labels = labels
        self.stop_signal = stop_signal
        self.shell = shell
        self.hostname = hostname
        self.domainname = domainname
        self.attach_stdin = attach_stdin
        self.attach_stdout = attach_stdout
        self.attach_stderr = attach_stderr
        self.tty = tty
        self.open_stdin = open_stdin
        self.stdin_once = stdin_once
        self.image = image
        self.network_disabled = network_disabled
        self.mac_address = mac_address
        self.stop_timeout = stop_timeout
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.user is not None:
            field_dict["User"] = self.user
        elif "User" in self._sent:
            field_dict["User"] = None

        exposed_ports = self.exposed_ports
        if exposed_ports is not None:
            exposed_ports_json: dict[str, Any] | None
            if isinstance(exposed_ports, ImageConfigExposedPorts):
                exposed_ports_json = exposed_ports.to_dict()
            else:
                exposed_ports_json = exposed_ports
            field_dict["ExposedPorts"] = exposed_ports_json
        elif "ExposedPorts" in self._sent:
            field_dict["ExposedPorts"] = None

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

        volumes = self.volumes
        if volumes is not None:
            volumes_json: dict[str, Any] | None
            if isinstance(volumes, ImageConfigVolumes):
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
            if isinstance(labels, ImageConfigLabels):
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

        if self.hostname is not None:
            field_dict["Hostname"] = self.hostname
        elif "Hostname" in self._sent:
            field_dict["Hostname"] = None

        if self.domainname is not None:
            field_dict["Domainname"] = self.domainname
        elif "Domainname" in self._sent:
            field_dict["Domainname"] = None

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

        if self.image is not None:
            field_dict["Image"] = self.image
        elif "Image" in self._sent:
            field_dict["Image"] = None

        network_disabled = self.network_disabled
        if network_disabled is not None:
            network_disabled_json: bool | None
            network_disabled_json = network_disabled
            field_dict["NetworkDisabled"] = network_disabled_json
        elif "NetworkDisabled" in self._sent:
            field_dict["NetworkDisabled"] = None

        mac_address = self.mac_address
        if mac_address is not None:
            mac_address_json: str | None
            mac_address_json = mac_address
            field_dict["MacAddress"] = mac_address_json
        elif "MacAddress" in self._sent:
            field_dict["MacAddress"] = None

        stop_timeout = self.stop_timeout
        if stop_timeout is not None:
            stop_timeout_json: int | None
            stop_timeout_json = stop_timeout
            field_dict["StopTimeout"] = stop_timeout_json
        elif "StopTimeout" in self._sent:
            field_dict["StopTimeout"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        user = d.pop("User", None)

        d.pop("ExposedPorts", None)

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

        hostname = d.pop("Hostname", None)

        domainname = d.pop("Domainname", None)

        attach_stdin = d.pop("AttachStdin", None)

        attach_stdout = d.pop("AttachStdout", None)

        attach_stderr = d.pop("AttachStderr", None)

        tty = d.pop("Tty", None)

        open_stdin = d.pop("OpenStdin", None)

        stdin_once = d.pop("StdinOnce", None)

        image = d.pop("Image", None)

        _network_disabled_data = d.pop("NetworkDisabled", None)
        network_disabled: bool | None
        if _network_disabled_data is None or isinstance(_network_disabled_data, bool):
            network_disabled = _network_disabled_data
        else:
            raise TypeError(
                f"network_disabled: expected bool | None, got {type(_network_disabled_data).__name__}: {_network_disabled_data!r:.200}"
            )

        _mac_address_data = d.pop("MacAddress", None)
        mac_address: str | None
        if _mac_address_data is None or isinstance(_mac_address_data, str):
            mac_address = _mac_address_data
        else:
            raise TypeError(
                f"mac_address: expected None | str, got {type(_mac_address_data).__name__}: {_mac_address_data!r:.200}"
            )

        _stop_timeout_data = d.pop("StopTimeout", None)
        stop_timeout: int | None
        if _stop_timeout_data is None or isinstance(_stop_timeout_data, int):
            stop_timeout = _stop_timeout_data
        else:
            raise TypeError(
                f"stop_timeout: expected int | None, got {type(_stop_timeout_data).__name__}: {_stop_timeout_data!r:.200}"
            )

        image_config = _new(cls)
        image_config._sent = src_dict
        image_config.user = user
        image_config.env = env
        image_config.cmd = cmd
        image_config.args_escaped = args_escaped
        image_config.working_dir = working_dir
        image_config.entrypoint = entrypoint
        image_config.on_build = on_build
        image_config.stop_signal = stop_signal
        image_config.shell = shell
        image_config.hostname = hostname
        image_config.domainname = domainname
        image_config.attach_stdin = attach_stdin
        image_config.attach_stdout = attach_stdout
        image_config.attach_stderr = attach_stderr
        image_config.tty = tty
        image_config.open_stdin = open_stdin
        image_config.stdin_once = stdin_once
        image_config.image = image
        image_config.network_disabled = network_disabled
        image_config.mac_address = mac_address
        image_config.stop_timeout = stop_timeout
        image_config.additional_properties = d
        return image_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "exposed_ports",
            "healthcheck",
            "volumes",
            "labels",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "exposed_ports":
            _exposed_ports_data = src.get("ExposedPorts")
            exposed_ports: ImageConfigExposedPorts | None
            if _exposed_ports_data is None:
                exposed_ports = _exposed_ports_data
            elif isinstance(_exposed_ports_data, dict):
                exposed_ports_type_0 = ImageConfigExposedPorts.from_dict(_exposed_ports_data)

                exposed_ports = exposed_ports_type_0
            else:
                raise TypeError(
                    f"exposed_ports: expected ImageConfigExposedPorts | None, got {type(_exposed_ports_data).__name__}: {_exposed_ports_data!r:.200}"
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
            volumes: ImageConfigVolumes | None
            if _volumes_data is None:
                volumes = _volumes_data
            elif isinstance(_volumes_data, dict):
                volumes_type_0 = ImageConfigVolumes.from_dict(_volumes_data)

                volumes = volumes_type_0
            else:
                raise TypeError(
                    f"volumes: expected ImageConfigVolumes | None, got {type(_volumes_data).__name__}: {_volumes_data!r:.200}"
                )

            return volumes
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: ImageConfigLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = ImageConfigLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected ImageConfigLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "User": "user",
        "ExposedPorts": "exposed_ports",
        "Env": "env",
        "Cmd": "cmd",
        "Healthcheck": "healthcheck",
        "ArgsEscaped": "args_escaped",
        "Volumes": "volumes",
        "WorkingDir": "working_dir",
        "Entrypoint": "entrypoint",
        "OnBuild": "on_build",
        "Labels": "labels",
        "StopSignal": "stop_signal",
        "Shell": "shell",
        "Hostname": "hostname",
        "Domainname": "domainname",
        "AttachStdin": "attach_stdin",
        "AttachStdout": "attach_stdout",
        "AttachStderr": "attach_stderr",
        "Tty": "tty",
        "OpenStdin": "open_stdin",
        "StdinOnce": "stdin_once",
        "Image": "image",
        "NetworkDisabled": "network_disabled",
        "MacAddress": "mac_address",
        "StopTimeout": "stop_timeout",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "User", "WorkingDir", "StopSignal", "Hostname", "Domainname", "Image", "MacAddress"
            ],
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["ExposedPorts"]) -> ImageConfigExposedPorts: ...
        @overload
        def __getitem__(
            self, key: Literal["Env", "Cmd", "Entrypoint", "OnBuild", "Shell"]
        ) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Healthcheck"]) -> HealthConfig: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "ArgsEscaped",
                "AttachStdin",
                "AttachStdout",
                "AttachStderr",
                "Tty",
                "OpenStdin",
                "StdinOnce",
                "NetworkDisabled",
            ],
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Volumes"]) -> ImageConfigVolumes: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> ImageConfigLabels: ...
        @overload
        def __getitem__(self, key: Literal["StopTimeout"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "User", "WorkingDir", "StopSignal", "Hostname", "Domainname", "Image", "MacAddress"
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["ExposedPorts"], default: None = None
        ) -> ImageConfigExposedPorts | None: ...
        @overload
        def get(
            self, key: Literal["Env", "Cmd", "Entrypoint", "OnBuild", "Shell"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["Healthcheck"], default: None = None) -> HealthConfig | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "ArgsEscaped",
                "AttachStdin",
                "AttachStdout",
                "AttachStderr",
                "Tty",
                "OpenStdin",
                "StdinOnce",
                "NetworkDisabled",
            ],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["Volumes"], default: None = None
        ) -> ImageConfigVolumes | None: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> ImageConfigLabels | None: ...
        @overload
        def get(self, key: Literal["StopTimeout"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.health_config import HealthConfig
from ..models.image_config_exposed_ports import ImageConfigExposedPorts
from ..models.image_config_labels import ImageConfigLabels
from ..models.image_config_volumes import ImageConfigVolumes
