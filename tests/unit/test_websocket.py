"""The WebSocket codec alone: the handshake, the client's masked frames, the server's frames
in every chunking, and the RFC 6455 rules it enforces (engine_api/_websocket.py)."""

from __future__ import annotations

import array
import base64
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine_api._websocket import (
    DEFAULT_MAX_MESSAGE,
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


def decode(data: bytes, **options: bool | int) -> list[Message]:
    return WebSocketCodec(**options).feed(data)  # type: ignore[arg-type]


def refused(data: bytes, match: str, **options: bool | int) -> None:
    """``data`` raises ProtocolError matching ``match`` however it is cut (whole, or byte by
    byte; messages before the fault may come out first, the error then comes from ``eof``);
    a codec that raised keeps raising."""
    codec = WebSocketCodec(**options)  # type: ignore[arg-type]
    with pytest.raises(ProtocolError, match=match):
        codec.feed(data)
        codec.eof()
    with pytest.raises(ProtocolError, match=match):
        codec.feed(b"\x81\x00")
    with pytest.raises(ProtocolError, match=match):
        codec.eof()
    bytewise = WebSocketCodec(**options)  # type: ignore[arg-type]
    with pytest.raises(ProtocolError, match=match):
        for i in range(len(data)):
            bytewise.feed(data[i : i + 1])


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


def test_after_close_only_control_frames_may_be_sent() -> None:
    codec = WebSocketCodec()
    codec.send_close()
    with pytest.raises(ValueError, match="after the close frame"):
        codec.send_binary(b"x")
    with pytest.raises(ValueError, match="after the close frame"):
        codec.send_text("x")
    with pytest.raises(ValueError, match="already sent"):
        codec.send_close()
    assert parse_client_frame(codec.send_ping(b"p"))[0] == PING
    assert parse_client_frame(codec.send_pong(b"p"))[0] == PONG


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
        WebSocketCodec().send_close(1000, "☃" * 41 + "r")  # 41 * 3 + 1 bytes


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_max_message_must_be_a_positive_int(bad: object) -> None:
    with pytest.raises(ValueError, match="max_message"):
        WebSocketCodec(max_message=bad)  # type: ignore[arg-type]


# --- receiving: framing -------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 5, 125, 126, 0xFFFF, 0x10000, 300_001])
def test_server_lengths_in_7_16_and_64_bits(size: int) -> None:
    payload = bytes(i % 253 for i in range(size))
    frame = server_frame(BINARY, payload)
    assert len(frame) - size == (2 if size < 126 else 4 if size <= 0xFFFF else 10)
    assert decode(frame) == [Binary(payload)]
    # the header cut after each of its bytes
    codec = WebSocketCodec()
    out = feed_all(codec, frame, list(range(1, 11)))
    assert out == [Binary(payload)]


def test_lengths_must_use_the_shortest_form() -> None:
    refused(server_frame(BINARY, b"x" * 125, length_form=16), "125 sent in 16 bits")
    refused(server_frame(BINARY, b"x" * 126, length_form=64), "126 sent in 64 bits")
    refused(server_frame(BINARY, b"x" * 0xFFFF, length_form=64), "65535 sent in 64 bits")
    assert decode(server_frame(BINARY, b"x" * 126, length_form=16)) == [Binary(b"x" * 126)]


def test_a_64_bit_length_with_its_top_bit_set_is_refused() -> None:
    refused(b"\x82\x7f" + struct.pack("!Q", 1 << 63), "most significant bit")


def test_text_keeps_raw_bytes_and_decodes_lazily() -> None:
    out = decode(server_frame(TEXT, b"ok \xff\xfe") + server_frame(TEXT, "☃".encode()))
    assert out == [Text(b"ok \xff\xfe"), Text("☃".encode())]
    assert isinstance(out[0], Text) and out[0].text == "ok \ufffd\ufffd"
    assert isinstance(out[1], Text) and out[1].text == "☃"


def test_strict_utf8_refuses_a_text_message_that_is_not_utf8() -> None:
    assert decode(server_frame(TEXT, "☃".encode()), strict_utf8=True) == [Text("☃".encode())]
    refused(server_frame(TEXT, b"ok \xff"), "not valid UTF-8", strict_utf8=True)
    # a character split across fragments is fine; a truncated one at the end is not
    snowman = "☃".encode()
    split = server_frame(TEXT, snowman[:1], fin=False) + server_frame(CONT, snowman[1:])
    assert decode(split, strict_utf8=True) == [Text(snowman)]
    refused(server_frame(TEXT, snowman[:2]), "not valid UTF-8", strict_utf8=True)


def test_fragmented_messages_are_reassembled() -> None:
    stream = (
        server_frame(TEXT, b"hel", fin=False)
        + server_frame(CONT, b"", fin=False)
        + server_frame(CONT, b"lo")
        + server_frame(BINARY, b"\x00\x01", fin=False)
        + server_frame(CONT, b"\x02" * 300)
        + server_frame(BINARY, b"", fin=False)
        + server_frame(CONT, b"")
    )
    expected = [Text(b"hello"), Binary(b"\x00\x01" + b"\x02" * 300), Binary(b"")]
    assert decode(stream) == expected
    assert feed_all(WebSocketCodec(), stream, list(range(len(stream)))) == expected


def test_control_frames_between_fragments_come_out_first() -> None:
    stream = (
        server_frame(BINARY, b"ab", fin=False)
        + server_frame(PING, b"are you there")
        + server_frame(CONT, b"cd", fin=False)
        + server_frame(PONG, b"yes")
        + server_frame(CONT, b"ef")
        + server_frame(CLOSE, b"\x03\xe8")
    )
    assert decode(stream) == [
        Ping(b"are you there"),
        Pong(b"yes"),
        Binary(b"abcdef"),
        Close(1000, ""),
    ]


def test_ping_and_pong() -> None:
    codec = WebSocketCodec()
    assert codec.feed(server_frame(PING, b"x" * 125) + server_frame(PING)) == [
        Ping(b"x" * 125),
        Ping(b""),
    ]
    assert codec.feed(server_frame(PONG, b"hb")) == [Pong(b"hb")]
    answer = codec.send_pong(b"x" * 125)
    assert parse_client_frame(answer) == (PONG, True, 7, b"x" * 125)


def test_close_with_code_and_reason() -> None:
    codec = WebSocketCodec()
    assert not codec.close_received
    reason = "going ☃".encode()
    assert codec.feed(server_frame(CLOSE, b"\x0f\xa0" + reason)) == [Close(4000, "going ☃")]
    assert codec.close_received
    codec.eof()  # a clean end
    assert decode(server_frame(CLOSE)) == [Close(None, "")]
    assert decode(server_frame(CLOSE, b"\x03\xe9")) == [Close(1001, "")]


def test_close_payload_rules() -> None:
    refused(server_frame(CLOSE, b"\x03"), "1-byte payload")
    # lenient by default (the code and the reason are the peer's business) ...
    assert decode(server_frame(CLOSE, b"\x03\xed\xff")) == [Close(1005, "\ufffd")]
    # ... strict on request
    refused(server_frame(CLOSE, b"\x03\xed"), "status code 1005", strict_utf8=True)
    refused(
        server_frame(CLOSE, b"\x03\xe8\xff"), "close reason is not valid UTF-8", strict_utf8=True
    )
    assert decode(server_frame(CLOSE, b"\x0b\xb8ok"), strict_utf8=True) == [Close(3000, "ok")]


def test_nothing_may_follow_the_close_frame() -> None:
    codec = WebSocketCodec()
    out = codec.feed(server_frame(BINARY, b"last") + server_frame(CLOSE, b"\x03\xe8"))
    assert out == [Binary(b"last"), Close(1000, "")]
    with pytest.raises(ProtocolError, match="close frame arrived after the close frame"):
        codec.feed(server_frame(CLOSE, b"\x03\xe8"))
    # a ping after it is refused too, also in the same chunk as the close
    codec = WebSocketCodec()
    out = codec.feed(server_frame(CLOSE, b"\x03\xea") + server_frame(PING))
    assert out == [Close(1002, "")]
    with pytest.raises(ProtocolError, match="ping frame arrived after the close frame"):
        codec.feed(b"")


# --- receiving: the bound on messages ------------------------------------------------------


def test_max_message_refuses_a_frame_from_its_header() -> None:
    codec = WebSocketCodec(max_message=1000)
    assert codec.feed(server_frame(BINARY, b"x" * 1000)) == [Binary(b"x" * 1000)]
    # only the header of a 1001-byte frame: refused before any payload arrives
    with pytest.raises(ProtocolError, match=r"longer than max_message \(1000 bytes\)"):
        codec.feed(server_frame(BINARY, b"x" * 1001)[:4])
    # a 2**62-byte frame is refused, not waited for
    huge = WebSocketCodec()
    with pytest.raises(ProtocolError, match="max_message"):
        huge.feed(b"\x82\x7f" + struct.pack("!Q", 1 << 62))
    assert DEFAULT_MAX_MESSAGE == 16 * 1024 * 1024


def test_max_message_counts_the_whole_fragmented_message() -> None:
    codec = WebSocketCodec(max_message=10)
    fragments = server_frame(TEXT, b"x" * 6, fin=False) + server_frame(PING, b"p" * 50)
    assert codec.feed(fragments) == [Ping(b"p" * 50)]  # control frames do not count
    with pytest.raises(ProtocolError, match="with 6 bytes of the message already held"):
        codec.feed(server_frame(CONT, b"x" * 5)[:2])
    codec = WebSocketCodec(max_message=10)
    exact = server_frame(TEXT, b"x" * 6, fin=False) + server_frame(CONT, b"y" * 4)
    assert codec.feed(exact) == [Text(b"x" * 6 + b"y" * 4)]
    assert codec.feed(server_frame(BINARY, b"z" * 10)) == [Binary(b"z" * 10)]  # bound resets


# --- receiving: stream_fragments -----------------------------------------------------------


def test_stream_fragments_hands_out_pieces_as_they_arrive() -> None:
    codec = WebSocketCodec(stream_fragments=True, max_message=4)  # no bound in this mode
    frame = server_frame(BINARY, b"abcdefgh", fin=False)
    assert codec.feed(frame[:5]) == [Binary(b"abc", final=False)]
    assert codec.feed(frame[5:]) == [Binary(b"defgh", final=False)]
    assert codec.feed(server_frame(PING, b"!")) == [Ping(b"!")]
    last = server_frame(CONT, b"ij")
    assert codec.feed(last[:3]) == [Binary(b"i", final=False)]
    assert codec.feed(last[3:]) == [Binary(b"j", final=True)]
    # an empty last fragment marks the end with an empty piece
    out = codec.feed(server_frame(TEXT, b"xy", fin=False) + server_frame(CONT, b""))
    assert out == [Text(b"xy", final=False), Text(b"", final=True)]
    assert codec.feed(server_frame(TEXT)) == [Text(b"", final=True)]
    assert codec.feed(server_frame(CLOSE, b"\x03\xe8")) == [Close(1000, "")]
    codec.eof()


def test_stream_fragments_strict_utf8_across_pieces() -> None:
    snowman = "☃".encode()
    frame = server_frame(TEXT, b"a" + snowman + b"b")
    codec = WebSocketCodec(stream_fragments=True, strict_utf8=True)
    pieces = feed_all(codec, frame, [3, 4])  # the snowman cut in three
    assert b"".join(p.data for p in pieces if isinstance(p, Text)) == b"a" + snowman + b"b"
    assert isinstance(pieces[-1], Text) and pieces[-1].final
    bad = WebSocketCodec(stream_fragments=True, strict_utf8=True)
    assert bad.feed(server_frame(TEXT, b"ok", fin=False)) == [Text(b"ok", final=False)]
    with pytest.raises(ProtocolError, match="not valid UTF-8"):
        bad.feed(server_frame(CONT, snowman[:2]))  # the message ends inside a character
    lenient = WebSocketCodec(stream_fragments=True)
    assert lenient.feed(server_frame(TEXT, b"\xff")) == [Text(b"\xff")]


# --- receiving: protocol violations ---------------------------------------------------------


@pytest.mark.parametrize("opcode", [0x3, 0x4, 0x5, 0x6, 0x7, 0xB, 0xC, 0xD, 0xE, 0xF])
def test_unknown_opcodes_are_refused(opcode: int) -> None:
    refused(server_frame(opcode, b"x"), f"unknown opcode 0x{opcode:X}")


@pytest.mark.parametrize(
    ("rsv", "names"), [(4, "RSV1"), (2, "RSV2"), (1, "RSV3"), (7, "RSV1, RSV2, RSV3")]
)
def test_reserved_bits_are_refused(rsv: int, names: str) -> None:
    refused(server_frame(BINARY, b"x", rsv=rsv), f"reserved bit\\(s\\) {names} set")


def test_masked_server_frames_are_refused() -> None:
    refused(server_frame(BINARY, b"abc", mask=b"\1\2\3\4"), "masked binary frame")
    refused(server_frame(PING, b"", mask=b"\0\0\0\0"), "masked ping frame")


def test_control_frame_rules() -> None:
    refused(server_frame(PING, b"x", fin=False), "fragmented ping frame")
    refused(server_frame(CLOSE, b"\x03\xe8", fin=False), "fragmented close frame")
    refused(server_frame(PONG, b"x" * 126), "pong frame longer than 125 bytes")
    refused(b"\x89\x7e\x00\x7e" + b"x" * 126, "ping frame longer than 125 bytes")


def test_fragment_ordering_rules() -> None:
    refused(server_frame(CONT, b"x"), "continuation frame with no fragmented message")
    refused(
        server_frame(TEXT, b"a", fin=False) + server_frame(BINARY, b"b"),
        "new binary message began while a fragmented text message was unfinished",
    )
    refused(
        server_frame(BINARY, b"a") + server_frame(CONT, b"b"),
        "continuation frame with no fragmented message",
    )


def test_messages_before_a_fault_are_returned_then_the_fault_raised() -> None:
    codec = WebSocketCodec()
    good = server_frame(BINARY, b"one") + server_frame(PING, b"p")
    assert codec.feed(good + server_frame(0x3)) == [Binary(b"one"), Ping(b"p")]
    with pytest.raises(ProtocolError, match="unknown opcode 0x3") as first:
        codec.feed(server_frame(BINARY, b"two"))
    with pytest.raises(ProtocolError) as again:
        codec.eof()
    assert again.value is first.value


# --- the end of the stream ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"\x82", "inside a frame header: 1 of its 2 bytes"),
        (b"\x82\x7e\x01", "inside a frame header: 1 of its 4 bytes"),
        (b"\x82\x7f" + b"\0" * 5, "inside a frame header: 3 of its 10 bytes"),
        (server_frame(BINARY, b"abcdef")[:5], "inside a binary frame: 3 of its 6 payload bytes"),
        (server_frame(PING, b"abc")[:3], "inside a ping frame: 2 of its 3"),
        (
            server_frame(TEXT, b"ab", fin=False) + server_frame(CONT, b"cd")[:3],
            "inside a text frame: 1 of its 2",
        ),
        (
            server_frame(TEXT, b"ab", fin=False) + server_frame(PING),
            "inside a fragmented text message: 2 bytes arrived",
        ),
        (server_frame(BINARY, b"done"), "without a close frame"),
        (b"", "without a close frame"),
    ],
)
def test_eof_where_the_stream_may_not_end(data: bytes, match: str) -> None:
    for stream_fragments in (False, True):
        codec = WebSocketCodec(stream_fragments=stream_fragments)
        codec.feed(data)
        with pytest.raises(ProtocolError, match=match):
            codec.eof()
        with pytest.raises(ProtocolError, match=match):
            codec.feed(b"\x82\x00")  # the error sticks


def test_eof_without_close_when_the_caller_dropped_the_connection() -> None:
    codec = WebSocketCodec()
    assert codec.feed(server_frame(BINARY, b"x")) == [Binary(b"x")]
    codec.eof(require_close=False)
    with pytest.raises(ValueError, match=r"after eof\(\)"):
        codec.feed(b"\x82\x00")
    cut = WebSocketCodec()
    cut.feed(b"\x82\x05ab")
    with pytest.raises(ProtocolError, match="inside a binary frame"):
        cut.eof(require_close=False)


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
            bytes([draw(st.integers(0, 255))]) * draw(sizes) for _ in range(draw(st.integers(1, 3)))
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
        expected += [*controls, Text(payload) if opcode == TEXT else Binary(payload)]
    code = draw(st.sampled_from([1000, 1001, 1011, 4000]))
    reason = draw(st.text(max_size=20))
    stream += server_frame(CLOSE, struct.pack("!H", code) + reason.encode())
    expected.append(Close(code, reason))
    return bytes(stream), expected


def joined(pieces: list[Message]) -> list[Message]:
    """Join stream_fragments pieces back into whole messages."""
    out: list[Message] = []
    held: list[bytes] = []
    for piece in pieces:
        if isinstance(piece, Text | Binary):
            held.append(piece.data)
            if piece.final:
                out.append(type(piece)(b"".join(held)))
                held.clear()
        else:
            out.append(piece)
    assert not held
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(server_streams(), st.lists(st.integers(0, 1 << 20), max_size=30))
def test_every_chunking_yields_the_same_messages(
    case: tuple[bytes, list[Message]], cuts: list[int]
) -> None:
    stream, expected = case
    cuts = [c % (len(stream) + 1) for c in cuts]
    codec = WebSocketCodec()
    assert feed_all(codec, stream, cuts) == expected
    codec.eof()
    streaming = WebSocketCodec(stream_fragments=True)
    pieces = feed_all(streaming, stream, cuts)
    streaming.eof()
    assert joined(pieces) == expected
    # pings, pongs and the close come out in stream order in both modes
    assert [m for m in pieces if not isinstance(m, Text | Binary)] == [
        m for m in expected if not isinstance(m, Text | Binary)
    ]


@given(st.binary(max_size=300), st.lists(st.integers(0, 400), max_size=10))
def test_every_chunking_of_a_cut_stream_fails_the_same_way(data: bytes, cuts: list[int]) -> None:
    """Arbitrary bytes: whole or in pieces, the codec returns the same messages and
    reaches the same verdict at the end."""

    def run(pieces_at: list[int]) -> tuple[list[Message], str]:
        codec = WebSocketCodec()
        out: list[Message] = []
        bounds = sorted({c for c in pieces_at if 0 < c < len(data)})
        try:
            for i, j in zip([0, *bounds], [*bounds, len(data)], strict=True):
                out += codec.feed(data[i:j])
            codec.eof()
        except ProtocolError as exc:
            return out, str(exc)
        return out, "ok"

    assert run(cuts) == run([])
