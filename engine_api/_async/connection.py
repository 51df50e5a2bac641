"""One HTTP/1.1 connection to an engine: :mod:`engine_api._http11` over an
:class:`AsyncNetworkStream`.

A connection carries one request at a time: :meth:`AsyncHTTPConnection.send_request` sends
the request (head and body) and reads up to the response head; the body then comes from
:meth:`~AsyncHTTPConnection.buffered_body` (what already arrived with the head) and
:meth:`~AsyncHTTPConnection.next_chunk`. When the exchange ends cleanly and both sides keep
the connection alive, it is ready for the next request (:attr:`reusable`). A ``101 Switching
Protocols`` answer ends HTTP on it: :meth:`upgraded_stream` hands over the raw stream.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterable
from typing import TYPE_CHECKING, Any, BinaryIO

from engine_api import errors
from engine_api._http11 import END, NEED_DATA, Head, HTTPProtocolError, ResponseParser
from engine_api._http11 import request_head as _request_head
from engine_api._io_async import AsyncNetworkStream

if TYPE_CHECKING:
    import httpcore
    import httpx

    from engine_api._async.response import AsyncResponse
else:
    from engine_api._lazy import httpcore, httpx

__all__ = [
    "AsyncHTTPConnection",
    "AsyncUpgradedStream",
    "Body",
    "FileBody",
    "upgraded_stream",
]

READ_SIZE = 65536
# A body being streamed is read in larger pieces: asyncio receives up to 256 KiB at a time,
# and splitting what it hands over would copy it; the thread flavour makes fewer system calls.
BODY_READ_SIZE = 262144


class FileBody:
    """A request body that is the rest of a regular file: ``length`` bytes from ``offset``,
    announced with a Content-Length and sent with sendfile(2) where the stream can."""

    __slots__ = ("file", "length", "offset")

    def __init__(self, file: BinaryIO, offset: int, length: int) -> None:
        self.file = file
        self.offset = offset
        self.length = length


Body = bytes | AsyncIterable[bytes] | FileBody | None
"""A request body: bytes (sent with the head), chunks as they come, a file, or nothing."""


def _chunked(headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether a streamed body goes out chunked (no Content-Length given); adds the header."""
    for name, _ in headers:
        lower = name.lower()
        if lower == b"content-length":
            return False
        if lower == b"transfer-encoding":
            return True
    headers.append((b"Transfer-Encoding", b"chunked"))
    return True


async def _send_file(stream: AsyncNetworkStream, body: FileBody, timeout: float | None) -> None:
    """Send the file's ``length`` bytes, all but the last one as the stream sends files best;
    a file that shrank or grew meanwhile stops the request before that last byte, so the
    engine never takes a cut or mixed body for a whole one."""
    file, length = body.file, body.length
    first = max(length - 1, 0)
    sent = await stream.send_file(file, body.offset, first, timeout)
    if sent == first:
        last = file.read(2 if length else 1)
        if len(last) == (1 if length else 0):
            if last:
                await stream.write(last, timeout)
            return
        sent += len(last)
    name = getattr(file, "name", None)
    what = repr(name) if isinstance(name, str) else "the file sent"
    change = f"ended after {sent} of" if sent < length else "grew past"
    raise errors.SourceChanged(
        f"{what} {change} the {length} bytes it held when the request started"
    )


class AsyncHTTPConnection:
    """An HTTP/1.1 client connection over one stream, used by one caller at a time."""

    __slots__ = ("_parser", "_stream", "address", "exchanges", "response_started", "reusable")

    def __init__(self, stream: AsyncNetworkStream, address: str) -> None:
        self._stream = stream
        self._parser = ResponseParser()
        self.address = address
        self.exchanges = 0  # requests sent on it, this one included
        self.response_started = False  # has any byte of the current response arrived?
        self.reusable = False  # may it carry the next request?

    async def send_request(
        self,
        method: bytes,
        target: bytes,
        headers: list[tuple[bytes, bytes]],
        body: Body,
        write_timeout: float | None,
        read_timeout: float | None,
    ) -> Head:
        """Send the request and read the response head (``head.status == 101`` for an
        upgraded connection). ``headers`` must hold ``Host``, and ``Content-Length`` for a
        bytes body; a streamed body without one goes out chunked."""
        self.exchanges += 1
        self.response_started = False
        self.reusable = False
        stream = self._stream
        parser = self._parser = ResponseParser(head_request=method == b"HEAD")
        try:
            if body is None or isinstance(body, bytes):
                head = _request_head(method, target, headers)
                await stream.write(head + body if body else head, write_timeout)
            elif isinstance(body, FileBody):
                await stream.write(_request_head(method, target, headers), write_timeout)
                await _send_file(stream, body, write_timeout)
            else:
                chunked = _chunked(headers)
                await stream.write(_request_head(method, target, headers), write_timeout)
                async for chunk in body:
                    if chunk:
                        if chunked:
                            chunk = b"%x\r\n%b\r\n" % (len(chunk), chunk)
                        await stream.write(chunk, write_timeout)
                if chunked:
                    await stream.write(b"0\r\n\r\n", write_timeout)
        except HTTPProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc
        except httpx.WriteError:
            # The engine may have answered and closed before reading the whole body (a 404
            # for a missing directory while a large archive is still going out): its answer
            # says more than the broken pipe. The connection is not reused after this.
            early = await self._early_answer(read_timeout)
            if early is None:
                raise
            return early
        try:
            while True:
                event = parser.next_event()
                if type(event) is Head:
                    return event
                data = await stream.read(READ_SIZE, read_timeout)
                if data:
                    self.response_started = True
                elif not self.response_started:
                    raise httpx.RemoteProtocolError(
                        f"{self.address} closed the connection without answering"
                    )
                parser.feed(data)
        except HTTPProtocolError as exc:
            raise httpx.RemoteProtocolError(f"{self.address}: {exc}") from exc

    async def _early_answer(self, read_timeout: float | None) -> Head | None:
        """A response head that arrived before the engine stopped reading, if any."""
        parser = self._parser
        try:
            while True:
                event = parser.next_event()
                if type(event) is Head:
                    self.response_started = True
                    event.keep_alive = False
                    return event
                data = await self._stream.read(READ_SIZE, read_timeout)
                if not data:
                    return None
                parser.feed(data)
        except (httpx.TransportError, HTTPProtocolError):
            return None

    def buffered_body(self) -> tuple[list[bytes], bool]:
        """The body chunks that arrived with the head, and whether that is all of the body."""
        parser = self._parser
        chunks: list[bytes] = []
        try:
            while True:
                event = parser.next_event()
                if event is NEED_DATA:
                    return chunks, False
                if event is END:
                    self._finish()
                    return chunks, True
                chunks.append(event)  # type: ignore[arg-type]
        except HTTPProtocolError as exc:
            raise httpx.RemoteProtocolError(f"{self.address}: {exc}") from exc

    async def next_chunk(self, timeout: float | None) -> bytes | None:
        """The next piece of the body, reading from the stream as needed; None at its end."""
        parser = self._parser
        try:
            while True:
                event = parser.next_event()
                if event is NEED_DATA:
                    parser.feed(await self._stream.read(BODY_READ_SIZE, timeout))
                elif event is END:
                    self._finish()
                    return None
                else:
                    return event  # type: ignore[return-value]
        except HTTPProtocolError as exc:
            raise httpx.RemoteProtocolError(f"{self.address}: {exc}") from exc

    def _finish(self) -> None:
        # Bytes past the response mean the engine is confused: the connection is not reused.
        self.reusable = self._parser.reusable()

    def idle_ok(self) -> bool:
        """Between requests: can it carry another one (nothing arrived, nothing closed)?"""
        return self.reusable and self._stream.idle_ok()

    def upgraded_stream(self) -> AsyncUpgradedStream:
        """After a 101 answer: the raw stream, starting with what arrived after the head."""
        return AsyncUpgradedStream(self._stream, self._parser.trailing())

    async def aclose(self) -> None:
        """Close the connection's socket."""
        self.reusable = False
        await self._stream.aclose()


class AsyncUpgradedStream:
    """The connection after ``101 Switching Protocols``: no HTTP any more, just bytes.

    This is what the ``network_stream`` response extension holds. The caller owns it and
    must close it; the pool has forgotten the connection.
    """

    __slots__ = ("_prefix", "_stream")

    def __init__(self, stream: AsyncNetworkStream, prefix: bytes) -> None:
        self._stream = stream
        self._prefix = prefix

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Up to ``max_bytes`` bytes, waiting at most ``timeout`` seconds; b"" at the end."""
        prefix = self._prefix
        if prefix:
            self._prefix = prefix[max_bytes:]
            return prefix[:max_bytes]
        return await self._stream.read(max_bytes, timeout)

    async def write(self, data: bytes, timeout: float | None = None) -> None:
        """Send all of ``data`` within ``timeout`` seconds."""
        await self._stream.write(data, timeout)

    async def shutdown_write(self, timeout: float | None = None) -> None:
        """Half-close: the engine sees the end of what we send; reading goes on."""
        await self._stream.shutdown_write(timeout)

    async def aclose(self) -> None:
        """Close the upgraded connection."""
        await self._stream.aclose()


class _AsyncHttpcoreStream(AsyncNetworkStream):
    """The connection an httpx transport hands over after ``101`` (httpcore's network
    stream, the ``network_stream`` response extension) as one of ours: its errors become
    httpx's, as ours raise; the half-close is done on its socket."""

    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None) -> bytes:
        try:
            data: bytes = await self._stream.read(max_bytes, timeout)
        except httpcore.TimeoutException as exc:
            raise httpx.ReadTimeout(f"no data within {timeout}s") from exc
        except httpcore.NetworkError as exc:
            raise httpx.ReadError(f"reading the upgraded connection: {exc}") from exc
        return data

    def read_nowait(self, max_bytes: int) -> bytes | None:
        return None  # only used for pooled connections, which this is not

    async def write(self, data: bytes, timeout: float | None) -> None:
        try:
            await self._stream.write(data, timeout)
        except httpcore.TimeoutException as exc:
            raise httpx.WriteTimeout(f"sending took over {timeout}s") from exc
        except httpcore.NetworkError as exc:
            raise httpx.WriteError(f"sending on the upgraded connection: {exc}") from exc

    async def shutdown_write(self, timeout: float | None = None) -> None:
        sock = self._stream.get_extra_info("socket")
        if sock is None:
            raise errors.ProtocolError(
                f"{type(self._stream).__name__} gives no socket: the end of the input "
                "cannot be sent on this transport"
            )
        try:
            sock.shutdown(socket.SHUT_WR)
        except OSError as exc:
            raise httpx.WriteError(f"half-closing the upgraded connection: {exc}") from exc

    async def aclose(self) -> None:
        await self._stream.aclose()


def upgraded_stream(response: AsyncResponse) -> AsyncUpgradedStream | None:
    """The connection a ``101`` answer handed over, from our own transport or any httpx
    transport that gives it as the ``network_stream`` extension; None if there is none."""
    stream = response.extensions.get("network_stream")
    if response.status_code != 101 or stream is None:
        return None
    if isinstance(stream, AsyncUpgradedStream):
        return stream
    if callable(getattr(stream, "read", None)) and callable(getattr(stream, "write", None)):
        return AsyncUpgradedStream(_AsyncHttpcoreStream(stream), b"")
    return None
