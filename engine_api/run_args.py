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
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypedDict

from engine_api_binding import models as _models
from engine_api_binding.models import (  # the names ContainerArgs' annotations need at runtime
    DeviceRequest,
    HealthConfig,
    HostConfigLogConfig,
    Mount,
    ResourcesUlimitsItem,
    RestartPolicy,
    TaskSpecRestartPolicy,
)

if TYPE_CHECKING:
    from engine_api_binding.models import ContainerCreateRequest

__all__ = [
    "CREATE_ARGS",
    "HOST_CONFIG_ARGS",
    "LOW_LEVEL_HOST_ARGS",
    "RUN_ONLY_ARGS",
    "ContainerArgs",
    "ContainerUpdateArgs",
    "container_config",
    "create_body",
    "endpoint_dict",
    "host_config_dict",
    "mount_dict",
    "parse_bytes",
    "parse_duration_ns",
    "parse_mount_string",
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
    "device_requests": None,
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
    healthcheck: Mapping[str, str | int | Sequence[str]] | HealthConfig | None
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
        Sequence[
            Mapping[str, str | int | list[str] | list[list[str]] | Mapping[str, str]]
            | DeviceRequest
        ]
        | None
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
    log_config: Mapping[str, str | Mapping[str, str]] | HostConfigLogConfig | None
    mem_limit: int | str | None
    mem_reservation: int | str | None
    mem_swappiness: int | None
    memswap_limit: int | str | None
    mounts: Sequence[str | Mapping[str, object] | Mount] | None
    nano_cpus: int | None
    network_mode: str | None
    oom_kill_disable: bool | None
    oom_score_adj: int | None
    pid_mode: str | None
    pids_limit: int | None
    privileged: bool | None
    publish_all_ports: bool | None
    read_only: bool | None
    restart_policy: Mapping[str, str | int] | str | RestartPolicy | TaskSpecRestartPolicy | None
    runtime: str | None
    security_opt: list[str] | None
    shm_size: int | str | None
    storage_opt: Mapping[str, str] | None
    sysctls: Mapping[str, str] | None
    tmpfs: Mapping[str, str] | Sequence[str] | None
    ulimits: Sequence[Mapping[str, str | int] | ResourcesUlimitsItem] | None
    userns_mode: str | None
    uts_mode: str | None
    volume_driver: str | None
    volumes_from: list[str] | None


class ContainerUpdateArgs(TypedDict, total=False):
    """What a running container's ``update`` changes (docker-py's ``Container.update``
    and ``update_container``): its resource limits and restart policy, with the names and
    value forms of :class:`ContainerArgs` (``mem_limit="256m"``...). None means not
    given."""

    blkio_weight: int | None
    cpu_period: int | None
    cpu_quota: int | None
    cpu_shares: int | None
    cpuset_cpus: str | None
    cpuset_mems: str | None
    mem_limit: int | str | None
    mem_reservation: int | str | None
    memswap_limit: int | str | None
    kernel_memory: int | str | None
    restart_policy: Mapping[str, str | int] | str | RestartPolicy | TaskSpecRestartPolicy | None
    pids_limit: int | None
    nano_cpus: int | None


# docker-py's create_host_config takes these too (run() has ports and volumes instead).
LOW_LEVEL_HOST_ARGS: Final = frozenset({"binds", "port_bindings", "lxc_conf", "init_path"})

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


def _plain(value: Any) -> Any:
    """A typed model (what :mod:`engine_api.types` makes) as the engine's JSON dict."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


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
    target = _plain(target)
    if target is None:
        return {"HostIp": "", "HostPort": ""}
    if isinstance(target, int) and not isinstance(target, bool):
        return {"HostIp": "", "HostPort": str(target)}
    if isinstance(target, str):
        return {"HostIp": "", "HostPort": target}
    if isinstance(target, tuple) and len(target) == 1:
        # as docker-py: ("127.0.0.1",) is an address with any port, (8080,) a port
        if isinstance(target[0], str):
            return {"HostIp": target[0], "HostPort": ""}
        return {"HostIp": "", "HostPort": str(target[0])}
    if isinstance(target, tuple) and len(target) == 2:
        host_port = "" if target[1] is None else str(target[1])
        return {"HostIp": str(target[0]), "HostPort": host_port}
    if isinstance(target, Mapping) and ("HostPort" in target or "HostIp" in target):
        return {
            "HostIp": str(target.get("HostIp") or ""),
            "HostPort": str(target.get("HostPort") or ""),
        }
    raise ValueError(
        f"ports[{key!r}]: expected a host port, (host_ip, host_port), (host_ip,), a list of "
        f"them, or None, not {target!r}"
    )


def _port_bindings(value: Mapping[Any, Any]) -> dict[str, list[dict[str, str]]]:
    """docker-py's ``port_bindings``/``ports`` dict as the engine's PortBindings."""
    if not isinstance(value, Mapping):
        raise ValueError(f"ports: expected a dict of container port -> host port, not {value!r}")
    bindings: dict[str, list[dict[str, str]]] = {}
    for port, target in value.items():
        key = port_key(port)
        targets = target if isinstance(target, list) else [target]
        bindings[key] = [_binding(t, key) for t in targets]
    return bindings


def _exposed_ports(value: Sequence[Any]) -> dict[str, Any]:
    """docker-py's low-level ``ports`` (``[80, "53/udp", (1111, "udp")]``) as ExposedPorts."""
    if isinstance(value, (str, int)) or not isinstance(value, Sequence):
        raise ValueError(f"ports: expected a list of container ports, not {value!r}")
    exposed: dict[str, Any] = {}
    for port in value:
        if isinstance(port, tuple):
            if len(port) != 2:
                raise ValueError(f"ports: expected (port, protocol), not {port!r}")
            exposed[f"{port[0]}/{port[1]}"] = {}
        else:
            exposed[port_key(port)] = {}
    return exposed


def _bind_mode(host: str, spec: Mapping[str, Any]) -> str:
    if "bind" not in spec:
        raise ValueError(f"binds[{host!r}]: expected {{'bind': path, 'mode': 'rw'}}, not {spec!r}")
    mode = str(spec.get("mode") or "rw")
    if "ro" in spec:
        mode = "ro" if spec["ro"] else "rw"
    propagation = spec.get("propagation")
    if propagation:
        mode = f"{mode},{propagation}"
    return mode


def _binds(value: Mapping[str, Any] | Sequence[str]) -> list[str]:
    """docker-py's ``binds``: ``{"/host": {"bind": "/in", "mode": "ro"}}``,
    ``{"/host": "/in"}`` or ``["/host:/in:ro"]``, as the engine's Binds strings."""
    if isinstance(value, Mapping):
        binds = []
        for host, spec in value.items():
            if isinstance(spec, str):
                binds.append(f"{host}:{spec}:rw")
            elif isinstance(spec, Mapping):
                mode = _bind_mode(host, spec)
                binds.append(f"{host}:{spec['bind']}:{mode}")
            else:
                raise ValueError(
                    f"binds[{host!r}]: expected {{'bind': path, 'mode': 'rw'}}, not {spec!r}"
                )
        return binds
    return _strings(value, "binds", split=False)


def _bind_target(spec: str) -> str:
    return spec.split(":")[1]


def _volumes(value: Mapping[str, Any] | Sequence[str]) -> tuple[list[str], dict[str, Any]]:
    """run()'s ``volumes`` (binds as a dict or ``host:container[:mode]`` strings, a bare
    path for an anonymous volume): the Binds, and the Volumes of the config."""
    if isinstance(value, Mapping):
        binds = _binds(value)
        return binds, {_bind_target(b): {} for b in binds}
    specs = _strings(value, "volumes", split=False)
    binds = [spec for spec in specs if ":" in spec]
    volumes: dict[str, Any] = {
        spec if ":" not in spec else _bind_target(spec): {} for spec in specs
    }
    return binds, volumes


def _config_volumes(value: str | Sequence[str] | Mapping[str, Any]) -> dict[str, Any]:
    """docker-py's low-level ``volumes`` (container paths) as the config's Volumes."""
    if isinstance(value, Mapping):
        return {str(path): {} for path in value}
    return {path: {} for path in _strings(value, "volumes", split=False)}


def _healthcheck(value: Mapping[str, Any]) -> dict[str, Any]:
    value = _plain(value)
    if not isinstance(value, Mapping):
        raise ValueError(f"healthcheck: expected a dict or a Healthcheck, not {value!r}")
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
        if item is None:
            continue
        if name == "Test" and isinstance(item, str):
            item = ["CMD-SHELL", item]
        elif name in ("Interval", "Timeout", "StartPeriod", "StartInterval"):
            item = parse_duration_ns(item, f"healthcheck {key}")
        result[name] = item
    return result


_SWARM_CONDITIONS: Final = {"none": "no", "on-failure": "on-failure", "any": "always"}


def _restart_policy(value: Mapping[str, Any] | str) -> dict[str, Any]:
    value = _plain(value)
    if isinstance(value, str):
        name, _, count = value.partition(":")
        return {"Name": name, "MaximumRetryCount": int(count or 0)}
    if not isinstance(value, Mapping):
        raise ValueError(
            f"restart_policy: expected {{'Name': 'on-failure', 'MaximumRetryCount': 3}}, "
            f"not {value!r}"
        )
    if "Condition" in value or "condition" in value:
        # a service's RestartPolicy (docker.types.RestartPolicy): the nearest container one
        condition = str(value.get("Condition", value.get("condition")))
        if condition not in _SWARM_CONDITIONS:
            raise ValueError(f"restart_policy: unknown condition {condition!r}")
        return {
            "Name": _SWARM_CONDITIONS[condition],
            "MaximumRetryCount": value.get("MaxAttempts", value.get("max_attempts", 0)) or 0,
        }
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
    out = []
    for item in map(_plain, value):
        if not isinstance(item, Mapping):
            raise ValueError(
                f"ulimits: expected Ulimit or {{'Name', 'Soft', 'Hard'}}, not {item!r}"
            )
        out.append(
            {
                "Name": item.get("Name", item.get("name")),
                "Soft": item.get("Soft", item.get("soft")),
                "Hard": item.get("Hard", item.get("hard")),
            }
        )
    return out


_MOUNT_TYPES: Final = ("bind", "volume", "tmpfs", "npipe", "cluster", "image")


def mount_dict(
    target: str,
    source: str | None,
    type: str = "volume",
    read_only: bool = False,
    consistency: str | None = None,
    propagation: str | None = None,
    no_copy: bool = False,
    labels: Mapping[str, str] | None = None,
    driver_config: Mapping[str, Any] | None = None,
    tmpfs_size: int | str | None = None,
    tmpfs_mode: int | None = None,
) -> dict[str, Any]:
    """docker-py's ``Mount`` arguments as the engine's Mount JSON; options that do not
    belong to the mount's type raise ValueError naming them."""
    if type not in _MOUNT_TYPES:
        raise ValueError(f"mount type: expected one of {list(_MOUNT_TYPES)}, not {type!r}")
    doc: dict[str, Any] = {"Target": target, "Type": type, "ReadOnly": read_only}
    if source is not None:
        doc["Source"] = source
    if consistency:
        doc["Consistency"] = consistency
    given = {
        "propagation": propagation,
        "no_copy": no_copy or None,
        "labels": labels,
        "driver_config": driver_config,
        "tmpfs_size": tmpfs_size,
        "tmpfs_mode": tmpfs_mode,
    }
    allowed = {
        "bind": {"propagation"},
        "volume": {"no_copy", "labels", "driver_config"},
        "tmpfs": {"tmpfs_size", "tmpfs_mode"},
    }.get(type, set())
    wrong = sorted(name for name, item in given.items() if item is not None and name not in allowed)
    if wrong:
        raise ValueError(f"mount options {wrong} do not apply to a {type!r} mount")
    if propagation is not None:
        doc["BindOptions"] = {"Propagation": propagation}
    volume: dict[str, Any] = {}
    if no_copy:
        volume["NoCopy"] = True
    if labels:
        volume["Labels"] = dict(labels)
    if driver_config:
        volume["DriverConfig"] = dict(_plain(driver_config))
    if volume:
        doc["VolumeOptions"] = volume
    tmpfs: dict[str, Any] = {}
    if tmpfs_mode is not None:
        if isinstance(tmpfs_mode, bool) or not isinstance(tmpfs_mode, int):
            raise ValueError(f"tmpfs_mode: expected an integer mode (0o1777), not {tmpfs_mode!r}")
        tmpfs["Mode"] = tmpfs_mode
    if tmpfs_size is not None:
        tmpfs["SizeBytes"] = parse_bytes(tmpfs_size, "tmpfs_size")
    if tmpfs:
        doc["TmpfsOptions"] = tmpfs
    return doc


def parse_mount_string(spec: str) -> dict[str, Any]:
    """docker-py's ``Mount.parse_mount_string``: ``"source:target[:ro|rw]"`` (a bind when
    the source is an absolute path, else a named volume) or ``"target"`` (anonymous)."""
    parts = spec.split(":")
    if len(parts) > 3 or not all(parts):
        raise ValueError(f"mount: expected 'source:target[:ro|rw]' or 'target', not {spec!r}")
    if len(parts) == 1:
        return mount_dict(parts[0], None)
    source, target = parts[0], parts[1]
    if len(parts) == 3 and parts[2] not in ("ro", "rw"):
        raise ValueError(f"mount {spec!r}: the mode must be 'ro' or 'rw', not {parts[2]!r}")
    kind = "bind" if source.startswith("/") else "volume"
    return mount_dict(target, source, type=kind, read_only=len(parts) == 3 and parts[2] == "ro")


def _mounts(value: Sequence[Mapping[str, Any] | str]) -> list[dict[str, Any]]:
    mounts = []
    for spec in map(_plain, value):
        if isinstance(spec, Mapping):
            mounts.append(dict(spec))
            continue
        if not isinstance(spec, str):
            raise ValueError(f"mounts: expected a Mount, a dict or a string, not {spec!r}")
        if "=" not in spec:
            mounts.append(parse_mount_string(spec))
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
    value = _plain(value)
    if not isinstance(value, Mapping):
        raise ValueError(f"log_config: expected a LogConfig or {{'Type', 'Config'}}, not {value!r}")
    return {
        "Type": value.get("Type", value.get("type", "")),
        "Config": dict(value.get("Config", value.get("config", {})) or {}),
    }


_DEVICE_REQUEST_KEYS: Final = {
    "driver": "Driver",
    "count": "Count",
    "device_ids": "DeviceIDs",
    "capabilities": "Capabilities",
    "options": "Options",
}


def _device_requests(value: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in map(_plain, value):
        if not isinstance(item, Mapping):
            raise ValueError(f"device_requests: expected DeviceRequest or dict, not {item!r}")
        out.append({_DEVICE_REQUEST_KEYS.get(str(key), str(key)): v for key, v in item.items()})
    return out


def _unknown(names: Sequence[str], known: Sequence[str] | None = None) -> TypeError:
    if known is None:
        known = [*CREATE_ARGS, *HOST_CONFIG_ARGS, *RUN_ONLY_ARGS, "image", "platform"]
    parts = []
    for name in names:
        close = difflib.get_close_matches(name, known, n=1)
        parts.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    return TypeError("unknown container argument(s): " + ", ".join(parts))


_CONVERTERS: Final[dict[str, Any]] = {
    "binds": lambda v: ("Binds", _binds(v)),
    "port_bindings": lambda v: ("PortBindings", _port_bindings(v)),
    "mem_limit": lambda v: ("Memory", parse_bytes(v, "mem_limit")),
    "mem_reservation": lambda v: ("MemoryReservation", parse_bytes(v, "mem_reservation")),
    "memswap_limit": lambda v: ("MemorySwap", -1 if v == -1 else parse_bytes(v, "memswap_limit")),
    "kernel_memory": lambda v: ("KernelMemory", parse_bytes(v, "kernel_memory")),
    "shm_size": lambda v: ("ShmSize", parse_bytes(v, "shm_size")),
    "restart_policy": lambda v: ("RestartPolicy", _restart_policy(v)),
    "devices": lambda v: ("Devices", _devices(v)),
    "device_requests": lambda v: ("DeviceRequests", _device_requests(v)),
    "blkio_weight_device": lambda v: ("BlkioWeightDevice", _weight_devices(v)),
    "extra_hosts": lambda v: ("ExtraHosts", _extra_hosts(v)),
    "links": lambda v: ("Links", _links(v)),
    "tmpfs": lambda v: ("Tmpfs", _tmpfs(v)),
    "ulimits": lambda v: ("Ulimits", _ulimits(v)),
    "mounts": lambda v: ("Mounts", _mounts(v)),
    "log_config": lambda v: ("LogConfig", _log_config(v)),
}


def host_config_dict(**kwargs: Any) -> dict[str, Any]:
    """The engine's HostConfig JSON for docker-py's ``create_host_config`` arguments
    (``binds``, ``port_bindings``, ``mem_limit="512m"``, ``restart_policy``, ``mounts``...;
    the :mod:`engine_api.types` objects are taken where docker-py takes them). None means
    not given. Unknown names raise TypeError, values of the wrong shape ValueError."""
    known = set(HOST_CONFIG_ARGS) | LOW_LEVEL_HOST_ARGS
    unknown = sorted(set(kwargs) - known)
    if unknown:
        raise _unknown(unknown, sorted(known))
    if kwargs.get("lxc_conf") is not None:
        raise ValueError("lxc_conf: the engine has not run LXC since Docker 1.10")
    if kwargs.get("init_path") is not None:
        raise ValueError("init_path: engines of API 1.29 and later have no such setting")
    host: dict[str, Any] = {}
    for name, value in kwargs.items():
        if value is None or name in ("lxc_conf", "init_path"):
            continue
        field = HOST_CONFIG_ARGS.get(name)
        if field is not None:
            host[field] = value
        elif name in _THROTTLES:
            host[_THROTTLES[name]] = _throttle(value, name)
        else:
            key, converted = _CONVERTERS[name](value)
            host[key] = converted
    return host


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
    host_args: dict[str, Any] = {k: v for k, v in kwargs.items() if k in HOST_CONFIG_ARGS}
    if command is not None:
        config["Cmd"] = _strings(command, "command", split=True)
    for name, value in kwargs.items():
        if value is None or name not in CREATE_ARGS:
            continue
        field = CREATE_ARGS[name]
        if field is not None:
            config[field] = value
        elif name == "entrypoint":
            config["Entrypoint"] = _strings(value, "entrypoint", split=True)
        elif name == "environment":
            config["Env"] = _environment(value)
        elif name == "labels":
            config["Labels"] = _labels(value)
        elif name == "healthcheck":
            config["Healthcheck"] = _healthcheck(value)
        elif name == "ports":
            host_args["port_bindings"] = value
            config["ExposedPorts"] = {key: {} for key in _port_bindings(value)}
        elif name == "volumes":
            binds, config["Volumes"] = _volumes(value)
            if binds:
                host_args["binds"] = binds
    host = host_config_dict(**host_args)
    network = kwargs.get("network")
    if network is not None:
        config["NetworkingConfig"] = {"EndpointsConfig": {network: {}}}
        host.setdefault("NetworkMode", network)
    if host:
        config["HostConfig"] = host
    return _models.ContainerCreateRequest.from_dict(config)


def container_config(
    image: str,
    command: str | Sequence[str] | None = None,
    hostname: str | None = None,
    user: str | int | None = None,
    detach: bool = False,
    stdin_open: bool = False,
    tty: bool = False,
    ports: Sequence[Any] | None = None,
    environment: Mapping[str, Any] | Sequence[str] | None = None,
    volumes: str | Sequence[str] | Mapping[str, Any] | None = None,
    network_disabled: bool = False,
    entrypoint: str | Sequence[str] | None = None,
    working_dir: str | None = None,
    domainname: str | None = None,
    host_config: Mapping[str, Any] | Any | None = None,
    mac_address: str | None = None,
    labels: Mapping[str, str] | Sequence[str] | None = None,
    stop_signal: str | None = None,
    networking_config: Mapping[str, Any] | Any | None = None,
    healthcheck: Mapping[str, Any] | Any | None = None,
    stop_timeout: int | None = None,
    runtime: str | None = None,
) -> ContainerCreateRequest:
    """The typed create request for docker-py's low-level ``create_container`` arguments
    (its ``ContainerConfig``): ``ports`` is a list of container ports to expose,
    ``volumes`` a list of container paths, ``host_config`` what ``create_host_config``
    made. Without ``detach`` the output streams are attached (and stdin with
    ``stdin_open``), as docker-py does. ``runtime`` goes in the HostConfig, where the
    engine reads it (docker-py puts it beside the config, where the engine ignores it)."""
    config: dict[str, Any] = {
        "Image": image,
        "Tty": tty,
        "OpenStdin": stdin_open,
        "StdinOnce": stdin_open and not detach,
        "AttachStdin": stdin_open and not detach,
        "AttachStdout": not detach,
        "AttachStderr": not detach,
        "NetworkDisabled": network_disabled,
    }
    optional: dict[str, Any] = {
        "Hostname": hostname,
        "Domainname": domainname,
        "User": None if user is None else str(user),
        "WorkingDir": working_dir,
        "MacAddress": mac_address,
        "StopSignal": stop_signal,
        "StopTimeout": stop_timeout,
    }
    config.update({key: item for key, item in optional.items() if item is not None})
    if command is not None:
        config["Cmd"] = _strings(command, "command", split=True)
    if entrypoint is not None:
        config["Entrypoint"] = _strings(entrypoint, "entrypoint", split=True)
    if environment is not None:
        config["Env"] = _environment(environment)
    if labels is not None:
        config["Labels"] = _labels(labels)
    if ports is not None:
        config["ExposedPorts"] = _exposed_ports(ports)
    if volumes is not None:
        config["Volumes"] = _config_volumes(volumes)
    if healthcheck is not None:
        config["Healthcheck"] = _healthcheck(healthcheck)
    host = dict(_plain(host_config)) if host_config is not None else {}
    if runtime is not None:
        host["Runtime"] = runtime
    if host:
        config["HostConfig"] = host
    if networking_config is not None:
        config["NetworkingConfig"] = dict(_plain(networking_config))
    return _models.ContainerCreateRequest.from_dict(config)


def endpoint_dict(
    aliases: Sequence[str] | None = None,
    links: Mapping[str, str] | Sequence[str | tuple[str, str]] | None = None,
    ipv4_address: str | None = None,
    ipv6_address: str | None = None,
    link_local_ips: Sequence[str] | None = None,
    driver_opt: Mapping[str, str] | None = None,
    mac_address: str | None = None,
) -> dict[str, Any]:
    """docker-py's endpoint options (``EndpointConfig``, ``connect_container_to_network``)
    as the engine's EndpointSettings JSON: DNS ``aliases``, legacy ``links``, fixed
    addresses, driver options, a MAC address."""
    endpoint: dict[str, Any] = {}
    if aliases:
        endpoint["Aliases"] = list(aliases)
    if links:
        endpoint["Links"] = _endpoint_links(links)
    ipam: dict[str, Any] = {}
    if ipv4_address:
        ipam["IPv4Address"] = ipv4_address
    if ipv6_address:
        ipam["IPv6Address"] = ipv6_address
    if link_local_ips is not None:
        ipam["LinkLocalIPs"] = list(link_local_ips)
    if ipam:
        endpoint["IPAMConfig"] = ipam
    if driver_opt:
        if not isinstance(driver_opt, Mapping):
            raise ValueError(f"driver_opt: expected a dict, not {driver_opt!r}")
        endpoint["DriverOpts"] = dict(driver_opt)
    if mac_address:
        endpoint["MacAddress"] = mac_address
    return endpoint


def _endpoint_links(links: Mapping[str, str] | Sequence[str | tuple[str, str]]) -> list[str]:
    """docker-py's links (``{"name": "alias"}``, ``[("name", "alias")]`` or
    ``["name:alias"]``) as the engine's ``name:alias`` strings."""
    if isinstance(links, Mapping):
        return [f"{name}:{alias}" for name, alias in links.items()]
    out = []
    for link in links:
        if isinstance(link, str):
            out.append(link)
        else:
            name, alias = link
            out.append(f"{name}:{alias}")
    return out
