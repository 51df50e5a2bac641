"""The high-level container: docker-py's ``Container``, typed, with what conu and
testcontainers users rely on.

``AsyncContainer`` wraps one container of a client. Its inspect data is the typed model
(:attr:`attrs`; :attr:`attrs_dict` for docker-py's dict), refreshed by :meth:`reload`.
Every method of docker-py's ``Container`` is here with docker-py's argument names; the
ones conu and testcontainers users know too (``execute``, ``wait_for_port``,
``wait_for_log``, ``copy_to``, ``mount``...). Ports are checked on 127.0.0.1 where they
are published (or on the port itself for host networking), never on the container's
bridge address. Used as a context manager it is stopped and removed on exit.

This module is the one source: ``engine_api/_sync/container.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, Self, Unpack, cast, overload

from engine_api_binding.models import (
    ContainerConfig,
    ContainerInspectResponse,
    ContainerStatsResponse,
    ContainerTopResponse,
    ContainerUpdateResponse,
    ContainerWaitCondition,
    ContainerWaitResponse,
    ExecInspectResponse,
    FilesystemChange,
    IDResponse,
)
from engine_api_binding.types import UNSET

from engine_api import errors
from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value
from engine_api._async.streaming import (
    AsyncAttachSocket,
    AsyncJSONStream,
    AsyncOutput,
    AsyncWebSocketAttach,
)
from engine_api._io_async import connect_tcp
from engine_api._synchronization import asleep
from engine_api.results import ExecResult
from engine_api.run_args import ContainerUpdateArgs, port_key

if TYPE_CHECKING:
    import httpx

    from engine_api._async.files import AsyncArchiveStream
    from engine_api._async.image import AsyncImage
    from engine_api.archive import PathStat
    from engine_api.timestamps import TimeSpec

    pass
else:
    from engine_api._lazy import httpx

__all__ = ["AsyncContainer", "AsyncExec"]

_POLL = 0.1  # seconds between two looks while waiting for a state
_PROXY_GRACE = 1.0  # seconds a published port's proxy may take to drop a connection it cannot serve


def _port_number(port: int | str) -> int:
    """``80``, ``"80"`` or ``"80/tcp"`` -> 80."""
    return int(str(port).split("/", 1)[0])


class AsyncContainer(AsyncResource[ContainerInspectResponse]):
    """One container of a client: docker-py's ``Container``, typed."""

    __slots__ = ()

    # -- what inspect said -----------------------------------------------------------------

    @property
    def id(self) -> str:
        """The container's full id."""
        return str(_value(self._attrs.id, ""))

    @property
    def name(self) -> str:
        """The name, without the engine's leading slash."""
        return str(_value(self._attrs.name, "")).lstrip("/")

    @property
    def image(self) -> str:
        """The id of the image the container was created from (docker-py gives an
        ``Image`` here; :meth:`get_image` does, as it needs a call)."""
        return str(_value(self._attrs.image, ""))

    @property
    def labels(self) -> dict[str, str]:
        """The container's labels (an empty dict when it has none)."""
        config = _value(self._attrs.config)
        labels = _value(config.labels) if config is not None else None
        return dict(labels.additional_properties) if labels is not None else {}

    @property
    def status(self) -> str:
        """``created``, ``running``, ``paused``, ``restarting``, ``exited``... (from inspect)."""
        state = _value(self._attrs.state)
        return str(_value(state.status, "")) if state is not None else ""

    @property
    def health(self) -> str:
        """``healthy``, ``unhealthy``, ``starting``, or ``unknown`` without a healthcheck."""
        state = _value(self._attrs.state)
        health = _value(state.health) if state is not None else None
        return str(_value(health.status, "unknown")) if health is not None else "unknown"

    @property
    def ports(self) -> dict[str, list[dict[str, str]] | None]:
        """Published ports as docker-py gives them: ``{"80/tcp": [{"HostIp": "127.0.0.1",
        "HostPort": "8080"}], "443/tcp": None}``."""
        settings = _value(self._attrs.network_settings)
        ports = _value(settings.ports) if settings is not None else None
        if ports is None:
            return {}
        return {
            key: None
            if bindings is None
            else [
                {"HostIp": str(_value(b.host_ip, "")), "HostPort": str(_value(b.host_port, ""))}
                for b in bindings
            ]
            for key, bindings in ports.additional_properties.items()
        }

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.short_id} {self.name}>"

    # -- state -------------------------------------------------------------------------------

    async def reload(self) -> Self:
        """Refresh :attr:`attrs` from the engine."""
        self._attrs = await self.client.ops.container_inspect(self.id)
        return self

    async def inspect(self, refresh: bool = False) -> ContainerInspectResponse:
        """The typed inspect data: cached, or asked again with ``refresh`` (conu)."""
        if refresh:
            await self.reload()
        return self._attrs

    async def show(self) -> ContainerInspectResponse:
        """aiodocker's name for a fresh inspect."""
        return await self.inspect(refresh=True)

    def get_id(self) -> str:
        """conu's name for :attr:`id`."""
        return self.id

    async def get_metadata(self) -> ContainerInspectResponse:
        """conu's ``get_metadata``: the inspect data, asked again (the typed model, where
        conu gives a dict)."""
        return await self.inspect(refresh=True)

    async def get_image(self) -> AsyncImage:
        """The image it was created from (docker-py's ``container.image``: a call)."""
        return await self.client.images.get(self.image)

    async def start(self) -> None:
        """Start the container."""
        await self.client.ops.container_start(self.id)

    async def stop(self, timeout: int | None = None, signal: str | None = None) -> None:
        """Stop it (the stop signal, then SIGKILL after ``timeout`` seconds)."""
        await self.client.with_options(timeout=None).ops.container_stop(
            self.id, t=UNSET if timeout is None else timeout, signal=signal or UNSET
        )

    async def restart(self, timeout: int | None = None) -> None:
        """Stop (waiting ``timeout`` seconds before killing) and start the container."""
        await self.client.with_options(timeout=None).ops.container_restart(
            self.id, t=UNSET if timeout is None else timeout
        )

    async def kill(self, signal: str | int | None = None) -> None:
        """Send ``signal`` (the engine's default, SIGKILL, when None) to the container."""
        await self.client.ops.container_kill(
            self.id, signal=UNSET if signal is None else str(signal)
        )

    async def pause(self) -> None:
        """Freeze every process of the container."""
        await self.client.ops.container_pause(self.id)

    async def unpause(self) -> None:
        """Thaw the processes of a paused container."""
        await self.client.ops.container_unpause(self.id)

    async def remove(self, v: bool = False, link: bool = False, force: bool = False) -> None:
        """Remove it (``v``: its anonymous volumes too; ``force``: even if running)."""
        await self.client.ops.container_delete(self.id, v=v, link=link, force=force)

    async def delete(self, v: bool = False, force: bool = False) -> None:
        """aiodocker's name for :meth:`remove`."""
        await self.remove(v=v, force=force)

    async def rename(self, name: str) -> None:
        """Give the container a new name (its attrs are reloaded)."""
        await self.client.ops.container_rename(self.id, name=name)
        await self.reload()

    async def resize(self, height: int, width: int) -> None:
        """Set the TTY's size."""
        await self.client.ops.container_resize(self.id, h=height, w=width)

    async def update(self, **kwargs: Unpack[ContainerUpdateArgs]) -> ContainerUpdateResponse:
        """Change resource limits and the restart policy, with docker-py's argument names
        (``mem_limit="256m"``, ``cpu_shares``, ``restart_policy``...): the client's
        ``update_container`` for this container."""
        return await self.client.api.update_container(self.id, **kwargs)

    async def top(self, ps_args: str | None = None) -> ContainerTopResponse:
        """The processes running in the container (``ps_args``: the ``ps`` options)."""
        return await self.client.ops.container_top(self.id, ps_args=ps_args or UNSET)

    async def diff(self) -> list[FilesystemChange]:
        """The files the container changed, added or deleted (docker-py's ``diff``)."""
        return await self.client.ops.container_changes(self.id)

    async def commit(
        self,
        repository: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        author: str | None = None,
        changes: str | Sequence[str] | None = None,
        conf: ContainerConfig | Mapping[str, Any] | None = None,
        pause: bool = True,
    ) -> IDResponse:
        """An image made of the container's filesystem (see the client's ``commit``); the
        new image's id."""
        return await self.client.api.commit(
            self.id,
            repository=repository,
            tag=tag,
            message=message,
            author=author,
            changes=changes,
            conf=conf,
            pause=pause,
        )

    async def wait(
        self, timeout: float | None = None, condition: ContainerWaitCondition | None = None
    ) -> ContainerWaitResponse:
        """Wait until it stops; ``timeout`` raises EngineTimeout and leaves it running."""
        return await self.client.api.wait(self.id, timeout=timeout, condition=condition)

    # -- output ------------------------------------------------------------------------------

    @overload
    async def logs(
        self,
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        timestamps: bool = ...,
        tail: int | Literal["all"] | None = ...,
        since: TimeSpec | None = ...,
        until: TimeSpec | None = ...,
        follow: bool = ...,
        stream: Literal[False] = ...,
        demux: Literal[False] = ...,
        timeout: float | None = ...,
    ) -> bytes: ...

    @overload
    async def logs(
        self,
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        timestamps: bool = ...,
        tail: int | Literal["all"] | None = ...,
        since: TimeSpec | None = ...,
        until: TimeSpec | None = ...,
        follow: bool = ...,
        stream: Literal[False] = ...,
        demux: Literal[True],
        timeout: float | None = ...,
    ) -> tuple[bytes, bytes]: ...

    @overload
    async def logs(
        self,
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        timestamps: bool = ...,
        tail: int | Literal["all"] | None = ...,
        since: TimeSpec | None = ...,
        until: TimeSpec | None = ...,
        follow: bool = ...,
        stream: Literal[True],
        demux: bool = ...,
        timeout: float | None = ...,
    ) -> AsyncOutput: ...

    async def logs(self, **kwargs: Any) -> bytes | tuple[bytes, bytes] | AsyncOutput:
        """The container's logs (the client's ``logs``, same arguments): whole bytes,
        ``(stdout, stderr)`` with ``demux``, or an :class:`AsyncOutput` with ``stream``
        (``follow`` ends it when the container stops; ``.lines()`` reads it by line)."""
        result: bytes | tuple[bytes, bytes] | AsyncOutput = await self.client.api.logs(
            self.id, **kwargs
        )
        return result

    @overload
    async def log(
        self, *, stdout: bool = ..., stderr: bool = ..., follow: Literal[False] = ...
    ) -> list[str]: ...

    @overload
    async def log(
        self, *, stdout: bool = ..., stderr: bool = ..., follow: Literal[True]
    ) -> AsyncIterator[str]: ...

    async def log(
        self, *, stdout: bool = True, stderr: bool = True, follow: bool = False
    ) -> list[str] | AsyncIterator[str]:
        """aiodocker's ``log``: the output as text lines (a list; with ``follow`` an
        async iterator of lines until the container stops)."""
        output = await self.client.api.logs(
            self.id, stdout=stdout, stderr=stderr, follow=follow, stream=True
        )
        if follow:
            return output.lines()
        return [line async for line in output.lines()]

    async def logs_in_bytes(self) -> bytes:
        """conu's ``logs_in_bytes``: all of its output so far (stdout and stderr), whole."""
        return await self.client.api.logs(self.id, stdout=True, stderr=True)

    async def logs_unicode(self, **kwargs: Any) -> str:
        """The logs as text (conu), invalid UTF-8 replaced."""
        data: bytes = await self.client.api.logs(self.id, **kwargs)
        return data.decode("utf-8", errors="replace")

    @overload
    async def attach(
        self,
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        logs: bool = ...,
        stream: Literal[False] = ...,
        demux: Literal[False] = ...,
    ) -> bytes: ...

    @overload
    async def attach(
        self,
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        logs: bool = ...,
        stream: Literal[False] = ...,
        demux: Literal[True],
    ) -> tuple[bytes, bytes]: ...

    @overload
    async def attach(
        self,
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        logs: bool = ...,
        stream: Literal[True],
        demux: bool = ...,
    ) -> AsyncOutput: ...

    async def attach(
        self,
        *,
        stdout: bool = True,
        stderr: bool = True,
        logs: bool = False,
        stream: bool = False,
        demux: bool = False,
    ) -> bytes | tuple[bytes, bytes] | AsyncOutput:
        """docker-py's ``attach`` (the client's, same arguments): the output from now
        until it stops, whole (``(stdout, stderr)`` with ``demux``) or streamed."""
        if stream:
            return await self.client.api.attach(
                self.id, stdout=stdout, stderr=stderr, logs=logs, stream=True
            )
        if demux:
            return await self.client.api.attach(
                self.id, stdout=stdout, stderr=stderr, logs=logs, demux=True
            )
        return await self.client.api.attach(self.id, stdout=stdout, stderr=stderr, logs=logs)

    async def attach_socket(
        self,
        *,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        logs: bool = False,
        detach_keys: str | None = None,
    ) -> AsyncAttachSocket:
        """A hijacked connection to its stdio (see the client's ``attach_socket``)."""
        return await self.client.api.attach_socket(
            self.id, stdin=stdin, stdout=stdout, stderr=stderr, logs=logs, detach_keys=detach_keys
        )

    async def websocket(
        self,
        *,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        logs: bool = False,
        stream: bool = True,
        detach_keys: str | None = None,
    ) -> AsyncWebSocketAttach:
        """aiodocker's ``websocket``: the stdio over ``/attach/ws`` (see the client's
        ``attach_websocket``)."""
        return await self.client.api.attach_websocket(
            self.id,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            logs=logs,
            stream=stream,
            detach_keys=detach_keys,
        )

    async def write_to_stdin(self, data: bytes | str) -> None:
        """Send ``data`` to its stdin (conu); it needs ``stdin_open=True``."""
        sock = await self.client.api.attach_socket(self.id, stdin=True, stdout=False, stderr=False)
        async with sock:
            await sock.write(data)

    @overload
    async def stats(
        self, *, stream: Literal[True] = ..., one_shot: bool | None = ...
    ) -> AsyncJSONStream[ContainerStatsResponse]: ...

    @overload
    async def stats(
        self, *, stream: Literal[False], one_shot: bool | None = ...
    ) -> ContainerStatsResponse: ...

    async def stats(
        self, *, stream: bool = True, one_shot: bool | None = None
    ) -> AsyncJSONStream[ContainerStatsResponse] | ContainerStatsResponse:
        """Resource usage: a stream of typed samples, or one with ``stream=False``."""
        if stream:
            return await self.client.api.stats(self.id, stream=True, one_shot=one_shot)
        return await self.client.api.stats(self.id, stream=False, one_shot=one_shot)

    # -- exec ----------------------------------------------------------------------------------

    @overload
    async def exec_run(
        self,
        cmd: str | Sequence[str],
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        stdin: bool = ...,
        tty: bool = ...,
        privileged: bool = ...,
        user: str = ...,
        detach: bool = ...,
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        environment: Mapping[str, str] | Sequence[str] | None = ...,
        workdir: str | None = ...,
        demux: Literal[False] = ...,
        input: bytes | str | None = ...,
    ) -> ExecResult[bytes]: ...

    @overload
    async def exec_run(
        self,
        cmd: str | Sequence[str],
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        stdin: bool = ...,
        tty: bool = ...,
        privileged: bool = ...,
        user: str = ...,
        detach: bool = ...,
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        environment: Mapping[str, str] | Sequence[str] | None = ...,
        workdir: str | None = ...,
        demux: Literal[True],
        input: bytes | str | None = ...,
    ) -> ExecResult[tuple[bytes, bytes]]: ...

    @overload
    async def exec_run(
        self,
        cmd: str | Sequence[str],
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        stdin: bool = ...,
        tty: bool = ...,
        privileged: bool = ...,
        user: str = ...,
        detach: bool = ...,
        stream: Literal[True],
        socket: Literal[False] = ...,
        environment: Mapping[str, str] | Sequence[str] | None = ...,
        workdir: str | None = ...,
        demux: bool = ...,
        input: None = ...,
    ) -> ExecResult[AsyncOutput]: ...

    @overload
    async def exec_run(
        self,
        cmd: str | Sequence[str],
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        stdin: bool = ...,
        tty: bool = ...,
        privileged: bool = ...,
        user: str = ...,
        detach: bool = ...,
        stream: bool = ...,
        socket: Literal[True],
        environment: Mapping[str, str] | Sequence[str] | None = ...,
        workdir: str | None = ...,
        demux: bool = ...,
        input: None = ...,
    ) -> ExecResult[AsyncAttachSocket]: ...

    async def exec_run(self, cmd: str | Sequence[str], **kwargs: Any) -> ExecResult[Any]:
        """Run a command inside (the client's ``exec_run``, same arguments): the exit
        code and the output, ``b""`` (not None) when there was none."""
        # The arguments are the caller's (checked by the overloads above), forwarded: the
        # client's overloads cannot pick one for them, so the result is cast back.
        return cast(ExecResult[Any], await self.client.api.exec_run(self.id, cmd, **kwargs))

    @overload
    async def execute(
        self, cmd: str | Sequence[str], *, blocking: Literal[True] = ..., **kwargs: Any
    ) -> bytes: ...

    @overload
    async def execute(
        self, cmd: str | Sequence[str], *, blocking: Literal[False], **kwargs: Any
    ) -> AsyncOutput: ...

    async def execute(
        self, cmd: str | Sequence[str], *, blocking: bool = True, **kwargs: Any
    ) -> bytes | AsyncOutput:
        """Run a command inside and return its output (conu): a non-zero exit raises
        :class:`~engine_api.errors.ContainerError` carrying the exit status and the output.
        ``blocking=False`` returns the output as it arrives instead (not checked)."""
        if not blocking:
            streamed = cast(
                ExecResult[AsyncOutput],
                await self.client.api.exec_run(self.id, cmd, stream=True, **kwargs),
            )
            return streamed.output
        result = cast(
            ExecResult[tuple[bytes, bytes]],
            await self.client.api.exec_run(self.id, cmd, demux=True, **kwargs),
        )
        out, err = result.output
        if result.exit_code:
            raise errors.ContainerError(self, result.exit_code, cmd, self.image, err or out)
        return out + err if err else out

    async def exec(
        self,
        cmd: str | Sequence[str],
        *,
        stdout: bool = True,
        stderr: bool = True,
        stdin: bool = False,
        tty: bool = False,
        privileged: bool = False,
        user: str = "",
        environment: Mapping[str, str] | Sequence[str] | None = None,
        workdir: str | None = None,
        detach_keys: str | None = None,
    ) -> AsyncExec:
        """aiodocker's ``container.exec``: create an exec instance (not started) and
        return it; :meth:`AsyncExec.start` runs it."""
        exec_id = await self.client.api.exec_create(
            self.id,
            cmd,
            stdout=stdout,
            stderr=stderr,
            stdin=stdin,
            tty=tty,
            privileged=privileged,
            user=user,
            environment=environment,
            workdir=workdir,
            detach_keys=detach_keys,
        )
        return AsyncExec(self, exec_id, tty=tty)

    # -- files -----------------------------------------------------------------------------

    async def get_archive(
        self, path: str, *, timeout: float | None = None
    ) -> tuple[AsyncArchiveStream, PathStat]:
        """A tar of ``path`` inside, streamed, and its stat."""
        return await self.client.api.get_archive(self.id, path, timeout=timeout)

    async def put_archive(self, path: str, data: Any) -> bool:
        """Unpack a tar (bytes, a file or chunks) into the directory ``path`` inside."""
        return await self.client.api.put_archive(self.id, path, data)

    async def stat_path(self, path: str) -> PathStat:
        """What a path in the container is (name, size, mode, mtime, link target)."""
        return await self.client.api.stat_path(self.id, path)

    async def export(
        self, out: str | os.PathLike[str] | BinaryIO | None = None
    ) -> AsyncArchiveStream | int:
        """Its filesystem as a tar, streamed or written to ``out``."""
        return await self.client.api.export(self.id, out)

    async def copy_to(
        self, source: str | os.PathLike[str] | bytes, dest: str, *, mode: int = 0o644
    ) -> None:
        """``docker cp SOURCE container:DEST``: a host file or tree, or bytes."""
        await self.client.api.copy_to(self.id, source, dest, mode=mode)

    async def copy_from(self, source: str, dest: str | os.PathLike[str]) -> list[str]:
        """``docker cp container:SOURCE DEST``, unpacked safely."""
        return await self.client.api.copy_from(self.id, source, dest)

    @asynccontextmanager
    async def mount(self, dest: str | os.PathLike[str] | None = None) -> AsyncIterator[str]:
        """The container's filesystem in a host directory (conu's ``mount``): exported
        and unpacked safely into ``dest`` (a new temporary directory by default), removed
        when the block ends. Read-only in spirit: changes do not reach the container."""
        made = dest is None
        import shutil
        import tempfile

        path = tempfile.mkdtemp(prefix="engine-api-mount-") if dest is None else os.fspath(dest)
        try:
            exported = await self.client.api.export(self.id)
            if isinstance(exported, int):  # pragma: no cover - export without `out` streams
                raise AssertionError("export() without out returns a stream")
            await exported.extract_to(path, rooted=True)
            yield path
        finally:
            if made:
                shutil.rmtree(path, ignore_errors=True)

    # -- conu and testcontainers: state, ports, waiting ------------------------------------------

    async def is_running(self) -> bool:
        """Whether it runs now (asks the engine)."""
        await self.reload()
        state = _value(self._attrs.state)
        return bool(state is not None and _value(state.running, False))

    async def exit_code(self) -> int | None:
        """Its exit code once it has stopped, else None (asks the engine)."""
        await self.reload()
        state = _value(self._attrs.state)
        if state is None or _value(state.running, False) or self.status == "created":
            return None
        code = _value(state.exit_code)
        return int(code) if code is not None else None

    async def get_status(self) -> str:
        """Its status now (asks the engine)."""
        await self.reload()
        return self.status

    def get_ports(self) -> list[str]:
        """The container ports it exposes or publishes (``"80/tcp"``...), as of the last
        reload."""
        found = set(self.ports)
        config = _value(self._attrs.config)
        exposed = _value(config.exposed_ports) if config is not None else None
        if exposed is not None:
            found.update(exposed.additional_properties)
        return sorted(found)

    @overload
    def get_port_mappings(self, port: None = ...) -> dict[str, list[dict[str, str]] | None]: ...

    @overload
    def get_port_mappings(self, port: int | str) -> list[dict[str, str]]: ...

    def get_port_mappings(
        self, port: int | str | None = None
    ) -> dict[str, list[dict[str, str]] | None] | list[dict[str, str]]:
        """The host bindings of ``port`` (``[{"HostIp": ..., "HostPort": ...}]``, or [] when
        unpublished), or of every port as a dict when ``port`` is None."""
        if port is None:
            return self.ports
        return self.ports.get(port_key(port)) or []

    async def port(self, private_port: int | str) -> list[dict[str, str]] | None:
        """aiodocker's ``port``: the host bindings of a container port (``80`` is
        ``80/tcp``, else ``80/udp`` as aiodocker looks), None when it is not published.
        Asks the engine when the inspect data has no network settings yet."""
        if _value(self._attrs.network_settings) is None:
            await self.reload()
        ports = self.ports
        key = str(private_port)
        if "/" in key:
            return ports.get(key)
        found = ports.get(f"{key}/tcp")
        return found if found is not None else ports.get(f"{key}/udp")

    def get_IPv4s(self) -> list[str]:
        """Its IPv4 addresses on its networks (for information: tests connect to published
        ports on 127.0.0.1, see :meth:`wait_for_port`)."""
        settings = _value(self._attrs.network_settings)
        networks = _value(settings.networks) if settings is not None else None
        if networks is None:
            return []
        return [
            str(endpoint.ip_address)
            for endpoint in networks.additional_properties.values()
            if endpoint is not None and _value(endpoint.ip_address)
        ]

    def _host_networking(self) -> bool:
        host_config = _value(self._attrs.host_config)
        return bool(host_config is not None and _value(host_config.network_mode) == "host")

    def _host_port(self, port: int | str) -> int | None:
        """Where ``port`` can be reached from this host on 127.0.0.1, if anywhere."""
        if self._host_networking():
            return _port_number(port)
        for binding in self.get_port_mappings(port):
            if binding["HostIp"] in ("", "0.0.0.0", "127.0.0.1", "::") and binding["HostPort"]:
                return int(binding["HostPort"])
        return None

    async def is_port_open(self, port: int | str, timeout: float = 1.0) -> bool:
        """Whether something accepts connections on ``port``, connecting on 127.0.0.1 to
        where it is published (or to the port itself with host networking)."""
        if self._host_port(port) is None:
            await self.reload()
        host_port = self._host_port(port)
        if host_port is None:
            return False
        try:
            stream = await connect_tcp("127.0.0.1", host_port, timeout)
        except httpx.TransportError:
            return False
        try:
            if self._host_networking():
                return True  # connected to the port itself: nothing stands in between
            # A published port is answered by the engine's proxy even when nothing listens
            # inside. With the engine on this host, the container's own sockets tell (its
            # network namespace through /proc); else the proxy closes the connection at
            # once when it cannot reach a listener, and silence means a real one.
            listening = self._listening_inside(port)
            if listening is not None:
                return listening
            try:
                return await stream.read(1, _PROXY_GRACE) != b""
            except httpx.ReadTimeout:
                return True
            except httpx.TransportError:
                return False
        finally:
            await stream.aclose()

    def _listening_inside(self, port: int | str) -> bool | None:
        """Whether a TCP socket listens on ``port`` in the container's network namespace,
        read from this host's ``/proc/<pid>/net/tcp*``; None when that cannot be known (a
        remote engine, no permission, no process)."""
        state = _value(self._attrs.state)
        pid = _value(state.pid, 0) if state is not None else 0
        if self.client.config.scheme != "unix" or not isinstance(pid, int) or pid <= 0:
            return None
        number = _port_number(port)
        for table in ("tcp", "tcp6"):
            try:
                with open(f"/proc/{pid}/net/{table}") as sockets:
                    next(sockets, None)  # the header line
                    for line in sockets:
                        fields = line.split()
                        # local address "ADDR:PORT" in hex; state 0A is LISTEN
                        if (
                            len(fields) > 3
                            and fields[3] == "0A"
                            and int(fields[1].rsplit(":", 1)[1], 16) == number
                        ):
                            return True
            except (OSError, ValueError):
                return None
        return False

    async def wait_for_port(
        self, port: int | str, timeout: float = 30.0, *, interval: float = _POLL
    ) -> None:
        """Wait until :meth:`is_port_open`; raises :class:`~engine_api.errors.WaitTimeout`
        after ``timeout`` seconds, or ContainerError if it stops meanwhile."""
        deadline = time.monotonic() + timeout
        while not await self.is_port_open(port, timeout=min(1.0, timeout)):
            await self.reload()
            await self._check_alive(f"waiting for port {port}")
            if time.monotonic() >= deadline:
                raise errors.WaitTimeout(
                    f"port {port} of container {self.name or self.short_id} did not open on "
                    f"127.0.0.1 within {timeout} s (published as {self.get_port_mappings(port)})"
                )
            await asleep(interval)

    async def wait_for_log(self, pattern: str | re.Pattern[str], timeout: float = 30.0) -> str:
        """Wait until a line of its output matches ``pattern`` (a regular expression);
        returns the line. Raises :class:`~engine_api.errors.WaitTimeout` after ``timeout``
        seconds, or ContainerError if it stops without printing it."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        output = await self.client.api.logs(self.id, stream=True, follow=True, timeout=timeout)
        try:
            async with output:
                async for line in output.lines():
                    if regex.search(line):
                        return line
                    if time.monotonic() >= deadline:
                        break
        except errors.EngineTimeout:
            pass
        if time.monotonic() < deadline:
            await self.reload()
            raise self._stopped(
                f"(waiting for a line matching {regex.pattern!r})",
                "the container stopped before printing it",
            )
        raise errors.WaitTimeout(
            f"no line of container {self.name or self.short_id} matched {regex.pattern!r} "
            f"within {timeout} s"
        )

    async def wait_for_healthy(self, timeout: float = 60.0, *, interval: float = _POLL) -> None:
        """Wait until its healthcheck says healthy; raises
        :class:`~engine_api.errors.WaitTimeout` after ``timeout`` seconds, or
        ContainerError if it stops; ValueError if it has no healthcheck."""
        deadline = time.monotonic() + timeout
        while True:
            await self.reload()
            if self.health == "healthy":
                return
            if self.health == "unknown":
                raise ValueError(f"container {self.name or self.short_id} has no healthcheck")
            await self._check_alive("waiting to be healthy")
            if time.monotonic() >= deadline:
                raise errors.WaitTimeout(
                    f"container {self.name or self.short_id} was not healthy within {timeout} s "
                    f"(health: {self.health})"
                )
            await asleep(interval)

    async def _check_alive(self, doing: str) -> None:
        """Raise ContainerError if it has stopped, as of the last :meth:`reload`."""
        if self.status in ("exited", "dead"):
            stderr = await self.client.api.logs(self.id, stdout=False, tail=20)
            raise self._stopped(f"({doing})", stderr)

    def _stopped(self, doing: str, stderr: bytes | str) -> errors.ContainerError:
        state = _value(self._attrs.state)
        code = int(_value(state.exit_code, -1)) if state is not None else -1
        return errors.ContainerError(self, code, doing, self.image, stderr)

    # -- lifetime ------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop and remove it (also when the block raised)."""
        with contextlib.suppress(errors.NotFound):  # removed already (auto_remove...)
            await self.client.ops.container_delete(self.id, force=True, v=True)


class AsyncExec:
    """aiodocker's exec object (``container.exec(...)``): an exec instance created in a
    container, to :meth:`start`; a thin handle on the client's ``exec_*`` calls."""

    __slots__ = ("_tty", "container", "id")

    def __init__(self, container: AsyncContainer, exec_id: str, *, tty: bool) -> None:
        self.container = container
        self.id = exec_id
        self._tty = tty

    @overload
    async def start(self, *, detach: Literal[False] = ...) -> AsyncAttachSocket: ...

    @overload
    async def start(self, *, detach: Literal[True]) -> bytes: ...

    async def start(self, *, detach: bool = False) -> AsyncAttachSocket | bytes:
        """Start it: a hijacked connection to its stdio (write to its stdin, read its
        output; aiodocker's stream), or with ``detach`` nothing to read (``b""``)."""
        client = self.container.client
        if detach:
            return await client.api.exec_start(self.id, detach=True, tty=self._tty)
        return await client.api.exec_start(self.id, tty=self._tty, socket=True)

    async def inspect(self) -> ExecInspectResponse:
        """Its state: running, exit code, process settings."""
        return await self.container.client.api.exec_inspect(self.id)

    async def resize(self, *, h: int, w: int) -> None:
        """Set its TTY's size (rows, columns), with aiodocker's names."""
        await self.container.client.api.exec_resize(self.id, h, w)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.id[:12]} in {self.container.short_id}>"
