"""HTTP/1.1 for talking to a Docker engine, sans I/O: request heads out, responses in.

The engine speaks a small, well-behaved subset of HTTP/1.1: one request at a time per
connection, bodies framed by ``Content-Length`` or ``Transfer-Encoding: chunked`` (or, rarely,
by closing the connection), ``101 Switching Protocols`` for attach and exec. This module does
exactly that and nothing more, because the general-purpose parsers cost several times the
engine's own answer time on small calls.

- :func:`request_head` serializes a request head, refusing header names and values that
  could smuggle a second request (CR, LF, NUL, a colon in a name).
- :class:`ResponseParser` is fed what arrives and hands out events: one :class:`Head`, then
  body pieces (``bytes``), then :data:`END`. It checks the framing strictly and raises
  :class:`HTTPProtocolError`, saying what arrived, for anything it cannot trust.

The connection classes in ``engine_api/_async`` and ``_sync`` drive it over their streams.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "END",
    "NEED_DATA",
    "HTTPProtocolError",
    "Head",
    "ResponseParser",
    "request_head",
]

MAX_HEAD = 256 * 1024
"""Bytes a response head (status line and headers) may take."""
MAX_CHUNK_LINE = 4096
"""Bytes a chunk-size line (with extensions) may take."""


class HTTPProtocolError(ValueError):
    """The bytes received (or about to be sent) are not HTTP/1.1 this client can trust."""


class _Marker:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NEED_DATA: Final = _Marker("NEED_DATA")
"""The parser needs more bytes (:meth:`ResponseParser.feed`) before the next event."""
END: Final = _Marker("END")
"""The response body is complete."""

_BAD_VALUE = re.compile(rb"[\r\n\x00]")
_BAD_NAME = re.compile(rb"[^!#$%&'*+\-.^_`|~0-9A-Za-z]")
_STATUS_LINE = re.compile(rb"HTTP/1\.([01]) ([0-9]{3})(?: (.*))?")
_WS = b" \t"
_HEX = b"0123456789abcdefABCDEF"
# The header lines of a head, CRLF between them, all checked in one pass: each a token, a
# colon, and a value without CR, LF or NUL.
_HEADER_LINE = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\r\n\x00]*"
_HEADER_LINES = re.compile(_HEADER_LINE + rb"(?:\r\n" + _HEADER_LINE + rb")*")


def request_head(method: bytes, target: bytes, headers: list[tuple[bytes, bytes]]) -> bytes:
    """``METHOD target HTTP/1.1`` and the header lines, ending with the blank line.

    Header names must be tokens, and nothing may contain CR, LF or NUL: a value built from
    user input cannot end the head early and smuggle in a request of its own."""
    if _BAD_NAME.search(method) or not method:
        raise HTTPProtocolError(f"bad request method {method!r}")
    if _BAD_VALUE.search(target) or b" " in target or not target:
        raise HTTPProtocolError(f"bad request target {target!r}")
    lines = [method + b" " + target + b" HTTP/1.1"]
    for name, value in headers:
        if not name or _BAD_NAME.search(name):
            raise HTTPProtocolError(f"bad header name {name!r}")
        if _BAD_VALUE.search(value):
            raise HTTPProtocolError(f"header {name.decode()!r} has CR, LF or NUL in its value")
        lines.append(name + b": " + value)
    lines.append(b"\r\n")
    return b"\r\n".join(lines)


class Head:
    """A response's status line and headers, and how its body is framed."""

    __slots__ = ("headers", "http_version", "keep_alive", "reason", "status")

    def __init__(
        self,
        status: int,
        reason: bytes,
        http_version: bytes,
        headers: list[tuple[bytes, bytes]],
        keep_alive: bool,
    ) -> None:
        self.status = status
        self.reason = reason
        self.http_version = http_version  # b"1.1" or b"1.0"
        self.headers = headers  # (name as sent, value), in order
        self.keep_alive = keep_alive

    def get(self, name: bytes) -> bytes | None:
        """The value of the last header called ``name`` (lowercase), or None."""
        found = None
        for key, value in self.headers:
            if key.lower() == name:
                found = value
        return found

    def __repr__(self) -> str:
        return f"<Head {self.status} {self.reason.decode(errors='replace')}>"


def _refuse_header_lines(lines: bytes) -> None:
    """Raise HTTPProtocolError naming the first header line that is not ``name: value``."""
    for line in lines.split(b"\r\n"):
        name, colon, value = line.partition(b":")
        if not colon or not name or _BAD_NAME.search(name):
            raise HTTPProtocolError(f"bad header line in response: {line[:200]!r}")
        if b"\n" in value or b"\r" in value or b"\x00" in value:
            raise HTTPProtocolError(f"bad header value in response: {line[:200]!r}")
    raise AssertionError(f"header lines refused, yet every line is well formed: {lines!r}")


# Body framings.
_NONE, _LENGTH, _CHUNKED, _CLOSE = range(4)
# Where a chunked body is.
_SIZE, _DATA, _DATA_END, _TRAILER, _DONE = range(5)


class ResponseParser:
    """One response, parsed from bytes as they arrive.

    ``feed(data)`` appends bytes (``feed(b"")`` says the stream ended); ``next_event()``
    returns a :class:`Head` (1xx heads other than 101 are skipped), then body pieces, then
    :data:`END`, or :data:`NEED_DATA`. After a 101 head there is no body: what arrived past
    the head is :meth:`trailing`, the first bytes of the upgraded stream. After :data:`END`,
    :meth:`trailing` is whatever the engine sent past the response (on a healthy connection,
    nothing). ``head_request`` says the request was HEAD: its answer has no body whatever its
    headers say.
    """

    __slots__ = (
        "_buf",
        "_chunk_state",
        "_ended",
        "_eof",
        "_framing",
        "_head",
        "_head_request",
        "_pos",
        "_remaining",
    )

    def __init__(self, *, head_request: bool = False) -> None:
        self._buf = b""
        self._pos = 0  # bytes of _buf already consumed
        self._eof = False
        self._head_request = head_request
        self._head: Head | None = None
        self._framing = _NONE
        self._remaining = 0  # of the body (length) or of the current chunk (chunked)
        self._chunk_state = _SIZE
        self._ended = False

    @property
    def head(self) -> Head | None:
        return self._head

    @property
    def ended(self) -> bool:
        """Whether the body has been handed out to its end."""
        return self._ended

    def reusable(self) -> bool:
        """After :data:`END`: may the connection carry another request?"""
        return (
            self._ended
            and self._head is not None
            and self._head.keep_alive
            and self._framing != _CLOSE
            and self._pos == len(self._buf)
            and not self._eof
        )

    def feed(self, data: bytes) -> None:
        """Bytes that arrived; ``b""`` when the stream ended."""
        if not data:
            self._eof = True
            return
        if self._pos >= len(self._buf):
            self._buf = data  # the common case: nothing left over, no copy
        else:
            self._buf = self._buf[self._pos :] + data
        self._pos = 0

    def trailing(self) -> bytes:
        """What arrived past the head of a 101 answer, or past the end of the body."""
        return self._buf[self._pos :]

    def next_event(self) -> Head | bytes | _Marker:
        if self._head is None:
            return self._next_head()
        if self._ended:
            return END
        framing = self._framing
        if framing == _LENGTH:
            return self._next_length()
        if framing == _CHUNKED:
            return self._next_chunked()
        if framing == _CLOSE:
            return self._next_until_close()
        self._ended = True
        return END

    # -- the head ------------------------------------------------------------------

    def _next_head(self) -> Head | _Marker:
        while True:
            buf, pos = self._buf, self._pos
            end = buf.find(b"\r\n\r\n", pos)
            if end < 0:
                if len(buf) - pos > MAX_HEAD:
                    raise HTTPProtocolError(f"response head longer than {MAX_HEAD} bytes")
                if self._eof:
                    got = buf[pos:]
                    if not got:
                        raise HTTPProtocolError("the connection closed before a response")
                    raise HTTPProtocolError(f"the connection closed inside the head: {got[:200]!r}")
                return NEED_DATA
            head = self._parse_head(buf[pos:end])
            self._pos = end + 4
            if 100 <= head.status < 200 and head.status != 101:
                continue  # 100 Continue and friends: the real answer follows
            self._head = head
            self._framing = self._body_framing(head)
            if head.status == 101:
                self._ended = True
            return head

    @staticmethod
    def _parse_head(raw: bytes) -> Head:
        first, crlf, rest = raw.partition(b"\r\n")
        match = _STATUS_LINE.fullmatch(first)
        if match is None:
            raise HTTPProtocolError(f"not an HTTP/1.x status line: {first[:200]!r}")
        minor, status, reason = match.groups()
        headers: list[tuple[bytes, bytes]] = []
        if crlf:
            if _HEADER_LINES.fullmatch(rest) is None:
                _refuse_header_lines(rest)
            for line in rest.split(b"\r\n"):
                name, _, value = line.partition(b":")
                headers.append((name, value.strip(_WS)))
        connection = b""
        if b"connection" in rest.lower():
            for name, value in headers:
                if name.lower() == b"connection":
                    connection += b"," + value.lower()
        tokens = {token.strip() for token in connection.split(b",")}
        version = b"1.1" if minor == b"1" else b"1.0"
        keep_alive = b"close" not in tokens and (version == b"1.1" or b"keep-alive" in tokens)
        return Head(int(status), reason or b"", version, headers, keep_alive)

    def _body_framing(self, head: Head) -> int:
        status = head.status
        if self._head_request or status in (101, 204, 304) or status < 200:
            return _NONE
        encodings: list[bytes] = []
        lengths: set[bytes] = set()
        for name, value in head.headers:
            lower = name.lower()
            if lower == b"transfer-encoding":
                encodings.extend(v.strip().lower() for v in value.split(b","))
            elif lower == b"content-length":
                lengths.update(v.strip() for v in value.split(b","))
        if encodings:
            if encodings != [b"chunked"]:
                raise HTTPProtocolError(f"unsupported Transfer-Encoding {b', '.join(encodings)!r}")
            return _CHUNKED
        if lengths:
            if len(lengths) != 1:
                raise HTTPProtocolError(f"conflicting Content-Length values {sorted(lengths)!r}")
            (text,) = lengths
            if not text.isdigit() or len(text) > 18:
                raise HTTPProtocolError(f"bad Content-Length {text!r}")
            self._remaining = int(text)
            return _LENGTH
        return _CLOSE

    # -- the body ------------------------------------------------------------------

    def _next_length(self) -> bytes | _Marker:
        remaining = self._remaining
        if remaining == 0:
            self._ended = True
            return END
        buf, pos = self._buf, self._pos
        available = len(buf) - pos
        if available == 0:
            if self._eof:
                raise HTTPProtocolError(
                    f"the connection closed with {remaining} bytes of the body still to come"
                )
            return NEED_DATA
        if available <= remaining:
            piece = buf if pos == 0 else buf[pos:]
            self._buf, self._pos = b"", 0
            self._remaining = remaining - available
        else:
            piece = buf[pos : pos + remaining]
            self._pos = pos + remaining
            self._remaining = 0
        return piece

    def _next_until_close(self) -> bytes | _Marker:
        buf, pos = self._buf, self._pos
        if pos < len(buf):
            piece = buf if pos == 0 else buf[pos:]
            self._buf, self._pos = b"", 0
            return piece
        if self._eof:
            self._ended = True
            return END
        return NEED_DATA

    def _next_chunked(self) -> bytes | _Marker:
        # Everything the buffer holds of the body, across chunk boundaries, comes out as one
        # piece: the engine sends a chunk per frame of output (often a line), and handing
        # them out one by one costs more than copying them together. A fault after some
        # data is raised by the next call, once that data has been delivered.
        if self._chunk_state == _DONE:
            self._ended = True
            return END
        pieces: list[bytes | memoryview] = []
        try:
            return self._chunked_pieces(pieces)
        except HTTPProtocolError:
            if not pieces:
                raise
            return b"".join(pieces)

    def _chunked_pieces(self, pieces: list[bytes | memoryview]) -> bytes | _Marker:
        # The state lives in locals while the loop runs and goes back at the end, also when
        # a fault raises: the position then stays at the start of the faulty line.
        buf = self._buf
        n = len(buf)
        pos = self._pos
        state = self._chunk_state
        remaining = self._remaining
        view: memoryview | None = None
        append = pieces.append
        find = buf.find
        try:
            while True:
                if state == _DATA:
                    available = n - pos
                    if available == 0:
                        break
                    if available > remaining:
                        take = remaining
                    elif pos == 0 and not pieces:  # the whole buffer: no copy
                        append(buf)
                        remaining -= n
                        pos = n
                        if remaining == 0:
                            state = _DATA_END
                        break
                    else:
                        take = available
                    if view is None:
                        view = memoryview(buf)
                    append(view[pos : pos + take])
                    pos += take
                    remaining -= take
                    if remaining:
                        break
                    state = _DATA_END
                if state == _DATA_END and buf.startswith(b"\r\n", pos):  # the common case
                    pos += 2
                    state = _SIZE
                end = find(b"\r\n", pos)
                if end < 0:
                    if n - pos > MAX_CHUNK_LINE:
                        raise HTTPProtocolError(f"chunk line longer than {MAX_CHUNK_LINE} bytes")
                    break
                line = buf[pos:end]
                if state == _SIZE:
                    size = line
                    if not 0 < len(size) <= 15 or size.strip(_HEX):  # extensions, faults
                        size = line.partition(b";")[0].strip(_WS)
                        if not size or len(size) > 15 or size.strip(_HEX):
                            raise HTTPProtocolError(f"bad chunk size line {line[:200]!r}")
                    remaining = int(size, 16)
                    state = _DATA if remaining else _TRAILER
                elif state == _DATA_END:
                    raise HTTPProtocolError(f"chunk data longer than its size: {line[:200]!r}")
                elif not line:  # _TRAILER: the blank line ends the body
                    pos = end + 2
                    if pieces:  # END on the next call
                        state = _DONE
                        break
                    self._ended = True
                    return END
                pos = end + 2
        finally:
            self._pos = pos
            self._chunk_state = state
            self._remaining = remaining
        if pieces:
            return pieces[0] if len(pieces) == 1 and type(pieces[0]) is bytes else b"".join(pieces)
        if state == _DATA:
            return self._need("inside a chunk")
        return self._need("in the chunked framing")

    def _need(self, where: str) -> _Marker:
        if self._eof:
            raise HTTPProtocolError(f"the connection closed {where} of a chunked body")
        return NEED_DATA
