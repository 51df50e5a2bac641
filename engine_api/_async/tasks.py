"""``client.tasks``: the swarm's tasks (one container of a service each), typed.

:class:`AsyncTask` wraps one task: its inspect data is the typed ``Task`` model
(:attr:`~AsyncTask.attrs`; :attr:`~AsyncTask.attrs_dict` is docker-py's dict), refreshed by
:meth:`~AsyncTask.reload`. :class:`AsyncTaskCollection` gets and lists them.

This module is the one source: ``engine_api/_sync/tasks.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Self

from engine_api_binding.models import Task as TaskModel

from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery

    from engine_api._async.client import AsyncDockerClient

__all__ = ["AsyncTask", "AsyncTaskCollection"]


class AsyncTask(AsyncResource[TaskModel]):
    """One task of a swarm service, as of its last inspect."""

    __slots__ = ()

    @property
    def id(self) -> str:
        return str(_value(self._attrs.id, ""))

    @property
    def state(self) -> str | None:
        """Where the task is (``Status.State``): ``pending``, ``running``, ``failed``,
        ``rejected``, ``shutdown``..."""
        status = _value(self._attrs.status)
        state = _value(status.state) if status is not None else None
        return str(state) if state is not None else None

    @property
    def desired_state(self) -> str | None:
        """Where the orchestrator wants it (``DesiredState``): ``running``, ``shutdown``..."""
        state = _value(self._attrs.desired_state)
        return str(state) if state is not None else None

    @property
    def error(self) -> str | None:
        """The engine's error message for a failed or rejected task (``Status.Err``)."""
        status = _value(self._attrs.status)
        err = _value(status.err) if status is not None else None
        return str(err) if err else None

    @property
    def service_id(self) -> str | None:
        """The id of the service the task belongs to (None when it has none)."""
        service = _value(self._attrs.service_id)
        return str(service) if service else None

    @property
    def node_id(self) -> str | None:
        """The node the task was scheduled on (None until it is)."""
        node = _value(self._attrs.node_id)
        return str(node) if node else None

    @property
    def slot(self) -> int | None:
        """The task's slot in a replicated service (1, 2, ...)."""
        slot = _value(self._attrs.slot)
        return slot if isinstance(slot, int) else None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.short_id} {self.state}>"

    async def reload(self) -> Self:
        """Refresh :attr:`attrs` from the engine."""
        self._attrs = await self.client.api.inspect_task(self.id)
        return self


class AsyncTaskCollection:
    """The swarm's tasks of one client (``client.tasks``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def get(self, task_id: str) -> AsyncTask:
        """The task of that id (NotFound when there is none)."""
        return AsyncTask(self.client, await self.client.api.inspect_task(task_id))

    async def list(self, filters: JSONQuery | None = None) -> builtins.list[AsyncTask]:
        """The tasks, optionally filtered: ``{"service": [name or id]}``, ``{"node": [...]}``,
        ``{"desired-state": ["running"]}``, ``{"label": [...]}``, ``{"id": [...]}``."""
        return [AsyncTask(self.client, task) for task in await self.client.api.tasks(filters)]
