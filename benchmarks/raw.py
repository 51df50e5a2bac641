"""The practical floor: HTTP/1.1 over the unix socket, standard library only.

One persistent connection; requests written by hand; the response read by
Content-Length or chunked encoding. No pool, no validation beyond what the
reading needs: what any client must at least do.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
from collections.abc import Callable, Generator
from typing import Any, BinaryIO

_FRAME = struct.Struct(">BxxxL")
Feed = Callable[[memoryview], None]


class RawClient:
    def __init__(self, path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.buffer = b""

    def close(self) -> None:
        self.sock.close()

    def _fill(self) -> None:
        chunk = self.sock.recv(262144)
        if not chunk:
            raise ConnectionError("the engine closed the connection")
        self.buffer += chunk

    def _line(self) -> bytes:
        while (end := self.buffer.find(b"\r\n")) < 0:
            self._fill()
        line, self.buffer = self.buffer[:end], self.buffer[end + 2 :]
        return line

    def _exactly(self, n: int) -> bytes:
        while len(self.buffer) < n:
            self._fill()
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def request(self, method: str, target: str, body: bytes = b"") -> tuple[int, bytes]:
        head = f"{method} {target} HTTP/1.1\r\nHost: docker\r\n"
        if body:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self.sock.sendall(head.encode() + b"\r\n" + body)
        status = int(self._line().split(b" ", 2)[1])
        length, chunked = 0, False
        while line := self._line():
            name, _, value = line.partition(b":")
            name = name.lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
        if method == "HEAD" or status in (204, 304):
            return status, b""
        if not chunked:
            return status, self._exactly(length)
        parts = []
        while size := int(self._line().split(b";")[0], 16):
            parts.append(self._exactly(size))
            self._line()
        self._line()
        return status, b"".join(parts)


class RawLogReader:
    """A container's multiplexed logs, counted per stream: the floor for streamed reads.

    One request on a new connection; the body read by ``recv`` into bytes, chunked
    framing and frame headers parsed by position (payloads are counted, never copied).
    """

    def __init__(self, path: str) -> None:
        self.path = path

    def count(self, target: str) -> tuple[int, int]:
        """``GET target`` (a logs URL); the bytes of stdout and of stderr."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(self.path)
        try:
            sock.sendall(f"GET {target} HTTP/1.1\r\nHost: docker\r\n\r\n".encode())
            buf = b""
            while (end := buf.find(b"\r\n\r\n")) < 0:
                buf += _recv(sock)
            head, buf = buf[:end], buf[end + 4 :]
            status, headers = _head(head)
            if status != 200:
                raise ConnectionError(f"GET {target}: {status}")
            counts = [0, 0, 0]
            frames = _FrameCounter(counts)
            _drive(sock, _body_parser(headers, buf, frames.feed))
            if frames.need or frames.header:
                raise ConnectionError("the logs ended inside a frame")
            return counts[0] + counts[1], counts[2]
        finally:
            sock.close()


def _recv(sock: socket.socket) -> bytes:
    chunk = sock.recv(262144)
    if not chunk:
        raise ConnectionError("the engine closed the connection")
    return chunk


def _head(raw: bytes) -> tuple[int, dict[bytes, bytes]]:
    """The status and the headers (lower-case names) of a response head, CRLFs apart."""
    lines = raw.split(b"\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split(b" ", 2)[1]), headers


# The body parsers below are sans-I/O, shared by the thread and the asyncio readers: each
# yields when it needs more bytes, is sent what was received (b"": the connection closed),
# and returns at the end of the body.
BodyParser = Generator[None, bytes, None]


def _receive() -> Generator[None, bytes, bytes]:
    data = yield
    if not data:
        raise ConnectionError("the engine closed the connection")
    return data


def _chunked_parser(buf: bytes, feed: Feed) -> BodyParser:
    pos = 0
    while True:
        while (end := buf.find(b"\r\n", pos)) < 0:
            buf, pos = buf[pos:] + (yield from _receive()), 0
        size = int(buf[pos:end].split(b";")[0], 16)
        pos = end + 2
        if not size:
            while buf.find(b"\r\n", pos) < 0:  # no trailers from the engine: a blank line
                buf, pos = buf[pos:] + (yield from _receive()), 0
            return
        while size:
            if pos == len(buf):
                buf, pos = (yield from _receive()), 0
            take = min(size, len(buf) - pos)
            feed(memoryview(buf)[pos : pos + take])
            pos += take
            size -= take
        while len(buf) - pos < 2:
            buf, pos = buf[pos:] + (yield from _receive()), 0
        pos += 2  # the CRLF after the chunk's data


def _body_parser(headers: dict[bytes, bytes], buf: bytes, feed: Feed) -> BodyParser:
    """The body by its framing: chunked, Content-Length, or up to the engine's closing the
    connection (a hijacked one, or a stream sent without either). ``buf``: what came past
    the head."""
    if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
        yield from _chunked_parser(buf, feed)
    elif b"content-length" in headers:
        left = int(headers[b"content-length"]) - len(buf)
        feed(memoryview(buf))
        while left > 0:
            chunk = yield from _receive()
            left -= len(chunk)
            feed(memoryview(chunk))
    else:
        if buf:
            feed(memoryview(buf))
        while data := (yield):
            feed(memoryview(data))


def _drive(sock: socket.socket, parser: BodyParser) -> None:
    """Feed ``parser`` from the socket until it has read the whole body."""
    with contextlib.suppress(StopIteration):
        next(parser)
        while True:
            parser.send(sock.recv(262144))


class _FrameCounter:
    """Frame headers (stream id, 3 zero bytes, big-endian length) parsed; payloads counted."""

    def __init__(self, counts: list[int]) -> None:
        self.counts = counts
        self.stream = 0
        self.need = 0  # payload bytes of the current frame still to come
        self.header = b""  # the start of a header cut by the end of a piece

    def feed(self, piece: memoryview) -> None:
        pos, n = 0, len(piece)
        counts = self.counts
        while pos < n:
            if self.need:
                take = min(self.need, n - pos)
                counts[self.stream] += take
                self.need -= take
                pos += take
                continue
            if self.header or n - pos < 8:
                missing = 8 - len(self.header)
                self.header += bytes(piece[pos : pos + missing])
                pos += missing
                if len(self.header) < 8:
                    return
                stream, size = _FRAME.unpack(self.header)
                self.header = b""
            else:
                stream, size = _FRAME.unpack_from(piece, pos)
                pos += 8
            if stream > 2:
                raise ConnectionError(f"bad frame header: stream {stream}")
            self.stream, self.need = stream, size


class _Done(Exception):
    """Raised from a body callback to stop reading an endless body."""


class RawStream:
    """One request on a new connection, its body counted (never kept): the floor for
    archives, exports and hijacked exec output, and for JSON lines (events).

    A request body is sent from a file with a Content-Length, read in ``BLOCK`` pieces
    into one buffer and written with ``sendall``. The answer's body is read by
    Content-Length, chunked encoding, or up to the engine's closing the connection.
    """

    BLOCK = 1 << 20

    def __init__(self, path: str) -> None:
        self.path = path

    def _open(
        self, method: str, target: str, body: bytes | BinaryIO | None, length: int, extra: str
    ) -> tuple[socket.socket, int, dict[bytes, bytes], bytes]:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(self.path)
        try:
            head = f"{method} {target} HTTP/1.1\r\nHost: docker\r\n{extra}"
            if isinstance(body, bytes):
                head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                sock.sendall(head.encode() + b"\r\n" + body)
            elif body is not None:
                head += f"Content-Type: application/x-tar\r\nContent-Length: {length}\r\n"
                sock.sendall(head.encode() + b"\r\n")
                block = bytearray(self.BLOCK)
                view = memoryview(block)
                while n := body.readinto(block):  # type: ignore[attr-defined]
                    sock.sendall(view[:n])
            else:
                sock.sendall(head.encode() + b"\r\n")
            buf = b""
            while (end := buf.find(b"\r\n\r\n")) < 0:
                buf += _recv(sock)
            status, headers = _head(buf[:end])
            return sock, status, headers, buf[end + 4 :]
        except BaseException:
            sock.close()
            raise

    def _body(
        self, sock: socket.socket, headers: dict[bytes, bytes], buf: bytes, feed: Feed
    ) -> None:
        _drive(sock, _body_parser(headers, buf, feed))

    def count(
        self,
        method: str,
        target: str,
        body: bytes | BinaryIO | None = None,
        length: int = 0,
        headers: str = "",
    ) -> tuple[int, dict[bytes, bytes], int]:
        """Send the request (``body``: JSON bytes, or a file streamed with ``length``
        bytes); the answer's status, headers (lower-case names) and body size."""
        sock, status, answer, buf = self._open(method, target, body, length, headers)
        size = 0

        def feed(piece: memoryview) -> None:
            nonlocal size
            size += len(piece)

        try:
            self._body(sock, answer, buf, feed)
        finally:
            sock.close()
        return status, answer, size

    def json_lines(
        self,
        target: str,
        on_message: Callable[[Any], bool],
        on_open: Callable[[], object] | None = None,
    ) -> None:
        """``GET target`` (a stream of JSON lines, endless or not); ``on_open`` is called
        once the answer's head is in, then each line is parsed with :func:`json.loads` and
        given to ``on_message``, until it returns True (or the stream ends)."""
        sock, status, answer, buf = self._open("GET", target, None, 0, "")
        rest = b""
        loads = json.loads

        def feed(piece: memoryview) -> None:
            nonlocal rest
            lines = (rest + piece).split(b"\n")
            rest = lines.pop()
            for line in lines:
                if line and on_message(loads(line)):
                    raise _Done

        try:
            if status != 200:
                raise ConnectionError(f"GET {target}: {status}")
            if on_open is not None:
                on_open()
            self._body(sock, answer, buf, feed)
        except _Done:
            pass
        finally:
            sock.close()


class AsyncRawStream:
    """:class:`RawStream`'s ``count`` on the standard library's asyncio streams: the floor
    for an asyncio client moving bulk data (what the event loop itself costs)."""

    BLOCK = 1 << 20

    def __init__(self, path: str) -> None:
        self.path = path

    async def count(
        self, method: str, target: str, body: BinaryIO | None = None, length: int = 0
    ) -> tuple[int, int]:
        """Send the request (``body``: a file streamed with ``length`` bytes); the answer's
        status and body size."""
        reader, writer = await asyncio.open_unix_connection(self.path, limit=self.BLOCK)
        try:
            head = f"{method} {target} HTTP/1.1\r\nHost: docker\r\n"
            if body is not None:
                head += f"Content-Type: application/x-tar\r\nContent-Length: {length}\r\n"
            writer.write(head.encode() + b"\r\n")
            if body is not None:
                while block := body.read(self.BLOCK):
                    writer.write(block)
                    await writer.drain()
            status, headers = _head((await reader.readuntil(b"\r\n\r\n"))[:-4])
            size = 0

            def feed(piece: memoryview) -> None:
                nonlocal size
                size += len(piece)

            parser = _body_parser(headers, b"", feed)
            with contextlib.suppress(StopIteration):
                next(parser)
                while True:
                    parser.send(await reader.read(262144))
            return status, size
        finally:
            writer.close()
