"""The engine's ``/attach/ws`` WebSocket (RFC 6455), on wsproto: the upgrade's headers,
and a sans-I/O codec over ``wsproto.connection.Connection``.

Nothing here reads or writes a socket. :func:`handshake_headers` gives the headers of the
upgrade request and :func:`check_accept` checks the engine's ``101`` answer; then a
:class:`WebSocketCodec` turns what to send into masked frames (``send_*`` return the
bytes to write) and the bytes that arrive into messages (``feed``), and says at the end
(``eof``) whether the stream stopped where it may stop. wsproto does the framing and the
protocol's rules; this module gives its events the names the facade uses and turns its
verdicts into :class:`~engine_api.errors.ProtocolError`.

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

**Text frames.** wsproto decodes text frames as UTF-8 and refuses any that is not (close
1007), as RFC 6455 8.1 asks. The engine's text frames (API before 1.28) carry the
container's output whatever its bytes, so ``attach_websocket`` refuses those API versions
(measured: a ``printf '\\377'`` at API 1.27 is such a frame).

**Errors.** Bytes that break RFC 6455 raise :class:`~engine_api.errors.ProtocolError`
naming the violation. No data is lost to an error: when a chunk holds messages before
the fault, ``feed`` returns them and the error is raised by the next ``feed`` or ``eof``;
once raised, the codec keeps raising it. Calls out of order (data after the close)
raise ``ValueError``.

**Memory.** Data frames are handed out in pieces as they arrive (``final`` marks a
message's last piece), so nothing larger than a chunk read is held, whatever a frame's
length; control frames are at most 125 bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from wsproto.connection import Connection, ConnectionState, ConnectionType
from wsproto.events import BytesMessage, CloseConnection, Event, TextMessage
from wsproto.events import Ping as _WsPing
from wsproto.events import Pong as _WsPong
from wsproto.utilities import LocalProtocolError, generate_accept_token, generate_nonce

from engine_api.errors import ProtocolError

__all__ = (
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

Chunk: TypeAlias = bytes | bytearray | memoryview


# --- messages -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Binary:
    """A piece of a binary message as it arrived (``final``: the message's last piece)."""

    data: bytes
    final: bool = True


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of a text message, decoded (``final``: the message's last piece)."""

    text: str
    final: bool = True

    @property
    def data(self) -> bytes:
        """The piece as UTF-8 bytes."""
        return self.text.encode()


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

_NO_STATUS = 1005  # RFC 6455 7.4.1: the close frame had no status code


# --- handshake ----------------------------------------------------------------------------


def handshake_headers(host: str) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """The headers that make a GET an RFC 6455 upgrade, and the ``Sec-WebSocket-Key`` sent.

    ``host`` is the Host the caller sends (it adds the Host header itself); it is checked
    here so that a value that cannot be a header fails before anything is written. Keep
    the key for :func:`check_accept`.
    """
    if not host or any(c in host for c in "\r\n\0 \t"):
        raise ValueError(f"not a usable Host header value: {host!r}")
    key = generate_nonce()
    headers = [
        (b"Upgrade", b"websocket"),
        (b"Connection", b"Upgrade"),
        (b"Sec-WebSocket-Key", key),
        (b"Sec-WebSocket-Version", b"13"),
    ]
    return headers, key


def accept_for(key: bytes) -> bytes:
    """The ``Sec-WebSocket-Accept`` value a server must answer to ``key``."""
    return generate_accept_token(key)


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


# --- the connection ------------------------------------------------------------------------


class WebSocketCodec:
    """The client side of one WebSocket connection, after the upgrade (sans-I/O).

    ``send_*`` return the frame's bytes to write (masked, as a client's must be);
    :meth:`feed` takes the bytes read and returns the messages they complete;
    :meth:`eof` says the connection ended.
    """

    __slots__ = ("_close_received", "_close_sent", "_error", "_ws")

    def __init__(self) -> None:
        self._ws = Connection(ConnectionType.CLIENT)
        self._error: ProtocolError | None = None
        self._close_sent = False
        self._close_received = False

    @property
    def close_received(self) -> bool:
        """Whether the peer's close frame arrived."""
        return self._close_received

    @property
    def close_sent(self) -> bool:
        """Whether :meth:`send_close` was called."""
        return self._close_sent

    # -- sending --------------------------------------------------------------------------------

    def _send(self, what: str, event: Event) -> bytes:
        if self._close_sent:
            raise ValueError(f"cannot send {what} after the close frame")
        try:
            return self._ws.send(event)
        except LocalProtocolError as exc:
            raise ValueError(f"cannot send {what} now: {exc}") from None

    def send_binary(self, data: Chunk) -> bytes:
        """A binary frame of ``data``."""
        return self._send("a binary frame", BytesMessage(data=bytes(data)))

    def send_text(self, text: str) -> bytes:
        """A text frame of ``text`` (UTF-8)."""
        return self._send("a text frame", TextMessage(data=text))

    def send_ping(self, data: Chunk = b"") -> bytes:
        """A ping carrying ``data`` (at most 125 bytes)."""
        return self._send("a ping", _WsPing(payload=self._control(data)))

    def send_pong(self, data: Chunk = b"") -> bytes:
        """A pong carrying ``data``: the answer to a :class:`Ping` of the same data."""
        return self._send("a pong", _WsPong(payload=self._control(data)))

    def send_close(self, code: int = 1000, reason: str = "") -> bytes:
        """The close frame with ``code`` (1000-1003, 1007-1011 or 3000-4999) and
        ``reason`` (at most 123 bytes of UTF-8); after it only reading goes on."""
        if self._close_sent:
            raise ValueError("the close frame was sent already")
        if isinstance(code, bool) or not (
            1000 <= code <= 1003 or 1007 <= code <= 1011 or 3000 <= code <= 4999
        ):
            raise ValueError(f"{code!r} is not a close status code an endpoint may send")
        size = len(reason.encode())
        if size > 123:
            raise ValueError(f"the close reason is {size} bytes of UTF-8; at most 123 fit")
        frame = self._send("a close frame", CloseConnection(code=code, reason=reason or None))
        self._close_sent = True
        return frame

    @staticmethod
    def _control(data: Chunk) -> bytes:
        payload = bytes(data)
        if len(payload) > 125:
            raise ValueError(f"a control frame carries at most 125 bytes, not {len(payload)}")
        return payload

    # -- receiving ------------------------------------------------------------------------------

    def feed(self, data: Chunk) -> list[Message]:
        """The messages (pieces of them) that ``data`` completes, in order."""
        if self._error is not None:
            raise self._error
        if not data:
            return []
        self._ws.receive_data(bytes(data))
        out: list[Message] = []
        for event in self._ws.events():
            if isinstance(event, BytesMessage):
                out.append(Binary(bytes(event.data), event.message_finished))
            elif isinstance(event, TextMessage):
                out.append(Text(event.data, event.message_finished))
            elif isinstance(event, _WsPing):
                out.append(Ping(bytes(event.payload)))
            elif isinstance(event, _WsPong):
                out.append(Pong(bytes(event.payload)))
            elif isinstance(event, CloseConnection):
                # A close the peer sent moves the state on; wsproto's own verdict on bytes
                # that break the protocol comes as a close event too, the state unmoved.
                if self._ws.state in (ConnectionState.OPEN, ConnectionState.LOCAL_CLOSING):
                    self._error = ProtocolError(
                        f"the engine broke the WebSocket protocol (RFC 6455): {event.reason} "
                        f"(close code {int(event.code)})"
                    )
                    break
                self._close_received = True
                code = None if event.code == _NO_STATUS else int(event.code)
                out.append(Close(code, event.reason or ""))
        if self._error is not None and not out:
            raise self._error
        return out

    def eof(self, *, require_close: bool = True) -> None:
        """The connection ended. Raises :class:`~engine_api.errors.ProtocolError` if a
        fault is pending, or without the peer's close frame unless ``require_close`` is
        False (the caller dropped the connection itself)."""
        if self._error is not None:
            raise self._error
        if self._close_received or not require_close:
            return
        self._error = ProtocolError("the WebSocket connection ended without a close frame")
        raise self._error
