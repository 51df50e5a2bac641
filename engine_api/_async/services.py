"""``client.services``: docker-py's swarm services, typed, and :meth:`AsyncService.wait_converged`.

:class:`AsyncServiceCollection` creates services from docker-py's keywords
(:class:`~engine_api.service_args.ServiceArgs`, typed) or a typed ``ServiceSpec``, gets and
lists them. :class:`AsyncService` wraps one: its inspect data is the typed ``Service``
model (:attr:`~AsyncService.attrs`; :attr:`~AsyncService.attrs_dict` is docker-py's
dict: ``service.attrs_dict["Spec"]["Name"]``), refreshed by :meth:`~AsyncService.reload`.

:meth:`AsyncService.update` handles the version for the user: it reads the current spec,
lays the keywords over it and sends it with the version it read; when another writer got
in between (the engine's "update out of sequence"), it reads again and retries, a bounded
number of times. :meth:`AsyncService.wait_converged` waits until every desired task runs
the service's current spec, or raises a typed error naming the task that failed.

This module is the one source: ``engine_api/_sync/services.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, Unpack

from engine_api_binding.models import Service as ServiceModel
from engine_api_binding.models import ServiceSpec

from engine_api import errors
from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value
from engine_api._async.tasks import AsyncTask
from engine_api._synchronization import asleep
from engine_api.service_args import ServiceArgs, ServiceMode, ServiceUpdateArgs, merge_spec
from engine_api.service_args import service_spec as _service_spec

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery
    from engine_api_binding.models import ServiceUpdateResponse

    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.streaming import AsyncOutput

__all__ = ["UPDATE_RETRIES", "AsyncService", "AsyncServiceCollection"]

UPDATE_RETRIES = 5
"""How many times :meth:`AsyncService.update` re-reads the spec and tries again when the
engine says another update came first ("update out of sequence")."""

_FAILED = ("failed", "rejected")
_DONE = ("completed", "rollback_completed")
_PAUSED = ("paused", "rollback_paused")


def _out_of_sequence(exc: errors.APIError) -> bool:
    return "out of sequence" in str(exc).lower()


def _normal(value: Any) -> Any:
    """A spec as JSON without its empty parts, to compare a task's spec with a service's."""
    if isinstance(value, Mapping):
        kept = {key: _normal(item) for key, item in value.items() if key != "Runtime"}
        return {key: item for key, item in kept.items() if item not in (None, {}, [], "")}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    return value


class AsyncService(AsyncResource[ServiceModel]):
    """One swarm service of a client: docker-py's ``Service``, typed."""

    __slots__ = ()

    # -- what inspect said -----------------------------------------------------------------

    @property
    def id(self) -> str:
        return str(_value(self._attrs.id, ""))

    @property
    def name(self) -> str:
        """The service's name (``Spec.Name``)."""
        spec = _value(self._attrs.spec)
        return str(_value(spec.name, "")) if spec is not None else ""

    @property
    def version(self) -> int:
        """The spec's version (``Version.Index``), which an update must send: as of the
        last :meth:`reload` (:meth:`update` reads the current one itself)."""
        version = _value(self._attrs.version)
        index = _value(version.index) if version is not None else None
        if not isinstance(index, int):
            raise errors.DockerException(f"service {self.id}: the engine sent no version")
        return index

    @property
    def spec(self) -> dict[str, Any]:
        """The current spec as the engine's JSON (``attrs_dict["Spec"]``)."""
        spec: dict[str, Any] = self.attrs_dict.get("Spec") or {}
        return spec

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.short_id} {self.name}>"

    async def reload(self) -> Self:
        """Refresh :attr:`attrs` from the engine."""
        self._attrs = await self.client.api.inspect_service(self.id)
        return self

    # -- changes -----------------------------------------------------------------------------

    async def _send(self, kwargs: Mapping[str, Any], *, rollback: bool) -> ServiceUpdateResponse:
        for attempt in range(UPDATE_RETRIES + 1):
            if attempt:
                await self.reload()
            spec = merge_spec(self.spec, kwargs) if not rollback else dict(self.spec)
            try:
                result = await self.client.api.update_service(
                    self.id,
                    self.version,
                    task_template=spec.get("TaskTemplate"),
                    name=spec.get("Name"),
                    labels=spec.get("Labels"),
                    mode=spec.get("Mode"),
                    update_config=spec.get("UpdateConfig"),
                    endpoint_spec=spec.get("EndpointSpec"),
                    rollback_config=spec.get("RollbackConfig"),
                    rollback=rollback,
                )
            except errors.APIError as exc:
                if not _out_of_sequence(exc) or attempt == UPDATE_RETRIES:
                    raise
                continue
            await self.reload()
            return result
        raise AssertionError("unreachable")  # pragma: no cover

    async def update(self, **kwargs: Unpack[ServiceUpdateArgs]) -> ServiceUpdateResponse:
        """Change the service (docker-py's ``update``, the same keywords as
        :meth:`AsyncServiceCollection.create`, plus ``image``, ``command`` and
        ``force_update``): what is given replaces, the rest of the spec is kept. The
        version is sent for you: the one of the last :meth:`reload`, and when another
        update came first (the engine refuses it as "update out of sequence") the spec is
        re-read, the keywords laid over it again and sent with its version (up to
        :data:`UPDATE_RETRIES` times), so that no one else's change is lost. Returns the engine's
        answer (its ``Warnings``); :attr:`attrs` is reloaded. Follow with
        :meth:`wait_converged` to wait for the new tasks."""
        return await self._send(kwargs, rollback=False)

    async def rollback(self) -> ServiceUpdateResponse:
        """Go back to the spec before the last update (``docker service rollback``); the
        engine refuses when there is none. Follow with :meth:`wait_converged`."""
        return await self._send({}, rollback=True)

    async def scale(self, replicas: int) -> bool:
        """Run this many tasks (docker-py's ``scale``): a replicated service only."""
        mode = self.spec.get("Mode") or {}
        if "Replicated" not in mode:
            raise ValueError(f"only a replicated service scales; {self.name} is {sorted(mode)}")
        await self.update(mode=ServiceMode("replicated", replicas))
        return True

    async def force_update(self) -> bool:
        """Redeploy every task even though the spec did not change (docker-py's
        ``force_update``)."""
        await self.update(force_update=True)
        return True

    async def remove(self) -> bool:
        """Stop and remove the service and its tasks (docker-py's ``remove``)."""
        return await self.client.api.remove_service(self.id)

    async def logs(
        self,
        *,
        stdout: bool = True,
        stderr: bool = True,
        follow: bool = False,
        since: int = 0,
        timestamps: bool = False,
        tail: int | str = "all",
        details: bool = False,
        timeout: float | None = None,
    ) -> AsyncOutput:
        """The output of every task of the service as it arrives (docker-py's ``logs``):
        an :class:`~engine_api.AsyncOutput`, stdout and stderr demultiplexed unless the
        service has a TTY (``.lines()`` reads it by line). ``follow`` keeps it open for
        new lines; ``timeout`` bounds each wait for more. The tasks' log driver must keep
        logs (``json-file``, ``local``, ``journald``)."""
        template = self.spec.get("TaskTemplate") or {}
        tty = bool((template.get("ContainerSpec") or {}).get("TTY"))
        return await self.client.api.service_logs(
            self.id,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=tail,
            is_tty=tty,
            timeout=timeout,
        )

    async def tasks(self, filters: JSONQuery | None = None) -> builtins.list[AsyncTask]:
        """The service's tasks (docker-py's ``tasks``), as :class:`AsyncTask` wrappers;
        ``filters`` by ``id``, ``name``, ``node``, ``label``, ``desired-state``."""
        if filters is not None and not isinstance(filters, Mapping):
            raise TypeError(f"filters must be a dict, not {filters!r}")
        given: dict[str, Any] = dict(filters) if filters else {}
        given["service"] = [self.id]
        return [AsyncTask(self.client, task) for task in await self.client.api.tasks(given)]

    # -- convergence -------------------------------------------------------------------------

    async def _progress(self) -> tuple[bool, str]:
        """(converged, what is seen), or raise when a task of the current spec failed."""
        await self.reload()
        spec = self.spec
        mode = spec.get("Mode") or {}
        if "Replicated" not in mode and "Global" not in mode:
            raise ValueError(f"wait_converged waits for replicated or global services, not {mode}")
        status = self.attrs_dict.get("UpdateStatus") or {}
        state = status.get("State")
        if state in _PAUSED:
            raise errors.ServiceTaskFailed(self.id, None, state, status.get("Message", ""))
        template = _normal(spec.get("TaskTemplate") or {})
        changed = _value(self._attrs.updated_at)
        tasks = await self.client.api.tasks({"service": [self.id]})
        running = desired = stale = 0
        for task in tasks:
            doc = task.to_dict()
            current = _normal(doc.get("Spec") or {}) == template
            task_status = doc.get("Status") or {}
            task_state = task_status.get("State")
            if current and task_state in _FAILED:
                model = _value(task.status)
                when = _value(model.timestamp) if model is not None else None
                if changed is None or when is None or when >= changed:
                    raise errors.ServiceTaskFailed(
                        self.id,
                        doc.get("ID"),
                        task_state,
                        task_status.get("Err", ""),
                        task_status.get("Message", ""),
                    )
            if doc.get("DesiredState") != "running":
                continue
            desired += 1
            if not current:
                stale += 1
            elif task_state == "running":
                running += 1
        if "Replicated" in mode:
            wanted = int((mode["Replicated"] or {}).get("Replicas", 1))
        else:
            wanted = max(desired, 1)
        done = state is None or state in _DONE
        progress = (
            f"{running}/{wanted} tasks running at the current spec, {stale} older ones still"
            f" desired running, update {state or 'none'}"
        )
        return (running == wanted and desired == wanted and not stale and done), progress

    async def wait_converged(
        self, timeout: float = 60.0, poll: float = 0.5, stable: float = 1.0
    ) -> Self:
        """Wait until every desired task is running at the service's current spec: for a
        replicated service, as many running tasks of the current spec as its replicas and
        no older ones still desired running; for a global one, every desired task running
        at the current spec. After :meth:`update` or :meth:`rollback` the engine's update
        state must be ``completed`` (``rollback_completed``) too. It must hold for
        ``stable`` seconds (as ``docker service create`` waits before it says
        "converged"), so that a task that fails just after it started is not taken as
        running.

        Raises :class:`~engine_api.errors.ServiceTaskFailed` at once when a task of the
        current spec failed or was rejected (its id, state and the engine's error message,
        e.g. a command that exits 1 or an image that is nowhere), or when the engine paused
        the update; :class:`~engine_api.errors.ServiceNotConverged` after ``timeout``
        seconds. Polls every ``poll`` seconds; returns the service, reloaded."""
        deadline = time.monotonic() + timeout
        since: float | None = None
        while True:
            converged, progress = await self._progress()
            now = time.monotonic()
            if not converged:
                since = None
            elif since is None:
                since = now
            if since is not None and now - since >= stable:
                return self
            if now >= deadline:
                if since is not None:
                    progress += f", converged for {now - since:.1f}s of {stable}s"
                raise errors.ServiceNotConverged(
                    f"service {self.name or self.id} did not converge within {timeout}s:"
                    f" {progress}",
                    self.id,
                    progress,
                )
            await asleep(min(poll, stable) if since is not None else poll)


class AsyncServiceCollection:
    """The swarm's services of one client (``client.services``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def create(
        self,
        image: str | None = None,
        command: str | Sequence[str] | None = None,
        *,
        spec: ServiceSpec | Mapping[str, Any] | None = None,
        **kwargs: Unpack[ServiceArgs],
    ) -> AsyncService:
        """Create a service (docker-py's ``create``; ``docker service create``): from the
        image, the command and docker-py's keywords (``name``, ``mode``, ``env``,
        ``restart_policy``...: :class:`~engine_api.service_args.ServiceArgs`), or from a
        typed ``spec`` (``ServiceSpec``, or its JSON) alone. Returns the service; follow
        with :meth:`AsyncService.wait_converged` to wait for its tasks. The image is used
        as the engine has it (nothing asks a registry for its digest)."""
        if spec is not None:
            if image is not None or command is not None or kwargs:
                raise TypeError("create takes a spec, or an image with keywords, not both")
            doc = spec.to_dict() if isinstance(spec, ServiceSpec) else dict(spec)
        else:
            if image is None:
                raise TypeError("create needs an image (or a spec)")
            doc = _service_spec(image, command, kwargs).to_dict()
        template = doc.get("TaskTemplate")
        if template is None:
            raise TypeError("a service spec needs its TaskTemplate (ContainerSpec.Image)")
        created = await self.client.api.create_service(
            template,
            name=doc.get("Name"),
            labels=doc.get("Labels"),
            mode=doc.get("Mode"),
            update_config=doc.get("UpdateConfig"),
            networks=doc.get("Networks"),
            endpoint_spec=doc.get("EndpointSpec"),
            rollback_config=doc.get("RollbackConfig"),
        )
        return await self.get(str(created.id))

    async def get(self, service_id: str, insert_defaults: bool | None = None) -> AsyncService:
        """The service of that id or name (NotFound when there is none)."""
        return AsyncService(
            self.client, await self.client.api.inspect_service(service_id, insert_defaults)
        )

    async def list(
        self, filters: JSONQuery | None = None, status: bool | None = None
    ) -> builtins.list[AsyncService]:
        """The services, optionally filtered: ``{"name": ["web"]}``, ``{"label": ["a=b"]}``,
        ``{"mode": ["replicated"]}``, ``{"id": [...]}``; ``status`` adds the task counts
        (``attrs_dict["ServiceStatus"]``)."""
        return [
            AsyncService(self.client, service)
            for service in await self.client.api.services(filters, status)
        ]
