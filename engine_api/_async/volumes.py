"""``client.volumes``: docker-py's volumes, typed.

:class:`AsyncVolume` wraps one volume: its inspect data is the typed model
(:attr:`~AsyncVolume.attrs`; :attr:`~AsyncVolume.attrs_dict` for docker-py's dict),
refreshed by :meth:`~AsyncVolume.reload`. A volume's id is its name, as in docker-py.
:class:`AsyncVolumeCollection` creates, gets, lists and prunes them.

This module is the one source: ``engine_api/_sync/volumes.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Self

from engine_api_binding.models import Volume as VolumeModel
from engine_api_binding.models import VolumePruneResponse

from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery

    from engine_api._async.client import AsyncDockerClient

__all__ = ["AsyncVolume", "AsyncVolumeCollection"]


class AsyncVolume(AsyncResource[VolumeModel]):
    """One volume of a client: docker-py's ``Volume``, typed."""

    __slots__ = ()

    # -- what inspect said -----------------------------------------------------------------

    @property
    def id(self) -> str:
        """The name: volumes have no other id (as in docker-py); ``short_id`` is its first
        12 characters."""
        return self._attrs.name

    @property
    def name(self) -> str:
        """The volume's name (its id)."""
        return self._attrs.name

    @property
    def driver(self) -> str:
        """The volume's driver (``local``...)."""
        return self._attrs.driver

    @property
    def mountpoint(self) -> str:
        """Where the volume is on the engine's host (for the ``local`` driver)."""
        return self._attrs.mountpoint

    @property
    def labels(self) -> dict[str, str]:
        """The volume's labels (an empty dict when it has none)."""
        labels = _value(self._attrs.labels)
        return dict(labels.additional_properties) if labels is not None else {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.name}>"

    # -- changes -----------------------------------------------------------------------------

    async def reload(self) -> Self:
        """Refresh :attr:`attrs` from the engine."""
        self._attrs = await self.client.ops.volume_inspect(self.name)
        return self

    async def remove(self, force: bool = False) -> None:
        """Remove the volume (it must be unused; ``force`` ignores a missing volume and
        a driver that fails)."""
        await self.client.ops.volume_delete(self.name, force=force)


class AsyncVolumeCollection:
    """Volumes of one client (``client.volumes``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def create(
        self,
        name: str | None = None,
        driver: str | None = None,
        driver_opts: Mapping[str, str] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> AsyncVolume:
        """Create a volume (no ``name``: the engine makes one up). Creating a volume that
        exists with the same driver returns it, as the engine does."""
        created = await self.client.api.create_volume(name, driver, driver_opts, labels)
        return AsyncVolume(self.client, created)

    async def get(self, volume_id: str) -> AsyncVolume:
        """The volume of that name (VolumeNotFound when there is none)."""
        return AsyncVolume(self.client, await self.client.ops.volume_inspect(volume_id))

    async def list(self, filters: JSONQuery | None = None) -> builtins.list[AsyncVolume]:
        """Volumes, optionally filtered: ``{"label": ["a=b"]}``, ``{"dangling": ["true"]}``,
        ``{"name": ["part"]}``, ``{"driver": ["local"]}``."""
        listing = await self.client.api.volumes(filters)
        return [AsyncVolume(self.client, v) for v in _value(listing.volumes, [])]

    async def prune(self, filters: JSONQuery | None = None) -> VolumePruneResponse:
        """Remove the volumes no container uses (engines from API 1.42 on: only anonymous
        ones unless the filter ``{"all": ["true"]}`` is given); returns their names and
        the space reclaimed."""
        return await self.client.api.prune_volumes(filters)
