"""docker-py's low-level names for containers, exec, networks, volumes and the system.

``client.api.create_container(...)``, ``client.api.inspect_container(id)``,
``client.api.create_network(...)``... take docker-py 7.1's arguments and call the typed
core: the generated operations (``self.ops``), the streaming mixins (``logs``, ``wait``,
``exec_create``...) and :mod:`engine_api.run_args`, which also translates the
high-level ``containers.run`` keywords, so that an argument means one thing everywhere.
They return the typed generated models (``ContainerCreateResponse``,
``list[ContainerSummary]``...); where docker-py returns None, a bool or a string, so do
they. A container (or network) is its id or name, docker-py's dict with ``"Id"``, or
anything with an ``id`` (a :class:`~engine_api.AsyncContainer`).

This module is the one source: ``engine_api/_sync/lowlevel.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from engine_api_binding import models as _models
from engine_api_binding.types import UNSET

from engine_api import config as engine_config
from engine_api._async.operations import AsyncOperations
from engine_api.refs import Resource, resource_id

if TYPE_CHECKING:
    from engine_api_binding._api import AsyncApi, JSONQuery
    from engine_api_binding.models import (
        ContainerCreateRequest,
        ContainerCreateResponse,
        ContainerInspectResponse,
        ContainerPruneResponse,
        ContainerSummary,
        ContainerTopResponse,
        ContainerUpdateResponse,
        EndpointSettings,
        FilesystemChange,
        HostConfig,
        NetworkCreateResponse,
        NetworkingConfig,
        NetworkInspect,
        NetworkPruneResponse,
        NetworkSummary,
        PortBinding,
        SystemDataUsageResponse,
        SystemInfo,
        SystemVersion,
        Volume,
        VolumeListResponse,
        VolumePruneResponse,
    )

    from engine_api._async.streaming import AsyncOutput

__all__ = ["AsyncLowLevel"]


def _or_unset(value: Any) -> Any:
    return UNSET if value is None else value


def _filters(filters: JSONQuery | None, extra: Mapping[str, list[str]]) -> JSONQuery | None:
    """``filters`` (a dict or its JSON) with more conditions added."""
    if not extra:
        return filters
    query: dict[str, Any] = {}
    if isinstance(filters, str):
        query.update(json.loads(filters))
    elif isinstance(filters, Mapping):
        query.update(filters)
    elif filters is not None:
        raise TypeError(f"filters must be a dict (or its JSON), not {filters!r}")
    query.update(extra)
    return query


class AsyncLowLevel(AsyncOperations):
    """docker-py's ``APIClient`` names for containers, exec, networks, volumes and the
    system (mixed into :class:`~engine_api.AsyncAPIClient`), over the streaming
    operations they use (``exec_create``, ``exec_start``...)."""

    def _waiting(self, seconds: float | None) -> AsyncApi:
        """The operations with ``seconds`` more to read the answer in: what the engine
        takes to stop a container (docker-py adds it to the client's timeout too)."""
        read = self._timeout.get("read")
        if not seconds or read is None:
            return self.ops
        return self._with_timeouts({**self._timeout, "read": read + seconds}).ops

    # -- containers: configuration --------------------------------------------------------

    def create_host_config(self, **kwargs: Any) -> HostConfig:
        """docker-py's ``create_host_config``: ``binds``, ``port_bindings``,
        ``mem_limit="512m"``, ``restart_policy``, ``log_config``, ``ulimits``, ``mounts``
        (the :mod:`engine_api.types` objects or their dicts) and every other of its
        keywords, as the typed HostConfig for ``create_container(host_config=...)``.
        Unknown names raise TypeError (naming the likely one meant)."""
        from engine_api import run_args  # loaded on use: the create body's models

        return _models.HostConfig.from_dict(run_args.host_config_dict(**kwargs))

    def create_container_config(
        self, image: str, command: str | Sequence[str] | None = None, **kwargs: Any
    ) -> ContainerCreateRequest:
        """docker-py's ``create_container_config``: the typed create request for
        ``create_container``'s arguments (but ``name``, ``platform``, ``use_config_proxy``)."""
        from engine_api import run_args  # loaded on use: the create body's models

        return run_args.container_config(image, command, **kwargs)

    def create_networking_config(
        self, endpoints_config: Mapping[str, EndpointSettings | Mapping[str, Any]] | None = None
    ) -> NetworkingConfig:
        """docker-py's ``create_networking_config``: ``{network: create_endpoint_config(...)}``
        as the typed NetworkingConfig for ``create_container(networking_config=...)``."""
        from engine_api import run_args  # loaded on use: the create body's models

        doc: dict[str, Any] = {}
        if endpoints_config:
            doc["EndpointsConfig"] = {
                name: run_args._plain(endpoint) for name, endpoint in endpoints_config.items()
            }
        return _models.NetworkingConfig.from_dict(doc)

    def create_endpoint_config(
        self,
        aliases: Sequence[str] | None = None,
        links: Mapping[str, str] | Sequence[str | tuple[str, str]] | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: Sequence[str] | None = None,
        driver_opt: Mapping[str, str] | None = None,
        mac_address: str | None = None,
    ) -> EndpointSettings:
        """docker-py's ``create_endpoint_config`` (:func:`engine_api.types.EndpointConfig`)."""
        from engine_api import types  # docker-py's types and their models: loaded on use

        return types.EndpointConfig(
            self.api_version,
            aliases=aliases,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
        )

    async def create_container(
        self,
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
        name: str | None = None,
        entrypoint: str | Sequence[str] | None = None,
        working_dir: str | None = None,
        domainname: str | None = None,
        host_config: HostConfig | Mapping[str, Any] | None = None,
        mac_address: str | None = None,
        labels: Mapping[str, str] | Sequence[str] | None = None,
        stop_signal: str | None = None,
        networking_config: NetworkingConfig | Mapping[str, Any] | None = None,
        healthcheck: Any = None,
        stop_timeout: int | None = None,
        runtime: str | None = None,
        use_config_proxy: bool = True,
        platform: str | None = None,
    ) -> ContainerCreateResponse:
        """docker-py's ``create_container``: ``ports`` lists the container ports to
        expose (bind them with ``create_host_config(port_bindings=...)``), ``volumes``
        the container paths (bind them with ``binds``). With ``use_config_proxy`` the
        proxies of ``config.json`` are set in the environment (``environment`` wins).
        A missing image raises ImageNotFound (no pull, as docker-py)."""
        from engine_api import run_args  # loaded on use: the create body's models

        if use_config_proxy:
            proxies = engine_config.proxy_environment(self.config.host, self._environ)
            if proxies:
                given = run_args._environment(environment) if environment is not None else []
                environment = proxies + given
        config = run_args.container_config(
            image,
            command,
            hostname=hostname,
            user=user,
            detach=detach,
            stdin_open=stdin_open,
            tty=tty,
            ports=ports,
            environment=environment,
            volumes=volumes,
            network_disabled=network_disabled,
            entrypoint=entrypoint,
            working_dir=working_dir,
            domainname=domainname,
            host_config=host_config,
            mac_address=mac_address,
            labels=labels,
            stop_signal=stop_signal,
            networking_config=networking_config,
            healthcheck=healthcheck,
            stop_timeout=stop_timeout,
            runtime=runtime,
        )
        return await self.create_container_from_config(config, name=name, platform=platform)

    async def create_container_from_config(
        self,
        config: ContainerCreateRequest | Mapping[str, Any],
        name: str | None = None,
        platform: str | None = None,
    ) -> ContainerCreateResponse:
        """Create a container from a whole config (the typed request or its JSON dict)."""
        body = (
            config
            if isinstance(config, _models.ContainerCreateRequest)
            else _models.ContainerCreateRequest.from_dict(config)
        )
        return await self.ops.container_create(
            body=body, name=_or_unset(name), platform=_or_unset(platform)
        )

    # -- containers: the rest ---------------------------------------------------------------

    async def containers(
        self,
        quiet: bool = False,
        all: bool = False,
        trunc: bool = False,
        latest: bool = False,
        since: str | None = None,
        before: str | None = None,
        limit: int = -1,
        size: bool = False,
        filters: JSONQuery | None = None,
    ) -> list[ContainerSummary]:
        """docker-py's ``containers``: running ones (``all``: every one), newest first;
        ``since``/``before`` a container id or name, ``latest`` the newest only,
        ``quiet`` only the ids, ``trunc`` ids of 12 characters."""
        extra: dict[str, list[str]] = {}
        if since:
            extra["since"] = [since]
        if before:
            extra["before"] = [before]
        query = _filters(filters, extra)
        found = await self.ops.container_list(
            all_=all or UNSET,
            limit=1 if latest else (limit if limit > 0 else UNSET),
            size=size or UNSET,
            filters=_or_unset(query),
        )
        if quiet:
            return [_models.ContainerSummary.from_dict({"Id": c.id}) for c in found]
        if trunc:
            for summary in found:
                if isinstance(summary.id, str):
                    summary.id = summary.id[:12]
        return found

    async def inspect_container(self, container: Resource) -> ContainerInspectResponse:
        """docker-py's ``inspect_container``: everything the engine knows of it."""
        return await self.ops.container_inspect(resource_id(container))

    async def start(self, container: Resource, *args: Any, **kwargs: Any) -> None:
        """Start a created container. As docker-py, configuration is given at creation
        (``create_container(host_config=...)``), not here."""
        if args or kwargs:
            raise TypeError(
                "start() takes only the container: give the configuration to "
                "create_container(host_config=create_host_config(...))"
            )
        await self.ops.container_start(resource_id(container))

    async def stop(self, container: Resource, timeout: int | None = None) -> None:
        """Stop it: SIGTERM (its stop signal), then SIGKILL after ``timeout`` seconds
        (None: its own stop timeout, 10 s by default)."""
        await self._waiting(10 if timeout is None else timeout).container_stop(
            resource_id(container), t=_or_unset(timeout)
        )

    async def restart(self, container: Resource, timeout: int = 10) -> None:
        """Restart it, stopping it as :meth:`stop` does (``timeout`` seconds, then SIGKILL)."""
        await self._waiting(timeout).container_restart(resource_id(container), t=timeout)

    async def kill(self, container: Resource, signal: str | int | None = None) -> None:
        """Send it a signal (``"SIGKILL"`` by default; ``"SIGHUP"`` or ``1`` as docker-py)."""
        await self.ops.container_kill(
            resource_id(container), signal=UNSET if signal is None else str(signal)
        )

    async def pause(self, container: Resource) -> None:
        """Freeze its processes."""
        await self.ops.container_pause(resource_id(container))

    async def unpause(self, container: Resource) -> None:
        """Thaw its processes."""
        await self.ops.container_unpause(resource_id(container))

    async def remove_container(
        self, container: Resource, v: bool = False, link: bool = False, force: bool = False
    ) -> None:
        """Remove it: ``v`` its anonymous volumes too, ``link`` only a legacy link of that
        name, ``force`` even when it runs (killed first)."""
        await self.ops.container_delete(resource_id(container), v=v, link=link, force=force)

    async def rename(self, container: Resource, name: str) -> None:
        """Give it another name."""
        await self.ops.container_rename(resource_id(container), name=name)

    async def resize(self, container: Resource, height: int, width: int) -> None:
        """Resize its TTY (a container created with ``tty=True``)."""
        await self.ops.container_resize(resource_id(container), h=height, w=width)

    async def top(self, container: Resource, ps_args: str | None = None) -> ContainerTopResponse:
        """Its processes (``Titles`` and ``Processes``), as ``ps`` (``ps_args``) tells."""
        return await self.ops.container_top(resource_id(container), ps_args=_or_unset(ps_args))

    async def diff(self, container: Resource) -> list[FilesystemChange]:
        """What changed in its filesystem (``Path`` and ``Kind``: 0 changed, 1 added,
        2 deleted); docker-py gives None for no change, here it is an empty list."""
        return await self.ops.container_changes(resource_id(container))

    async def port(self, container: Resource, private_port: int | str) -> list[PortBinding] | None:
        """The host addresses its ``private_port`` (``80``, or ``"53/udp"``) is published
        on (``HostIp``, ``HostPort``); None when it has no port settings (host network)
        or the port is not published."""
        inspected = (await self.inspect_container(container)).to_dict()
        ports = (inspected.get("NetworkSettings") or {}).get("Ports")
        if ports is None:
            return None
        key = str(private_port)
        keys = [key] if "/" in key else [f"{key}/{proto}" for proto in ("tcp", "udp", "sctp")]
        for name in keys:
            bindings = ports.get(name)
            if bindings:
                return [_models.PortBinding.from_dict(b) for b in bindings]
        return None

    async def update_container(
        self,
        container: Resource,
        blkio_weight: int | None = None,
        cpu_period: int | None = None,
        cpu_quota: int | None = None,
        cpu_shares: int | None = None,
        cpuset_cpus: str | None = None,
        cpuset_mems: str | None = None,
        mem_limit: int | str | None = None,
        mem_reservation: int | str | None = None,
        memswap_limit: int | str | None = None,
        kernel_memory: int | str | None = None,
        restart_policy: Mapping[str, Any] | Any = None,
        pids_limit: int | None = None,
        nano_cpus: int | None = None,
    ) -> ContainerUpdateResponse:
        """Change its resource limits and restart policy while it exists (what
        ``create_host_config`` takes for these: ``mem_limit="256m"``...); ``pids_limit``
        and ``nano_cpus`` are the engine's besides docker-py's. ``Container.update`` is
        this call."""
        from engine_api import run_args  # loaded on use: the create body's models

        given = {
            "blkio_weight": blkio_weight,
            "cpu_period": cpu_period,
            "cpu_quota": cpu_quota,
            "cpu_shares": cpu_shares,
            "cpuset_cpus": cpuset_cpus,
            "cpuset_mems": cpuset_mems,
            "mem_limit": mem_limit,
            "mem_reservation": mem_reservation,
            "memswap_limit": memswap_limit,
            "kernel_memory": kernel_memory,
            "restart_policy": restart_policy,
            "pids_limit": pids_limit,
            "nano_cpus": nano_cpus,
        }
        body = _models.ContainerUpdateRequest.from_dict(run_args.host_config_dict(**given))
        return await self.ops.container_update(resource_id(container), body=body)

    async def prune_containers(self, filters: JSONQuery | None = None) -> ContainerPruneResponse:
        """Remove stopped containers; what went and the space reclaimed."""
        return await self.ops.container_prune(filters=_or_unset(filters))

    # -- exec -------------------------------------------------------------------------------

    @overload
    async def execute(
        self,
        container: Resource,
        cmd: str | Sequence[str],
        detach: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        stream: Literal[False] = ...,
        tty: bool = ...,
    ) -> bytes: ...

    @overload
    async def execute(
        self,
        container: Resource,
        cmd: str | Sequence[str],
        detach: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[True],
        tty: bool = ...,
    ) -> AsyncOutput: ...

    async def execute(
        self,
        container: Resource,
        cmd: str | Sequence[str],
        detach: bool = False,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        tty: bool = False,
    ) -> bytes | AsyncOutput:
        """docker-py's old ``execute``: run ``cmd`` in the running container and return
        its output (``stream``: as it comes; ``detach``: nothing, it runs on). It is
        ``exec_create`` then ``exec_start``; ``exec_run`` also tells the exit code."""
        exec_id = await self.exec_create(
            resource_id(container), cmd, stdout=stdout, stderr=stderr, tty=tty
        )
        if stream and not detach:
            return await self.exec_start(exec_id, tty=tty, stream=True)
        return await self.exec_start(exec_id, detach=detach, tty=tty)

    # -- networks ---------------------------------------------------------------------------

    async def networks(
        self,
        names: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        filters: JSONQuery | None = None,
    ) -> list[NetworkSummary]:
        """docker-py's ``networks``: ``names`` and ``ids`` each match a part of the name
        or id; ``filters`` a dict such as ``{"label": ["a=b"]}``."""
        extra: dict[str, list[str]] = {}
        if names:
            extra["name"] = list(names)
        if ids:
            extra["id"] = list(ids)
        query = _filters(filters, extra)
        return await self.ops.network_list(filters=_or_unset(query))

    async def create_network(
        self,
        name: str,
        driver: str | None = None,
        options: Mapping[str, str] | None = None,
        ipam: Any = None,
        check_duplicate: bool | None = None,
        internal: bool = False,
        labels: Mapping[str, str] | None = None,
        enable_ipv6: bool = False,
        attachable: bool | None = None,
        scope: str | None = None,
        ingress: bool | None = None,
    ) -> NetworkCreateResponse:
        """docker-py's ``create_network``: ``ipam`` is
        ``types.IPAMConfig(pool_configs=[types.IPAMPool(subnet=...)])`` or its dict.
        ``check_duplicate`` is only for engines up to API 1.45 (newer ones always check).
        Returns the new network's ``Id`` (and ``Warning``)."""
        from engine_api import run_args  # loaded on use: the create body's models

        if options is not None and not isinstance(options, Mapping):
            raise TypeError(f"create_network: options must be a dict, not {options!r}")
        doc: dict[str, Any] = {"Name": name}
        optional = {
            "Driver": driver,
            "Options": dict(options) if options is not None else None,
            "IPAM": run_args._plain(ipam),
            "CheckDuplicate": check_duplicate,
            "Labels": dict(labels) if labels is not None else None,
            "Attachable": attachable,
            "Scope": scope,
            "Ingress": ingress,
        }
        doc.update({key: item for key, item in optional.items() if item is not None})
        if internal:
            doc["Internal"] = True
        if enable_ipv6:
            doc["EnableIPv6"] = True
        return await self.ops.network_create(body=_models.NetworkCreateRequest.from_dict(doc))

    async def inspect_network(
        self, net_id: Resource, verbose: bool | None = None, scope: str | None = None
    ) -> NetworkInspect:
        """docker-py's ``inspect_network`` (``verbose`` and ``scope`` are for swarm)."""
        return await self.ops.network_inspect(
            resource_id(net_id, "network"), verbose=_or_unset(verbose), scope=_or_unset(scope)
        )

    async def remove_network(self, net_id: Resource) -> None:
        """Remove the network (no container may be attached)."""
        await self.ops.network_delete(resource_id(net_id, "network"))

    async def connect_container_to_network(
        self,
        container: Resource,
        net_id: Resource,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        aliases: Sequence[str] | None = None,
        links: Mapping[str, str] | Sequence[str | tuple[str, str]] | None = None,
        link_local_ips: Sequence[str] | None = None,
        driver_opt: Mapping[str, str] | None = None,
        mac_address: str | None = None,
    ) -> None:
        """Attach the container to the network, with the endpoint options of
        ``create_endpoint_config``."""
        from engine_api import run_args  # loaded on use: the create body's models

        endpoint = run_args.endpoint_dict(
            aliases=aliases,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
        )
        body = _models.NetworkConnectRequest(
            container=resource_id(container),
            endpoint_config=_models.EndpointSettings.from_dict(endpoint) if endpoint else None,
        )
        await self.ops.network_connect(resource_id(net_id, "network"), body=body)

    async def disconnect_container_from_network(
        self, container: Resource, net_id: Resource, force: bool = False
    ) -> None:
        """Detach the container (``force``: even when the engine cannot reach it)."""
        body = _models.NetworkDisconnectRequest(container=resource_id(container), force=force)
        await self.ops.network_disconnect(resource_id(net_id, "network"), body=body)

    async def prune_networks(self, filters: JSONQuery | None = None) -> NetworkPruneResponse:
        """Remove the networks no container uses; the names of those that went."""
        return await self.ops.network_prune(filters=_or_unset(filters))

    # -- volumes ----------------------------------------------------------------------------

    async def volumes(self, filters: JSONQuery | None = None) -> VolumeListResponse:
        """docker-py's ``volumes``: ``{"Volumes": [...], "Warnings": [...]}``, filtered by
        ``{"label": ["a=b"]}``, ``{"dangling": ["true"]}``, ``{"name": [...]}``..."""
        return await self.ops.volume_list(filters=_or_unset(filters))

    async def create_volume(
        self,
        name: str | None = None,
        driver: str | None = None,
        driver_opts: Mapping[str, str] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> Volume:
        """Create a volume (no ``name``: the engine makes one up); one that exists with
        the same driver is returned, as the engine does."""
        if driver_opts is not None and not isinstance(driver_opts, Mapping):
            raise TypeError(f"create_volume: driver_opts must be a dict, not {driver_opts!r}")
        optional = {
            "Name": name,
            "Driver": driver,
            "DriverOpts": dict(driver_opts) if driver_opts is not None else None,
            "Labels": dict(labels) if labels is not None else None,
        }
        doc = {key: item for key, item in optional.items() if item is not None}
        return await self.ops.volume_create(body=_models.VolumeCreateRequest.from_dict(doc))

    async def inspect_volume(self, name: str) -> Volume:
        """docker-py's ``inspect_volume``."""
        return await self.ops.volume_inspect(name)

    async def remove_volume(self, name: str, force: bool = False) -> None:
        """Remove the volume (``force``: even when the engine cannot reach its driver)."""
        await self.ops.volume_delete(name, force=force)

    async def prune_volumes(self, filters: JSONQuery | None = None) -> VolumePruneResponse:
        """Remove unused volumes (engines from API 1.42: only anonymous ones unless
        ``{"all": ["true"]}``); their names and the space reclaimed."""
        return await self.ops.volume_prune(filters=_or_unset(filters))

    # -- the system -------------------------------------------------------------------------

    async def info(self) -> SystemInfo:
        """``docker info``: the engine's configuration and counts."""
        return await self.ops.system_info()

    async def version(self, api_version: bool = True) -> SystemVersion:
        """``docker version``: the engine's version, API versions, OS, components.
        ``api_version`` is docker-py's (an unversioned URL when False); the answer is the
        same either way, and this client always asks with its negotiated version."""
        del api_version
        return await self.ops.system_version()

    async def df(self) -> SystemDataUsageResponse:
        """``docker system df``: the space images, containers, volumes and the build
        cache use."""
        return await self.ops.system_data_usage()
