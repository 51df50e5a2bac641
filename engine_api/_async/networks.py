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
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, Self

from engine_api_binding._api import JSONQuery
from engine_api_binding.models import (
    IPAM,
    EndpointSettings,
    NetworkConnectRequest,
    NetworkCreateRequest,
    NetworkDisconnectRequest,
    NetworkInspect,
    NetworkPruneResponse,
)
from engine_api_binding.types import UNSET

from engine_api import errors
from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value

if TYPE_CHECKING:
    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.container import AsyncContainer

__all__ = ["AsyncNetwork", "AsyncNetworkCollection", "HasId", "container_id"]


class HasId(Protocol):
    """Anything with an engine id: a container wrapper, a network wrapper..."""

    @property
    def id(self) -> str: ...


def container_id(container: str | HasId) -> str:
    """The id (or name) of a container given as a string or as something with an ``id``."""
    if isinstance(container, str):
        return container
    ident = getattr(container, "id", None)
    if not isinstance(ident, str) or not ident:
        raise TypeError(
            f"expected a container id or name, or an object with an id, not {container!r}"
        )
    return ident


def _links(links: Mapping[str, str] | Sequence[str | tuple[str, str]]) -> list[str]:
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


class AsyncNetwork(AsyncResource[NetworkInspect]):
    """One network of a client: docker-py's ``Network``, typed."""

    __slots__ = ()

    # -- what inspect said -----------------------------------------------------------------

    @property
    def id(self) -> str:
        return str(_value(self._attrs.id, ""))

    @property
    def name(self) -> str:
        return str(_value(self._attrs.name, ""))

    @property
    def driver(self) -> str:
        return str(_value(self._attrs.driver, ""))

    @property
    def labels(self) -> dict[str, str]:
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
        endpoint: dict[str, Any] = {}
        if aliases is not None:
            endpoint["Aliases"] = builtins.list(aliases)
        if links is not None:
            endpoint["Links"] = _links(links)
        ipam: dict[str, Any] = {}
        if ipv4_address:
            ipam["IPv4Address"] = ipv4_address
        if ipv6_address:
            ipam["IPv6Address"] = ipv6_address
        if link_local_ips is not None:
            ipam["LinkLocalIPs"] = builtins.list(link_local_ips)
        if ipam:
            endpoint["IPAMConfig"] = ipam
        if driver_opt is not None:
            endpoint["DriverOpts"] = dict(driver_opt)
        if mac_address:
            endpoint["MacAddress"] = mac_address
        body = NetworkConnectRequest(
            container=container_id(container),
            endpoint_config=EndpointSettings.from_dict(endpoint) if endpoint else UNSET,
        )
        await self.client.ops.network_connect(self.id, body=body)

    async def disconnect(self, container: str | HasId, force: bool = False) -> None:
        """Detach a container (``force``: even when the engine cannot reach it)."""
        body = NetworkDisconnectRequest(container=container_id(container), force=force)
        await self.client.ops.network_disconnect(self.id, body=body)

    async def remove(self) -> None:
        """Remove the network (it must have no container attached)."""
        await self.client.ops.network_delete(self.id)


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
        doc: dict[str, Any] = {"Name": name}
        if driver is not None:
            doc["Driver"] = driver
        if options is not None:
            doc["Options"] = dict(options)
        if ipam is not None:
            doc["IPAM"] = ipam.to_dict() if isinstance(ipam, IPAM) else dict(ipam)
        if check_duplicate is not None:
            doc["CheckDuplicate"] = check_duplicate
        if internal:
            doc["Internal"] = True
        if labels is not None:
            doc["Labels"] = dict(labels)
        if enable_ipv6:
            doc["EnableIPv6"] = True
        if attachable is not None:
            doc["Attachable"] = attachable
        if scope is not None:
            doc["Scope"] = scope
        if ingress is not None:
            doc["Ingress"] = ingress
        created = await self.client.ops.network_create(body=NetworkCreateRequest.from_dict(doc))
        return await self.get(created.id)

    async def get(
        self, network_id: str, verbose: bool | None = None, scope: str | None = None
    ) -> AsyncNetwork:
        """The network of that id or name (NetworkNotFound when there is none);
        ``verbose`` and ``scope`` are for swarm networks."""
        attrs = await self.client.ops.network_inspect(
            network_id,
            verbose=UNSET if verbose is None else verbose,
            scope=UNSET if scope is None else scope,
        )
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
        if names or ids:
            query: dict[str, Any] = {}
            if isinstance(filters, str):
                query.update(json.loads(filters))
            elif isinstance(filters, Mapping):
                query.update(filters)
            elif filters is not None:
                raise TypeError("filters must be a dict (or its JSON) to add names or ids to")
            if names:
                query["name"] = builtins.list(names)
            if ids:
                query["id"] = builtins.list(ids)
            filters = query
        summaries = await self.client.ops.network_list(
            filters=filters if filters is not None else UNSET
        )
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
        return await self.client.ops.network_prune(
            filters=filters if filters is not None else UNSET
        )
