"""docker-py's ``containers.run``/``create`` keyword arguments, made into the typed body.

``create_body(image, command, **kwargs)`` takes the arguments docker-py users pass today
(``environment`` as a dict or a list, ``ports``, ``volumes``, ``mem_limit="512m"``,
``restart_policy``...) and returns the generated :class:`ContainerCreateRequest`, with its
:class:`HostConfig`, that the engine takes. Unknown or misspelled arguments raise
:class:`TypeError` naming them (and the likely intended name); values of the wrong shape
raise :class:`ValueError` naming the argument. Nothing here talks to the engine.
"""

from __future__ import annotations

import difflib
import re
import shlex
from collections.abc import Mapping, Sequence
from typing import Any, Final, TypeAlias, TypedDict

from engine_api_binding.models import ContainerCreateRequest

__all__ = [
    "CREATE_ARGS",
    "HOST_CONFIG_ARGS",
    "RUN_ONLY_ARGS",
    "ContainerArgs",
    "create_body",
    "parse_bytes",
    "parse_duration_ns",
    "port_key",
]

# docker-py argument -> the Config field it fills (None: handled by a converter below).
CREATE_ARGS: Final[dict[str, str | None]] = {
    "command": None,
    "domainname": "Domainname",
    "entrypoint": None,
    "environment": None,
    "healthcheck": None,
    "hostname": "Hostname",
    "labels": None,
    "mac_address": "MacAddress",
    "network_disabled": "NetworkDisabled",
    "stdin_open": "OpenStdin",
    "stdin_once": "StdinOnce",
    "stop_signal": "StopSignal",
    "stop_timeout": "StopTimeout",
    "tty": "Tty",
    "user": "User",
    "working_dir": "WorkingDir",
    "ports": None,
    "volumes": None,
    "attach_stdin": "AttachStdin",
    "attach_stdout": "AttachStdout",
    "attach_stderr": "AttachStderr",
    "shell": "Shell",
}

# docker-py argument -> the HostConfig field (None: a converter below).
HOST_CONFIG_ARGS: Final[dict[str, str | None]] = {
    "auto_remove": "AutoRemove",
    "blkio_weight": "BlkioWeight",
    "blkio_weight_device": None,
    "cap_add": "CapAdd",
    "cap_drop": "CapDrop",
    "cgroup_parent": "CgroupParent",
    "cgroupns": "CgroupnsMode",
    "cpu_count": "CpuCount",
    "cpu_percent": "CpuPercent",
    "cpu_period": "CpuPeriod",
    "cpu_quota": "CpuQuota",
    "cpu_rt_period": "CpuRealtimePeriod",
    "cpu_rt_runtime": "CpuRealtimeRuntime",
    "cpu_shares": "CpuShares",
    "cpuset_cpus": "CpusetCpus",
    "cpuset_mems": "CpusetMems",
    "device_cgroup_rules": "DeviceCgroupRules",
    "device_read_bps": None,
    "device_read_iops": None,
    "device_write_bps": None,
    "device_write_iops": None,
    "device_requests": "DeviceRequests",
    "devices": None,
    "dns": "Dns",
    "dns_opt": "DnsOptions",
    "dns_search": "DnsSearch",
    "extra_hosts": None,
    "group_add": "GroupAdd",
    "init": "Init",
    "ipc_mode": "IpcMode",
    "isolation": "Isolation",
    "kernel_memory": None,
    "links": None,
    "log_config": None,
    "mem_limit": None,
    "mem_reservation": None,
    "mem_swappiness": "MemorySwappiness",
    "memswap_limit": None,
    "mounts": None,
    "nano_cpus": "NanoCpus",
    "network_mode": "NetworkMode",
    "oom_kill_disable": "OomKillDisable",
    "oom_score_adj": "OomScoreAdj",
    "pid_mode": "PidMode",
    "pids_limit": "PidsLimit",
    "privileged": "Privileged",
    "publish_all_ports": "PublishAllPorts",
    "read_only": "ReadonlyRootfs",
    "restart_policy": None,
    "runtime": "Runtime",
    "security_opt": "SecurityOpt",
    "shm_size": None,
    "storage_opt": "StorageOpt",
    "sysctls": "Sysctls",
    "tmpfs": None,
    "ulimits": None,
    "userns_mode": "UsernsMode",
    "uts_mode": "UTSMode",
    "volume_driver": "VolumeDriver",
    "volumes_from": "VolumesFrom",
}

PortTarget: TypeAlias = (
    int | str | tuple[str] | tuple[str, int | str | None] | Mapping[str, str] | None
)
"""Where a container port is published: a host port, ``(host_ip,)``, ``(host_ip,
host_port)``, ``{"HostIp": ..., "HostPort": ...}``, or None (a random port)."""
_Throttle: TypeAlias = Sequence[Mapping[str, str | int]]
_Strings: TypeAlias = str | Sequence[str]


class ContainerArgs(TypedDict, total=False):
    """docker-py's keyword arguments of ``containers.run``/``create``, typed: what
    ``run(**kwargs)``, ``create(**kwargs)`` and ``create_or_replace(**kwargs)`` take
    besides their own parameters (``image``, ``command``, ``name``, ``platform``,
    ``detach``...). None, as in docker-py, means not given. A misspelled name is a mypy
    error, and a :class:`TypeError` naming it at run time."""

    # The container's Config.
    domainname: str | None
    entrypoint: _Strings | None
    environment: Mapping[str, str | int | float | None] | Sequence[str] | None
    healthcheck: Mapping[str, str | int | Sequence[str]] | None
    hostname: str | None
    labels: Mapping[str, str] | Sequence[str] | None
    mac_address: str | None
    network_disabled: bool | None
    stdin_open: bool | None
    stdin_once: bool | None
    stop_signal: str | None
    stop_timeout: int | None
    tty: bool | None
    user: str | None
    working_dir: str | None
    ports: (
        Mapping[int, PortTarget | list[PortTarget]]
        | Mapping[str, PortTarget | list[PortTarget]]
        | None
    )
    volumes: Mapping[str, str | Mapping[str, str]] | Sequence[str] | None
    attach_stdin: bool | None
    attach_stdout: bool | None
    attach_stderr: bool | None
    shell: list[str] | None
    network: str | None
    # Its HostConfig.
    auto_remove: bool | None
    blkio_weight: int | None
    blkio_weight_device: _Throttle | None
    cap_add: list[str] | None
    cap_drop: list[str] | None
    cgroup_parent: str | None
    cgroupns: str | None
    cpu_count: int | None
    cpu_percent: int | None
    cpu_period: int | None
    cpu_quota: int | None
    cpu_rt_period: int | None
    cpu_rt_runtime: int | None
    cpu_shares: int | None
    cpuset_cpus: str | None
    cpuset_mems: str | None
    device_cgroup_rules: list[str] | None
    device_read_bps: _Throttle | None
    device_read_iops: _Throttle | None
    device_write_bps: _Throttle | None
    device_write_iops: _Throttle | None
    device_requests: (
        list[Mapping[str, str | int | list[str] | list[list[str]] | Mapping[str, str]]] | None
    )
    devices: Sequence[str | Mapping[str, str]] | None
    dns: list[str] | None
    dns_opt: list[str] | None
    dns_search: list[str] | None
    extra_hosts: Mapping[str, str] | Sequence[str] | None
    group_add: list[str] | None
    init: bool | None
    ipc_mode: str | None
    isolation: str | None
    kernel_memory: int | str | None
    links: Mapping[str, str] | Sequence[str] | None
    log_config: Mapping[str, str | Mapping[str, str]] | None
    mem_limit: int | str | None
    mem_reservation: int | str | None
    mem_swappiness: int | None
    memswap_limit: int | str | None
    mounts: Sequence[str | Mapping[str, object]] | None
    nano_cpus: int | None
    network_mode: str | None
    oom_kill_disable: bool | None
    oom_score_adj: int | None
    pid_mode: str | None
    pids_limit: int | None
    privileged: bool | None
    publish_all_ports: bool | None
    read_only: bool | None
    restart_policy: Mapping[str, str | int] | str | None
    runtime: str | None
    security_opt: list[str] | None
    shm_size: int | str | None
    storage_opt: Mapping[str, str] | None
    sysctls: Mapping[str, str] | None
    tmpfs: Mapping[str, str] | Sequence[str] | None
    ulimits: Sequence[Mapping[str, str | int]] | None
    userns_mode: str | None
    uts_mode: str | None
    volume_driver: str | None
    volumes_from: list[str] | None


# Arguments of run() that say what to do rather than what to create.
RUN_ONLY_ARGS: Final = frozenset(
    {"detach", "remove", "stdout", "stderr", "stream", "network", "networking_config", "name"}
)

_THROTTLES: Final = {
    "device_read_bps": "BlkioDeviceReadBps",
    "device_read_iops": "BlkioDeviceReadIOps",
    "device_write_bps": "BlkioDeviceWriteBps",
    "device_write_iops": "BlkioDeviceWriteIOps",
}
_UNITS: Final = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_SIZE: Final = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([bkmgt]?)b?\s*$", re.IGNORECASE)
_DURATION: Final = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)")
_NS: Final = {"ns": 1, "us": 10**3, "µs": 10**3, "ms": 10**6, "s": 10**9, "m": 60 * 10**9}


def parse_bytes(value: int | str, what: str = "size") -> int:
    """``512``, ``"512"``, ``"512k"``, ``"1.5g"``, ``"2GB"`` as a number of bytes."""
    if isinstance(value, bool):
        raise ValueError(f"{what}: expected bytes as a number or '512m', not {value!r}")
    if isinstance(value, int):
        return value
    found = _SIZE.match(value) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"{what}: expected bytes as a number or '512m', not {value!r}")
    return int(float(found.group(1)) * _UNITS[found.group(2).lower()])


def parse_duration_ns(value: int | float | str, what: str = "duration") -> int:
    """Nanoseconds from a number of nanoseconds or a Go duration (``"30s"``, ``"1m30s"``)."""
    if isinstance(value, bool):
        raise ValueError(f"{what}: expected nanoseconds or a duration like '30s', not {value!r}")
    if isinstance(value, int | float):
        return int(value)
    units = dict(_NS, h=3600 * 10**9)
    total, pos = 0.0, 0
    text = value.strip() if isinstance(value, str) else ""
    while text and pos < len(text):
        found = _DURATION.match(text, pos)
        if found is None:
            break
        total += float(found.group(1)) * units[found.group(2)]
        pos = found.end()
    if not text or pos != len(text):
        raise ValueError(f"{what}: expected nanoseconds or a duration like '30s', not {value!r}")
    return int(total)


def _strings(value: str | Sequence[str], what: str, *, split: bool) -> list[str]:
    if isinstance(value, str):
        return shlex.split(value) if split else [value]
    if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what}: expected a string or a list of strings, not {value!r}")
    return list(value)


def _environment(value: Mapping[str, Any] | Sequence[str]) -> list[str]:
    if isinstance(value, Mapping):
        return [f"{key}={'' if item is None else item}" for key, item in value.items()]
    return _strings(value, "environment", split=False)


def _labels(value: Mapping[str, str] | Sequence[str]) -> dict[str, str]:
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    return {name: "" for name in _strings(value, "labels", split=False)}


def port_key(port: int | str) -> str:
    """A container port as the engine keys it: ``80`` -> ``"80/tcp"``, ``"53/udp"`` as is."""
    text = str(port)
    return text if "/" in text else f"{text}/tcp"


def _binding(target: Any, key: str) -> dict[str, str]:
    if target is None:
        return {"HostIp": "", "HostPort": ""}
    if isinstance(target, int) and not isinstance(target, bool):
        return {"HostIp": "", "HostPort": str(target)}
    if isinstance(target, str):
        return {"HostIp": "", "HostPort": target}
    if isinstance(target, tuple) and len(target) in (1, 2):
        host_port = str(target[1]) if len(target) == 2 and target[1] is not None else ""
        return {"HostIp": str(target[0]), "HostPort": host_port}
    if isinstance(target, Mapping):
        return {
            "HostIp": str(target.get("HostIp", "")),
            "HostPort": str(target.get("HostPort", "")),
        }
    raise ValueError(
        f"ports[{key!r}]: expected a host port, (host_ip, host_port), a list of them, "
        f"or None, not {target!r}"
    )


def _ports(value: Mapping[Any, Any]) -> tuple[dict[str, Any], dict[str, list[dict[str, str]]]]:
    if not isinstance(value, Mapping):
        raise ValueError(f"ports: expected a dict of container port -> host port, not {value!r}")
    exposed: dict[str, Any] = {}
    bindings: dict[str, list[dict[str, str]]] = {}
    for port, target in value.items():
        key = port_key(port)
        exposed[key] = {}
        targets = target if isinstance(target, list) else [target]
        bindings[key] = [_binding(t, key) for t in targets]
    return exposed, bindings


def _volumes(value: Mapping[str, Any] | Sequence[str]) -> tuple[list[str], dict[str, Any]]:
    binds: list[str] = []
    volumes: dict[str, Any] = {}
    if isinstance(value, Mapping):
        for host, spec in value.items():
            if isinstance(spec, str):
                bind, mode = spec, "rw"
            elif isinstance(spec, Mapping) and "bind" in spec:
                bind, mode = spec["bind"], spec.get("mode", "rw")
            else:
                raise ValueError(
                    f"volumes[{host!r}]: expected {{'bind': path, 'mode': 'rw'}}, not {spec!r}"
                )
            binds.append(f"{host}:{bind}:{mode}")
            volumes[bind] = {}
        return binds, volumes
    for spec in _strings(value, "volumes", split=False):
        parts = spec.split(":")
        if len(parts) == 1:
            volumes[parts[0]] = {}  # an anonymous volume
        else:
            binds.append(spec)
            volumes[parts[1]] = {}
    return binds, volumes


def _healthcheck(value: Mapping[str, Any]) -> dict[str, Any]:
    names = {
        "test": "Test",
        "interval": "Interval",
        "timeout": "Timeout",
        "retries": "Retries",
        "start_period": "StartPeriod",
        "start_interval": "StartInterval",
    }
    result: dict[str, Any] = {}
    for key, item in value.items():
        name = names.get(key) or (key if key in names.values() else None)
        if name is None:
            raise ValueError(f"healthcheck: unknown key {key!r} (expected {sorted(names)})")
        if name == "Test" and isinstance(item, str):
            item = ["CMD-SHELL", item]
        elif name in ("Interval", "Timeout", "StartPeriod", "StartInterval"):
            item = parse_duration_ns(item, f"healthcheck {key}")
        result[name] = item
    return result


def _restart_policy(value: Mapping[str, Any] | str) -> dict[str, Any]:
    if isinstance(value, str):
        name, _, count = value.partition(":")
        return {"Name": name, "MaximumRetryCount": int(count or 0)}
    return {
        "Name": value.get("Name", value.get("name", "")),
        "MaximumRetryCount": value.get("MaximumRetryCount", value.get("maximum_retry_count", 0)),
    }


def _devices(value: Sequence[str | Mapping[str, str]]) -> list[dict[str, str]]:
    devices = []
    for spec in value:
        if isinstance(spec, Mapping):
            devices.append(dict(spec))
            continue
        parts = spec.split(":")
        host = parts[0]
        inside = parts[1] if len(parts) > 1 else host
        perms = parts[2] if len(parts) > 2 else "rwm"
        devices.append({"PathOnHost": host, "PathInContainer": inside, "CgroupPermissions": perms})
    return devices


def _throttle(value: Sequence[Mapping[str, Any]], what: str) -> list[dict[str, Any]]:
    out = []
    for item in value:
        path = item.get("Path", item.get("path"))
        rate = item.get("Rate", item.get("rate"))
        if path is None or rate is None:
            raise ValueError(f"{what}: expected {{'Path': ..., 'Rate': ...}} items, not {item!r}")
        out.append({"Path": path, "Rate": rate})
    return out


def _weight_devices(value: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "Path": item.get("Path", item.get("path")),
            "Weight": item.get("Weight", item.get("weight")),
        }
        for item in value
    ]


def _extra_hosts(value: Mapping[str, str] | Sequence[str]) -> list[str]:
    if isinstance(value, Mapping):
        return [f"{host}:{address}" for host, address in value.items()]
    return _strings(value, "extra_hosts", split=False)


def _links(value: Mapping[str, str] | Sequence[str]) -> list[str]:
    if isinstance(value, Mapping):
        return [f"{name}:{alias}" if alias else name for name, alias in value.items()]
    return _strings(value, "links", split=False)


def _tmpfs(value: Mapping[str, str] | Sequence[str]) -> dict[str, str]:
    if isinstance(value, Mapping):
        return dict(value)
    result = {}
    for spec in _strings(value, "tmpfs", split=False):
        path, _, options = spec.partition(":")
        result[path] = options
    return result


def _ulimits(value: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "Name": item.get("Name", item.get("name")),
            "Soft": item.get("Soft", item.get("soft")),
            "Hard": item.get("Hard", item.get("hard")),
        }
        for item in value
    ]


def _mounts(value: Sequence[Mapping[str, Any] | str]) -> list[dict[str, Any]]:
    mounts = []
    for spec in value:
        if isinstance(spec, Mapping):
            mounts.append(dict(spec))
            continue
        # The CLI's --mount syntax: type=bind,source=/a,target=/b,readonly
        fields: dict[str, Any] = {"Type": "volume"}
        for part in spec.split(","):
            key, _, val = part.partition("=")
            key = key.strip().lower()
            if key == "type":
                fields["Type"] = val
            elif key in ("source", "src"):
                fields["Source"] = val
            elif key in ("target", "destination", "dst"):
                fields["Target"] = val
            elif key in ("readonly", "ro"):
                fields["ReadOnly"] = val.lower() not in ("false", "0")
            else:
                raise ValueError(f"mounts: unknown field {key!r} in {spec!r}")
        mounts.append(fields)
    return mounts


def _log_config(value: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "Type": value.get("Type", value.get("type", "")),
        "Config": dict(value.get("Config", value.get("config", {})) or {}),
    }


def _unknown(names: Sequence[str]) -> TypeError:
    known = [*CREATE_ARGS, *HOST_CONFIG_ARGS, *RUN_ONLY_ARGS, "image", "platform"]
    parts = []
    for name in names:
        close = difflib.get_close_matches(name, known, n=1)
        parts.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    return TypeError("unknown container argument(s): " + ", ".join(parts))


def create_body(
    image: str, command: str | Sequence[str] | None = None, **kwargs: Any
) -> ContainerCreateRequest:
    """The typed create request for docker-py's ``run``/``create`` arguments.

    ``network`` (a network to attach at creation) fills NetworkingConfig and, unless
    ``network_mode`` is given, the network mode. Run-only arguments (``detach``,
    ``remove``...) are the caller's and must not be passed here.
    """
    unknown = sorted(set(kwargs) - set(CREATE_ARGS) - set(HOST_CONFIG_ARGS) - {"network"})
    if unknown:
        raise _unknown(unknown)
    config: dict[str, Any] = {"Image": image}
    host: dict[str, Any] = {}
    if command is not None:
        config["Cmd"] = _strings(command, "command", split=True)
    for name, value in kwargs.items():
        if value is None:
            continue
        field = CREATE_ARGS.get(name) or HOST_CONFIG_ARGS.get(name)
        target = config if name in CREATE_ARGS else host
        if field is not None:
            target[field] = value
            continue
        if name == "entrypoint":
            config["Entrypoint"] = _strings(value, "entrypoint", split=True)
        elif name == "environment":
            config["Env"] = _environment(value)
        elif name == "labels":
            config["Labels"] = _labels(value)
        elif name == "healthcheck":
            config["Healthcheck"] = _healthcheck(value)
        elif name == "ports":
            config["ExposedPorts"], host["PortBindings"] = _ports(value)
        elif name == "volumes":
            binds, volumes = _volumes(value)
            if binds:
                host["Binds"] = binds
            config["Volumes"] = volumes
        elif name == "mem_limit":
            host["Memory"] = parse_bytes(value, name)
        elif name == "mem_reservation":
            host["MemoryReservation"] = parse_bytes(value, name)
        elif name == "memswap_limit":
            host["MemorySwap"] = -1 if value == -1 else parse_bytes(value, name)
        elif name == "kernel_memory":
            host["KernelMemory"] = parse_bytes(value, name)
        elif name == "shm_size":
            host["ShmSize"] = parse_bytes(value, name)
        elif name == "restart_policy":
            host["RestartPolicy"] = _restart_policy(value)
        elif name == "devices":
            host["Devices"] = _devices(value)
        elif name in (
            "device_read_bps",
            "device_read_iops",
            "device_write_bps",
            "device_write_iops",
        ):
            key = {
                "device_read_bps": "BlkioDeviceReadBps",
                "device_read_iops": "BlkioDeviceReadIOps",
                "device_write_bps": "BlkioDeviceWriteBps",
                "device_write_iops": "BlkioDeviceWriteIOps",
            }[name]
            host[key] = _throttle(value, name)
        elif name == "blkio_weight_device":
            host["BlkioWeightDevice"] = _weight_devices(value)
        elif name == "extra_hosts":
            host["ExtraHosts"] = _extra_hosts(value)
        elif name == "links":
            host["Links"] = _links(value)
        elif name == "tmpfs":
            host["Tmpfs"] = _tmpfs(value)
        elif name == "ulimits":
            host["Ulimits"] = _ulimits(value)
        elif name == "mounts":
            host["Mounts"] = _mounts(value)
        elif name == "log_config":
            host["LogConfig"] = _log_config(value)
        elif name == "network":
            config["NetworkingConfig"] = {"EndpointsConfig": {value: {}}}
            host.setdefault("NetworkMode", value)
    if "network_mode" in kwargs and kwargs["network_mode"] is not None:
        host["NetworkMode"] = kwargs["network_mode"]
    if host:
        config["HostConfig"] = host
    return ContainerCreateRequest.from_dict(config)
