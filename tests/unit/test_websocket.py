"""The WebSocket codec alone (engine_api/_websocket.py, on wsproto): the handshake, the
client's masked frames, the server's frames in every chunking, and what breaks the protocol."""

from __future__ import annotations

import array
import base64
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine_api._websocket import (
    Binary,
    Close,
    Message,
    Ping,
    Pong,
    Text,
    WebSocketCodec,
    accept_for,
    check_accept,
    handshake_headers,
)
from engine_api.errors import ProtocolError

CONT, TEXT, BINARY, CLOSE, PING, PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


# --- helpers ------------------------------------------------------------------------------


def server_frame(
    opcode: int,
    payload: bytes = b"",
    *,
    fin: bool = True,
    rsv: int = 0,
    mask: bytes | None = None,
    length_form: int | None = None,
) -> bytes:
    """A frame as a server writes it; ``length_form`` (7, 16 or 64) forces the length's
    encoding, ``mask`` masks it (which a server must not do)."""
    n = len(payload)
    form = length_form or (7 if n <= 125 else 16 if n <= 0xFFFF else 64)
    first = (0x80 if fin else 0) | (rsv << 4) | opcode
    mask_bit = 0x80 if mask is not None else 0
    if form == 7:
        head = bytes((first, mask_bit | n))
    elif form == 16:
        head = struct.pack("!BBH", first, mask_bit | 126, n)
    else:
        head = struct.pack("!BBQ", first, mask_bit | 127, n)
    if mask is not None:
        head += mask
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return head + payload


def parse_client_frame(frame: bytes) -> tuple[int, bool, int, bytes]:
    """Check that ``frame`` is exactly one masked client frame; return its opcode, FIN,
    the size of its length field (7, 16 or 64 bits) and its unmasked payload."""
    first, second = frame[0], frame[1]
    assert first & 0x70 == 0, "reserved bits set"
    assert second & 0x80, "client frame not masked"
    length = second & 0x7F
    pos = 2
    form = 7
    if length == 126:
        (length,) = struct.unpack_from("!H", frame, pos)
        pos, form = pos + 2, 16
    elif length == 127:
        (length,) = struct.unpack_from("!Q", frame, pos)
        pos, form = pos + 8, 64
    key = frame[pos : pos + 4]
    masked = frame[pos + 4 :]
    assert len(masked) == length, "frame length does not match its payload"
    payload = bytes(b ^ key[i % 4] for i, b in enumerate(masked))
    return first & 0x0F, bool(first & 0x80), form, payload


def feed_all(codec: WebSocketCodec, data: bytes, cuts: list[int] | None = None) -> list[Message]:
    """Feed ``data`` cut at the positions ``cuts``; return everything that came out."""
    bounds = sorted({c for c in cuts or [] if 0 < c < len(data)})
    out: list[Message] = []
    for i, j in zip([0, *bounds], [*bounds, len(data)], strict=True):
        out += codec.feed(data[i:j])
    return out


def refused(data: bytes, match: str) -> None:
    """``data`` raises ProtocolError matching ``match``, whole or byte by byte (messages
    before the fault may come out first, the error then comes from ``eof``); a codec that
    raised keeps raising."""
    codec = WebSocketCodec()
    with pytest.raises(ProtocolError, match=match):
        codec.feed(data)
        codec.eof()
    with pytest.raises(ProtocolError, match=match):
        codec.feed(b"\x81\x00")
    with pytest.raises(ProtocolError, match=match):
        codec.eof()
    bytewise = WebSocketCodec()
    with pytest.raises(ProtocolError, match=match):
        for i in range(len(data)):
            bytewise.feed(data[i : i + 1])
        bytewise.eof()


def joined(pieces: list[Message]) -> list[Message]:
    """Join the pieces of each data message back into one message."""
    out: list[Message] = []
    held: list[Binary | Text] = []
    for piece in pieces:
        if isinstance(piece, Text | Binary):
            held.append(piece)
            if piece.final:
                if isinstance(piece, Text):
                    out.append(Text("".join(p.text for p in held if isinstance(p, Text))))
                else:
                    out.append(Binary(b"".join(p.data for p in held)))
                held.clear()
        else:
            out.append(piece)
    assert not held
    return out


# --- handshake ----------------------------------------------------------------------------


def test_accept_key_of_the_rfc_example() -> None:
    key = b"dGhlIHNhbXBsZSBub25jZQ=="
    assert accept_for(key) == b"s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
    check_accept(key, b"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    check_accept(key, b" s3pPLMBiTxaQ9kYGzzhZRbK+xOo= ")  # OWS around a header value


def test_check_accept_refuses_a_missing_or_wrong_answer() -> None:
    key = b"dGhlIHNhbXBsZSBub25jZQ=="
    with pytest.raises(ProtocolError, match="no Sec-WebSocket-Accept"):
        check_accept(key, None)
    with pytest.raises(ProtocolError, match="calls for"):
        check_accept(key, b"s3pPLMBiTxaQ9kYGzzhZRbK+xOo")
    with pytest.raises(ProtocolError, match="calls for"):
        check_accept(b"AAAAAAAAAAAAAAAAAAAAAA==", b"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")


def test_handshake_headers_carry_a_fresh_16_byte_key() -> None:
    headers, key = handshake_headers("docker")
    assert dict(headers) == {
        b"Upgrade": b"websocket",
        b"Connection": b"Upgrade",
        b"Sec-WebSocket-Key": key,
        b"Sec-WebSocket-Version": b"13",
    }
    assert len(base64.b64decode(key, validate=True)) == 16
    assert handshake_headers("docker")[1] != key
    check_accept(key, accept_for(key))


@pytest.mark.parametrize("host", ["", "a b", "docker\r\nX: 1", "a\0b", "a\tb"])
def test_handshake_refuses_a_host_that_cannot_be_a_header(host: str) -> None:
    with pytest.raises(ValueError, match="Host"):
        handshake_headers(host)


# --- sending ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "form"),
    [(0, 7), (1, 7), (125, 7), (126, 16), (0xFFFF, 16), (0x10000, 64), (200_003, 64)],
)
def test_client_frames_are_masked_and_decode_back(size: int, form: int) -> None:
    payload = bytes(i % 251 for i in range(size))
    frame = WebSocketCodec().send_binary(payload)
    assert parse_client_frame(frame) == (BINARY, True, form, payload)


def test_each_frame_gets_its_own_mask() -> None:
    codec = WebSocketCodec()
    frames = {codec.send_binary(b"\0" * 16) for _ in range(8)}
    assert len(frames) > 1  # 8 identical 32-bit keys in a row: 2**-224
    for frame in frames:
        assert parse_client_frame(frame)[3] == b"\0" * 16


def test_send_text_ping_pong() -> None:
    codec = WebSocketCodec()
    assert parse_client_frame(codec.send_text("héllo ☃")) == (
        TEXT,
        True,
        7,
        "héllo ☃".encode(),
    )
    assert parse_client_frame(codec.send_ping(b"p" * 125)) == (PING, True, 7, b"p" * 125)
    assert parse_client_frame(codec.send_pong()) == (PONG, True, 7, b"")
    with pytest.raises(ValueError, match="at most 125"):
        codec.send_ping(b"p" * 126)
    with pytest.raises(ValueError, match="at most 125"):
        codec.send_pong(bytearray(126))


def test_any_buffer_is_sent_as_its_bytes() -> None:
    words = array.array("I", [1, 2, 3])  # 3 items, 12 bytes
    codec = WebSocketCodec()
    assert parse_client_frame(codec.send_binary(memoryview(words)))[3] == words.tobytes()
    assert parse_client_frame(codec.send_binary(bytearray(b"ab")))[3] == b"ab"
    assert parse_client_frame(codec.send_ping(memoryview(words)))[3] == words.tobytes()
    with pytest.raises(ValueError, match="not 128"):
        codec.send_ping(memoryview(array.array("I", [0] * 32)))


def test_send_close_with_code_and_reason() -> None:
    codec = WebSocketCodec()
    assert not codec.close_sent
    frame = codec.send_close(4001, "bye ☃")
    assert codec.close_sent
    assert parse_client_frame(frame) == (CLOSE, True, 7, b"\x0f\xa1" + "bye ☃".encode())
    assert parse_client_frame(WebSocketCodec().send_close())[3] == b"\x03\xe8"


def test_after_the_close_frame_nothing_more_is_sent() -> None:
    codec = WebSocketCodec()
    codec.send_close()
    with pytest.raises(ValueError, match="after the close frame"):
        codec.send_binary(b"x")
    with pytest.raises(ValueError, match="after the close frame"):
        codec.send_text("x")
    with pytest.raises(ValueError, match="after the close frame"):
        codec.send_ping(b"p")
    with pytest.raises(ValueError, match="after the close frame"):
        codec.send_pong(b"p")
    with pytest.raises(ValueError, match="sent already"):
        codec.send_close()


def test_after_the_engines_close_only_the_answering_close_is_sent() -> None:
    codec = WebSocketCodec()
    assert codec.feed(server_frame(CLOSE, struct.pack("!H", 1000))) == [Close(1000)]
    assert codec.close_received and not codec.close_sent
    with pytest.raises(ValueError, match="cannot send a binary frame now"):
        codec.send_binary(b"late")
    assert parse_client_frame(codec.send_close())[:2] == (CLOSE, True)


@pytest.mark.parametrize("code", [0, 999, 1004, 1005, 1006, 1015, 2999, 5000, True])
def test_send_close_refuses_codes_an_endpoint_may_not_send(code: int) -> None:
    codec = WebSocketCodec()
    with pytest.raises(ValueError, match="close status code"):
        codec.send_close(code)
    assert not codec.close_sent


def test_send_close_refuses_a_reason_that_does_not_fit() -> None:
    codec = WebSocketCodec()
    assert parse_client_frame(codec.send_close(1000, "r" * 123))[3][2:] == b"r" * 123
    with pytest.raises(ValueError, match="124 bytes"):
        WebSocketCodec().send_close(1000, "r" * 124)
    with pytest.raises(ValueError, match="124 bytes"):
        WebSocketCodec().send_close(1000, "\u2603" * 41 + "r")  # 41 * 3 + 1 bytes


# --- receiving ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 5, 125, 126, 0xFFFF, 0x10000, 300_001])
def test_server_lengths_in_7_16_and_64_bits(size: int) -> None:
    payload = bytes(i % 253 for i in range(size))
    frame = server_frame(BINARY, payload)
    assert len(frame) - size == (2 if size < 126 else 4 if size <= 0xFFFF else 10)
    assert joined(WebSocketCodec().feed(frame)) == [Binary(payload)]
    # the header cut after each of its bytes
    assert joined(feed_all(WebSocketCodec(), frame, list(range(1, 11)))) == [Binary(payload)]


def test_pieces_come_out_as_they_arrive() -> None:
    """A long frame is handed out piece by piece: nothing waits for its end."""
    payload = bytes(range(256)) * 1000
    frame = server_frame(BINARY, payload)
    codec = WebSocketCodec()
    first = codec.feed(frame[:50_000])
    assert len(first) == 1 and isinstance(first[0], Binary) and not first[0].final
    assert first[0].data == payload[: 50_000 - 10]
    rest = codec.feed(frame[50_000:])
    assert rest == [Binary(payload[50_000 - 10 :], final=True)]


def test_fragmented_messages_and_control_frames_between_them() -> None:
    stream = (
        server_frame(TEXT, "h\u00e9".encode(), fin=False)
        + server_frame(PING, b"p")
        + server_frame(CONT, "llo \u2603".encode())
        + server_frame(BINARY, b"b")
    )
    assert joined(WebSocketCodec().feed(stream)) == [
        Ping(b"p"),
        Text("h\u00e9llo \u2603"),
        Binary(b"b"),
    ]


def test_text_is_decoded_and_invalid_utf8_is_refused() -> None:
    assert WebSocketCodec().feed(server_frame(TEXT, "\u2603".encode())) == [Text("\u2603")]
    assert Text("\u2603").data == "\u2603".encode()
    refused(server_frame(TEXT, b"raw \xff"), "RFC 6455.*close code 1007")


def test_ping_pong_and_close() -> None:
    codec = WebSocketCodec()
    stream = (
        server_frame(PING, b"are you there")
        + server_frame(PONG, b"beat")
        + server_frame(CLOSE, struct.pack("!H", 4001) + "bye \u2603".encode())
    )
    assert codec.feed(stream) == [Ping(b"are you there"), Pong(b"beat"), Close(4001, "bye \u2603")]
    codec.eof()
    assert WebSocketCodec().feed(server_frame(CLOSE)) == [Close(None)]


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (server_frame(BINARY, b"x", mask=b"abcd"), "RFC 6455.*masked"),
        (server_frame(BINARY, b"x", rsv=1), "RFC 6455.*Reserved bit"),
        (server_frame(0x3), "RFC 6455.*(?i:opcode)"),
        (server_frame(PING, b"x", fin=False), "RFC 6455.*fragment control frame"),
        (server_frame(CONT, b"x"), "RFC 6455"),
        (server_frame(CLOSE, b"\x03"), "RFC 6455"),
    ],
)
def test_what_breaks_the_protocol_is_refused(data: bytes, match: str) -> None:
    refused(data, match)


def test_messages_before_a_fault_are_returned_then_the_fault_raised() -> None:
    codec = WebSocketCodec()
    good = server_frame(BINARY, b"one") + server_frame(PING, b"p")
    assert codec.feed(good + server_frame(0x3)) == [Binary(b"one"), Ping(b"p")]
    with pytest.raises(ProtocolError, match="RFC 6455") as first:
        codec.feed(server_frame(BINARY, b"two"))
    with pytest.raises(ProtocolError) as again:
        codec.eof()
    assert again.value is first.value


def test_the_end_without_a_close_frame() -> None:
    for data in (b"", server_frame(BINARY, b"done"), server_frame(BINARY, b"abcdef")[:5]):
        codec = WebSocketCodec()
        codec.feed(data)
        with pytest.raises(ProtocolError, match="without a close frame"):
            codec.eof()
        with pytest.raises(ProtocolError, match="without a close frame"):
            codec.feed(b"\x82\x00")  # the error sticks
    dropped = WebSocketCodec()
    assert dropped.feed(server_frame(BINARY, b"x")) == [Binary(b"x")]
    dropped.eof(require_close=False)  # the caller dropped the connection itself


# --- any chunking ----------------------------------------------------------------------------


@st.composite
def server_streams(draw: st.DrawFn) -> tuple[bytes, list[Message]]:
    """A server byte stream of data messages (some fragmented, with pings and pongs between
    fragments) ending with a close frame, and the messages it must decode to."""
    stream = bytearray()
    expected: list[Message] = []
    sizes = st.sampled_from([0, 1, 7, 125, 126, 200, 0xFFFF, 0x10000])
    for _ in range(draw(st.integers(0, 5))):
        opcode = draw(st.sampled_from([TEXT, BINARY]))
        pieces = [
            bytes([draw(st.integers(0, 127))]) * draw(sizes) for _ in range(draw(st.integers(1, 3)))
        ]
        controls: list[Message] = []
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            stream += server_frame(opcode if i == 0 else CONT, piece, fin=last)
            if not last and draw(st.booleans()):
                data = draw(st.binary(max_size=125))
                ping = draw(st.booleans())
                stream += server_frame(PING if ping else PONG, data)
                controls.append(Ping(data) if ping else Pong(data))
        payload = b"".join(pieces)
        expected += [*controls, Text(payload.decode()) if opcode == TEXT else Binary(payload)]
    code = draw(st.sampled_from([1000, 1001, 1011, 4000]))
    reason = draw(st.text(max_size=20))
    stream += server_frame(CLOSE, struct.pack("!H", code) + reason.encode())
    expected.append(Close(code, reason))
    return bytes(stream), expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(server_streams(), st.lists(st.integers(0, 1 << 20), max_size=30))
def test_every_chunking_yields_the_same_messages(
    case: tuple[bytes, list[Message]], cuts: list[int]
) -> None:
    stream, expected = case
    cuts = [c % (len(stream) + 1) for c in cuts]
    codec = WebSocketCodec()
    pieces = feed_all(codec, stream, cuts)
    codec.eof()
    assert joined(pieces) == expected
