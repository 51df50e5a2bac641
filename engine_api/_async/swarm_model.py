"""``client.swarm``: docker-py's ``Swarm`` model, typed.

:class:`AsyncSwarm` is the swarm this engine is in, as of its last :meth:`~AsyncSwarm.reload`
(``init`` reloads too): :attr:`~AsyncSwarm.attrs` is the typed ``Swarm`` inspect model
(:attr:`~AsyncSwarm.attrs_dict` for docker-py's dict). It is thin, on the low-level names
of :mod:`engine_api._async.swarm` (``init_swarm``, ``join_swarm``...).

Where it differs from docker-py: ``update`` changes only what it is given, on the current
spec, with the current version (read just before, and read again once if another update
came between); docker-py sends the spec of its keywords alone, which resets every other
setting, with the version of the last reload.

This module is the one source: ``engine_api/_sync/swarm_model.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, TypedDict, Unpack

from engine_api import errors
from engine_api._async.resource import value as _value

if TYPE_CHECKING:
    from engine_api_binding.models import Swarm as SwarmModel
    from engine_api_binding.models import SwarmUnlockkeyResponse

    from engine_api._async.client import AsyncDockerClient

__all__ = ["AsyncSwarm", "SwarmSpecArgs", "is_version_conflict"]


class SwarmSpecArgs(TypedDict, total=False):
    """The spec keywords of :meth:`AsyncSwarm.init` and :meth:`AsyncSwarm.update`: those of
    ``create_swarm_spec`` (docker-py's)."""

    task_history_retention_limit: int
    snapshot_interval: int
    keep_old_snapshots: int
    log_entries_for_slow_followers: int
    heartbeat_tick: int
    election_tick: int
    dispatcher_heartbeat_period: int
    node_cert_expiry: int
    external_cas: Sequence[Mapping[str, Any]]
    external_ca: Mapping[str, Any]
    name: str
    labels: Mapping[str, str]
    signing_ca_cert: str
    signing_ca_key: str
    ca_force_rotate: int
    autolock_managers: bool
    log_driver: Mapping[str, Any]


def is_version_conflict(exc: errors.APIError) -> bool:
    """Whether the engine refused an update because the object changed since the version
    it was given (swarmkit's "update out of sequence")."""
    return "out of sequence" in exc.explanation


# Sections of a swarm spec whose keys an update merges into the current ones; the others
# (Name, Labels) are replaced whole.
_MERGED_SECTIONS = ("Orchestration", "Raft", "Dispatcher", "CAConfig", "EncryptionConfig")


def _merged(current: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    merged = dict(current)
    for key, new in change.items():
        old = merged.get(key)
        if key in _MERGED_SECTIONS and isinstance(old, dict) and isinstance(new, dict):
            merged[key] = {**old, **new}
        else:
            merged[key] = new
    return merged


class AsyncSwarm:
    """The swarm of one client's engine (``client.swarm``; docker-py's ``Swarm``)."""

    __slots__ = ("_attrs", "client")

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client
        self._attrs: SwarmModel | None = None

    # -- what inspect said -------------------------------------------------------------

    @property
    def attrs(self) -> SwarmModel:
        """The swarm's inspect data as the typed model, as of the last :meth:`reload`
        (or :meth:`init`). Before either, a ``DockerException`` says to reload."""
        if self._attrs is None:
            raise errors.DockerException(
                "the swarm has not been inspected yet: call client.swarm.reload() "
                "(this engine must be a swarm manager)"
            )
        return self._attrs

    @property
    def attrs_dict(self) -> dict[str, Any]:
        """The inspect data as the engine's JSON dict (docker-py's ``attrs``)."""
        return self.attrs.to_dict()

    @property
    def id(self) -> str:
        """The swarm's id."""
        swarm_id = _value(self.attrs.id)
        if not isinstance(swarm_id, str):
            raise errors.ProtocolError("the engine's swarm inspect has no ID")
        return swarm_id

    @property
    def short_id(self) -> str:
        """The first 12 characters of the id."""
        return self.id[:12]

    @property
    def version(self) -> int:
        """The swarm's version (``Version.Index``) as of the last :meth:`reload`."""
        version = _value(self.attrs.version)
        index = _value(version.index) if version is not None else None
        if not isinstance(index, int):
            raise errors.ProtocolError("the engine's swarm inspect has no Version.Index")
        return index

    def __repr__(self) -> str:
        shown = self._attrs is not None and isinstance(_value(self._attrs.id), str)
        return f"<{type(self).__name__}: {self.short_id if shown else 'not inspected'}>"

    async def reload(self) -> Self:
        """Inspect the swarm into :attr:`attrs` (a node that is no manager: ``ServerError``,
        503, with the engine's message)."""
        self._attrs = await self.client.api.inspect_swarm()
        return self

    # -- joining and leaving -----------------------------------------------------------

    async def init(
        self,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        default_addr_pool: Sequence[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
        **spec: Unpack[SwarmSpecArgs],
    ) -> str:
        """Make this engine the first manager of a new swarm (docker-py's ``init``): the
        spec keywords are ``create_swarm_spec``'s (``task_history_retention_limit``,
        ``autolock_managers``, ``labels``...; a misspelled one is a ``TypeError`` naming
        it). Returns the node's id; :attr:`attrs` is the new swarm's."""
        swarm_spec = self.client.api.create_swarm_spec(**spec)
        node_id = await self.client.api.init_swarm(
            advertise_addr=advertise_addr,
            listen_addr=listen_addr,
            force_new_cluster=force_new_cluster,
            swarm_spec=swarm_spec,
            default_addr_pool=default_addr_pool,
            subnet_size=subnet_size,
            data_path_addr=data_path_addr,
            data_path_port=data_path_port,
        )
        await self.reload()
        return node_id

    async def join(
        self,
        remote_addrs: Sequence[str],
        join_token: str,
        listen_addr: str = "0.0.0.0:2377",
        advertise_addr: str | None = None,
        data_path_addr: str | None = None,
    ) -> bool:
        """Join a swarm at one of its managers' addresses, as a worker or a manager (the
        token says which); True. A worker cannot inspect the swarm: :attr:`attrs` stays
        as it was."""
        return await self.client.api.join_swarm(
            remote_addrs,
            join_token,
            listen_addr=listen_addr,
            advertise_addr=advertise_addr,
            data_path_addr=data_path_addr,
        )

    async def leave(self, force: bool = False) -> bool:
        """Leave the swarm (a manager needs ``force``); True. :attr:`attrs` is forgotten."""
        left = await self.client.api.leave_swarm(force=force)
        self._attrs = None
        return left

    # -- changes -------------------------------------------------------------------------

    async def update(
        self,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
        **spec: Unpack[SwarmSpecArgs],
    ) -> bool:
        """Change the swarm's settings and/or rotate its join tokens or unlock key
        (docker-py's ``update``); True. Only what is given changes: the keywords' spec is
        laid over the current one (``labels`` and ``name`` replace; the other sections'
        keys merge), sent with the current version, read again once if another update
        came between. :attr:`attrs` is the updated swarm's."""
        from engine_api_binding.models import SwarmSpec

        change = self.client.api.create_swarm_spec(**spec).to_dict()
        for attempt in (1, 2):
            await self.reload()
            current = _value(self.attrs.spec)
            body = _merged(current.to_dict() if current is not None else {}, change)
            try:
                await self.client.api.update_swarm(
                    self.version,
                    SwarmSpec.from_dict(body),
                    rotate_worker_token=rotate_worker_token,
                    rotate_manager_token=rotate_manager_token,
                    rotate_manager_unlock_key=rotate_manager_unlock_key,
                )
            except errors.APIError as exc:
                if attempt == 2 or not is_version_conflict(exc):
                    raise
            else:
                break
        await self.reload()
        return True

    async def get_unlock_key(self) -> SwarmUnlockkeyResponse:
        """The key that unlocks an autolocked manager after a restart:
        ``.unlock_key`` (``"SWMKEY-1-..."``)."""
        return await self.client.api.get_unlock_key()

    async def unlock(self, key: str | Mapping[str, Any] | SwarmUnlockkeyResponse) -> bool:
        """Unlock a locked manager with its key (the key, ``{"UnlockKey": key}`` or what
        :meth:`get_unlock_key` gave); True. A wrong key: ``Unauthorized``."""
        return await self.client.api.unlock_swarm(key)
