"""``client.containers``: docker-py's container collection, typed.

``run`` and ``create`` take docker-py's keyword arguments (see
:mod:`engine_api.run_args`) or the typed generated body; a missing image is pulled, as
docker-py and aiodocker do. ``get`` and ``list`` return :class:`AsyncContainer` wrappers.

This module is the one source: ``engine_api/_sync/containers.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from engine_api_binding.models import (
    ContainerConfig,
    ContainerConfigLabels,
    ContainerCreateRequest,
    ContainerInspectResponse,
    ContainerPruneResponse,
    ContainerState,
    ContainerSummary,
)
from engine_api_binding.types import UNSET

from engine_api import _log, errors
from engine_api._async.container import AsyncContainer
from engine_api._gather import Gather
from engine_api._synchronization import agather, alisted
from engine_api.progress import ProgressRenderer, TextSink
from engine_api.run_args import ContainerArgs, create_body
from engine_api.streams import StreamId

log = _log.get_logger("engine_api.containers")
"""``run``/``create``'s automatic pull of a missing image, at INFO (before and after)."""

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery

    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.streaming import AsyncOutput

__all__ = ["CONFIG_HASH_LABEL", "AsyncContainerCollection"]

CONFIG_HASH_LABEL = "io.engine-api.config-hash"
LIST_CONCURRENCY = 8
"""How many inspects ``list()`` has in flight at once (over the client's pool; threads in
the sync flavour): past a handful the engine, not the client, is the bottleneck."""
"""The label ``create_or_replace`` keeps the hash of a container's configuration in."""


def _sparse(summary: ContainerSummary) -> ContainerInspectResponse:
    """An inspect-shaped model holding what a list entry tells (``sparse=True``)."""
    names = summary.names or []
    labels = summary.labels
    config = ContainerConfig(
        image=summary.image,
        labels=None if labels is None else ContainerConfigLabels.from_dict(labels.to_dict()),
    )
    return ContainerInspectResponse(
        id=summary.id,
        name=names[0] if names else None,
        image=summary.image_id,
        state=None if summary.state is None else ContainerState(status=summary.state),
        config=config,
    )


def _config_hash(body: ContainerCreateRequest) -> str:
    doc = body.to_dict()
    labels = dict(doc.get("Labels") or {})
    labels.pop(CONFIG_HASH_LABEL, None)
    doc["Labels"] = labels
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


_RUN_ONLY = frozenset({"remove", "stdout", "stderr", "stream"})


class AsyncContainerCollection:
    """Containers of one client (``client.containers``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def get(self, container_id: str) -> AsyncContainer:
        """The container of that id or name (ContainerNotFound when there is none)."""
        return AsyncContainer(self.client, await self.client.ops.container_inspect(container_id))

    def container(self, container_id: str) -> AsyncContainer:
        """aiodocker's ``containers.container(id)``: the container of that id or name,
        without asking the engine (so without checking it exists); its :attr:`attrs` hold
        only the id until :meth:`~AsyncContainer.reload` (or ``show()``)."""
        return AsyncContainer(self.client, ContainerInspectResponse(id=container_id))

    async def list(
        self,
        all: bool = False,
        before: str | None = None,
        filters: JSONQuery | None = None,
        limit: int = -1,
        since: str | None = None,
        sparse: bool = False,
        ignore_removed: bool = False,
    ) -> builtins.list[AsyncContainer]:
        """Running containers (``all``: every one), newest first, as docker-py lists them:
        ``filters`` (a dict), ``since``/``before`` (a container id or name), ``limit``.
        Each is inspected before this returns, ``LIST_CONCURRENCY`` at once,
        unless ``sparse`` (then only what the list tells is there); ``ignore_removed`` skips
        those removed in between (and inspects at once)."""
        summaries = await self.client.api.containers(
            all=all, before=before, filters=filters, limit=limit, since=since
        )
        if sparse:
            return [AsyncContainer(self.client, _sparse(summary)) for summary in summaries]
        if not ignore_removed:
            # The thread flavour inspects each on first need (engine_api/_listed.py).
            lazily = alisted(self.client, [_sparse(summary) for summary in summaries])
            if lazily is not None:
                return lazily
        # Inspected concurrently over the pool rather than each in turn (the engine answers
        # several at once; the list waits for the slowest of each batch, not the sum).
        inspected = await agather(
            [functools.partial(self.get, str(summary.id)) for summary in summaries],
            LIST_CONCURRENCY,
        )
        found = []
        for outcome in inspected:
            if isinstance(outcome, Exception):
                if isinstance(outcome, errors.NotFound) and ignore_removed:
                    continue
                raise outcome
            found.append(outcome)
        return found

    async def prune(self, filters: JSONQuery | None = None) -> ContainerPruneResponse:
        """Remove stopped containers; returns what went and the space reclaimed."""
        return await self.client.api.prune_containers(filters)

    def _body(
        self,
        image: str | None,
        command: str | Sequence[str] | None,
        body: ContainerCreateRequest | None,
        kwargs: Mapping[str, object],
    ) -> ContainerCreateRequest:
        if body is not None:
            if kwargs or command is not None:
                raise TypeError(
                    "give either the typed body or docker-py's arguments, not both "
                    f"(got body and {sorted(kwargs) or ['command']})"
                )
            if image is not None:
                body.image = image
            return body
        if image is None:
            raise TypeError("create() needs an image (or a typed body naming one)")
        return create_body(image, command, **kwargs)

    async def create(
        self,
        image: str | None = None,
        command: str | Sequence[str] | None = None,
        *,
        body: ContainerCreateRequest | None = None,
        name: str | None = None,
        platform: str | None = None,
        pull: bool = True,
        pull_progress: TextSink | None = None,
        detach: bool = False,
        **kwargs: Unpack[ContainerArgs],
    ) -> AsyncContainer:
        """Create a container (not started): docker-py's arguments, or the typed ``body``.
        A missing image is pulled first unless ``pull=False``, its progress shown on
        ``pull_progress`` (``sys.stderr``, say) as ``docker run`` shows it, fitted to the
        terminal (:class:`~engine_api.progress.ProgressRenderer`); without it the pull is
        logged at INFO on ``engine_api.containers``. ``detach`` is taken and ignored, as
        docker-py does (a created container is not attached to)."""
        misplaced = sorted(set(kwargs) & _RUN_ONLY)
        if misplaced:
            raise TypeError(f"create() does not take {', '.join(misplaced)} (run() does)")
        request = self._body(image, command, body, kwargs)
        return await self._create(
            request, name=name, platform=platform, pull=pull, pull_progress=pull_progress
        )

    async def _create(
        self,
        request: ContainerCreateRequest,
        *,
        name: str | None,
        platform: str | None,
        pull: bool,
        pull_progress: TextSink | None = None,
    ) -> AsyncContainer:
        api = self.client.ops
        args: dict[str, Any] = {"name": name or UNSET, "platform": platform or UNSET}
        try:
            created = await api.container_create(body=request, **args)
        except errors.ImageNotFound:
            if not pull or not isinstance(request.image, str):
                raise
            from engine_api.auth import parse_image_reference

            reference = parse_image_reference(request.image)
            log.info("image %s is not here: pulling it", request.image)
            if pull_progress is None:
                pulled = await self.client.api.pull(
                    reference.name, reference.pull_tag, platform=platform
                )
                pulled_id = pulled.id
            else:
                renderer = ProgressRenderer(pull_progress)
                progress = await self.client.api.pull(
                    reference.name, reference.pull_tag, stream=True, platform=platform
                )
                async with progress:
                    async for message in progress:
                        renderer.feed(message)
                pulled_id = (await api.image_inspect(request.image)).id
            log.info("pulled %s: %s", request.image, pulled_id)
            created = await api.container_create(body=request, **args)
        return await self.get(created.id)

    @overload
    async def run(
        self,
        image: str | None = ...,
        command: str | Sequence[str] | None = ...,
        *,
        detach: Literal[False] = ...,
        stream: Literal[False] = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        remove: bool = ...,
        body: ContainerCreateRequest | None = ...,
        name: str | None = ...,
        platform: str | None = ...,
        pull_progress: TextSink | None = ...,
        **kwargs: Unpack[ContainerArgs],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        image: str | None = ...,
        command: str | Sequence[str] | None = ...,
        *,
        detach: Literal[True],
        stream: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        remove: bool = ...,
        body: ContainerCreateRequest | None = ...,
        name: str | None = ...,
        platform: str | None = ...,
        pull_progress: TextSink | None = ...,
        **kwargs: Unpack[ContainerArgs],
    ) -> AsyncContainer: ...

    @overload
    async def run(
        self,
        image: str | None = ...,
        command: str | Sequence[str] | None = ...,
        *,
        detach: Literal[False] = ...,
        stream: Literal[True],
        stdout: bool = ...,
        stderr: bool = ...,
        remove: bool = ...,
        body: ContainerCreateRequest | None = ...,
        name: str | None = ...,
        platform: str | None = ...,
        pull_progress: TextSink | None = ...,
        **kwargs: Unpack[ContainerArgs],
    ) -> AsyncOutput: ...

    async def run(
        self,
        image: str | None = None,
        command: str | Sequence[str] | None = None,
        *,
        detach: bool = False,
        stream: bool = False,
        stdout: bool = True,
        stderr: bool = False,
        remove: bool = False,
        body: ContainerCreateRequest | None = None,
        name: str | None = None,
        platform: str | None = None,
        pull_progress: TextSink | None = None,
        **kwargs: Unpack[ContainerArgs],
    ) -> bytes | AsyncContainer | AsyncOutput:
        """Create and start a container, as docker-py's ``run``.

        By default wait for it to exit and return its output (stdout; ``stderr=True`` adds
        stderr); a non-zero exit raises :class:`~engine_api.errors.ContainerError` with the
        exit status, the command as given, the image and stderr. ``detach=True`` returns
        the running :class:`AsyncContainer`; ``stream=True`` its output as it comes (one
        item per write the engine forwarded; the exit status is not checked). ``remove``
        removes it once it has exited (with ``stream``: once the output is read or
        closed; not with ``detach``: use ``auto_remove``).

        As ``docker run``, it attaches to the container before starting it and reads the
        output from the attach stream, not from the logs: the output is whole also with
        ``auto_remove=True`` and with a log driver that keeps nothing
        (``log_config={"type": "none"}``).

        A missing image is pulled first, as :meth:`create` pulls it (``pull_progress``: where
        to show its progress). Attached, it holds three connections at once (the attach
        stream, the wait, start; two with ``stream``): a client whose ``max_connections``
        is smaller raises ConfigError before creating anything.
        """
        if detach and remove:
            raise ValueError("remove=True cannot be used with detach=True: use auto_remove=True")
        if stream and not detach:
            self.client.api._need_connections(2, "containers.run(stream=True) (attach, start)")
        elif not detach:
            self.client.api._need_connections(
                3, "containers.run() (the attach stream, the wait for the exit, start)"
            )
        request = self._body(image, command, body, kwargs)
        container = await self._create(
            request, name=name, platform=platform, pull=True, pull_progress=pull_progress
        )
        if detach:
            await container.start()
            return await container.reload()
        if stream:
            return await self._run_streamed(container, stdout=stdout, stderr=stderr, remove=remove)
        try:
            host = request.host_config
            auto_remove = host is not None and host.auto_remove
            sock = await self.client.api.attach_socket(
                container.id, stdin=False, stdout=True, stderr=True
            )
            async with sock:
                waiting = await self.client.api._wait_registered(
                    container.id, "removed" if auto_remove is True else "next-exit"
                )
                try:
                    await container.start()
                    output = Gather()  # each held once, not as pieces and then their join
                    errors_out = Gather()
                    async for which, piece in sock.output.frames():
                        if which == StreamId.STDERR:
                            errors_out.add(piece)
                            if stderr:
                                output.add(piece)
                        elif stdout:
                            output.add(piece)
                    result = await self.client.api._wait_result(waiting, container.id)
                finally:
                    await waiting.aclose()
            if result.status_code != 0:
                raise errors.ContainerError(
                    container,
                    result.status_code,
                    command if command is not None else request.cmd,
                    image if image is not None else str(request.image),
                    errors_out.take(),
                )
            return output.take()
        finally:
            if remove:
                with contextlib.suppress(errors.NotFound):
                    await container.remove(force=True)

    async def _run_streamed(
        self, container: AsyncContainer, *, stdout: bool, stderr: bool, remove: bool
    ) -> AsyncOutput:
        """Attach, start, and hand out the output as it comes (``run(stream=True)``)."""

        async def removed() -> None:
            with contextlib.suppress(errors.NotFound):
                await container.remove(force=True)

        try:
            sock = await self.client.api.attach_socket(
                container.id, stdin=False, stdout=stdout, stderr=stderr
            )
        except BaseException:
            if remove:
                await removed()
            raise
        output = sock.output
        if remove:
            output.after_close(removed)
        try:
            await container.start()
        except BaseException:
            await output.aclose()
            raise
        return output

    async def create_or_replace(
        self,
        name: str,
        image: str | None = None,
        command: str | Sequence[str] | None = None,
        *,
        body: ContainerCreateRequest | None = None,
        platform: str | None = None,
        **kwargs: Unpack[ContainerArgs],
    ) -> AsyncContainer:
        """The container ``name`` with this configuration: the existing one when its
        configuration is the same (kept running or not as it is), else a new one in its
        place (the old one is removed, even if running). The configuration's hash is kept
        in the label ``io.engine-api.config-hash``."""
        request = self._body(image, command, body, kwargs)
        wanted = _config_hash(request)
        labels = (
            request.labels.to_dict() if isinstance(request.labels, ContainerConfigLabels) else {}
        )
        request.labels = ContainerConfigLabels.from_dict({**labels, CONFIG_HASH_LABEL: wanted})
        try:
            existing = await self.get(name)
        except errors.ContainerNotFound:
            existing = None
        if existing is not None:
            if existing.labels.get(CONFIG_HASH_LABEL) == wanted:
                return existing
            await existing.remove(force=True)
        return await self._create(request, name=name, platform=platform, pull=True)
