"""Streamed answers: container output, JSON-lines streams and hijacked attach sockets.

The decoding is :mod:`engine_api.streams`'s (sans-I/O); this module only moves bytes from
a connection into it and hands the results out as they arrive, so memory is bounded by a
read (64 KiB), whatever the length of the stream. A connection that breaks mid-stream
ends the iteration with :class:`~engine_api.errors.ConnectionLost` (or
:class:`~engine_api.errors.EngineTimeout` when a read timeout was given and passed), a
stream cut inside a frame or a JSON line with :class:`~engine_api.errors.ProtocolError`.

This module is the one source: ``engine_api/_sync/streaming.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeAlias, TypeVar

from engine_api import errors
from engine_api._gather import Gather
from engine_api._synchronization import AsyncCloser, AsyncLock, aresolve

if TYPE_CHECKING:
    import httpx

    from engine_api._async.connection import AsyncUpgradedStream
    from engine_api._async.response import AsyncResponse
    from engine_api._websocket import WebSocketCodec  # loaded on use: few attach by it
else:
    from engine_api._lazy import httpx

from engine_api.streams import (
    DEFAULT_MAX_LINE,
    FrameDecoder,
    JSONLinesDecoder,
    LineDecoder,
    StreamId,
    SupportsWrite,
    progress_error,
)

__all__ = [
    "AsyncAttachSocket",
    "AsyncClosing",
    "AsyncJSONStream",
    "AsyncOnce",
    "AsyncOutput",
    "AsyncWebSocketAttach",
    "ErrorMapper",
]

T = TypeVar("T")

# A string: the alias names httpx, which is imported only where it is in play.
ErrorMapper: TypeAlias = "Callable[[httpx.TransportError], errors.DockerException]"
"""Turns a transport error met while reading into the client's typed error."""

_READ_SIZE = 65536
_FRAME_KEPT = 1024 * 1024  # iterating an Output holds a frame up to this size, to give it whole
MULTIPLEXED = "application/vnd.docker.multiplexed-stream"
RAW = "application/vnd.docker.raw-stream"


async def response_chunks(response: AsyncResponse, on_error: ErrorMapper) -> AsyncIterator[bytes]:
    """The body of an unread response as it arrives, transport errors typed."""
    stream: AsyncIterable[bytes] = response.stream
    try:
        async for chunk in stream:
            if chunk:
                yield chunk
    except httpx.TransportError as exc:
        raise on_error(exc) from exc
    finally:
        await response.aclose()


async def socket_chunks(
    stream: AsyncUpgradedStream, on_error: ErrorMapper, timeout: float | None
) -> AsyncIterator[bytes]:
    """What arrives on a hijacked connection until the engine closes it."""
    try:
        while chunk := await stream.read(_READ_SIZE, timeout):
            yield chunk
    except httpx.TransportError as exc:
        raise on_error(exc) from exc


class AsyncClosing:
    """A context manager that calls ``aclose()`` when its block ends."""

    __slots__ = ()

    async def aclose(self) -> None:
        """Release what this holds (a connection, a stream): each subclass says what."""
        raise NotImplementedError

    # unasync: async only
    async def close(self) -> None:
        """The same as :meth:`aclose` (aiodocker's name: ``await docker.close()``)."""
        await self.aclose()

    # unasync: end
    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class AsyncOnce(AsyncClosing):
    """What an answer streamed from the engine shares: it can be read once, and closing
    it (``aclose()``, or leaving its ``async with``) closes the connection."""

    __slots__ = ("_close", "_used")

    def __init__(self, close: AsyncCloser | None) -> None:
        self._close = close
        self._used = False

    def _once(self, what: str) -> None:
        if self._used:
            raise RuntimeError(f"this {what} has been consumed already (it streams, once)")
        self._used = True

    async def aclose(self) -> None:
        """Stop reading and close the connection (idempotent)."""
        self._used = True
        close, self._close = self._close, None
        if close is not None:
            await close()

    def after_close(self, then: AsyncCloser) -> None:
        """Have ``then`` run once the connection has been closed (by :meth:`aclose`, or at
        the end of the reading), also when closing it failed."""
        first = self._close

        async def close_then() -> None:
            try:
                if first is not None:
                    await first()
            finally:
                await then()

        self._close = close_then


class AsyncOutput(AsyncOnce):
    """The output of a container or an exec, as it arrives: stdout and stderr.

    Without a TTY the engine multiplexes the two streams into frames; with one it sends
    the terminal's bytes as they are (all of it counts as stdout). ``tty`` says which,
    as decided from the answer's Content-Type or the container's (exec's) settings,
    never by guessing from the bytes.

    Iterating gives the bytes of both streams merged, in arrival order, one item per
    frame the engine sent (what docker-py's ``logs(stream=True)`` gives: a log line, a
    write the container made...; a frame longer than 1 MiB comes in pieces of that size),
    or with a TTY the bytes as they arrive. :meth:`frames` tells the streams apart, in
    pieces as they arrive (consecutive frames of a stream read at once come joined);
    :meth:`read`,
    :meth:`read_demuxed`, :meth:`lines` and :meth:`write_to` consume the whole output.
    It can be consumed once; close it (or use it as a context manager) to stop early.
    """

    __slots__ = ("_chunks", "tty")

    def __init__(
        self,
        chunks: AsyncIterator[bytes],
        *,
        tty: bool,
        close: AsyncCloser | None = None,
    ) -> None:
        super().__init__(close)
        self._chunks = chunks
        self.tty = tty

    def _take(self) -> AsyncIterator[bytes]:
        self._once("output")
        return self._chunks

    async def frames(self) -> AsyncIterator[tuple[StreamId, bytes]]:
        """``(StreamId.STDOUT or StreamId.STDERR, bytes)`` pieces as they arrive."""
        chunks = self._take()
        try:
            if self.tty:
                async for chunk in chunks:
                    yield StreamId.STDOUT, chunk
                return
            decoder = FrameDecoder()
            feed = decoder.feed
            async for chunk in chunks:
                for piece in feed(chunk):
                    yield piece
            decoder.close()
        finally:
            await self.aclose()

    async def _each_frame(self) -> AsyncIterator[bytes]:
        chunks = self._take()
        try:
            if self.tty:
                async for chunk in chunks:
                    yield chunk
                return
            decoder = FrameDecoder(split=True)
            held: list[bytes] = []  # a frame that goes on in the next chunks, so far
            kept = 0
            async for chunk in chunks:
                pieces = [piece for _, piece in decoder.feed(chunk)]
                if not pieces:
                    continue
                if held:  # the first piece goes on with the frame held
                    held.append(pieces[0])
                    kept += len(pieces[0])
                    if len(pieces) == 1 and decoder.in_frame:
                        if kept >= _FRAME_KEPT:  # a long frame comes in pieces
                            yield b"".join(held)
                            held.clear()
                        continue
                    pieces[0] = b"".join(held)
                    held.clear()
                if decoder.in_frame:
                    unfinished = pieces.pop()
                    if len(unfinished) >= _FRAME_KEPT:
                        pieces.append(unfinished)
                    else:
                        held.append(unfinished)
                        kept = len(unfinished)
                for piece in pieces:
                    yield piece
            if held:
                yield b"".join(held)  # cut short: close() raises after what arrived
            decoder.close()
        finally:
            await self.aclose()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._each_frame()

    async def demux(self) -> AsyncIterator[tuple[bytes | None, bytes | None]]:
        """``(stdout, None)`` or ``(None, stderr)`` pieces, as docker-py's ``demux=True``
        streams give them."""
        async for stream, piece in self.frames():
            if stream == StreamId.STDERR:
                yield None, piece
            else:
                yield piece, None

    async def read(self) -> bytes:
        """All of the output, both streams merged (empty bytes for none)."""
        out = Gather()  # held once: not a list of pieces and then their join
        async for _, piece in self.frames():
            out.add(piece)
        return out.take()

    async def read_demuxed(self) -> tuple[bytes, bytes]:
        """All of stdout and all of stderr, apart."""
        out = (Gather(), Gather())  # each stream held once, in its own buffer
        async for stream, piece in self.frames():
            out[stream == StreamId.STDERR].add(piece)
        return out[0].take(), out[1].take()

    async def lines(
        self,
        *,
        encoding: str = "utf-8",
        errors: str = "replace",
        max_line: int = DEFAULT_MAX_LINE,
    ) -> AsyncIterator[str]:
        """The output as text lines (both streams merged, without line ends); a line
        longer than ``max_line`` bytes raises :class:`~engine_api.errors.ProtocolError`."""
        split = LineDecoder(max_line)
        decode = codecs.getincrementaldecoder(encoding)(errors).decode
        async for _, piece in self.frames():
            for line in split.feed(piece):
                yield decode(line, final=True)
        for line in split.close():
            yield decode(line, final=True)

    async def write_to(
        self, stdout: SupportsWrite, stderr: SupportsWrite | None = None
    ) -> tuple[int, int]:
        """Write stdout's bytes to ``stdout`` and stderr's to ``stderr`` (to ``stdout``
        too when not given) as they arrive; returns the byte counts of each. A ``write``
        that returns an awaitable (an asyncio sink) is awaited."""
        sinks = (stdout, stderr if stderr is not None else stdout)
        counts = [0, 0]
        async for stream, piece in self.frames():
            which = stream == StreamId.STDERR
            await aresolve(sinks[which].write(piece))
            counts[which] += len(piece)
        return counts[0], counts[1]

    def __repr__(self) -> str:
        kind = "tty" if self.tty else "multiplexed"
        state = "consumed" if self._used else "unread"
        return f"<{type(self).__name__} {kind}, {state}>"


class AsyncJSONStream(AsyncOnce, Generic[T]):
    """A JSON-lines answer (events, stats, pull/push/build progress) as typed messages.

    Each line is decoded as it arrives and handed to ``parse`` (a generated model's
    ``from_dict``); nothing else is held. When ``raise_errors`` and a message reports a
    failure (``error``/``errorDetail``), iteration stops there with the typed error that
    ``error_factory`` makes of the engine's message; the messages before it were
    delivered. Close it (or use it as a context manager) to stop an endless stream.
    """

    __slots__ = ("_chunks", "_error_factory", "_max_line", "_parse")

    def __init__(
        self,
        chunks: AsyncIterator[bytes],
        parse: Callable[[Any], T],
        *,
        close: AsyncCloser | None = None,
        error_factory: Callable[[str, Any], errors.DockerException] | None = None,
        max_line: int = DEFAULT_MAX_LINE,
    ) -> None:
        super().__init__(close)
        self._chunks = chunks
        self._parse = parse
        self._error_factory = error_factory
        self._max_line = max_line

    async def raw(self) -> AsyncIterator[Any]:
        """The decoded JSON values, unparsed (and unchecked for errors)."""
        self._once("stream")
        decoder = JSONLinesDecoder(self._max_line)
        try:
            async for chunk in self._chunks:
                for value in decoder.feed(chunk):
                    yield value
            for value in decoder.close():
                yield value
        finally:
            await self.aclose()

    async def _typed(self) -> AsyncIterator[T]:
        parse = self._parse
        factory = self._error_factory
        async for value in self.raw():
            if factory is not None:
                message = progress_error(value)
                if message is not None:
                    raise factory(message, value)
            yield parse(value)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._typed()

    async def collect(self) -> list[T]:
        """Every message, once the stream has ended (raising as iteration does)."""
        return [item async for item in self._typed()]


class AsyncAttachSocket(AsyncClosing):
    """A hijacked connection to a container's (or an exec's) stdio.

    :meth:`write` sends to stdin; :meth:`close_stdin` ends stdin alone (the process sees
    end of file) while the output can still be read; :attr:`output` is the output as an
    :class:`AsyncOutput` (multiplexed or raw as ``tty`` says); :meth:`resize` sets the
    TTY's size; :meth:`aclose` closes the connection. ``read_timeout`` (None: wait) bounds
    each read of the output; ``write_timeout`` each write.
    """

    __slots__ = ("_on_error", "_resize", "_stream", "_write_timeout", "output", "tty")

    def __init__(
        self,
        stream: AsyncUpgradedStream,
        *,
        tty: bool,
        on_error: ErrorMapper,
        resize: Callable[[int, int], Awaitable[None]] | None = None,
        read_timeout: float | None = None,
        write_timeout: float | None = 60.0,
    ) -> None:
        self._stream = stream
        self._resize = resize
        self._write_timeout = write_timeout
        self.tty = tty
        self.output = AsyncOutput(
            socket_chunks(stream, on_error, read_timeout), tty=tty, close=stream.aclose
        )
        self._on_error = on_error

    async def write(self, data: bytes | str) -> None:
        """Send ``data`` to the process's stdin (str is sent as UTF-8)."""
        payload = data.encode() if isinstance(data, str) else bytes(data)
        try:
            await self._stream.write(payload, self._write_timeout)
        except httpx.TransportError as exc:
            raise self._on_error(exc) from exc

    async def close_stdin(self) -> None:
        """Half-close: the process reads end of file; its output keeps coming."""
        try:
            await self._stream.shutdown_write(self._write_timeout)
        except httpx.TransportError as exc:
            raise self._on_error(exc) from exc

    async def resize(self, height: int, width: int) -> None:
        """Set the TTY's size (rows, columns)."""
        if self._resize is None:
            raise RuntimeError("this socket has no TTY to resize")
        await self._resize(height, width)

    async def aclose(self) -> None:
        """Close the connection (idempotent)."""
        await self.output.aclose()


def _pong(codec: WebSocketCodec, data: bytes) -> bytes | None:
    return None if codec.close_sent else codec.send_pong(data)


class AsyncWebSocketAttach(AsyncClosing):
    """A container's stdio over the engine's WebSocket endpoint (``/containers/{id}/attach/ws``).

    :meth:`send` writes to the container's stdin (bytes in a binary frame, str in a text
    frame; the engine takes the payloads of both, concatenated). :attr:`output` is the
    output as an :class:`AsyncOutput` with ``tty=True`` semantics: **this endpoint does
    not separate stdout and stderr** -- the engine sends the container's output raw, never
    multiplexed, even without a TTY, so both streams arrive mixed in one byte stream and
    all of it is reported as stdout. A failure to attach after the upgrade arrives in-band,
    as the output ``Error attaching: ...``. Pings from the engine are answered with pongs
    while the output is read; the output ends at the engine's close frame (it sends one,
    status 1000, when the attach ends: the container stopped, or stdin ended), and a
    connection that ends without one raises :class:`~engine_api.errors.ProtocolError` (the
    output may be cut short).

    :meth:`close_stdin` sends the client's close frame, which ends stdin on this endpoint:
    with the container's ``StdinOnce`` the process reads end of file and its remaining
    output still arrives; without it the engine stops the attach (the container keeps
    running) and output not yet sent may be lost. :meth:`aclose` sends the close frame
    (unless one was exchanged already) and closes the connection. ``read_timeout`` (None:
    wait) bounds each read of the output; ``write_timeout`` each write. Transport errors
    are raised typed (:class:`~engine_api.errors.ConnectionLost`,
    :class:`~engine_api.errors.EngineTimeout`).
    """

    __slots__ = ("_codec", "_lock", "_on_error", "_stream", "_write_timeout", "output", "tty")

    def __init__(
        self,
        stream: AsyncUpgradedStream,
        *,
        on_error: ErrorMapper,
        read_timeout: float | None = None,
        write_timeout: float | None = 60.0,
    ) -> None:
        from engine_api._websocket import WebSocketCodec  # loaded on use: few attach by it

        self._stream = stream
        self._codec = WebSocketCodec()
        self._lock = AsyncLock()
        self._on_error = on_error
        self._write_timeout = write_timeout
        self.tty = True  # as the output is: raw, one stream
        self.output = AsyncOutput(self._payloads(read_timeout), tty=True, close=self._shutdown)

    async def _write(self, frame: Callable[[], bytes | None]) -> None:
        """Build a frame (None: nothing to send) and send it, one frame at a time: the
        output's pongs share the connection with :meth:`send`."""
        async with self._lock:
            data = frame()
            if data is None:
                return
            try:
                await self._stream.write(data, self._write_timeout)
            except httpx.TransportError as exc:
                raise self._on_error(exc) from exc

    async def _payloads(self, timeout: float | None) -> AsyncIterator[bytes]:
        """The data frames' payloads until the engine's close frame."""
        from engine_api._websocket import Binary, Close, Ping, Text

        codec = self._codec
        while True:
            try:
                chunk = await self._stream.read(_READ_SIZE, timeout)
            except httpx.TransportError as exc:
                raise self._on_error(exc) from exc
            if not chunk:
                codec.eof()  # raises: the engine always sends a close frame first
                return
            for message in codec.feed(chunk):
                if isinstance(message, Binary | Text):
                    if message.data:
                        yield message.data
                elif isinstance(message, Ping):
                    # No pong after our close frame: the protocol allows nothing more.
                    await self._write(functools.partial(_pong, codec, message.data))
                elif isinstance(message, Close):
                    return

    async def send(self, data: bytes | str) -> None:
        """Send ``data`` to the container's stdin: bytes in a binary frame, str in a text
        frame (as UTF-8). Raises ``ValueError`` after :meth:`close_stdin`."""
        codec = self._codec
        if isinstance(data, str):
            text = data
            await self._write(lambda: codec.send_text(text))
        else:
            payload = bytes(data)
            await self._write(lambda: codec.send_binary(payload))

    async def close_stdin(self) -> None:
        """Send the close frame: stdin ends (see the class's notes); reading goes on until
        the engine's close frame. Idempotent."""
        codec = self._codec
        await self._write(lambda: None if codec.close_sent else codec.send_close(1000))

    async def _shutdown(self) -> None:
        codec = self._codec
        try:
            await self._write(
                lambda: None if codec.close_sent or codec.close_received else codec.send_close()
            )
        except errors.DockerException:
            pass  # the connection is going anyway; the engine may have closed it first
        finally:
            await self._stream.aclose()

    async def aclose(self) -> None:
        """Send the close frame (unless one was exchanged already), then close the
        connection. Idempotent; the output cannot be read afterwards."""
        await self.output.aclose()
