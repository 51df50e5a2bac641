"""``client.system``: the engine as a whole, typed (``docker info``, ``docker version``,
``docker system df``, ``docker system prune``, events).

This module is the one source: ``engine_api/_sync/system.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine_api_binding.types import UNSET

from engine_api.results import SystemPruneResult

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery
    from engine_api_binding.models import (
        EventMessage,
        SystemDataUsageResponse,
        SystemInfo,
        SystemVersion,
    )

    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.streaming import AsyncJSONStream
    from engine_api.timestamps import TimeSpec

__all__ = ["AsyncSystem", "SystemPruneResult"]


class AsyncSystem:
    """The engine as a whole (``client.system``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def info(self) -> SystemInfo:
        """``docker info``: the engine's configuration and counts."""
        return await self.client.ops.system_info()

    async def version(self) -> SystemVersion:
        """``docker version``: the engine's version, API versions, OS, components."""
        return await self.client.ops.system_version()

    async def ping(self) -> bool:
        """True when the engine answers ``/_ping`` (EngineUnreachable otherwise)."""
        return await self.client.api.ping()

    async def df(self) -> SystemDataUsageResponse:
        """``docker system df``: the space images, containers, volumes and the build
        cache use."""
        return await self.client.ops.system_data_usage()

    async def events(
        self,
        *,
        since: TimeSpec | None = None,
        until: TimeSpec | None = None,
        filters: JSONQuery | None = None,
        timeout: float | None = None,
    ) -> AsyncJSONStream[EventMessage]:
        """The engine's events as typed messages (the client's ``events``)."""
        return await self.client.api.events(
            since=since, until=until, filters=filters, timeout=timeout
        )

    async def prune(
        self,
        containers: bool = True,
        images: bool = True,
        networks: bool = True,
        volumes: bool = False,
        *,
        filters: JSONQuery | None = None,
    ) -> SystemPruneResult:
        """``docker system prune``: stopped containers, unused networks, dangling images,
        and with ``volumes`` unused volumes, in that order (containers first, so that what
        they held can go too). ``filters`` (such as ``{"label": ["app=web"]}``) is given
        to each prune; the engine refuses one a prune does not know (volumes take no
        ``until``)."""
        api = self.client.ops
        query = filters if filters is not None else UNSET
        return SystemPruneResult(
            containers=await api.container_prune(filters=query) if containers else None,
            networks=await api.network_prune(filters=query) if networks else None,
            volumes=await api.volume_prune(filters=query) if volumes else None,
            images=await api.image_prune(filters=query) if images else None,
        )
