"""docker-py's ``docker.types``, as constructors of the typed generated models.

Each takes docker-py's arguments and returns the model the engine's JSON is read into
(:class:`~engine_api_binding.models.Mount`, ...), which goes wherever docker-py takes
the ``docker.types`` object: ``create_host_config(mounts=..., ulimits=...,
log_config=..., restart_policy=..., device_requests=...)``, ``create_network(ipam=...)``,
``create_container(healthcheck=...)``, ``containers.run(...)``'s same keywords. The
translation is :mod:`engine_api.run_args`' (shared with ``create_host_config`` and
``containers.run``), so that one argument means the same thing everywhere.

docker-py's names do not always match the engine's: its ``IPAMConfig`` is the engine's
``IPAM`` and its ``IPAMPool`` the engine's ``IPAMConfig``; its ``RestartPolicy`` is a
service's (``Condition``, ``MaxAttempts``...), which a container's ``restart_policy``
also takes (``"any"`` is ``always``, ``"none"`` is ``no``).

The service types (:func:`ServiceMode`, :func:`EndpointSpec`, :func:`UpdateConfig`,
:func:`RollbackConfig`) are :mod:`engine_api.service_args`' (with the service keywords they
go into: ``client.services.create(mode=ServiceMode("replicated", 3), ...)``); a service's
``restart_policy=``, ``mounts=`` and ``healthcheck=`` take :class:`RestartPolicy`,
:class:`Mount` and :func:`Healthcheck` from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from engine_api_binding.models import IPAM as _IPAM
from engine_api_binding.models import DeviceRequest as _DeviceRequest
from engine_api_binding.models import (
    EndpointSettings,
    HealthConfig,
    HostConfigLogConfig,
    ResourcesUlimitsItem,
    TaskSpecRestartPolicy,
)
from engine_api_binding.models import IPAMConfig as _IPAMPool
from engine_api_binding.models import Mount as _Mount

from engine_api import run_args
from engine_api.service_args import EndpointSpec, RollbackConfig, ServiceMode, UpdateConfig

__all__ = [
    "DeviceRequest",
    "EndpointConfig",
    "EndpointSpec",
    "Healthcheck",
    "IPAMConfig",
    "IPAMPool",
    "LogConfig",
    "Mount",
    "RestartPolicy",
    "RollbackConfig",
    "ServiceMode",
    "Ulimit",
    "UpdateConfig",
]


class Mount:
    """docker-py's ``Mount``: a bind, volume or tmpfs mount for ``mounts=[...]``."""

    def __new__(  # type: ignore[misc]
        cls,
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
    ) -> _Mount:
        doc = run_args.mount_dict(
            target,
            source,
            type=type,
            read_only=read_only,
            consistency=consistency,
            propagation=propagation,
            no_copy=no_copy,
            labels=labels,
            driver_config=driver_config,
            tmpfs_size=tmpfs_size,
            tmpfs_mode=tmpfs_mode,
        )
        return _Mount.from_dict(doc)

    @staticmethod
    def parse_mount_string(string: str) -> _Mount:
        """``"source:target[:ro|rw]"`` (a bind when the source is an absolute path, else
        a named volume) or ``"target"`` (an anonymous volume)."""
        return _Mount.from_dict(run_args.parse_mount_string(string))


class _LogConfigTypes:
    JSON: Final = "json-file"
    SYSLOG: Final = "syslog"
    JOURNALD: Final = "journald"
    GELF: Final = "gelf"
    FLUENTD: Final = "fluentd"
    LOCAL: Final = "local"
    NONE: Final = "none"


class LogConfig:
    """docker-py's ``LogConfig(type, config)``: the logging driver and its options.
    ``LogConfig.types.JSON`` and the like name the usual drivers."""

    types = _LogConfigTypes

    def __new__(  # type: ignore[misc]
        cls, type: str = _LogConfigTypes.JSON, config: Mapping[str, str] | None = None
    ) -> HostConfigLogConfig:
        return HostConfigLogConfig.from_dict(run_args._log_config({"Type": type, "Config": config}))


def IPAMPool(
    subnet: str | None = None,
    iprange: str | None = None,
    gateway: str | None = None,
    aux_addresses: Mapping[str, str] | None = None,
) -> _IPAMPool:
    """docker-py's ``IPAMPool``: one address pool of a network (the engine's IPAMConfig)."""
    doc = {
        "Subnet": subnet,
        "IPRange": iprange,
        "Gateway": gateway,
        "AuxiliaryAddresses": dict(aux_addresses) if aux_addresses is not None else None,
    }
    return _IPAMPool.from_dict({key: item for key, item in doc.items() if item is not None})


def IPAMConfig(
    driver: str = "default",
    pool_configs: Sequence[_IPAMPool | Mapping[str, Any]] | None = None,
    options: Mapping[str, str] | None = None,
) -> _IPAM:
    """docker-py's ``IPAMConfig``: a network's address management (the engine's IPAM)."""
    if options is not None and not isinstance(options, Mapping):
        raise TypeError(f"IPAMConfig options must be a dict, not {options!r}")
    doc: dict[str, Any] = {
        "Driver": driver,
        "Config": [run_args._plain(pool) for pool in pool_configs or []],
    }
    if options:
        doc["Options"] = dict(options)
    return _IPAM.from_dict(doc)


def EndpointConfig(
    version: str | None = None,
    aliases: Sequence[str] | None = None,
    links: Mapping[str, str] | Sequence[str | tuple[str, str]] | None = None,
    ipv4_address: str | None = None,
    ipv6_address: str | None = None,
    link_local_ips: Sequence[str] | None = None,
    driver_opt: Mapping[str, str] | None = None,
    mac_address: str | None = None,
) -> EndpointSettings:
    """docker-py's ``EndpointConfig``: how a container is attached to one network.
    ``version`` is taken as docker-py's first argument and not used: the client checks
    the fields against the API version it negotiated when the request is sent."""
    del version
    return EndpointSettings.from_dict(
        run_args.endpoint_dict(
            aliases=aliases,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
        )
    )


def Healthcheck(
    test: str | Sequence[str] | None = None,
    interval: int | str | None = None,
    timeout: int | str | None = None,
    retries: int | None = None,
    start_period: int | str | None = None,
    **kwargs: Any,
) -> HealthConfig:
    """docker-py's ``Healthcheck``: ``test`` as a shell command string (``CMD-SHELL``) or
    the engine's list; durations in nanoseconds (or ``"30s"``). Like docker-py, it also
    takes the engine's keys (``Test``, ``Interval``...)."""
    given = {
        "test": test,
        "interval": interval,
        "timeout": timeout,
        "retries": retries,
        "start_period": start_period,
        **kwargs,
    }
    return HealthConfig.from_dict(run_args._healthcheck(given))


def Ulimit(name: str, soft: int | None = None, hard: int | None = None) -> ResourcesUlimitsItem:
    """docker-py's ``Ulimit(name, soft, hard)``: one resource limit (``"nofile"``...)."""
    if not isinstance(name, str):
        raise TypeError(f"Ulimit name must be a string, not {name!r}")
    doc: dict[str, Any] = {"Name": name}
    for key, item in (("Soft", soft), ("Hard", hard)):
        if item is not None:
            if isinstance(item, bool) or not isinstance(item, int):
                raise TypeError(f"Ulimit {key.lower()} must be an integer, not {item!r}")
            doc[key] = item
    return ResourcesUlimitsItem.from_dict(doc)


def DeviceRequest(
    driver: str = "",
    count: int = 0,
    device_ids: Sequence[str] | None = None,
    capabilities: Sequence[Sequence[str]] | None = None,
    options: Mapping[str, str] | None = None,
) -> _DeviceRequest:
    """docker-py's ``DeviceRequest``: devices (GPUs) a driver gives the container;
    ``count=-1`` asks for all."""
    doc = {
        "Driver": driver,
        "Count": count,
        "DeviceIDs": list(device_ids or []),
        "Capabilities": [list(c) for c in capabilities or []],
        "Options": dict(options or {}),
    }
    return _DeviceRequest.from_dict(doc)


class _RestartConditions:
    NONE: Final = "none"
    ON_FAILURE: Final = "on-failure"
    ANY: Final = "any"


class RestartPolicy:
    """docker-py's ``RestartPolicy(condition, delay, max_attempts, window)`` (a service's,
    ``RestartPolicy.condition_types.ON_FAILURE`` and the like). A container's
    ``restart_policy=`` takes it too, as its nearest policy."""

    condition_types = _RestartConditions

    def __new__(  # type: ignore[misc]
        cls,
        condition: str = _RestartConditions.NONE,
        delay: int = 0,
        max_attempts: int = 0,
        window: int = 0,
    ) -> TaskSpecRestartPolicy:
        if condition not in ("none", "on-failure", "any"):
            raise ValueError(
                f"RestartPolicy condition: expected 'none', 'on-failure' or 'any', "
                f"not {condition!r}"
            )
        doc = {"Condition": condition, "Delay": delay, "MaxAttempts": max_attempts}
        return TaskSpecRestartPolicy.from_dict({**doc, "Window": window})
