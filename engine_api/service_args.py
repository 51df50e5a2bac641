"""docker-py's service keywords, typed, and its service types as typed-model constructors.

``client.services.create(image, command, **kwargs)`` and ``service.update(**kwargs)`` take
docker-py 7.1.0's keywords (:class:`ServiceArgs`: a misspelled one is a mypy error, and a
:class:`TypeError` naming it at run time). :func:`service_spec` turns them into the engine's
service spec (``Name``, ``Labels``, ``TaskTemplate``, ``Mode``...), and :func:`merge_spec`
lays them over a service's current spec for an update, as docker-py's
``update_service(fetch_current_spec=True)`` does.

:func:`ServiceMode`, :func:`EndpointSpec`, :func:`UpdateConfig` and :func:`RollbackConfig`
take docker-py's arguments and return the generated models the engine's JSON is read into
(``ServiceSpecMode``...); wherever these are taken, the engine's JSON (a dict) or the
model is taken too. Durations (``delay``, ``monitor``, ``stop_grace_period``) are
nanoseconds or a Go duration (``"10s"``).
"""

from __future__ import annotations

import difflib
import shlex
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from engine_api_binding.models import (
    EndpointSpec as _EndpointSpec,
)
from engine_api_binding.models import (
    ServiceSpec,
    ServiceSpecMode,
    ServiceSpecRollbackConfig,
    ServiceSpecUpdateConfig,
)

from engine_api import run_args

if TYPE_CHECKING:
    from engine_api_binding.models import (
        HealthConfig,
        Mount,
        TaskSpecContainerSpecDNSConfig,
        TaskSpecContainerSpecPrivileges,
        TaskSpecResources,
        TaskSpecRestartPolicy,
    )

__all__ = [
    "EndpointSpec",
    "RollbackConfig",
    "ServiceArgs",
    "ServiceMode",
    "ServiceSpec",
    "ServiceUpdateArgs",
    "UpdateConfig",
    "merge_spec",
    "service_spec",
]

_JSON = Mapping[str, Any]
"""The engine's JSON for one part of the spec, or its generated model (``to_dict``)."""


class ServiceArgs(TypedDict, total=False):
    """docker-py's keywords of ``ServiceCollection.create`` (besides ``image`` and
    ``command``) and ``Service.update``. None, as in docker-py, means not given."""

    args: Sequence[str] | None
    constraints: Sequence[str] | None
    preferences: Sequence[tuple[str, str] | _JSON] | None
    maxreplicas: int | None
    platforms: Sequence[tuple[str, str]] | None
    container_labels: Mapping[str, str] | None
    endpoint_spec: _EndpointSpec | _JSON | None
    env: Mapping[str, str] | Sequence[str] | None
    hostname: str | None
    init: bool | None
    isolation: str | None
    labels: Mapping[str, str] | None
    log_driver: str | None
    log_driver_options: Mapping[str, str] | None
    mode: ServiceSpecMode | _JSON | str | None
    mounts: Sequence[str | Mount | _JSON] | None
    name: str | None
    networks: Sequence[str | _JSON] | None
    resources: TaskSpecResources | _JSON | None
    restart_policy: TaskSpecRestartPolicy | _JSON | None
    secrets: Sequence[_JSON] | None
    stop_grace_period: int | str | None
    update_config: ServiceSpecUpdateConfig | _JSON | None
    rollback_config: ServiceSpecRollbackConfig | _JSON | None
    user: str | None
    workdir: str | None
    tty: bool | None
    groups: Sequence[str] | None
    open_stdin: bool | None
    read_only: bool | None
    stop_signal: str | None
    healthcheck: HealthConfig | _JSON | None
    hosts: Mapping[str, str] | None
    dns_config: TaskSpecContainerSpecDNSConfig | _JSON | None
    configs: Sequence[_JSON] | None
    privileges: TaskSpecContainerSpecPrivileges | _JSON | None
    cap_add: Sequence[str] | None
    cap_drop: Sequence[str] | None
    sysctls: Mapping[str, str] | None


class ServiceUpdateArgs(ServiceArgs, total=False):
    """``Service.update``'s keywords: :class:`ServiceArgs`, and the image, the command and
    ``force_update`` (True: redeploy every task even when nothing else changed)."""

    image: str | None
    command: str | Sequence[str] | None
    force_update: bool | int | None
    fetch_current_spec: bool | None
    """docker-py's: here an update always keeps what is not given (False is refused)."""


_KNOWN = frozenset(ServiceUpdateArgs.__annotations__)

# docker-py's keyword -> the ContainerSpec key it sets
_CONTAINER_KEYS = {
    "image": "Image",
    "args": "Args",
    "hostname": "Hostname",
    "workdir": "Dir",
    "user": "User",
    "groups": "Groups",
    "stop_signal": "StopSignal",
    "container_labels": "Labels",
    "secrets": "Secrets",
    "configs": "Configs",
    "dns_config": "DNSConfig",
    "privileges": "Privileges",
    "healthcheck": "Healthcheck",
    "tty": "TTY",
    "open_stdin": "OpenStdin",
    "read_only": "ReadOnly",
    "isolation": "Isolation",
    "init": "Init",
    "cap_add": "CapabilityAdd",
    "cap_drop": "CapabilityDrop",
    "sysctls": "Sysctls",
}


def _plain(value: Any) -> Any:
    """A model as the engine's JSON; mappings and lists as plain dicts and lists."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _unknown(names: Sequence[str]) -> TypeError:
    parts = []
    for name in names:
        close = difflib.get_close_matches(name, sorted(_KNOWN), n=1)
        parts.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    return TypeError("unknown service argument(s): " + ", ".join(parts))


def _mode(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        return ServiceMode(value).to_dict()
    plain = _plain(value)
    if not isinstance(plain, dict):
        raise TypeError(f"mode must be ServiceMode(...) or a dict, not {value!r}")
    return plain


def _mounts(value: Sequence[Any]) -> list[dict[str, Any]]:
    mounts: list[dict[str, Any]] = []
    for mount in value:
        if not isinstance(mount, str):
            mounts.append(_plain(mount))
            continue
        # docker-py's "source:target[:ro|rw]": a bind from an absolute path, else a volume
        parts = mount.split(":")
        if (
            len(parts) not in (2, 3)
            or not parts[1]
            or (len(parts) == 3 and parts[2] not in ("ro", "rw"))
        ):
            raise ValueError(f"mounts: expected 'source:target[:ro|rw]', not {mount!r}")
        doc: dict[str, Any] = {
            "Source": parts[0],
            "Target": parts[1],
            "Type": "bind" if parts[0].startswith("/") else "volume",
            "ReadOnly": len(parts) == 3 and parts[2] == "ro",
        }
        mounts.append(doc)
    return mounts


def _networks(value: Sequence[Any]) -> list[dict[str, Any]]:
    return [{"Target": net} if isinstance(net, str) else _plain(net) for net in value]


def _placement(given: Mapping[str, Any]) -> dict[str, Any]:
    placement: dict[str, Any] = {}
    if given.get("constraints") is not None:
        placement["Constraints"] = list(given["constraints"])
    if given.get("preferences") is not None:
        preferences = []
        for pref in given["preferences"]:
            if isinstance(pref, tuple | list):
                strategy, descriptor = pref
                if strategy != "spread":
                    raise ValueError(f"preferences: only 'spread' is a strategy, not {strategy!r}")
                preferences.append({"Spread": {"SpreadDescriptor": descriptor}})
            else:
                preferences.append(_plain(pref))
        placement["Preferences"] = preferences
    if given.get("maxreplicas") is not None:
        placement["MaxReplicas"] = given["maxreplicas"]
    if given.get("platforms") is not None:
        placement["Platforms"] = [
            {"Architecture": arch, "OS": os_name} for arch, os_name in given["platforms"]
        ]
    return placement


def _split(kwargs: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """docker-py's keywords as (service spec fields, task template fields, container spec
    fields), with only what was given."""
    unknown = [name for name in kwargs if name not in _KNOWN]
    if unknown:
        raise _unknown(unknown)
    given = {key: value for key, value in kwargs.items() if value is not None}
    service: dict[str, Any] = {}
    task: dict[str, Any] = {}
    container: dict[str, Any] = {}
    for key, target in _CONTAINER_KEYS.items():
        if key in given:
            value = given[key]
            container[target] = _plain(dict(value) if isinstance(value, Mapping) else value)
    for key in ("args", "groups", "cap_add", "cap_drop"):
        if key in given:
            container[_CONTAINER_KEYS[key]] = list(run_args._strings(given[key], key, split=False))
    if "command" in given:
        command = given["command"]
        container["Command"] = shlex.split(command) if isinstance(command, str) else list(command)
    if "env" in given:
        container["Env"] = run_args._environment(given["env"])
    if "hosts" in given:
        container["Hosts"] = [f"{address} {host}" for host, address in given["hosts"].items()]
    if "mounts" in given:
        container["Mounts"] = _mounts(given["mounts"])
    if "stop_grace_period" in given:
        container["StopGracePeriod"] = run_args.parse_duration_ns(
            given["stop_grace_period"], "stop_grace_period"
        )
    if "resources" in given:
        task["Resources"] = _plain(given["resources"])
    if "restart_policy" in given:
        task["RestartPolicy"] = _plain(given["restart_policy"])
    if "networks" in given:
        task["Networks"] = _networks(given["networks"])
    placement = _placement(given)
    if placement:
        task["Placement"] = placement
    if "log_driver" in given:
        task["LogDriver"] = {
            "Name": given["log_driver"],
            "Options": dict(given.get("log_driver_options") or {}),
        }
    elif "log_driver_options" in given:
        raise ValueError("log_driver_options needs the log_driver they are for")
    if "name" in given:
        service["Name"] = given["name"]
    if "labels" in given:
        service["Labels"] = dict(given["labels"])
    if "mode" in given:
        service["Mode"] = _mode(given["mode"])
    for key, field in (
        ("update_config", "UpdateConfig"),
        ("rollback_config", "RollbackConfig"),
        ("endpoint_spec", "EndpointSpec"),
    ):
        if key in given:
            service[field] = _plain(given[key])
    return service, task, container


def service_spec(
    image: str, command: str | Sequence[str] | None, kwargs: Mapping[str, Any]
) -> ServiceSpec:
    """The typed spec of a new service from docker-py's ``create`` arguments."""
    if not isinstance(image, str) or not image:
        raise TypeError(f"a service needs an image name, not {image!r}")
    update_only = ("image", "command", "force_update", "fetch_current_spec")
    if any(key in kwargs for key in update_only):
        bad = [key for key in update_only if key in kwargs]
        raise TypeError(f"unknown service argument(s) for create: {', '.join(map(repr, bad))}")
    service, task, container = _split({**kwargs, "image": image, "command": command})
    task["ContainerSpec"] = container
    service["TaskTemplate"] = task
    return ServiceSpec.from_dict(service)


def merge_spec(current: Mapping[str, Any], kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """``current`` (a service's ``Spec`` as JSON) with docker-py's ``update`` keywords laid
    over it: what is given replaces, what is not is kept (docker-py's
    ``fetch_current_spec=True``). ``force_update=True`` increments ``ForceUpdate``."""
    kwargs = dict(kwargs)
    if kwargs.pop("fetch_current_spec", None) is False:
        raise ValueError(
            "fetch_current_spec=False would clear what the update does not give; "
            "use client.api.update_service for that"
        )
    service, task, container = _split(kwargs)
    merged: dict[str, Any] = {key: _plain(value) for key, value in current.items()}
    merged.update(service)
    template = dict(merged.get("TaskTemplate") or {})
    force = kwargs.get("force_update")
    if force is True:
        task["ForceUpdate"] = int(template.get("ForceUpdate") or 0) + 1
    elif force is not None and force is not False:
        task["ForceUpdate"] = int(force)
    spec = dict(template.get("ContainerSpec") or {})
    spec.update(container)
    template.update(task)
    template["ContainerSpec"] = spec
    merged["TaskTemplate"] = template
    return merged


# -- docker-py's docker.types for services ------------------------------------------------

_MODES = {
    "replicated": "Replicated",
    "global": "Global",
    "replicated-job": "ReplicatedJob",
    "global-job": "GlobalJob",
}


def ServiceMode(
    mode: str = "replicated", replicas: int | None = None, concurrency: int | None = None
) -> ServiceSpecMode:
    """docker-py's ``ServiceMode``: ``ServiceMode("replicated", 3)``, ``ServiceMode("global")``,
    ``ServiceMode("replicated-job", 5, concurrency=2)``. A global mode takes no replicas."""
    if mode not in _MODES:
        raise ValueError(f"service mode must be one of {', '.join(_MODES)}, not {mode!r}")
    if replicas is not None and (
        isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 0
    ):
        raise ValueError(f"replicas must be a number (>= 0), not {replicas!r}")
    if mode.startswith("global") and replicas is not None:
        raise ValueError(f"replicas can only be used for the replicated modes, not {mode!r}")
    if concurrency is not None and not mode.endswith("job"):
        raise ValueError(f"concurrency is for the job modes only, not {mode!r}")
    body: dict[str, Any] = {}
    if mode == "replicated" and replicas is not None:
        body["Replicas"] = replicas
    elif mode == "replicated-job":
        body["MaxConcurrent"] = concurrency or 1
        body["TotalCompletions"] = replicas if replicas is not None else 1
    elif mode == "global-job" and concurrency is not None:
        body["MaxConcurrent"] = concurrency
    return ServiceSpecMode.from_dict({_MODES[mode]: body})


def _update_config(
    what: str,
    parallelism: int,
    delay: int | str | None,
    failure_action: str,
    monitor: int | str | None,
    max_failure_ratio: float | None,
    order: str | None,
) -> dict[str, Any]:
    actions = (
        ("pause", "continue", "rollback") if what == "update_config" else ("pause", "continue")
    )
    if failure_action not in actions:
        raise ValueError(f"{what}: failure_action must be one of {actions}, not {failure_action!r}")
    if order is not None and order not in ("start-first", "stop-first"):
        raise ValueError(f"{what}: order must be 'start-first' or 'stop-first', not {order!r}")
    if max_failure_ratio is not None and not 0 <= max_failure_ratio <= 1:
        raise ValueError(
            f"{what}: max_failure_ratio must be within 0 and 1, not {max_failure_ratio!r}"
        )
    doc: dict[str, Any] = {"Parallelism": parallelism, "FailureAction": failure_action}
    if delay is not None:
        doc["Delay"] = run_args.parse_duration_ns(delay, f"{what} delay")
    if monitor is not None:
        doc["Monitor"] = run_args.parse_duration_ns(monitor, f"{what} monitor")
    if max_failure_ratio is not None:
        doc["MaxFailureRatio"] = max_failure_ratio
    if order is not None:
        doc["Order"] = order
    return doc


def UpdateConfig(
    parallelism: int = 0,
    delay: int | str | None = None,
    failure_action: str = "continue",
    monitor: int | str | None = None,
    max_failure_ratio: float | None = None,
    order: str | None = None,
) -> ServiceSpecUpdateConfig:
    """docker-py's ``UpdateConfig``: how many tasks are updated at once (0: all), the
    delay between batches, what a failed update does (``continue``, ``pause``,
    ``rollback``), how long a task is watched after its update, ``start-first`` or
    ``stop-first``."""
    doc = _update_config(
        "update_config", parallelism, delay, failure_action, monitor, max_failure_ratio, order
    )
    return ServiceSpecUpdateConfig.from_dict(doc)


def RollbackConfig(
    parallelism: int = 0,
    delay: int | str | None = None,
    failure_action: str = "continue",
    monitor: int | str | None = None,
    max_failure_ratio: float | None = None,
    order: str | None = None,
) -> ServiceSpecRollbackConfig:
    """docker-py's ``RollbackConfig``: :func:`UpdateConfig`'s fields for a rollback (its
    ``failure_action`` is ``continue`` or ``pause``)."""
    doc = _update_config(
        "rollback_config", parallelism, delay, failure_action, monitor, max_failure_ratio, order
    )
    return ServiceSpecRollbackConfig.from_dict(doc)


def EndpointSpec(
    mode: str | None = None,
    ports: Mapping[int, int | tuple[int, ...] | tuple[int, str] | tuple[int, str, str]]
    | Sequence[Mapping[str, Any]]
    | None = None,
) -> _EndpointSpec:
    """docker-py's ``EndpointSpec``: ``mode`` ``vip`` or ``dnsrr``; ``ports`` as
    ``{published: target}``, ``{published: (target, protocol[, publish_mode])}`` or the
    engine's list of port dicts."""
    doc: dict[str, Any] = {}
    if mode is not None:
        if mode not in ("vip", "dnsrr"):
            raise ValueError(f"endpoint mode must be 'vip' or 'dnsrr', not {mode!r}")
        doc["Mode"] = mode
    if ports is not None:
        if isinstance(ports, Mapping):
            converted = []
            for published, target in ports.items():
                port: dict[str, Any] = {"PublishedPort": published, "Protocol": "tcp"}
                if isinstance(target, tuple):
                    port["TargetPort"] = target[0]
                    if len(target) > 1 and target[1] is not None:
                        port["Protocol"] = target[1]
                    if len(target) > 2 and target[2] is not None:
                        port["PublishMode"] = target[2]
                    if len(target) > 3:
                        raise ValueError(f"ports: too many values for {published}: {target!r}")
                else:
                    port["TargetPort"] = target
                converted.append(port)
            doc["Ports"] = converted
        else:
            doc["Ports"] = [_plain(port) for port in ports]
    return _EndpointSpec.from_dict(doc)
