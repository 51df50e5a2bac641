"""One HTTP/1.1 connection to an engine, driven by h11 over an :class:`AsyncNetworkStream`.

A connection carries one request at a time: :meth:`AsyncHTTPConnection.send_request` sends
the request (head and body) and reads up to the response head; the body then comes from
:meth:`~AsyncHTTPConnection.buffered_body` (what already arrived with the head) and
:meth:`~AsyncHTTPConnection.next_chunk`. When the exchange ends cleanly and both sides keep
the connection alive, it is ready for the next request (:attr:`reusable`). A ``101 Switching
Protocols`` answer ends HTTP on it: :meth:`upgraded_stream` hands over the raw stream.
"""

from __future__ import annotations

import h11
import httpx

from engine_api._io_async import AsyncNetworkStream

__all__ = ["AsyncHTTPConnection", "AsyncUpgradedStream", "ServerDisconnected"]

READ_SIZE = 65536

_NEED_DATA = h11.NEED_DATA
_Data = h11.Data
_EndOfMessage = h11.EndOfMessage
_Response = h11.Response
_InformationalResponse = h11.InformationalResponse
_END = h11.EndOfMessage()  # events are immutable: one serves every request


class ServerDisconnected(httpx.RemoteProtocolError):
    """The engine closed the connection before a single byte of the response arrived."""


class AsyncHTTPConnection:
    """An HTTP/1.1 client connection over one stream, used by one caller at a time."""

    __slots__ = ("_h11", "_stream", "address", "exchanges", "response_started", "reusable")

    def __init__(self, stream: AsyncNetworkStream, address: str) -> None:
        self._stream = stream
        self._h11 = h11.Connection(h11.CLIENT)
        self.address = address
        self.exchanges = 0  # requests sent on it, this one included
        self.response_started = False  # has any byte of the current response arrived?
        self.reusable = False  # may it carry the next request?

    async def send_request(
        self, request: httpx.Request, write_timeout: float | None, read_timeout: float | None
    ) -> h11.Response | h11.InformationalResponse:
        """Send ``request`` and read the response head (a 101 answer comes back as an
        h11.InformationalResponse, any other as an h11.Response)."""
        self.exchanges += 1
        self.response_started = False
        self.reusable = False
        conn = self._h11
        stream = self._stream
        try:
            head = conn.send(
                h11.Request(
                    method=request.method, target=request.url.raw_path, headers=request.headers.raw
                )
            )
            body = request.stream
            if isinstance(body, httpx.ByteStream):
                # Bytes known up front (httpx has read them into request.content, unless the
                # request was made with stream=): head and body go out in one write.
                try:
                    content = request.content
                except httpx.RequestNotRead:
                    content = b"".join(body)
                if content:
                    head += conn.send(_Data(data=content))
                head += conn.send(_END)
                await stream.write(head, write_timeout)
            else:
                if not isinstance(body, httpx.AsyncByteStream):
                    raise TypeError(f"this transport cannot send a {type(body).__name__} body")
                await stream.write(head, write_timeout)
                async for chunk in body:
                    if chunk:
                        await stream.write(conn.send(_Data(data=chunk)), write_timeout)
                end = conn.send(_END)
                if end:
                    await stream.write(end, write_timeout)
            # Each exchange starts with a new h11 state machine and nothing buffered (see
            # _finish), so there is nothing to parse before the first read.
            while True:
                data = await stream.read(READ_SIZE, read_timeout)
                if data:
                    self.response_started = True
                elif not self.response_started:
                    raise ServerDisconnected(
                        f"{self.address} closed the connection without answering"
                    )
                conn.receive_data(data)
                while (event := conn.next_event()) is not _NEED_DATA:
                    kind = type(event)
                    if kind is _Response:
                        return event  # type: ignore[return-value]
                    if kind is _InformationalResponse:
                        if event.status_code == 101:  # type: ignore[union-attr]
                            return event  # type: ignore[return-value]
                        continue  # 100 Continue and friends
                    raise httpx.RemoteProtocolError(
                        f"{self.address} sent {event!r} instead of a response"
                    )
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(f"{self.address}: {exc}") from exc
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc

    def buffered_body(self) -> tuple[list[bytes], bool]:
        """The body chunks that arrived with the head, and whether that is all of the body."""
        conn = self._h11
        chunks: list[bytes] = []
        try:
            while True:
                event = conn.next_event()
                kind = type(event)
                if kind is _Data:
                    chunks.append(event.data)  # type: ignore[union-attr]
                elif kind is _EndOfMessage:
                    self._finish()
                    return chunks, True
                elif event is _NEED_DATA:
                    return chunks, False
                else:
                    raise httpx.RemoteProtocolError(f"{self.address} sent {event!r} in a body")
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(f"{self.address}: {exc}") from exc

    async def next_chunk(self, timeout: float | None) -> bytes | None:
        """The next piece of the body, reading from the stream as needed; None at its end."""
        conn = self._h11
        try:
            while True:
                event = conn.next_event()
                kind = type(event)
                if kind is _Data:
                    return event.data  # type: ignore[union-attr,no-any-return]
                if kind is _EndOfMessage:
                    self._finish()
                    return None
                if event is not _NEED_DATA:
                    raise httpx.RemoteProtocolError(f"{self.address} sent {event!r} in a body")
                conn.receive_data(await self._stream.read(READ_SIZE, timeout))
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(f"{self.address}: {exc}") from exc

    def _finish(self) -> None:
        conn = self._h11
        if (
            conn.our_state is h11.DONE
            and conn.their_state is h11.DONE
            and not conn.trailing_data[0]  # bytes past the response: the engine is confused
        ):
            # A new h11 state machine is a little cheaper than start_next_cycle() and
            # the same thing when nothing is left over.
            self._h11 = h11.Connection(h11.CLIENT)
            self.reusable = True

    def idle_ok(self) -> bool:
        """Between requests: can it carry another one (nothing arrived, nothing closed)?"""
        return self.reusable and self._stream.idle_ok()

    def upgraded_stream(self) -> AsyncUpgradedStream:
        """After a 101 answer: the raw stream, starting with what arrived after the head."""
        data, _ = self._h11.trailing_data
        return AsyncUpgradedStream(self._stream, data)

    async def aclose(self) -> None:
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
        await self._stream.aclose()
