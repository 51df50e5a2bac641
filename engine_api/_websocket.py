"""A sans-I/O WebSocket (RFC 6455) client codec, for the engine's ``/attach/ws`` endpoint.

Nothing here reads or writes a socket. :func:`handshake_headers` gives the headers of
the upgrade request and :func:`check_accept` checks the engine's ``101`` answer; then a
:class:`WebSocketCodec` turns what to send into masked frames (``send_*`` return the
bytes to write) and the bytes that arrive into messages (``feed``), and says at the end
(``eof``) whether the stream stopped where it may stop.

**What the engine sends on /containers/{id}/attach/ws.** moby serves it with
``golang.org/x/net/websocket``, whose ``Conn.Write`` puts each write in one unfragmented,
unmasked frame. The container's output goes out raw -- never multiplexed, even without a
TTY, so stdout and stderr arrive mixed in one byte stream -- in *binary* frames when the
request's API version is 1.28 or later, and in *text* frames before (the library's
default payload type), whatever bytes the container wrote: those "text" frames need not
be UTF-8. When the attach ends (the container stopped, or stdin ended) the engine writes a
close frame with status 1000 and closes the connection; it does not wait for the client's
close frame. A failure to attach after the upgrade arrives in-band, as the output
``Error attaching: ...``.

**What the engine takes.** With stdin attached (and the container's ``OpenStdin``) the
payloads of the client's text, binary and continuation frames are the container's stdin,
concatenated, message boundaries ignored; a close frame from the client ends stdin, and
the engine answers it with its own close 1000 and closes the connection (the container
keeps running). The engine answers a ping with a pong only while it reads stdin. Engines
built with older releases of the library treat a *pong* from the client as an error that
ends stdin (20.10 ignores it): never send unsolicited pongs. Client frames must be masked
(the engine answers an unmasked one with close 1002, then a second close 1000, which this
codec refuses as a frame after the close); this codec always masks.
Before API 1.42 the ``stdin``, ``stdout`` and ``stderr`` query parameters are ignored and
all three are attached.

**Text frames and UTF-8.** Because of the above, :class:`Text` keeps the payload's raw
bytes (``Text.data``) and decodes lazily (``Text.text``, invalid sequences replaced);
by default invalid UTF-8 in a text message or a close reason raises nothing. With
``strict_utf8=True`` it raises :class:`~engine_api.errors.ProtocolError`, as RFC 6455
8.1 asks of a general-purpose client.

**Errors.** Bytes that break RFC 6455 raise :class:`~engine_api.errors.ProtocolError`
naming the violation. No data is lost to an error: when a chunk holds complete messages
before the fault, ``feed`` returns them and the error is raised by the next ``feed`` or
``eof``; once raised, the codec keeps raising it. Bad arguments and calls out of order
raise ``ValueError``.

**Memory.** Fragmented messages are reassembled up to ``max_message`` bytes (16 MiB by
default; a frame that would pass it is refused from its header, before its payload is
held). With ``stream_fragments=True`` data payloads are handed out as they arrive
instead -- a frame in pieces if a chunk cuts it -- so nothing larger than a chunk is held.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import os
import struct
from dataclasses import dataclass
from typing import Final, TypeAlias

from engine_api.errors import ProtocolError

__all__ = (
    "DEFAULT_MAX_MESSAGE",
    "Binary",
    "Close",
    "Message",
    "Ping",
    "Pong",
    "Text",
    "WebSocketCodec",
    "accept_for",
    "check_accept",
    "handshake_headers",
)

DEFAULT_MAX_MESSAGE: Final = 16 * 1024 * 1024
"""The longest reassembled message :class:`WebSocketCodec` accepts by default."""

_GUID: Final = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 section 1.3

# Opcodes (RFC 6455 section 5.2).
_CONTINUATION: Final = 0x0
_TEXT: Final = 0x1
_BINARY: Final = 0x2
_CLOSE: Final = 0x8
_PING: Final = 0x9
_PONG: Final = 0xA
_OPCODE_NAMES: Final = {
    _CONTINUATION: "continuation",
    _TEXT: "text",
    _BINARY: "binary",
    _CLOSE: "close",
    _PING: "ping",
    _PONG: "pong",
}

_MAX_CONTROL_PAYLOAD: Final = 125
_U16: Final = struct.Struct("!H")
_HEAD16: Final = struct.Struct("!BBH")
_HEAD64: Final = struct.Struct("!BBQ")

Chunk: TypeAlias = bytes | bytearray | memoryview


# --- messages -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Binary:
    """A binary message, or with ``stream_fragments`` a piece of one (``final`` marks the
    message's last piece)."""

    data: bytes
    final: bool = True


@dataclass(frozen=True, slots=True)
class Text:
    """A text message, or with ``stream_fragments`` a piece of one.

    ``data`` is the payload exactly as received. The engine puts arbitrary container
    output in text frames (API < 1.28), so it need not be UTF-8 unless the codec is
    ``strict_utf8``; ``text`` decodes it, invalid sequences replaced by U+FFFD. A piece
    may end inside a multi-byte character: decode the joined pieces, not each piece.
    """

    data: bytes
    final: bool = True

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


@dataclass(frozen=True, slots=True)
class Close:
    """The peer's close frame: its status code (None when the frame had no payload) and
    reason."""

    code: int | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Ping:
    """A ping: answer it with :meth:`WebSocketCodec.send_pong` of the same ``data``."""

    data: bytes = b""


@dataclass(frozen=True, slots=True)
class Pong:
    """A pong (the answer to a ping, or an unsolicited heartbeat)."""

    data: bytes = b""


Message: TypeAlias = Binary | Text | Close | Ping | Pong


# --- handshake ----------------------------------------------------------------------------


def handshake_headers(host: str) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """The headers that make a GET an RFC 6455 upgrade, and the ``Sec-WebSocket-Key`` sent.

    ``host`` is the Host the caller sends (it adds the Host header itself); it is checked
    here so that a value that cannot be a header fails before anything is written. Keep
    the key for :func:`check_accept`.
    """
    if not host or any(c in host for c in "\r\n\0 \t"):
        raise ValueError(f"not a usable Host header value: {host!r}")
    key = base64.b64encode(os.urandom(16))
    headers = [
        (b"Upgrade", b"websocket"),
        (b"Connection", b"Upgrade"),
        (b"Sec-WebSocket-Key", key),
        (b"Sec-WebSocket-Version", b"13"),
    ]
    return headers, key


def accept_for(key: bytes) -> bytes:
    """The ``Sec-WebSocket-Accept`` value a server must answer to ``key``."""
    return base64.b64encode(hashlib.sha1(key + _GUID).digest())


def check_accept(key: bytes, accept_header: bytes | None) -> None:
    """Raise :class:`~engine_api.errors.ProtocolError` unless ``accept_header`` (the 101
    answer's ``Sec-WebSocket-Accept``, None when absent) answers ``key``."""
    if accept_header is None:
        raise ProtocolError(
            "the engine's 101 answer to the WebSocket upgrade has no Sec-WebSocket-Accept header"
        )
    expected = accept_for(key)
    if accept_header.strip() != expected:
        raise ProtocolError(
            f"the engine's 101 answer has Sec-WebSocket-Accept {accept_header!r}; "
            f"the key {key!r} calls for {expected!r}"
        )


# --- encoding -----------------------------------------------------------------------------


def _mask(payload: Chunk, key: bytes) -> bytes:
    """``payload`` XOR the 4-byte ``key`` repeated: one big-integer XOR, no Python loop."""
    n = len(payload)
    if not n:
        return b""
    repeated = key * ((n + 3) // 4)
    if len(repeated) != n:
        repeated = repeated[:n]
    masked = int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")
    return masked.to_bytes(n, "big")


def _frame(opcode: int, payload: Chunk) -> bytes:
    """One final, masked client frame."""
    payload = _byte_view(payload)
    n = len(payload)
    first = 0x80 | opcode
    if n <= _MAX_CONTROL_PAYLOAD:
        head = bytes((first, 0x80 | n))
    elif n <= 0xFFFF:
        head = _HEAD16.pack(first, 0x80 | 126, n)
    else:
        head = _HEAD64.pack(first, 0x80 | 127, n)
    key = os.urandom(4)
    return b"".join((head, key, _mask(payload, key)))


def _byte_view(data: Chunk) -> memoryview:
    """``data`` as a flat view of bytes: ``len`` of a memoryview counts its items, which
    are not bytes when its format is not ``B`` (an ``array('I')``, a 2-D buffer)."""
    view = memoryview(data)
    return view if view.format == "B" and view.ndim == 1 else view.cast("B")


def _valid_close_code(code: int) -> bool:
    """Whether an endpoint may put ``code`` in a close frame (RFC 6455 section 7.4)."""
    return (1000 <= code <= 1014 and code not in (1004, 1005, 1006)) or 3000 <= code <= 4999


# --- the codec ----------------------------------------------------------------------------


class WebSocketCodec:
    """The client side of one WebSocket connection, after the upgrade.

    ``send_*`` return masked frames to write. ``feed`` takes the bytes that arrive and
    returns the complete messages (with ``stream_fragments``, the data pieces) in order;
    pings come out as :class:`Ping` for the caller to answer. ``eof`` checks the end.

    ``max_message`` bounds a reassembled message; ``stream_fragments=True`` hands out data
    as it arrives instead (no bound needed). ``strict_utf8=True`` refuses text messages
    and close reasons that are not UTF-8 (see the module's notes on the engine).
    """

    __slots__ = (
        "_close_received",
        "_close_sent",
        "_control",
        "_ended",
        "_error",
        "_fin",
        "_frame_size",
        "_head",
        "_in_frame",
        "_max_message",
        "_message_opcode",
        "_message_size",
        "_opcode",
        "_parts",
        "_remaining",
        "_stream",
        "_strict",
        "_utf8",
    )

    def __init__(
        self,
        *,
        max_message: int = DEFAULT_MAX_MESSAGE,
        stream_fragments: bool = False,
        strict_utf8: bool = False,
    ) -> None:
        if isinstance(max_message, bool) or not isinstance(max_message, int) or max_message < 1:
            raise ValueError(f"max_message must be a positive number of bytes, not {max_message!r}")
        self._max_message = max_message
        self._stream = stream_fragments
        self._strict = strict_utf8
        self._head = bytearray()  # the start of a frame header that a chunk cut
        self._in_frame = False  # a header was decoded and its payload is still arriving
        self._opcode = 0  # the current frame's opcode (a continuation's: its message's)
        self._fin = False  # the current frame is its message's last
        self._frame_size = 0  # the current frame's payload length
        self._remaining = 0  # payload bytes of the current frame still to come
        self._control = bytearray()  # the current control frame's payload so far
        self._message_opcode: int | None = None  # text/binary while a message is unfinished
        self._message_size = 0  # bytes of the unfinished message so far
        self._parts: list[bytes] = []  # its payload pieces (not with stream_fragments)
        self._utf8: codecs.IncrementalDecoder | None = None  # strict check while streaming
        self._close_received = False
        self._close_sent = False
        self._error: ProtocolError | None = None
        self._ended = False

    # -- state -----------------------------------------------------------------------------

    @property
    def close_received(self) -> bool:
        """Whether the peer's close frame arrived (no frame may follow it)."""
        return self._close_received

    @property
    def close_sent(self) -> bool:
        """Whether :meth:`send_close` was called (no data frame may follow it)."""
        return self._close_sent

    # -- sending ---------------------------------------------------------------------------

    def send_binary(self, data: Chunk) -> bytes:
        """A binary frame carrying ``data`` (the engine's way to take stdin)."""
        self._check_open("a binary frame")
        return _frame(_BINARY, data)

    def send_text(self, text: str) -> bytes:
        """A text frame carrying ``text`` as UTF-8."""
        self._check_open("a text frame")
        return _frame(_TEXT, text.encode("utf-8"))

    def send_ping(self, data: Chunk = b"") -> bytes:
        """A ping frame (at most 125 bytes of ``data``)."""
        return _frame(_PING, self._control_payload("ping", data))

    def send_pong(self, data: Chunk = b"") -> bytes:
        """A pong frame answering a :class:`Ping` of the same ``data``.

        The engine's attach endpoint treats an unsolicited pong as an error that ends the
        container's stdin: send pongs only to answer pings."""
        return _frame(_PONG, self._control_payload("pong", data))

    def send_close(self, code: int = 1000, reason: str = "") -> bytes:
        """The close frame; after it only pings and pongs may be sent.

        ``code`` must be one an endpoint may send (1000-1003, 1007-1014, 3000-4999);
        ``reason`` at most 123 bytes of UTF-8."""
        if self._close_sent:
            raise ValueError("the close frame was already sent")
        if isinstance(code, bool) or not isinstance(code, int) or not _valid_close_code(code):
            raise ValueError(f"{code!r} is not a close status code an endpoint may send")
        payload = _U16.pack(code) + reason.encode("utf-8")
        if len(payload) > _MAX_CONTROL_PAYLOAD:
            raise ValueError(
                f"close reason of {len(payload) - 2} bytes of UTF-8; at most 123 fit a close frame"
            )
        self._close_sent = True
        return _frame(_CLOSE, payload)

    def _check_open(self, what: str) -> None:
        if self._close_sent:
            raise ValueError(f"cannot send {what} after the close frame (RFC 6455 section 5.5.1)")

    @staticmethod
    def _control_payload(kind: str, data: Chunk) -> Chunk:
        view = _byte_view(data)
        if len(view) > _MAX_CONTROL_PAYLOAD:
            raise ValueError(f"a {kind} carries at most 125 bytes, not {len(view)}")
        return view

    # -- receiving -------------------------------------------------------------------------

    def feed(self, data: Chunk) -> list[Message]:
        """The messages (or, with ``stream_fragments``, data pieces) that ``data`` completes.

        Raises :class:`~engine_api.errors.ProtocolError` on bytes that break RFC 6455 (once
        the messages before them were returned), ``ValueError`` after :meth:`eof`.
        """
        if self._error is not None:
            raise self._error
        if self._ended:
            raise ValueError("WebSocketCodec.feed() after eof()")
        out: list[Message] = []
        if not data:
            return out
        try:
            self._decode(_byte_view(data), out)
        except ProtocolError as exc:
            self._error = exc
            if out:
                return out
            raise
        return out

    def eof(self, *, require_close: bool = True) -> None:
        """The peer closed the connection: raise :class:`~engine_api.errors.ProtocolError`
        if that cut a frame or a fragmented message, or (with ``require_close``, the
        default) if no close frame came first -- the engine always sends one, so its absence
        means the output may be cut short. Pass ``require_close=False`` when the caller
        dropped the connection itself."""
        if self._error is not None:
            raise self._error
        self._ended = True
        problem = self._unfinished(require_close)
        if problem is not None:
            self._error = ProtocolError(problem)
            raise self._error

    def _unfinished(self, require_close: bool) -> str | None:
        if self._head:
            got = len(self._head)
            size = _header_size(self._head[1]) if got >= 2 else 2
            return (
                f"the stream ended inside a frame header: {size - got} of its {size} bytes "
                "are missing"
            )
        if self._in_frame:
            return (
                f"the stream ended inside a {self._frame_kind()} frame: {self._remaining} of "
                f"its {self._frame_size} payload bytes are missing"
            )
        if self._message_opcode is not None:
            return (
                f"the stream ended inside a fragmented {_OPCODE_NAMES[self._message_opcode]} "
                f"message: {self._message_size} bytes arrived, the final fragment never did"
            )
        if require_close and not self._close_received:
            return "the stream ended without a close frame: the output may be cut short"
        return None

    def _frame_kind(self) -> str:
        return _OPCODE_NAMES[self._opcode]

    def _decode(self, view: memoryview, out: list[Message]) -> None:
        pos = 0
        end = len(view)
        while pos < end:
            if not self._in_frame:
                pos = self._read_header(view, pos, end, out)
                continue
            take = min(self._remaining, end - pos)
            piece = view[pos : pos + take]
            pos += take
            self._remaining -= take
            if self._opcode >= _CLOSE:
                self._control += piece
            elif self._stream:
                self._emit_piece(bytes(piece), self._fin and not self._remaining, out)
            else:
                self._parts.append(bytes(piece))
            if not self._remaining:
                self._end_frame(out)

    def _read_header(self, view: memoryview, pos: int, end: int, out: list[Message]) -> int:
        """Decode a frame header from ``view[pos:]`` (with what a chunk cut before it);
        return the position after what was used."""
        head = self._head
        if not head and end - pos >= 2:
            first, second = view[pos], view[pos + 1]
            size = self._check_start(first, second)
            if end - pos >= size:
                self._begin_frame(first, second, view[pos + 2 : pos + size], out)
                return pos + size
        if len(head) < 2:
            take = min(2 - len(head), end - pos)
            head += view[pos : pos + take]
            pos += take
            if len(head) < 2:
                return pos
            self._check_start(head[0], head[1])
        size = _header_size(head[1])
        take = min(size - len(head), end - pos)
        head += view[pos : pos + take]
        pos += take
        if len(head) == size:
            first, second, extended = head[0], head[1], bytes(head[2:])
            head.clear()
            self._begin_frame(first, second, memoryview(extended), out)
        return pos

    def _check_start(self, first: int, second: int) -> int:
        """Check a header's first two bytes; return the header's size."""
        if first & 0x70:
            bits = ", ".join(
                f"RSV{i}" for i, bit in ((1, 0x40), (2, 0x20), (3, 0x10)) if first & bit
            )
            raise ProtocolError(
                f"frame header with reserved bit(s) {bits} set; no extension was negotiated"
            )
        opcode = first & 0x0F
        name = _OPCODE_NAMES.get(opcode)
        if name is None:
            raise ProtocolError(f"frame with unknown opcode 0x{opcode:X}")
        if second & 0x80:
            raise ProtocolError(
                f"the server sent a masked {name} frame; servers must not mask (RFC 6455 5.1)"
            )
        if self._close_received:
            raise ProtocolError(f"a {name} frame arrived after the close frame")
        if opcode >= _CLOSE:
            if not first & 0x80:
                raise ProtocolError(f"fragmented {name} frame: control frames cannot be fragmented")
            if (second & 0x7F) > _MAX_CONTROL_PAYLOAD:
                raise ProtocolError(
                    f"{name} frame longer than 125 bytes; control frames carry at most 125 "
                    "(RFC 6455 5.5)"
                )
        elif opcode == _CONTINUATION:
            if self._message_opcode is None:
                raise ProtocolError("continuation frame with no fragmented message to continue")
        elif self._message_opcode is not None:
            raise ProtocolError(
                f"a new {name} message began while a fragmented "
                f"{_OPCODE_NAMES[self._message_opcode]} message was unfinished"
            )
        return _header_size(second)

    def _begin_frame(
        self, first: int, second: int, extended: memoryview, out: list[Message]
    ) -> None:
        length = second & 0x7F
        if length == 126:
            length = int.from_bytes(extended, "big")
            if length < 126:
                raise ProtocolError(
                    f"frame length {length} sent in 16 bits; RFC 6455 5.2 requires the "
                    "shortest form"
                )
        elif length == 127:
            length = int.from_bytes(extended, "big")
            if length >> 63:
                raise ProtocolError("frame length with its most significant bit set (RFC 6455 5.2)")
            if length <= 0xFFFF:
                raise ProtocolError(
                    f"frame length {length} sent in 64 bits; RFC 6455 5.2 requires the "
                    "shortest form"
                )
        opcode = first & 0x0F
        fin = bool(first & 0x80)
        if opcode < _CLOSE:
            if opcode == _CONTINUATION:
                assert self._message_opcode is not None  # _check_start made sure
                opcode = self._message_opcode
            elif self._stream and self._strict and opcode == _TEXT:
                self._utf8 = codecs.getincrementaldecoder("utf-8")("strict")
            if not self._stream and self._message_size + length > self._max_message:
                raise ProtocolError(
                    f"{_OPCODE_NAMES[opcode]} message longer than max_message "
                    f"({self._max_message} bytes): a {length}-byte frame arrived with "
                    f"{self._message_size} bytes of the message already held"
                )
            self._message_opcode = opcode
            self._message_size += length
        self._opcode = opcode
        self._fin = fin
        self._frame_size = self._remaining = length
        self._in_frame = True
        if not length:
            self._end_frame(out)

    def _emit_piece(self, data: bytes, final: bool, out: list[Message]) -> None:
        if self._opcode == _TEXT:
            if self._utf8 is not None:
                try:
                    self._utf8.decode(data, final)
                except UnicodeDecodeError as exc:
                    raise ProtocolError(f"text message is not valid UTF-8: {exc.reason}") from None
            out.append(Text(data, final))
        else:
            out.append(Binary(data, final))

    def _end_frame(self, out: list[Message]) -> None:
        self._in_frame = False
        opcode = self._opcode
        if opcode >= _CLOSE:
            payload = bytes(self._control)
            self._control.clear()
            if opcode == _PING:
                out.append(Ping(payload))
            elif opcode == _PONG:
                out.append(Pong(payload))
            else:
                out.append(self._close_message(payload))
            return
        if not self._fin:
            return
        if self._stream:
            if not self._frame_size:  # an empty last frame: its message's end, nothing else
                self._emit_piece(b"", True, out)
            self._utf8 = None
        else:
            parts = self._parts
            data = parts[0] if len(parts) == 1 else b"".join(parts)
            parts.clear()
            if opcode == _TEXT:
                if self._strict:
                    try:
                        data.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        raise ProtocolError(
                            f"text message is not valid UTF-8: {exc.reason} at byte {exc.start}"
                        ) from None
                out.append(Text(data))
            else:
                out.append(Binary(data))
        self._message_opcode = None
        self._message_size = 0

    def _close_message(self, payload: bytes) -> Close:
        self._close_received = True
        if not payload:
            return Close(None, "")
        if len(payload) == 1:
            raise ProtocolError("close frame with a 1-byte payload: a status code takes 2 bytes")
        code = _U16.unpack_from(payload)[0]
        raw = payload[2:]
        if self._strict:
            if not _valid_close_code(code):
                raise ProtocolError(f"close frame with status code {code}, which may not be sent")
            try:
                reason = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ProtocolError(f"close reason is not valid UTF-8: {exc.reason}") from None
        else:
            reason = raw.decode("utf-8", errors="replace")
        return Close(code, reason)


def _header_size(second: int) -> int:
    """A server frame header's size, from its second byte (masked frames are refused)."""
    length = second & 0x7F
    return 2 if length < 126 else 4 if length == 126 else 10
