"""The client people start from: docker-py's ``DockerClient``, typed, for asyncio.

It has three surfaces over one core (:class:`~engine_api.AsyncAPIClient`):

- the resource model: ``client.containers``, ``client.images``, ``client.networks``,
  ``client.volumes``, ``client.system`` (docker-py's ``client.containers.get(id).logs()``);
- ``client.api``: docker-py's low-level ``APIClient`` names (``containers()``,
  ``inspect_container``, ``logs``, ``pull``...);
- ``client.ops``: every generated operation of the Engine API, typed
  (``client.ops.container_inspect(id)``).

This module is the one source: ``engine_api/_sync/client.py`` is derived from
it by ``scripts/unasync.py`` (never edit that one by hand).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Self

from engine_api._async.api_client import DEFAULT_TIMEOUT, USER_AGENT, AsyncAPIClient
from engine_api._async.streaming import AsyncClosing

if TYPE_CHECKING:
    import httpx
    from engine_api_binding._api import AsyncApi, JSONQuery
    from engine_api_binding.models import (
        AuthResponse,
        EventMessage,
        SystemDataUsageResponse,
        SystemInfo,
        SystemVersion,
    )

    from engine_api import versions
    from engine_api._async.containers import AsyncContainerCollection
    from engine_api._async.image import AsyncImageCollection
    from engine_api._async.networks import AsyncNetworkCollection
    from engine_api._async.nodes import AsyncNodeCollection
    from engine_api._async.secrets import AsyncConfigCollection, AsyncSecretCollection
    from engine_api._async.services import AsyncServiceCollection
    from engine_api._async.streaming import AsyncJSONStream
    from engine_api._async.swarm_model import AsyncSwarm
    from engine_api._async.system import AsyncSystem
    from engine_api._async.tasks import AsyncTaskCollection
    from engine_api._async.volumes import AsyncVolumeCollection
    from engine_api.config import EngineConfig, TLSConfig
    from engine_api.timestamps import TimeSpec

__all__ = ["DEFAULT_TIMEOUT", "USER_AGENT", "AsyncDockerClient"]


class AsyncDockerClient(AsyncClosing):
    """A connection to one Docker engine, for asyncio (docker-py's ``DockerClient``).

    ``AsyncDockerClient()`` finds the engine the way the docker CLI does
    (``DOCKER_HOST``, ``DOCKER_TLS_VERIFY``/``DOCKER_CERT_PATH``,
    ``DOCKER_CONTEXT``, the current context in ``config.json``, then the
    default socket); ``base_url``, ``tls`` and ``context`` choose explicitly.

    The API version is negotiated once, lazily, from ``/_ping``: the lower of
    the engine's and the newest this client was generated from; ``version=``
    pins one instead. ``client.ops.<operation>(...)`` calls any operation,
    typed; arguments the negotiated version lacks raise ``UnsupportedByEngine``
    before anything is sent. ``client.api`` is docker-py's low-level API on the
    same connections.

    ``transport`` replaces the built-in one with any httpx transport (respx in
    tests, a proxy...). One connection pool per client, of ``max_connections``
    (by default 100, or 10 over ssh: see ``transport.default_max_connections``);
    ``aclose()`` or ``async with`` releases it.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        version: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        tls: TLSConfig | bool | None = None,
        context: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int | None = None,
        ssh_options: Sequence[str] = (),
        user_agent: str = USER_AGENT,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.api = AsyncAPIClient(
            base_url,
            version=version,
            timeout=timeout,
            tls=tls,
            context=context,
            transport=transport,
            max_connections=max_connections,
            ssh_options=ssh_options,
            user_agent=user_agent,
            environ=environ,
        )
        """docker-py's low-level API (``APIClient``) on this client's connections."""

    @property
    def ops(self) -> AsyncApi:
        """Every operation of the Engine API, typed, by its spec name
        (``client.ops.container_inspect(id)``, ``client.ops.image_list(all_=True)``)."""
        return self.api.ops

    @property
    def config(self) -> EngineConfig:
        """Where the engine is, and how that was chosen."""
        return self.api.config

    @property
    def api_version(self) -> str | None:
        """The API version in use: pinned, or negotiated (None until the first call)."""
        return self.api.api_version

    @property
    def ping_info(self) -> versions.PingInfo | None:
        """What ``/_ping`` told (OS type, experimental, builder version), once asked."""
        return self.api.ping_info

    async def negotiate(self) -> str:
        """Ask ``/_ping`` (once per client) and return the API version in use."""
        return await self.api.negotiate()

    # -- the resource model ------------------------------------------------------------
    # Imported on first use: `import engine_api` and the first call stay light.

    @property
    def containers(self) -> AsyncContainerCollection:
        """Containers: ``run``, ``create``, ``get``, ``list``, ``prune``... (docker-py's)."""
        from engine_api._async.containers import AsyncContainerCollection

        return AsyncContainerCollection(self)

    @property
    def images(self) -> AsyncImageCollection:
        """Images: ``get``, ``list``, ``pull``, ``push``, ``build``, ``load``... (docker-py's)."""
        from engine_api._async.image import AsyncImageCollection

        return AsyncImageCollection(self)

    @property
    def networks(self) -> AsyncNetworkCollection:
        """Networks: ``create``, ``get``, ``list``, ``prune`` (docker-py's)."""
        from engine_api._async.networks import AsyncNetworkCollection

        return AsyncNetworkCollection(self)

    @property
    def volumes(self) -> AsyncVolumeCollection:
        """Volumes: ``create``, ``get``, ``list``, ``prune`` (docker-py's)."""
        from engine_api._async.volumes import AsyncVolumeCollection

        return AsyncVolumeCollection(self)

    @property
    def services(self) -> AsyncServiceCollection:
        """Swarm services: ``create``, ``get``, ``list``; a service's ``update``,
        ``scale``, ``rollback``, ``logs``, ``wait_converged`` (docker-py's)."""
        from engine_api._async.services import AsyncServiceCollection

        return AsyncServiceCollection(self)

    @property
    def tasks(self) -> AsyncTaskCollection:
        """Swarm tasks: ``get``, ``list`` (docker-py's ``client.api.tasks``, as wrappers)."""
        from engine_api._async.tasks import AsyncTaskCollection

        return AsyncTaskCollection(self)

    @property
    def swarm(self) -> AsyncSwarm:
        """The swarm this engine is in (docker-py's ``client.swarm``): ``init``, ``join``,
        ``leave``, ``reload``, ``update``, ``unlock``; one object per client, so that what
        ``init`` or ``reload`` inspected stays in its ``attrs``."""
        from engine_api._async.swarm_model import AsyncSwarm

        swarm = self.__dict__.get("_swarm")
        if not isinstance(swarm, AsyncSwarm) or swarm.client is not self:
            swarm = AsyncSwarm(self)
            self.__dict__["_swarm"] = swarm
        return swarm

    @property
    def nodes(self) -> AsyncNodeCollection:
        """The swarm's nodes: ``get``, ``list`` (docker-py's); a manager answers."""
        from engine_api._async.nodes import AsyncNodeCollection

        return AsyncNodeCollection(self)

    @property
    def secrets(self) -> AsyncSecretCollection:
        """The swarm's secrets: ``create``, ``get``, ``list`` (docker-py's)."""
        from engine_api._async.secrets import AsyncSecretCollection

        return AsyncSecretCollection(self)

    @property
    def configs(self) -> AsyncConfigCollection:
        """The swarm's configs: ``create``, ``get``, ``list`` (docker-py's)."""
        from engine_api._async.secrets import AsyncConfigCollection

        return AsyncConfigCollection(self)

    @property
    def system(self) -> AsyncSystem:
        """The engine as a whole: ``info``, ``version``, ``ping``, ``df``, ``events``,
        ``prune``."""
        from engine_api._async.system import AsyncSystem

        return AsyncSystem(self)

    # -- docker-py's DockerClient methods: the engine as a whole ----------------------

    async def info(self) -> SystemInfo:
        """``docker info`` (``client.system.info()``)."""
        return await self.system.info()

    async def version(self) -> SystemVersion:
        """``docker version`` (``client.system.version()``)."""
        return await self.system.version()

    async def df(self) -> SystemDataUsageResponse:
        """``docker system df`` (``client.system.df()``)."""
        return await self.system.df()

    async def ping(self) -> bool:
        """Whether the engine answers ``/_ping`` (also refreshes :attr:`ping_info`)."""
        return await self.api.ping()

    async def events(
        self,
        *,
        since: TimeSpec | None = None,
        until: TimeSpec | None = None,
        filters: JSONQuery | None = None,
        timeout: float | None = None,
    ) -> AsyncJSONStream[EventMessage]:
        """The engine's events as typed messages (``client.system.events()``)."""
        return await self.system.events(since=since, until=until, filters=filters, timeout=timeout)

    async def login(
        self,
        username: str,
        password: str,
        registry: str | None = None,
        *,
        reauth: bool = False,
        save: bool = False,
    ) -> AuthResponse:
        """Check credentials with a registry and keep them for this client's pulls and
        pushes (``client.api.login``)."""
        return await self.api.login(username, password, registry, reauth=reauth, save=save)

    # -- options, lifetime ------------------------------------------------------

    def with_options(self, *, timeout: float | httpx.Timeout | None) -> Self:
        """This client with another timeout, sharing its connections and negotiation.

        ``client.with_options(timeout=None).ops.container_wait(id)`` waits as long
        as it takes; ``timeout=5`` gives up after 5 s."""
        clone = copy.copy(self)
        clone.api = self.api.with_options(timeout=timeout)
        return clone

    async def aclose(self) -> None:
        """Close every connection of the pool (``async with`` does it when its block ends)."""
        await self.api.aclose()

    def __repr__(self) -> str:
        version = self.api_version or "not negotiated yet"
        return f"<{type(self).__name__} {self.config.host} API {version}>"
