"""``client.nodes``: docker-py's swarm nodes, typed.

:class:`AsyncNode` wraps one node of the swarm: its inspect data is the typed ``Node`` model
(:attr:`~AsyncNode.attrs`; :attr:`~AsyncNode.attrs_dict` for docker-py's dict), refreshed by
:meth:`~AsyncNode.reload`. Beside docker-py's ``update(node_spec)`` and ``remove``, it has
``set_availability`` and ``set_labels``, which change one setting and keep the others, with
the version handled (read just before, read again once if another update came between).
:class:`AsyncNodeCollection` gets and lists them. Only a swarm manager answers.

This module is the one source: ``engine_api/_sync/nodes.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self

from engine_api_binding.models import Node as NodeModel
from engine_api_binding.models import NodeSpec

from engine_api import errors
from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value
from engine_api._async.swarm_model import is_version_conflict

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery

    from engine_api._async.client import AsyncDockerClient

__all__ = ["AVAILABILITIES", "AsyncNode", "AsyncNodeCollection", "Availability"]

Availability = Literal["active", "pause", "drain"]
AVAILABILITIES: tuple[Availability, ...] = ("active", "pause", "drain")


class AsyncNode(AsyncResource[NodeModel]):
    """One node of the swarm: docker-py's ``Node``, typed."""

    __slots__ = ()

    # -- what inspect said -----------------------------------------------------------------

    @property
    def id(self) -> str:
        node_id = _value(self._attrs.id)
        if not isinstance(node_id, str):
            raise errors.ProtocolError("the engine's node inspect has no ID")
        return node_id

    @property
    def version(self) -> int:
        """The node's version (``Version.Index``) as of the last :meth:`reload`: what
        :meth:`update` sends."""
        version = _value(self._attrs.version)
        index = _value(version.index) if version is not None else None
        if not isinstance(index, int):
            raise errors.ProtocolError("the engine's node inspect has no Version.Index")
        return index

    @property
    def spec(self) -> NodeSpec:
        """What was asked of the node: ``availability``, ``role``, ``name``, ``labels``."""
        spec = _value(self._attrs.spec)
        return spec if isinstance(spec, NodeSpec) else NodeSpec()

    @property
    def hostname(self) -> str | None:
        """The node's host name, as it describes itself (None when it does not)."""
        description = _value(self._attrs.description)
        return _value(description.hostname) if description is not None else None

    @property
    def role(self) -> str | None:
        """``"manager"`` or ``"worker"``."""
        role = _value(self.spec.role)
        return str(role) if role is not None else None

    @property
    def availability(self) -> str | None:
        """``"active"``, ``"pause"`` or ``"drain"``."""
        availability = _value(self.spec.availability)
        return str(availability) if availability is not None else None

    @property
    def labels(self) -> dict[str, str]:
        """The labels of the node's spec (an empty dict when it has none)."""
        labels = _value(self.spec.labels)
        return dict(labels.additional_properties) if labels is not None else {}

    @property
    def state(self) -> str | None:
        """What the swarm sees of it: ``"ready"``, ``"down"``, ``"unknown"``..."""
        status = _value(self._attrs.status)
        state = _value(status.state) if status is not None else None
        return str(state) if state is not None else None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.short_id}>"

    # -- changes -----------------------------------------------------------------------------

    async def reload(self) -> Self:
        """Refresh :attr:`attrs` from the engine."""
        self._attrs = await self.client.api.inspect_node(self.id)
        return self

    async def update(self, node_spec: NodeSpec | Mapping[str, Any]) -> bool:
        """Set the node's spec (docker-py's ``update``): ``{"Availability": "drain",
        "Role": "worker", "Labels": {...}, "Name": ...}``; what it leaves out is cleared.
        Sent with :attr:`version` (a stale one is refused: :meth:`reload` first); True,
        and :attr:`attrs` is the updated node's."""
        updated = await self.client.api.update_node(self.id, self.version, node_spec)
        await self.reload()
        return updated

    async def _change(self, field: str, value: Any) -> Self:
        for attempt in (1, 2):
            await self.reload()
            spec = self.spec.to_dict()
            spec[field] = value
            try:
                await self.client.api.update_node(self.id, self.version, spec)
            except errors.APIError as exc:
                if attempt == 2 or not is_version_conflict(exc):
                    raise
            else:
                break
        return await self.reload()

    async def set_availability(self, availability: Availability) -> Self:
        """Make the node ``"active"`` (takes tasks), ``"pause"`` (keeps its tasks, takes
        no new ones) or ``"drain"`` (its tasks move to other nodes); the rest of its spec
        is kept."""
        if availability not in AVAILABILITIES:
            raise ValueError(
                f"availability must be one of {', '.join(AVAILABILITIES)}, not {availability!r}"
            )
        return await self._change("Availability", availability)

    async def set_labels(self, labels: Mapping[str, str]) -> Self:
        """Replace the node's labels (``{}`` removes them all); the rest of its spec is
        kept."""
        if not isinstance(labels, Mapping):
            raise TypeError(f"labels must be a dict, not {type(labels).__name__}")
        return await self._change("Labels", dict(labels))

    async def remove(self, force: bool = False) -> bool:
        """Remove the node from the swarm (docker-py's ``remove``); True. A node that is
        not down needs ``force``."""
        return await self.client.api.remove_node(self.id, force=force)


class AsyncNodeCollection:
    """The swarm's nodes (``client.nodes``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def get(self, node_id: str) -> AsyncNode:
        """The node of that id or hostname (``NotFound`` when there is none)."""
        return AsyncNode(self.client, await self.client.api.inspect_node(node_id))

    async def list(self, filters: JSONQuery | None = None) -> builtins.list[AsyncNode]:
        """The nodes, optionally filtered by ``id``, ``name``, ``role``, ``membership``,
        ``node.label`` (the node's labels), ``label`` (its engine's): ``{"role":
        ["worker"]}``, ``{"node.label": ["zone=a"]}``."""
        return [AsyncNode(self.client, node) for node in await self.client.api.nodes(filters)]
