"""The operations whose answers stream: logs, attach, exec, events, stats, and wait.

The generated binding reads whole answers; these methods of the client send the same
generated requests (so the version gates apply) and hand the answers out as they
arrive, decoded by :mod:`engine_api.streams` in bounded memory.

This module is the one source: ``engine_api/_sync/operations.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload
from urllib.parse import urlsplit

from engine_api_binding.types import UNSET, Unset

from engine_api import errors, versions
from engine_api._async.connection import upgraded_stream
from engine_api._async.parts import AsyncClientParts
from engine_api._async.streaming import (
    MULTIPLEXED,
    RAW,
    AsyncAttachSocket,
    AsyncJSONStream,
    AsyncOutput,
    AsyncWebSocketAttach,
    response_chunks,
)
from engine_api._async.transport import AsyncEngineTransport
from engine_api.refs import Resource, resource_id
from engine_api.results import ExecResult
from engine_api.timestamps import TimeSpec, to_engine_time

if TYPE_CHECKING:
    import httpx
    from engine_api_binding._api import JSONQuery
    from engine_api_binding.models import (
        ContainerStatsResponse,
        ContainerWaitCondition,
        ContainerWaitResponse,
        EventMessage,
        ExecInspectResponse,
    )

    from engine_api._async.response import AsyncResponse
else:
    from engine_api._lazy import httpx

from engine_api._lazy import httpx_loaded

__all__ = ["AsyncOperations", "ExecResult"]


_UPGRADE = {"Connection": "Upgrade", "Upgrade": "tcp"}
_BINARY_FRAMES_FROM = versions.parse_version("1.28")  # /attach/ws output in binary frames
_CONTENT_TYPE_FROM = versions.parse_version("1.42")  # engines say multiplexed or raw from here
_WAIT_CONDITIONS = ("not-running", "next-exit", "removed")


def _environment(environment: Mapping[str, str] | Sequence[str] | None) -> list[str] | None:
    if environment is None:
        return None
    if isinstance(environment, Mapping):
        return [f"{key}={value}" for key, value in environment.items()]
    return list(environment)


def _command(cmd: str | Sequence[str]) -> list[str]:
    if isinstance(cmd, str):
        # As docker-py: a string is split like a shell would, without running one.
        return shlex.split(cmd)
    return list(cmd)


def _tail(tail: int | Literal["all"] | None) -> str | Unset:
    if tail is None or tail == "all":
        return UNSET
    if isinstance(tail, bool) or not isinstance(tail, int) or tail < 0:
        raise ValueError(f"tail must be a number of lines (>= 0) or 'all', not {tail!r}")
    return str(tail)


class AsyncOperations(AsyncClientParts):
    """Streaming operations of :class:`~engine_api.AsyncAPIClient` (mixed into it)."""

    # -- helpers ------------------------------------------------------------------------

    async def _tty_from_content_type(self, response: AsyncResponse) -> bool | None:
        """Multiplexed or raw, as the answer says (engines of API 1.42 and later)."""
        version = self.api_version or await self.negotiate()
        if versions.parse_version(version) < _CONTENT_TYPE_FROM:
            return None
        content_type = response.headers.get("content-type", "")
        if content_type.startswith(MULTIPLEXED):
            return False
        if content_type.startswith(RAW):
            return True
        return None

    async def _needs_settings(self) -> bool:
        version = self.api_version or await self.negotiate()
        return versions.parse_version(version) < _CONTENT_TYPE_FROM

    async def container_tty(self, container: Resource) -> bool:
        """Whether the container was created with a TTY (its output is not multiplexed)."""
        container = resource_id(container)
        config = (await self.ops.container_inspect(container)).config
        return bool(config is not None and config.tty)

    async def _exec_tty(self, exec_id: str) -> bool:
        process = (await self.ops.exec_inspect(exec_id)).process_config
        return bool(process is not None and process.tty)

    def _on_error(self, method: str, path: str) -> Any:
        def convert(exc: httpx.TransportError) -> errors.DockerException:
            return self._transport_error(exc, method, path)

        return convert

    async def _output(self, response: AsyncResponse, tty: bool | None, path: str) -> AsyncOutput:
        said = await self._tty_from_content_type(response)
        if said is not None:
            tty = said
        if tty is None:
            raise AssertionError("the TTY setting was neither sent nor looked up")
        return AsyncOutput(
            response_chunks(response, self._on_error("GET", path)),
            tty=tty,
            close=response.aclose,
        )

    def _transport_name(self) -> str:
        transport = self._transport
        return f"transport {type(transport).__module__}.{type(transport).__qualname__}"

    def _check_hijack_transport(self, url: str) -> None:
        """Refuse, before anything is sent, a hijacked call on a transport that cannot hand
        over the connection: ours and httpx's own HTTP transports can (the
        ``network_stream`` extension of a ``101`` answer); another is refused up front,
        since a container attached or an exec started could not be reached after."""
        transport = self._transport
        if isinstance(transport, AsyncEngineTransport) or (
            httpx_loaded() and isinstance(transport, httpx.AsyncHTTPTransport)
        ):
            return
        raise errors.UnsupportedByTransport(
            f"{url} takes over the connection (stdin, attach sockets), which the "
            f"{self._transport_name()} cannot hand over: it needs engine-api's own "
            "transport or httpx's HTTP transport (its answers' network_stream extension)"
        )

    async def _hijack(
        self, operation_id: str, request: dict[str, Any], *, tty: bool, resize: Any
    ) -> AsyncAttachSocket:
        self._check_hijack_transport(request["url"])
        response = await self.open_stream(operation_id, request, headers=_UPGRADE)
        stream = upgraded_stream(response)
        if stream is None:
            await response.aclose()
            raise errors.ProtocolError(
                f"{request['url']}: the engine did not hand over the connection (HTTP "
                f"{response.status_code}, {self._transport_name()})"
            )
        said = await self._tty_from_content_type(response)
        return AsyncAttachSocket(
            stream,
            tty=tty if said is None else said,
            on_error=self._on_error("POST", request["url"]),
            resize=resize,
        )

    # -- logs -----------------------------------------------------------------------------

    @overload
    async def logs(
        self,
        container: Resource,
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
        container: Resource,
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
        container: Resource,
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

    async def logs(
        self,
        container: Resource,
        *,
        stdout: bool = True,
        stderr: bool = True,
        timestamps: bool = False,
        tail: int | Literal["all"] | None = None,
        since: TimeSpec | None = None,
        until: TimeSpec | None = None,
        follow: bool = False,
        stream: bool = False,
        demux: bool = False,
        timeout: float | None = None,
    ) -> bytes | tuple[bytes, bytes] | AsyncOutput:
        """A container's logs: whole (``bytes``, or ``(stdout, stderr)`` with ``demux``),
        or with ``stream=True`` as an :class:`AsyncOutput` read as it arrives (with
        ``follow=True`` it ends when the container stops).

        ``since``/``until`` take a datetime, Unix seconds, a duration before now
        (``"10m"``, a timedelta) or an ISO 8601 time (see :mod:`engine_api.timestamps`);
        ``tail`` a number of lines. ``timeout`` bounds each wait for more output (None:
        wait as long as the stream lasts)."""
        container = resource_id(container)
        from engine_api_binding.api.container import container_logs

        request = container_logs._get_kwargs(
            container,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            timestamps=timestamps,
            tail=_tail(tail),
        )
        params = request["params"]
        if since is not None:
            params["since"] = to_engine_time(since)
        if until is not None:
            params["until"] = to_engine_time(until)
        tty = await self.container_tty(container) if await self._needs_settings() else None
        response = await self.open_stream(container_logs.OPERATION_ID, request, timeout=timeout)
        output = await self._output(response, tty, request["url"])
        if stream:
            return output
        if demux:
            return await output.read_demuxed()
        return await output.read()

    # -- attach ---------------------------------------------------------------------------

    async def attach_socket(
        self,
        container: Resource,
        *,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        logs: bool = False,
        detach_keys: str | None = None,
    ) -> AsyncAttachSocket:
        """A hijacked connection to the container's stdio: write to stdin, close stdin
        alone, read the output (multiplexed or raw as the container's TTY says), resize
        the TTY. ``logs`` replays the output so far first."""
        container = resource_id(container)
        self._check_hijack_transport(f"attach to {container}")
        from engine_api_binding.api.container import container_attach

        request = container_attach._get_kwargs(
            container,
            stream=True,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            logs=logs,
            detach_keys=detach_keys if detach_keys is not None else UNSET,
        )
        tty = await self.container_tty(container)

        async def resize(height: int, width: int) -> None:
            await self.ops.container_resize(container, h=height, w=width)

        return await self._hijack(
            container_attach.OPERATION_ID, request, tty=tty, resize=resize if tty else None
        )

    async def attach_websocket(
        self,
        container: Resource,
        *,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        logs: bool = False,
        stream: bool = True,
        detach_keys: str | None = None,
    ) -> AsyncWebSocketAttach:
        """The container's stdio over the engine's WebSocket endpoint (``/attach/ws``):
        :meth:`~AsyncWebSocketAttach.send` to stdin, read
        :attr:`~AsyncWebSocketAttach.output`.

        Unlike :meth:`attach_socket`, this endpoint never separates stdout and stderr: the
        output is raw, both streams mixed (``output.tty`` is True), whatever the
        container's TTY. ``logs`` replays the output so far first; ``stream=False`` with
        ``logs`` gives the output so far and ends. Before API 1.42 the engine attaches all
        of stdin, stdout and stderr: there, leaving one out raises
        :class:`~engine_api.errors.UnsupportedByEngine`."""
        container = resource_id(container)
        from engine_api_binding.api.container import container_attach_websocket

        from engine_api._websocket import check_accept, handshake_headers

        version = self.api_version or await self.negotiate()
        if versions.parse_version(version) < _BINARY_FRAMES_FROM:
            raise errors.UnsupportedByEngine(
                "attach_websocket (before it the engine sends the output in WebSocket text "
                "frames whatever its bytes, which RFC 6455 refuses unless UTF-8; "
                "attach_socket works at any version)",
                needs="needs API 1.28",
                in_use=version,
            )

        # The engine takes stdin/stdout/stderr from API 1.42; before, it attaches all three,
        # so only a stream left out needs the parameter (and the version gate refuses it).
        old_engine = await self._needs_settings()

        def which(wanted: bool) -> bool | Unset:
            return UNSET if wanted and old_engine else wanted

        request = container_attach_websocket._get_kwargs(
            container,
            stream=stream,
            stdin=which(stdin),
            stdout=which(stdout),
            stderr=which(stderr),
            logs=logs,
            detach_keys=detach_keys if detach_keys is not None else UNSET,
        )
        handshake, key = handshake_headers(urlsplit(self._base).netloc)
        headers = {name.decode("ascii"): value.decode("ascii") for name, value in handshake}
        self._check_hijack_transport(request["url"])
        response = await self.open_stream(
            container_attach_websocket.OPERATION_ID, request, headers=headers
        )
        upgraded = upgraded_stream(response)
        if upgraded is None:
            await response.aclose()
            raise errors.ProtocolError(
                f"{request['url']}: the engine did not upgrade to a WebSocket (HTTP "
                f"{response.status_code}, {self._transport_name()})"
            )
        try:
            accept = response.headers.get("sec-websocket-accept")
            check_accept(key, None if accept is None else accept.encode("latin-1"))
        except BaseException:
            await upgraded.aclose()
            raise
        return AsyncWebSocketAttach(upgraded, on_error=self._on_error("GET", request["url"]))

    @overload
    async def attach(
        self,
        container: Resource,
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
        container: Resource,
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
        container: Resource,
        *,
        stdout: bool = ...,
        stderr: bool = ...,
        logs: bool = ...,
        stream: Literal[True],
        demux: bool = ...,
    ) -> AsyncOutput: ...

    async def attach(
        self,
        container: Resource,
        *,
        stdout: bool = True,
        stderr: bool = True,
        logs: bool = False,
        stream: bool = False,
        demux: bool = False,
    ) -> bytes | tuple[bytes, bytes] | AsyncOutput:
        """The container's output from now until it stops (``logs``: from its start), as
        docker-py's ``attach``: whole, or with ``stream=True`` as an :class:`AsyncOutput`."""
        container = resource_id(container)
        sock = await self.attach_socket(
            container, stdin=False, stdout=stdout, stderr=stderr, logs=logs
        )
        if stream:
            return sock.output
        async with sock:
            if demux:
                return await sock.output.read_demuxed()
            return await sock.output.read()

    # -- exec -------------------------------------------------------------------------------

    async def exec_create(
        self,
        container: Resource,
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
    ) -> str:
        """Create an exec instance in a running container; returns its id."""
        container = resource_id(container)
        from engine_api_binding.models import ContainerExecRequest

        body = ContainerExecRequest(
            attach_stdin=stdin,
            attach_stdout=stdout,
            attach_stderr=stderr,
            tty=tty,
            cmd=_command(cmd),
            privileged=privileged,
            user=user or None,
            env=_environment(environment),
            working_dir=workdir or None,
            detach_keys=detach_keys,
        )
        return (await self.ops.container_exec(container, body=body)).id

    async def exec_inspect(self, exec_id: str) -> ExecInspectResponse:
        """The exec's state: running, exit code, process settings."""
        return await self.ops.exec_inspect(exec_id)

    async def exec_resize(self, exec_id: str, height: int, width: int) -> None:
        """Set the exec's TTY size."""
        await self.ops.exec_resize(exec_id, h=height, w=width)

    @overload
    async def exec_start(
        self,
        exec_id: str,
        *,
        detach: bool = ...,
        tty: bool | None = ...,
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        demux: Literal[False] = ...,
    ) -> bytes: ...

    @overload
    async def exec_start(
        self,
        exec_id: str,
        *,
        detach: bool = ...,
        tty: bool | None = ...,
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        demux: Literal[True],
    ) -> tuple[bytes, bytes]: ...

    @overload
    async def exec_start(
        self,
        exec_id: str,
        *,
        detach: bool = ...,
        tty: bool | None = ...,
        stream: Literal[True],
        socket: Literal[False] = ...,
        demux: bool = ...,
    ) -> AsyncOutput: ...

    @overload
    async def exec_start(
        self,
        exec_id: str,
        *,
        detach: bool = ...,
        tty: bool | None = ...,
        stream: bool = ...,
        socket: Literal[True],
        demux: bool = ...,
    ) -> AsyncAttachSocket: ...

    async def exec_start(
        self,
        exec_id: str,
        *,
        detach: bool = False,
        tty: bool | None = None,
        stream: bool = False,
        socket: bool = False,
        demux: bool = False,
    ) -> bytes | tuple[bytes, bytes] | AsyncOutput | AsyncAttachSocket:
        """Start an exec instance: its whole output (``bytes``, ``(stdout, stderr)`` with
        ``demux``; empty bytes for none, and for ``detach``), an :class:`AsyncOutput`
        (``stream``) or an :class:`AsyncAttachSocket` to feed its stdin (``socket``).
        ``tty`` defaults to the exec's own setting."""
        from engine_api_binding.api.exec_ import exec_start
        from engine_api_binding.models import ExecStartRequest

        if tty is None:
            tty = await self._exec_tty(exec_id)
        request = exec_start._get_kwargs(exec_id, body=ExecStartRequest(detach=detach, tty=tty))
        if detach:
            await self.ops.exec_start(exec_id, body=ExecStartRequest(detach=True, tty=tty))
            return b""
        if socket:

            async def resize(height: int, width: int) -> None:
                await self.ops.exec_resize(exec_id, h=height, w=width)

            return await self._hijack(
                exec_start.OPERATION_ID, request, tty=tty, resize=resize if tty else None
            )
        response = await self.open_stream(exec_start.OPERATION_ID, request)
        output = await self._output(response, tty, request["url"])
        if stream:
            return output
        if demux:
            return await output.read_demuxed()
        return await output.read()

    @overload
    async def exec_run(
        self,
        container: Resource,
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
        container: Resource,
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
        container: Resource,
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
        container: Resource,
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

    async def exec_run(
        self,
        container: Resource,
        cmd: str | Sequence[str],
        *,
        stdout: bool = True,
        stderr: bool = True,
        stdin: bool = False,
        tty: bool = False,
        privileged: bool = False,
        user: str = "",
        detach: bool = False,
        stream: bool = False,
        socket: bool = False,
        environment: Mapping[str, str] | Sequence[str] | None = None,
        workdir: str | None = None,
        demux: bool = False,
        input: bytes | str | None = None,
    ) -> ExecResult[Any]:
        """Run a command in a running container, as docker-py's ``exec_run``.

        Returns :class:`ExecResult`: the exit code and the output (``bytes``; empty bytes,
        not None, when there was none; ``(stdout, stderr)`` with ``demux``). With
        ``stream`` the output is an :class:`AsyncOutput` and the exit code None (ask
        :meth:`exec_inspect` once it is read); with ``socket`` an
        :class:`AsyncAttachSocket`; with ``detach`` the command runs on and the output is
        empty. ``input`` is fed to the command's stdin, which then ends (``stdin`` is
        implied)."""
        container = resource_id(container)
        if input is not None:
            stdin = True
        if (socket or input is not None) and not detach:
            self._check_hijack_transport(f"exec in {container}")  # before the exec exists
        exec_id = await self.exec_create(
            container,
            cmd,
            stdout=stdout,
            stderr=stderr,
            stdin=stdin,
            tty=tty,
            privileged=privileged,
            user=user,
            environment=environment,
            workdir=workdir,
        )
        if detach:
            await self.exec_start(exec_id, detach=True, tty=tty)
            return ExecResult(None, b"", exec_id)
        if socket:
            return ExecResult(None, await self.exec_start(exec_id, tty=tty, socket=True), exec_id)
        if stream and input is None:
            return ExecResult(None, await self.exec_start(exec_id, tty=tty, stream=True), exec_id)
        output: bytes | tuple[bytes, bytes]
        if input is not None:
            sock = await self.exec_start(exec_id, tty=tty, socket=True)
            async with sock:
                await sock.write(input)
                await sock.close_stdin()
                reading = sock.output
                output = await (reading.read_demuxed() if demux else reading.read())
        elif demux:
            output = await self.exec_start(exec_id, tty=tty, demux=True)
        else:
            output = await self.exec_start(exec_id, tty=tty)
        state = await self.ops.exec_inspect(exec_id)
        code = state.exit_code if isinstance(state.exit_code, int) else None
        return ExecResult(code, output, exec_id)

    # -- events, stats, wait ------------------------------------------------------------------

    async def events(
        self,
        *,
        since: TimeSpec | None = None,
        until: TimeSpec | None = None,
        filters: JSONQuery | None = None,
        timeout: float | None = None,
    ) -> AsyncJSONStream[EventMessage]:
        """The engine's events as typed messages, as they happen: endless unless ``until``
        is given; close the stream (or leave its ``async with``) to stop. ``filters`` is a
        dict such as ``{"type": ["container"], "label": ["app=web"]}``."""
        from engine_api_binding._api import json_query
        from engine_api_binding.api.system import system_events
        from engine_api_binding.models import EventMessage

        request = system_events._get_kwargs(
            filters=json_query(filters) if filters is not None else UNSET
        )
        params = request["params"]
        if since is not None:
            params["since"] = to_engine_time(since)
        if until is not None:
            params["until"] = to_engine_time(until)
        response = await self.open_stream(system_events.OPERATION_ID, request, timeout=timeout)
        return AsyncJSONStream(
            response_chunks(response, self._on_error("GET", request["url"])),
            EventMessage.from_dict,
            close=response.aclose,
        )

    @overload
    async def stats(
        self,
        container: Resource,
        *,
        stream: Literal[True] = ...,
        one_shot: bool | None = ...,
        timeout: float | None = ...,
    ) -> AsyncJSONStream[ContainerStatsResponse]: ...

    @overload
    async def stats(
        self,
        container: Resource,
        *,
        stream: Literal[False],
        one_shot: bool | None = ...,
        timeout: float | None = ...,
    ) -> ContainerStatsResponse: ...

    async def stats(
        self,
        container: Resource,
        *,
        stream: bool = True,
        one_shot: bool | None = None,
        timeout: float | None = None,
    ) -> AsyncJSONStream[ContainerStatsResponse] | ContainerStatsResponse:
        """Resource usage samples: a stream of typed samples (one a second, endless while
        the container runs), or with ``stream=False`` one sample (``one_shot=True``: at
        once, without the previous CPU reading; API 1.41+).
        :func:`engine_api.stats.cpu_percent` and :func:`~engine_api.stats.memory_percent`
        compute what ``docker stats`` shows."""
        container = resource_id(container)
        from engine_api_binding.api.container import container_stats
        from engine_api_binding.models import ContainerStatsResponse

        shot: bool | Unset = UNSET if one_shot is None else one_shot
        if not stream:
            return await self.ops.container_stats(container, stream=False, one_shot=shot)
        request = container_stats._get_kwargs(container, stream=True, one_shot=shot)
        response = await self.open_stream(container_stats.OPERATION_ID, request, timeout=timeout)
        return AsyncJSONStream(
            response_chunks(response, self._on_error("GET", request["url"])),
            ContainerStatsResponse.from_dict,
            close=response.aclose,
        )

    async def _wait_registered(
        self, container: str, condition: ContainerWaitCondition
    ) -> AsyncResponse:
        """Send a wait request and return its answer unread. The engine answers the
        headers at once and the body when ``condition`` is met, so the wait is registered
        when this returns: ``docker run`` waits so, before it starts the container, and
        sees the exit even of a container removed at once (``removed``, with auto-remove).
        Read the result with :meth:`_wait_result`."""
        from engine_api_binding.api.container import container_wait

        request = container_wait._get_kwargs(container, condition=condition)
        return await self.open_stream(container_wait.OPERATION_ID, request, timeout=None)

    async def _wait_result(self, response: AsyncResponse, container: str) -> ContainerWaitResponse:
        """The exit status a :meth:`_wait_registered` answer brings, once it comes."""
        from engine_api_binding.models import ContainerWaitResponse

        try:
            body = await response.aread()
        except httpx.TransportError as exc:
            raise self._transport_error(exc, "POST", f"/containers/{container}/wait") from exc
        finally:
            await response.aclose()
        try:
            return ContainerWaitResponse.from_dict(json.loads(body))
        except (ValueError, TypeError, KeyError) as exc:
            raise errors.ProtocolError(
                f"the engine's answer to a wait is not its exit status: {body[:200]!r}"
            ) from exc

    async def wait(
        self,
        container: Resource,
        *,
        timeout: float | None = None,
        condition: ContainerWaitCondition | None = None,
    ) -> ContainerWaitResponse:
        """Wait until the container stops (``condition``: ``"not-running"``, the default,
        ``"next-exit"`` or ``"removed"``) and return its exit status.

        ``timeout`` (seconds; None waits as long as it takes) gives up with
        :class:`~engine_api.errors.EngineTimeout`; the container keeps running."""
        container = resource_id(container)
        chosen: ContainerWaitCondition | Unset = UNSET
        if condition is not None:
            if condition not in _WAIT_CONDITIONS:
                raise ValueError(
                    f"condition must be one of {', '.join(_WAIT_CONDITIONS)}, not {condition!r}"
                )
            chosen = condition
        waiting = self.with_options(timeout=timeout)
        try:
            result: ContainerWaitResponse = await waiting.ops.container_wait(
                container, condition=chosen
            )
        except errors.EngineTimeout as exc:
            raise errors.EngineTimeout(
                f"container {container} did not stop within {timeout} s (it keeps running): {exc}"
            ) from exc
        return result
