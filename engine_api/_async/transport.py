"""The engine transport: HTTP/1.1 to a Docker engine, for the client and for httpx.

``AsyncEngineTransport("unix:///var/run/docker.sock")`` (or ``tcp://host:port``, with TLS when
given an ``ssl_context``, or ``ssh://[user@]host[:port]``) is what the client sends through
(:meth:`~AsyncEngineTransport.request`, answering with engine-api's own
:class:`~engine_api._async.response.AsyncResponse`: no httpx object is made), and it plugs
into ``httpx.AsyncClient`` as a transport (``handle_async_request``, answering with an
``httpx.Response``; httpx is imported only then). Bodies are streamed; connections are
kept alive and pooled (``max_connections``, see :func:`default_max_connections`);
``request.extensions["timeout"]`` (httpx's connect/read/write/pool dict) is honoured;
errors are httpx's exception types.
A ``101 Switching Protocols`` answer carries the raw connection as the ``network_stream``
response extension, as httpcore does.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

from engine_api._async.connection import AsyncHTTPConnection, Body, FileBody
from engine_api._async.pool import AsyncConnectionPool, Opener
from engine_api._async.response import AsyncResponse
from engine_api._async.tls import start_tls
from engine_api._gather import Gather
from engine_api._headers import Headers
from engine_api._io_async import AsyncNetworkStream, connect_ssh, connect_tcp, connect_unix

if TYPE_CHECKING:
    import ssl

    import httpx

    from engine_api._http11 import Head

    _TransportBase = httpx.AsyncBaseTransport
else:
    from engine_api._lazy import httpx, ssl

    _TransportBase = object  # httpx takes any object with its methods; mypy sees the base

__all__ = ["AsyncEngineTransport", "default_max_connections"]

LOCAL_MAX_CONNECTIONS = 100
"""Default bound on the connections at once to an engine over a unix socket or TCP."""
SSH_MAX_CONNECTIONS = 10
"""Default bound over ssh, where each connection is an ssh process and an ssh handshake."""

_HTTP_VERSIONS = {b"1.1": b"HTTP/1.1", b"1.0": b"HTTP/1.0"}


def default_max_connections(host: str) -> int:
    """How many connections at once a client keeps to the engine at ``host`` by default.

    100 over a unix socket or TCP (as aiohttp and httpx allow): with many concurrent calls
    the engine answers fastest when it has them all in hand, rather than ten at a time,
    with the client then busy digesting answers while the engine waits for the next
    requests (200 concurrent inspects take about a third less time per call than with
    10). 10 over ssh, where each connection is an ssh process, and sshd (its
    ``MaxStartups``, 10 by default) starts refusing handshakes beyond 10 at once."""
    return SSH_MAX_CONNECTIONS if host.startswith("ssh://") else LOCAL_MAX_CONNECTIONS


def _streamed(body: Body) -> bool:
    """Chunks from an iterable can be sent only once: no retry. Bytes and a file (sent
    from its starting offset each time) can be sent again."""
    return body is not None and not isinstance(body, bytes | FileBody)


def _opener(
    host: str,
    ssl_context: ssl.SSLContext | None,
    server_hostname: str | None,
    ssh_options: Sequence[str],
) -> Opener:
    """Parse an engine address (``unix:///path``, ``tcp://host:port``, ``ssh://[user@]host
    [:port]``) into the function that opens a stream to it."""
    scheme, sep, rest = host.partition("://")
    if not sep:
        raise ValueError(f"engine address {host!r} has no scheme (unix://, tcp:// or ssh://)")
    if scheme == "unix":
        if not rest.startswith("/"):
            raise ValueError(f"engine address {host!r}: the socket path must be absolute")
        if ssl_context is not None:
            raise ValueError("TLS (ssl_context) applies to tcp:// addresses only")

        async def open_unix(timeout: float | None) -> AsyncNetworkStream:
            return await connect_unix(rest, timeout)

        return open_unix

    parts = urlsplit(host)
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"engine address {host!r}: {exc}") from exc
    name = parts.hostname
    if not name or parts.path.strip("/") or parts.query or parts.fragment or parts.password:
        raise ValueError(f"engine address {host!r} is not scheme://[user@]host[:port]")
    if scheme == "tcp":
        if port is None or parts.username is not None:
            raise ValueError(f"engine address {host!r} is not tcp://host:port")
        tcp_port = port
        if ssl_context is None:

            async def open_tcp(timeout: float | None) -> AsyncNetworkStream:
                return await connect_tcp(name, tcp_port, timeout)

            return open_tcp
        context = ssl_context
        tls_name = server_hostname or name

        async def open_tls(timeout: float | None) -> AsyncNetworkStream:
            raw = await connect_tcp(name, tcp_port, timeout)
            return await start_tls(raw, context, tls_name, host, timeout)

        return open_tls
    if scheme == "ssh":
        if ssl_context is not None:
            raise ValueError("TLS (ssl_context) applies to tcp:// addresses only")
        user = parts.username
        options = tuple(ssh_options)

        async def open_ssh(timeout: float | None) -> AsyncNetworkStream:
            return await connect_ssh(name, user, port, options, timeout)

        return open_ssh
    raise ValueError(f"engine address {host!r}: unknown scheme (unix://, tcp:// or ssh://)")


def _read_response(
    status: int,
    headers: list[tuple[bytes, bytes]],
    chunks: list[bytes],
    extensions: dict[str, object],
) -> AsyncResponse:
    """A response whose whole body is in hand."""
    body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    return AsyncResponse(status, Headers(headers), content=body, extensions=extensions)


class AsyncResponseStream:
    """A response body read from the connection as the caller iterates.

    The connection goes back to the pool when the body has been read to its end; closing the
    stream before that closes the connection (what is left of the body cannot be skipped
    cheaply, and may never end).
    """

    __slots__ = ("_conn", "_pending", "_pool", "_timeout")

    def __init__(
        self,
        pool: AsyncConnectionPool,
        conn: AsyncHTTPConnection,
        pending: list[bytes],
        timeout: float | None,
    ) -> None:
        self._pool = pool
        self._conn: AsyncHTTPConnection | None = conn
        self._pending = pending  # chunks that arrived with the head, in reverse order
        pending.reverse()
        self._timeout = timeout

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> bytes:
        if self._pending:
            return self._pending.pop()
        conn = self._conn
        if conn is None:
            raise StopAsyncIteration
        try:
            chunk = await conn.next_chunk(self._timeout)
        except BaseException:
            self._conn = None
            await self._pool.discard(conn)
            raise
        if chunk is None:
            self._conn = None
            await self._pool.release(conn)
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        """Close the body before its end: its connection is discarded, not reused."""
        conn = self._conn
        if conn is not None:
            self._conn = None
            self._pending.clear()
            await self._pool.discard(conn)

    async def read_all(self) -> bytes:
        """The rest of the body, straight from the connection, which then goes back to the
        pool (or is closed if reading fails)."""
        # A one-piece body (most JSON answers) is handed out as it came; a longer one is
        # gathered in one buffer, so that it is held once rather than as its pieces and
        # then their join.
        pending = self._pending[::-1]
        self._pending.clear()
        first = pending[0] if pending else None
        rest: Gather | None = None
        if len(pending) > 1:
            rest = Gather()
            for piece in pending:
                rest.add(piece)
        del pending
        conn = self._conn
        if conn is not None:
            self._conn = None
            try:
                while (chunk := await conn.next_chunk(self._timeout)) is not None:
                    if first is None:
                        first = chunk
                        continue
                    if rest is None:
                        rest = Gather()
                        rest.add(first)
                    rest.add(chunk)
            except BaseException:
                await self._pool.discard(conn)
                raise
            await self._pool.release(conn)
        if rest is not None:
            return rest.take()
        return b"" if first is None else first


@functools.cache
def _httpx_body_type() -> Callable[[AsyncResponse], httpx.AsyncByteStream]:
    """httpx's stream type over our answer's body, made once (httpx is imported here)."""

    class Body(httpx.AsyncByteStream):
        __slots__ = ("_response",)

        def __init__(self, response: AsyncResponse) -> None:
            self._response = response

        async def __aiter__(self) -> AsyncIterator[bytes]:
            async for chunk in self._response.aiter_raw():
                yield chunk

        async def aclose(self) -> None:
            await self._response.aclose()

    return Body


def _as_httpx(response: AsyncResponse) -> httpx.Response:
    """Our answer as httpx's, for an ``httpx.AsyncClient`` using this transport."""
    result: httpx.Response = httpx.Response(
        response.status_code,
        headers=list(response.headers.raw),
        stream=_httpx_body_type()(response),
        extensions=response.extensions,
    )
    return result


class AsyncEngineTransport(_TransportBase):
    """HTTP/1.1 to a Docker engine over a unix socket, TCP (optionally TLS) or ssh.

    ``host`` is a normalized engine address: ``unix:///path``, ``tcp://host:port`` or
    ``ssh://[user@]host[:port]``. ``ssl_context`` turns on TLS for tcp (``server_hostname``
    overrides the name checked against the engine's certificate, by default the host).
    ``ssh_options`` go on the ssh command line before the host (e.g. ``-F``, ``-i``,
    ``-o ...``); the far side runs ``docker system dial-stdio``.

    Connections are kept alive and reused, at most ``max_connections`` at once (by
    default :func:`default_max_connections`); a request finding none free waits up to the
    pool timeout. A response body that arrived with its
    head comes back as bytes and frees the connection at once; a longer one is read as the
    caller iterates, and the connection goes back when it has been read to its end (closing
    it before that closes the connection). A request whose body is bytes, sent on a
    kept-alive connection that the engine had meanwhile closed (not a byte of answer), is
    sent once more on a new connection.

    Errors are httpx's: ConnectError (naming the address; for TLS with the ssl.SSLError as
    ``__cause__``, also when the engine refuses the client certificate, which TLS 1.3
    reports only after the handshake), ConnectTimeout, ReadTimeout, WriteTimeout,
    PoolTimeout, ReadError, WriteError, RemoteProtocolError, LocalProtocolError.
    """

    def __init__(
        self,
        host: str,
        *,
        ssl_context: ssl.SSLContext | None = None,
        server_hostname: str | None = None,
        ssh_options: Sequence[str] = (),
        max_connections: int | None = None,
    ) -> None:
        self.host = host
        opener = _opener(host, ssl_context, server_hostname, ssh_options)
        if max_connections is None:
            max_connections = default_max_connections(host)
        self._pool = AsyncConnectionPool(opener, host, max_connections)

    @property
    def pool(self) -> AsyncConnectionPool:
        """The connection pool (for its counters: ``opened``, ``idle_connections``)."""
        return self._pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's transport entry point: send ``request`` to the engine; the response's body
        is streamed."""
        stream = request.stream
        body: Body
        if isinstance(stream, httpx.ByteStream):
            # Bytes known up front (httpx has read them into request.content, unless the
            # request was made with stream=): head and body go out in one write.
            try:
                body = request.content
            except httpx.RequestNotRead:
                body = b"".join(stream)
        elif isinstance(stream, httpx.AsyncByteStream):
            body = stream
        else:
            raise TypeError(f"this transport cannot send a {type(stream).__name__} body")
        answer = await self.request(
            request.method.encode("ascii"),
            request.url.raw_path,
            list(request.headers.raw),
            body,
            request.extensions.get("timeout"),
        )
        return _as_httpx(answer)

    async def request(
        self,
        method: bytes,
        target: bytes,
        headers: list[tuple[bytes, bytes]],
        body: Body,
        timeouts: Mapping[str, float | None] | None = None,
    ) -> AsyncResponse:
        """Send one request (what the client does): ``target`` is the path and query,
        ``headers`` include ``Host`` (and ``Content-Length`` for a bytes body), ``timeouts``
        is a connect/read/write/pool dict (httpx's). The answer's body is in hand when it
        came with the head, else read as the caller iterates."""
        if timeouts is None:
            pool_timeout = connect_timeout = read_timeout = write_timeout = None
        else:
            pool_timeout = timeouts.get("pool")
            connect_timeout = timeouts.get("connect")
            read_timeout = timeouts.get("read")
            write_timeout = timeouts.get("write")
        pool = self._pool
        conn = await pool.acquire(pool_timeout, connect_timeout)
        try:
            head = await conn.send_request(
                method, target, headers, body, write_timeout, read_timeout
            )
        except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError):
            # Sent on a reused connection and not a byte of answer: the engine had closed
            # the idle connection, so the request goes once more on a new one.
            await pool.discard(conn)
            if conn.exchanges > 1 and not conn.response_started and not _streamed(body):
                conn = await pool.acquire(pool_timeout, connect_timeout, fresh=True)
                try:
                    head = await conn.send_request(
                        method, target, headers, body, write_timeout, read_timeout
                    )
                except BaseException:
                    await pool.discard(conn)
                    raise
            else:
                raise
        except BaseException:
            await pool.discard(conn)
            raise
        return await self._response(conn, head, read_timeout)

    async def _response(
        self, conn: AsyncHTTPConnection, head: Head, read_timeout: float | None
    ) -> AsyncResponse:
        pool = self._pool
        extensions: dict[str, object] = {
            "http_version": _HTTP_VERSIONS.get(head.http_version, b"HTTP/1.1"),
            "reason_phrase": head.reason,
        }
        status = head.status
        if status == 101:
            extensions["network_stream"] = conn.upgraded_stream()
            pool.detach(conn)
            return AsyncResponse(101, Headers(head.headers), content=b"", extensions=extensions)
        try:
            chunks, complete = conn.buffered_body()
        except BaseException:
            await pool.discard(conn)
            raise
        if complete:
            # All of it came with the head: the connection is free at once.
            await pool.release(conn)
            return _read_response(status, head.headers, chunks, extensions)
        stream = AsyncResponseStream(pool, conn, chunks, read_timeout)
        return AsyncResponse(status, Headers(head.headers), body=stream, extensions=extensions)

    async def aclose(self) -> None:
        """Close the pooled connections; those in use close when their response does."""
        await self._pool.aclose()
