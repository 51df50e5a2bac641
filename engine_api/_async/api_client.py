"""The client core and docker-py's low-level surface: where the engine is, which API
version to speak, typed errors, and docker-py's ``APIClient`` names.

:class:`AsyncAPIClient` is what ``client.api`` is (docker-py's ``client.api``), and it
works alone as docker-py's ``APIClient`` does. Every generated operation is
``client.ops.<operation_id>``, typed.

This module is the one source: ``engine_api/_sync/api_client.py`` is derived from
it by ``scripts/unasync.py`` (never edit that one by hand).
"""

from __future__ import annotations

import copy
import io
import json as jsonlib
import os
import re
import stat
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import quote, urlencode, urlsplit

from engine_api_binding._api import AsyncApi

from engine_api import _log, errors, versions
from engine_api._async.build import AsyncBuild
from engine_api._async.connection import Body, FileBody
from engine_api._async.files import AsyncFiles
from engine_api._async.images import AsyncImages
from engine_api._async.lowlevel import AsyncLowLevel
from engine_api._async.operations import AsyncOperations
from engine_api._async.response import AsyncResponse
from engine_api._async.streaming import AsyncClosing
from engine_api._async.swarm import AsyncSwarmNames
from engine_api._async.transport import AsyncEngineTransport
from engine_api._synchronization import AsyncLock
from engine_api.config import EngineConfig, TLSConfig, resolve

if TYPE_CHECKING:
    import ssl

    import httpx

else:
    from engine_api._lazy import httpx, ssl


DEFAULT_TIMEOUT = 60.0
"""Seconds an ordinary call may take (connect, and each read or write)."""

USER_AGENT = "engine-api/0.1"
_HEAD_NOT_ALLOWED = (404, 405)


_READ_BLOCK = 65536

log = _log.get_logger("engine_api.http")
"""Each request at DEBUG when its answer's head arrives: method, path with query, status,
milliseconds (the record's ``method``, ``path``, ``status``, ``elapsed_ms``), or the
transport error. Never a header or a body: credentials travel only in those."""


_URL_CREDENTIALS = re.compile(r"(://)[^/@\s]+@")


def _redacted(params: Mapping[str, Any]) -> dict[str, Any]:
    """The query with the credentials of any URL in it (``https://user:token@host``, as
    a build's ``remote`` or an import's ``fromSrc`` may carry) hidden."""
    return {
        name: _URL_CREDENTIALS.sub(r"\1<redacted>@", value) if isinstance(value, str) else value
        for name, value in params.items()
    }


def _log_request(
    method: str,
    path: str,
    params: Mapping[str, Any] | None,
    status: int | None,
    started: float,
    error: Exception | None,
) -> None:
    target = path + "?" + _query(_redacted(params)) if params else path
    elapsed = (time.perf_counter() - started) * 1000
    fields = {"method": method, "path": target, "status": status, "elapsed_ms": elapsed}
    if error is None:
        log.debug("%s %s -> %s (%.1f ms)", method, target, status, elapsed, extra=fields)
    else:
        log.debug("%s %s failed after %.1f ms: %s", method, target, elapsed, error, extra=fields)


def _query_value(value: Any) -> str:
    # as httpx encodes query parameters: booleans in lowercase, None as nothing
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def _query(params: Mapping[str, Any]) -> str:
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            pairs.extend((name, _query_value(item)) for item in value)
        else:
            pairs.append((name, _query_value(value)))
    return urlencode(pairs, quote_via=quote)


async def _file_chunks(file: Any) -> AsyncIterator[bytes]:
    while block := file.read(_READ_BLOCK):
        yield block.encode() if isinstance(block, str) else block


def _file_body(file: Any) -> FileBody | None:
    """The rest of a regular file opened for binary reading (``open(path, "rb")``), from
    where it stands; None for anything else (pipes, sockets, text or compressed files)."""
    if type(file) not in (io.BufferedReader, io.BufferedRandom, io.FileIO):
        return None
    try:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            return None
        offset = file.tell()
    except (OSError, ValueError):
        return None
    return FileBody(file, offset, max(info.st_size - offset, 0))


async def _iter_chunks(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def _body(content: Any) -> tuple[Body, int | None]:
    """A request body as the transport sends it (bytes, or chunks from a file or iterable)
    and its length when known before sending."""
    if content is None:
        return None, None
    if isinstance(content, bytes):
        return content, len(content)
    if isinstance(content, (bytearray, memoryview)):
        data = bytes(content)
        return data, len(data)
    if isinstance(content, str):
        data = content.encode()
        return data, len(data)
    if hasattr(content, "read"):
        whole = _file_body(content)
        if whole is not None:
            return whole, whole.length
        return _file_chunks(content), None
    if isinstance(content, AsyncIterable):
        return content, None
    if isinstance(content, Iterable):
        return _iter_chunks(content), None
    raise TypeError(f"cannot send a {type(content).__name__} as a request body")


def _timeouts(timeout: float | httpx.Timeout | None) -> dict[str, float | None]:
    if timeout is None or isinstance(timeout, int | float):
        return {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
    return timeout.as_dict()  # an httpx.Timeout, the only other kind


class _Negotiation:
    """What the client and its ``with_options`` views agreed with the engine, asked once."""

    __slots__ = ("lock", "ping", "version")

    def __init__(self, pinned: str | None) -> None:
        self.version = pinned
        self.ping: versions.PingInfo | None = None
        self.lock = AsyncLock()


class AsyncAPIClient(
    AsyncBuild,
    AsyncFiles,
    AsyncImages,
    AsyncLowLevel,
    AsyncOperations,
    AsyncSwarmNames,
    AsyncClosing,
):
    """A connection to one Docker engine, for asyncio, with docker-py's low-level names.

    This is ``client.api`` of :class:`~engine_api.AsyncDockerClient`, and works alone
    as docker-py's ``APIClient``: ``AsyncAPIClient()`` finds the engine the way the
    docker CLI does (``DOCKER_HOST``, ``DOCKER_TLS_VERIFY``/``DOCKER_CERT_PATH``,
    ``DOCKER_CONTEXT``, the current context in ``config.json``, then the default
    socket); ``base_url``, ``tls`` and ``context`` choose explicitly.

    The API version is negotiated once, lazily, from ``/_ping``: the lower of
    the engine's and the newest this client was generated from; ``version=``
    pins one instead (``"auto"``, as docker-py takes it, negotiates). ``ops.<operation>(...)``
    calls any generated operation, typed; arguments the negotiated version lacks raise
    ``UnsupportedByEngine`` before anything is sent.

    ``transport`` replaces the built-in one with any httpx transport (respx in
    tests, a proxy...). One connection pool per client, of ``max_connections``
    (by default 100, or 10 over ssh: see ``transport.default_max_connections``);
    ``aclose()`` or ``async with`` releases it.
    """

    raise_on_unexpected_status = True

    def __init__(
        self,
        base_url: str | None = None,
        *,
        version: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        tls: TLSConfig | bool | None = None,
        context: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int | None = None,
        ssh_options: Sequence[str] = (),
        user_agent: str = USER_AGENT,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.config: EngineConfig = resolve(base_url, tls=tls, context=context, environ=environ)
        self._environ = environ
        if version == "auto":  # docker-py's word for "negotiate"
            version = None
        if version is not None:
            versions.parse_version(version)  # a bad pin fails here, not at the first call
        self._negotiation = _Negotiation(version.removeprefix("v") if version else None)
        self._timeout = _timeouts(timeout)
        self._headers = {"User-Agent": user_agent}
        self._base = self._base_url(self.config)
        if transport is None:
            context_ = self.config.tls.ssl_context() if self.config.tls else None
            transport = AsyncEngineTransport(
                self.config.host,
                ssl_context=context_,
                ssh_options=ssh_options,
                max_connections=max_connections,
            )
        self._transport = transport
        # Our own transport takes requests as bytes; any other gets httpx.Request objects.
        self._engine_transport = transport if isinstance(transport, AsyncEngineTransport) else None
        self._raw_headers = [
            (b"Host", urlsplit(self._base).netloc.encode("ascii")),
            (b"User-Agent", user_agent.encode()),
        ]
        self.ops = AsyncApi(self)

    @staticmethod
    def _base_url(config: EngineConfig) -> str:
        if config.scheme == "tcp":
            host, port = config.tcp_address
            name = f"[{host}]" if ":" in host else host
            return f"{'https' if config.tls else 'http'}://{name}:{port}"
        return "http://docker"  # unix and ssh: the Host header is not used

    # -- what negotiation found -------------------------------------------------

    @property
    def api_version(self) -> str | None:
        """The API version in use: pinned, or negotiated (None until the first call)."""
        return self._negotiation.version

    @property
    def ping_info(self) -> versions.PingInfo | None:
        """What ``/_ping`` told (OS type, experimental, builder version), once asked."""
        return self._negotiation.ping

    async def negotiate(self) -> str:
        """Ask ``/_ping`` (once per client) and return the API version in use."""
        state = self._negotiation
        if state.version is not None and state.ping is not None:
            return state.version
        async with state.lock:
            if state.ping is None:
                state.ping = await self._ping_engine()
            if state.version is None:
                state.version = versions.choose_version(state.ping)
        return state.version

    def _need_connections(self, count: int, what: str) -> None:
        """ConfigError before a call that holds ``count`` connections at once, when this
        client's pool allows fewer: the call would wait for itself until the pool timed out.
        (Another httpx transport keeps its own limits: not checked.)"""
        transport = self._engine_transport
        if transport is not None and transport.pool.max_connections < count:
            raise errors.ConfigError(
                f"{what} holds {count} connections to the engine at once, and this client "
                f"allows max_connections={transport.pool.max_connections}: give it at least "
                f"{count}"
            )

    async def _ping_engine(self) -> versions.PingInfo:
        response = await self._request("HEAD", "/_ping", operation="SystemPingHead", check=False)
        if response.status_code in _HEAD_NOT_ALLOWED:
            response = await self._request("GET", "/_ping", operation="SystemPing", check=False)
        if response.status_code >= 400:
            raise self._error(response, "GET", "/_ping", "SystemPing")
        return versions.PingInfo.from_headers(response.headers)

    # -- the sender protocol the generated code calls -----------------------------

    async def send_async(self, operation_id: str, request: dict[str, Any]) -> AsyncResponse:
        """Send one generated operation's request, after the version gates."""
        method, path, params, headers, body = await self._prepare(operation_id, request)
        return await self._request(
            method,
            path,
            params=params,
            json=body,
            content=request.get("content"),
            headers=headers,
            operation=operation_id,
        )

    async def open_stream(
        self,
        operation_id: str,
        request: dict[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncResponse:
        """Send one generated operation's request and return the answer unread.

        The status is checked (an error answer is read and raised as usual); the body is
        the caller's to iterate (``response.stream``) and to close. ``timeout`` bounds
        each read of the body (None, the default: wait as long as the stream lasts);
        connecting and sending keep the client's timeouts. ``headers`` are added (as
        ``Connection: Upgrade`` for a hijacked connection)."""
        method, path, params, given, body = await self._prepare(operation_id, request)
        if headers:
            given = {**given, **headers} if given else dict(headers)
        timeouts = dict(self._timeout)
        if timeout is None or isinstance(timeout, int | float):
            timeouts["read"] = timeout
        else:
            timeouts = timeout.as_dict()  # an httpx.Timeout
        response = await self._send(
            method,
            path,
            params=params,
            json=body,
            content=request.get("content"),
            headers=given,
            timeouts=timeouts,
        )
        if response.status_code >= 400:
            try:
                await response.aread()
            except httpx.TransportError as exc:
                raise self._transport_error(exc, method, path) from exc
            finally:
                await response.aclose()
            raise self._error(response, method, path, operation_id)
        return response

    async def _prepare(
        self, operation_id: str, request: dict[str, Any]
    ) -> tuple[str, str, dict[str, Any] | None, dict[str, str] | None, Any]:
        """Gate a generated request on the negotiated version: method, path, query,
        headers and JSON body, ready to send."""
        version = self._negotiation.version or await self.negotiate()
        versions.check_operation(operation_id, version)
        params: dict[str, Any] | None = request.get("params")
        headers: dict[str, str] | None = request.get("headers")
        if params:
            versions.check_parameters(operation_id, params, version)
        if headers:
            given = {k: v for k, v in headers.items() if k != "Content-Type"}
            if given:
                versions.check_parameters(operation_id, given, version)
        body = request.get("json")
        if body is not None:
            versions.check_body(operation_id, body, version)
        return request["method"].upper(), f"/v{version}{request['url']}", params, headers, body

    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        operation: str | None = None,
        check: bool = True,
    ) -> AsyncResponse:
        try:
            response = await self._send(
                method, path, params=params, json=json, content=content, headers=headers
            )
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            raise self._transport_error(exc, method, path) from exc
        if check and response.status_code >= 400:
            raise self._error(response, method, path, operation)
        return response

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        timeouts: dict[str, float | None] | None = None,
    ) -> AsyncResponse:
        """Send a request; the answer's body is not read yet (transport errors are
        typed here, those of reading the body are the caller's to type)."""
        timeouts = timeouts or self._timeout
        started = time.perf_counter() if log.isEnabledFor(_log.DEBUG) else None
        try:
            response = await self._send_unlogged(
                method, path, params, json, content, headers, timeouts
            )
        except errors.DockerException as exc:
            if started is not None:
                _log_request(method, path, params, None, started, exc)
            raise
        if started is not None:
            _log_request(method, path, params, response.status_code, started, None)
        return response

    async def _send_unlogged(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json: Any,
        content: Any,
        headers: Mapping[str, str] | None,
        timeouts: dict[str, float | None],
    ) -> AsyncResponse:
        try:
            engine = self._engine_transport
            if engine is not None:
                target = path + "?" + _query(params) if params else path
                raw_headers = self._raw_headers.copy()
                if headers:
                    raw_headers += [(k.encode(), v.encode()) for k, v in headers.items()]
                body, length = _body(content)
                if json is not None:
                    body = jsonlib.dumps(
                        json, ensure_ascii=False, separators=(",", ":"), allow_nan=False
                    ).encode()
                    length = len(body)
                    raw_headers.append((b"Content-Type", b"application/json"))
                if length is not None:
                    raw_headers.append((b"Content-Length", b"%d" % length))
                elif body is None and method in ("POST", "PUT"):
                    raw_headers.append((b"Content-Length", b"0"))
                return await engine.request(
                    method.encode(), target.encode(), raw_headers, body, timeouts
                )
            request = httpx.Request(
                method,
                self._base + path,
                params=params,
                json=json,
                content=content,
                headers={**self._headers, **headers} if headers else self._headers,
                extensions={"timeout": timeouts},
            )
            return AsyncResponse.from_httpx(await self._transport.handle_async_request(request))
        except httpx.TransportError as exc:
            raise self._transport_error(exc, method, path) from exc

    # -- errors ---------------------------------------------------------------------

    def _error(
        self, response: AsyncResponse, method: str, path: str, operation: str | None
    ) -> errors.DockerException:
        error = errors.from_response(
            response.status_code,
            response.content,
            method=method,
            path=path,
            operation=operation,
            headers=dict(response.headers.items()),
        )
        text = error.explanation.lower()
        if (
            response.status_code == 400
            and "client version" in text
            and ("too new" in text or "too old" in text)
        ):
            asked = self._negotiation.version
            return errors.InvalidVersion(
                f"API {asked} cannot be served by the engine at {self.config.host}: "
                f"{error.explanation}"
            )
        return error

    def _transport_error(
        self, exc: httpx.TransportError, method: str, path: str
    ) -> errors.DockerException:
        where = f"the engine at {self.config.host} (chosen by {self.config.source})"
        if isinstance(exc, httpx.TimeoutException):
            phase = {
                httpx.ConnectTimeout: "connecting to",
                httpx.PoolTimeout: "waiting for a free connection to",
                httpx.WriteTimeout: "sending to",
            }.get(type(exc), "waiting for an answer from")
            return errors.EngineTimeout(f"{method} {path}: timed out {phase} {where}")
        cause = exc.__cause__ or exc.__context__
        if isinstance(exc, httpx.ConnectError) and isinstance(cause, ssl.SSLError):
            return errors.TLSError(f"TLS with {where} failed: {cause}")
        if isinstance(exc, httpx.ConnectError):
            return errors.EngineUnreachable(
                f"cannot connect to {where}: {exc}",
                address=self.config.host,
                source=self.config.source,
            )
        return errors.ConnectionLost(f"{method} {path}: the connection to {where} broke: {exc}")

    # -- options, lifetime ------------------------------------------------------

    def with_options(self, *, timeout: float | httpx.Timeout | None) -> Self:
        """This client with another timeout, sharing its connections and negotiation.

        ``client.with_options(timeout=None).ops.container_wait(id)`` waits as long
        as it takes; ``timeout=5`` gives up after 5 s."""
        return self._with_timeouts(_timeouts(timeout))

    def _with_timeouts(self, timeouts: dict[str, float | None]) -> Self:
        """:meth:`with_options` with httpx's connect/read/write/pool dict."""
        clone = copy.copy(self)
        clone._timeout = timeouts
        clone.ops = AsyncApi(clone)
        return clone

    async def ping(self) -> bool:
        """Whether the engine answers ``/_ping`` (also refreshes :attr:`ping_info`)."""
        self._negotiation.ping = await self._ping_engine()
        return True

    async def aclose(self) -> None:
        """Close every connection of the pool (``async with`` does it when its block ends)."""
        await self._transport.aclose()

    def __repr__(self) -> str:
        version = self._negotiation.version or "not negotiated yet"
        return f"<{type(self).__name__} {self.config.host} API {version}>"
