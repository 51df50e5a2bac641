"""``client.networks``: docker-py's networks, typed.

:class:`AsyncNetwork` wraps one network: its inspect data is the typed model
(:attr:`~AsyncNetwork.attrs`; :attr:`~AsyncNetwork.attrs_dict` for docker-py's dict),
refreshed by :meth:`~AsyncNetwork.reload`. :class:`AsyncNetworkCollection` creates, gets,
lists and prunes them with docker-py's argument names. A container argument is its id or
name, or anything with an ``id`` (an :class:`~engine_api._async.container.AsyncContainer`).

This module is the one source: ``engine_api/_sync/networks.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, Self

from engine_api_binding.models import (
    IPAM,
    NetworkInspect,
    NetworkPruneResponse,
)

from engine_api import errors
from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value
from engine_api.refs import resource_id

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery

    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.container import AsyncContainer

__all__ = ["AsyncNetwork", "AsyncNetworkCollection", "HasId", "container_id"]


class HasId(Protocol):
    """Anything with an engine id: a container wrapper, a network wrapper..."""

    @property
    def id(self) -> str:
        """The object's id."""
        ...


def container_id(container: str | HasId) -> str:
    """The id (or name) of a container given as a string or as something with an ``id``."""
    return resource_id(container)


class AsyncNetwork(AsyncResource[NetworkInspect]):
    """One network of a client: docker-py's ``Network``, typed."""

    __slots__ = ()

    # -- what inspect said -----------------------------------------------------------------

    @property
    def id(self) -> str:
        """The network's full id."""
        return str(_value(self._attrs.id, ""))

    @property
    def name(self) -> str:
        """The network's name."""
        return str(_value(self._attrs.name, ""))

    @property
    def driver(self) -> str:
        """The network's driver (``bridge``, ``overlay``...)."""
        return str(_value(self._attrs.driver, ""))

    @property
    def labels(self) -> dict[str, str]:
        """The network's labels (an empty dict when it has none)."""
        labels = _value(self._attrs.labels)
        return dict(labels.additional_properties) if labels is not None else {}

    @property
    def container_ids(self) -> builtins.list[str]:
        """Ids of the containers attached, as of the last :meth:`reload` (no call)."""
        attached = _value(self._attrs.containers)
        return builtins.list(attached.additional_properties) if attached is not None else []

    async def containers(self) -> builtins.list[AsyncContainer]:
        """The containers attached, as of the last :meth:`reload`, each inspected.

        docker-py has this as a property; here it is a method as it calls the engine.
        Endpoints whose container is gone are left out."""
        found = []
        for ident in self.container_ids:
            try:
                found.append(await self.client.containers.get(ident))
            except errors.ContainerNotFound:
                continue
        return found

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.short_id} {self.name}>"

    # -- changes -----------------------------------------------------------------------------

    async def reload(self) -> Self:
        """Refresh :attr:`attrs` from the engine."""
        self._attrs = await self.client.ops.network_inspect(self.id)
        return self

    async def connect(
        self,
        container: str | HasId,
        aliases: Sequence[str] | None = None,
        links: Mapping[str, str] | Sequence[str | tuple[str, str]] | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: Sequence[str] | None = None,
        driver_opt: Mapping[str, str] | None = None,
        mac_address: str | None = None,
    ) -> None:
        """Attach a container (its id, name, or wrapper), with docker-py's endpoint options:
        DNS ``aliases`` on this network, legacy ``links``, fixed addresses, driver options."""
        await self.client.api.connect_container_to_network(
            container,
            self.id,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            aliases=aliases,
            links=links,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
        )

    async def disconnect(self, container: str | HasId, force: bool = False) -> None:
        """Detach a container (``force``: even when the engine cannot reach it)."""
        await self.client.api.disconnect_container_from_network(container, self.id, force=force)

    async def remove(self) -> None:
        """Remove the network (it must have no container attached)."""
        await self.client.api.remove_network(self.id)


class AsyncNetworkCollection:
    """Networks of one client (``client.networks``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def create(
        self,
        name: str,
        driver: str | None = None,
        options: Mapping[str, str] | None = None,
        ipam: IPAM | Mapping[str, Any] | None = None,
        check_duplicate: bool | None = None,
        internal: bool = False,
        labels: Mapping[str, str] | None = None,
        enable_ipv6: bool = False,
        attachable: bool | None = None,
        scope: str | None = None,
        ingress: bool | None = None,
    ) -> AsyncNetwork:
        """Create a network, as docker-py's ``create``: ``ipam`` is the typed model or its
        dict (``{"Driver": "default", "Config": [{"Subnet": "10.9.0.0/24"}]}``, what
        docker-py's ``IPAMConfig`` makes). ``check_duplicate`` is only for engines up to
        API 1.45 (newer ones always check)."""
        created = await self.client.api.create_network(
            name,
            driver=driver,
            options=options,
            ipam=ipam,
            check_duplicate=check_duplicate,
            internal=internal,
            labels=labels,
            enable_ipv6=enable_ipv6,
            attachable=attachable,
            scope=scope,
            ingress=ingress,
        )
        return await self.get(created.id)

    async def get(
        self, network_id: str, verbose: bool | None = None, scope: str | None = None
    ) -> AsyncNetwork:
        """The network of that id or name (NetworkNotFound when there is none);
        ``verbose`` and ``scope`` are for swarm networks."""
        attrs = await self.client.api.inspect_network(network_id, verbose=verbose, scope=scope)
        return AsyncNetwork(self.client, attrs)

    async def list(
        self,
        names: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        filters: JSONQuery | None = None,
        greedy: bool = False,
    ) -> builtins.list[AsyncNetwork]:
        """Networks, as docker-py lists them: ``names`` and ``ids`` (each matching a part
        of the name or id), ``filters`` (a dict such as ``{"label": ["a=b"]}``, or
        ``{"driver": ["bridge"]}``). The list does not tell the attached containers:
        ``greedy`` inspects each network so that it does."""
        summaries = await self.client.api.networks(names=names, ids=ids, filters=filters)
        found = []
        for summary in summaries:
            network = AsyncNetwork(self.client, NetworkInspect.from_dict(summary.to_dict()))
            if greedy:
                try:
                    await network.reload()
                except errors.NetworkNotFound:
                    continue
            found.append(network)
        return found

    async def prune(self, filters: JSONQuery | None = None) -> NetworkPruneResponse:
        """Remove the networks no container uses; returns the names of those that went."""
        return await self.client.api.prune_networks(filters)
