"""engine_api.streams: the sans-I/O decoders of multiplexed frames and JSON lines.

Handcrafted bytes pin the exact behaviour; hypothesis checks that no chunking of a
stream changes what comes out, that truncation and bad bytes raise ProtocolError after
everything before them was delivered, and that arbitrary bytes raise nothing else.
No engine is needed.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import struct
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine_api._async.streaming import AsyncJSONStream, AsyncOutput
from engine_api._sync.streaming import JSONStream, Output
from engine_api.errors import ProtocolError
from engine_api.streams import (
    DEFAULT_MAX_LINE,
    FrameDecoder,
    JSONLinesDecoder,
    LineDecoder,
    StreamId,
    progress_error,
)
from tests.unit import fuzz_streams

Frames = list[tuple[int, bytes]]


def frame(stream: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxI", stream, len(payload)) + payload


def encode(frames: Iterable[tuple[int, bytes]]) -> bytes:
    return b"".join(frame(stream, payload) for stream, payload in frames)


def cut(data: bytes, points: Iterable[int]) -> list[bytes]:
    """``data`` cut at ``points`` (any integers; taken modulo the length, empty chunks kept)."""
    bounds = sorted(p % (len(data) + 1) for p in points)
    edges = [0, *bounds, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(edges)]


def normal(pieces: Iterable[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    """Pieces with empty ones dropped and neighbours of one stream joined: what any chunking
    of the same bytes must decode to."""
    out: list[tuple[int, bytes]] = []
    for stream, payload in pieces:
        if not payload:
            continue
        if out and out[-1][0] == stream:
            out[-1] = (stream, out[-1][1] + payload)
        else:
            out.append((int(stream), payload))
    return out


def feed_all(
    decoder: FrameDecoder, chunks: Iterable[bytes]
) -> tuple[list[tuple[StreamId, bytes]], ProtocolError | None]:
    """Everything the decoder delivers for the chunks, and the ProtocolError it ends with."""
    got: list[tuple[StreamId, bytes]] = []
    try:
        for chunk in chunks:
            got += decoder.feed(chunk)
        decoder.close()
    except ProtocolError as exc:
        return got, exc
    return got, None


def decode(data: bytes) -> list[tuple[StreamId, bytes]]:
    decoder = FrameDecoder()
    got = decoder.feed(data)
    decoder.close()
    return got


frames_st = st.lists(st.tuples(st.sampled_from([0, 1, 2]), st.binary(max_size=300)), max_size=30)
cuts_st = st.lists(st.integers(min_value=0), max_size=40)


# --- FrameDecoder: exact bytes ------------------------------------------------------------


def test_frames_exact() -> None:
    data = (
        b"\x01\x00\x00\x00\x00\x00\x00\x05hello"
        b"\x02\x00\x00\x00\x00\x00\x00\x03err"
        b"\x01\x00\x00\x00\x00\x00\x00\x01!"
    )
    assert decode(data) == [
        (StreamId.STDOUT, b"hello"),
        (StreamId.STDERR, b"err"),
        (StreamId.STDOUT, b"!"),
    ]
    assert all(type(payload) is bytes for _, payload in decode(data))


def test_consecutive_frames_of_one_stream_come_out_as_one_piece() -> None:
    data = encode([(1, b"a"), (1, b"bc"), (1, b""), (1, b"d"), (2, b"e"), (2, b"f")])
    assert decode(data) == [(StreamId.STDOUT, b"abcd"), (StreamId.STDERR, b"ef")]


def test_zero_length_frames_are_skipped() -> None:
    assert decode(encode([(1, b""), (2, b""), (0, b"")])) == []
    assert decode(encode([(2, b""), (1, b"x"), (2, b""), (1, b"y")])) == [(StreamId.STDOUT, b"xy")]


def test_stdin_frames_are_their_own_stream_and_go_to_stdout_in_demux() -> None:
    data = encode([(0, b"in"), (1, b"out"), (2, b"err")])
    assert decode(data) == [
        (StreamId.STDIN, b"in"),
        (StreamId.STDOUT, b"out"),
        (StreamId.STDERR, b"err"),
    ]
    assert Output(iter([data]), tty=False).read_demuxed() == (b"inout", b"err")


def test_byte_by_byte() -> None:
    frames = [(1, b"hello"), (2, b"world"), (1, b""), (1, b"!" * 20)]
    data = encode(frames)
    decoder = FrameDecoder()
    got = [piece for i in range(len(data)) for piece in decoder.feed(data[i : i + 1])]
    decoder.close()
    assert normal(got) == normal(frames)
    assert all(len(payload) == 1 for _, payload in got)  # handed out as soon as it arrived


def test_accepts_bytearray_and_memoryview_and_never_aliases_them() -> None:
    buffer = bytearray(encode([(1, b"abc"), (2, b"de")]))
    decoder = FrameDecoder()
    got = decoder.feed(memoryview(buffer)[:10])
    assert got == [(StreamId.STDOUT, b"ab")]
    got += decoder.feed(buffer[10:])
    buffer[:] = b"\xff" * len(buffer)
    decoder.close()
    assert normal(got) == [(StreamId.STDOUT, b"abc"), (StreamId.STDERR, b"de")]
    assert all(type(payload) is bytes for _, payload in got)


def test_empty_chunks_change_nothing() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(b"") == []
    assert decoder.feed(frame(1, b"x")[:3]) == []
    assert decoder.feed(b"") == []
    assert decoder.feed(frame(1, b"x")[3:]) == [(StreamId.STDOUT, b"x")]
    decoder.close()


def test_a_gigabyte_frame_is_handed_out_as_it_arrives_never_held() -> None:
    megabyte = b"m" * (1 << 20)
    decoder = FrameDecoder()
    assert decoder.feed(struct.pack(">BxxxI", 1, 1 << 30)) == []
    tracemalloc.start()
    try:
        for _ in range(1024):
            pieces = decoder.feed(megabyte)
            assert len(pieces) == 1 and pieces[0][0] == StreamId.STDOUT
            assert len(pieces[0][1]) == len(megabyte)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    decoder.close()
    assert peak < 4 << 20, f"{peak} bytes held while streaming a 1 GiB frame"


def test_large_frame_split_at_chunk_boundaries_keeps_its_bytes() -> None:
    payload = bytes(range(256)) * 1000
    data = encode([(2, b"before"), (1, payload), (1, b"tail"), (2, b"after")])
    for size in (1000, 4096, 65536, 7):
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        got, error = feed_all(FrameDecoder(), chunks)
        assert error is None
        assert normal(got) == [(2, b"before"), (1, payload + b"tail"), (2, b"after")]


# --- FrameDecoder: errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "shown"),
    [
        (b"\x01\x00\x01\x00\x00\x00\x00\x01", "0100010000000001"),  # padding not zero
        (b"\x04\x00\x00\x00\x00\x00\x00\x01", "0400000000000001"),  # unknown stream id
        (b"\xff\xff\xff\xff\xff\xff\xff\xff", "ffffffffffffffff"),
    ],
)
def test_bad_header_raises_at_once_with_its_hex(header: bytes, shown: str) -> None:
    decoder = FrameDecoder()
    with pytest.raises(ProtocolError, match=f"bad frame header at byte 0 .*received {shown}"):
        decoder.feed(header + b"x")


def test_text_fed_as_frames_hints_at_a_tty_stream() -> None:
    with pytest.raises(ProtocolError, match=r"received 68656c6c6f20776f.*TTY"):
        FrameDecoder().feed(b"hello world\n")


def test_bad_header_after_good_frames_delivers_them_first_then_raises() -> None:
    good = encode([(1, b"kept"), (2, b"also kept")])
    decoder = FrameDecoder()
    assert decoder.feed(good + b"\x09" * 12) == [
        (StreamId.STDOUT, b"kept"),
        (StreamId.STDERR, b"also kept"),
    ]
    with pytest.raises(ProtocolError, match=f"at byte {len(good)} .*received 0909090909090909"):
        decoder.feed(frame(1, b"more"))
    with pytest.raises(ProtocolError, match="bad frame header"):  # it stays failed
        decoder.close()


def test_bad_header_cut_by_a_chunk_boundary() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(frame(1, b"ok") + b"\x01\x00") == [(StreamId.STDOUT, b"ok")]
    with pytest.raises(ProtocolError, match=r"at byte 10 .*received 0100000700000001"):
        decoder.feed(b"\x00\x07\x00\x00\x00\x01z")


def test_systemerr_frame_raises_with_the_engines_message() -> None:
    decoder = FrameDecoder()
    data = frame(1, b"last words") + frame(3, b"error from daemon: disk full\n") + frame(1, b"x")
    assert decoder.feed(data) == [(StreamId.STDOUT, b"last words")]
    with pytest.raises(ProtocolError, match=r"error in the stream: error from daemon: disk full$"):
        decoder.close()


def test_systemerr_message_across_chunks_and_first() -> None:
    data = frame(3, b"broken pipe")
    decoder = FrameDecoder()
    assert decoder.feed(data[:10]) == []
    with pytest.raises(ProtocolError, match=r"error in the stream: broken pipe$"):
        decoder.feed(data[10:])


def test_systemerr_message_is_bounded_and_says_how_much_was_left_out() -> None:
    message = b"e" * 1_000_000
    decoder = FrameDecoder()
    data = frame(3, message)
    for i in range(0, len(data), 65536):
        try:
            decoder.feed(data[i : i + 65536])
        except ProtocolError as exc:
            error = exc
    assert len(str(error)) < 70_000
    assert f"[... {1_000_000 - 65536} more bytes]" in str(error)


def test_systemerr_cut_short_still_reports_it() -> None:
    decoder = FrameDecoder()
    decoder.feed(frame(3, b"out of memory")[:-3])
    with pytest.raises(
        ProtocolError, match=r"out of mem \[.*: 10 of 13 bytes received, 3 missing\]$"
    ):
        decoder.close()


def test_end_inside_a_header() -> None:
    decoder = FrameDecoder()
    decoder.feed(frame(1, b"ok") + b"\x02\x00\x00")
    with pytest.raises(
        ProtocolError, match=r"ended at byte 13, inside a frame header: received 3 of 8 .*020000"
    ):
        decoder.close()


def test_end_inside_a_payload() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(frame(2, b"0123456789")[:-4]) == [(StreamId.STDERR, b"012345")]
    with pytest.raises(
        ProtocolError, match="inside a stderr frame: received 6 of 10 payload bytes, 4 missing"
    ):
        decoder.close()


def test_feed_after_close_is_a_usage_error() -> None:
    decoder = FrameDecoder()
    decoder.close()
    decoder.close()  # closing twice is fine
    with pytest.raises(ValueError, match="after close"):
        decoder.feed(b"x")


# --- FrameDecoder: properties -------------------------------------------------------------


@given(frames_st, cuts_st)
def test_any_chunking_decodes_to_the_frames(frames: Frames, points: list[int]) -> None:
    data = encode(frames)
    got, error = feed_all(FrameDecoder(), cut(data, points))
    assert error is None
    assert normal(got) == normal(frames)
    assert normal(got) == normal(decode(data))
    assert all(payload and type(payload) is bytes for _, payload in got)
    for stream in StreamId:
        assert b"".join(p for s, p in got if s == stream) == b"".join(
            p for s, p in frames if s == stream
        )


def _whole_frames(chunks: Iterable[bytes]) -> list[bytes]:
    """What iterating an Output gives, both flavours checked to agree."""

    async def collect() -> list[bytes]:
        return [item async for item in aoutput(list(chunks))]

    items = list(output(chunks))
    assert run(collect) == items
    return items


def test_split_decoder_keeps_frames_apart_and_says_when_one_goes_on() -> None:
    data = encode([(1, b"one"), (1, b"two"), (2, b"err"), (1, b"three")])
    decoder = FrameDecoder(split=True)
    assert decoder.feed(data[:-2]) == [(1, b"one"), (1, b"two"), (2, b"err"), (1, b"thr")]
    assert decoder.in_frame  # "three" goes on
    assert decoder.feed(data[-2:]) == [(1, b"ee")]
    assert not decoder.in_frame
    decoder.close()
    # A header alone (no payload byte yet) leaves no piece open.
    header_only = FrameDecoder(split=True)
    assert header_only.feed(encode([(1, b"a")]) + frame(2, b"bc")[:8]) == [(1, b"a")]
    assert not header_only.in_frame
    assert FrameDecoder().feed(data) == [(1, b"onetwo"), (2, b"err"), (1, b"three")]


def test_iterating_an_output_gives_one_item_per_frame() -> None:
    frames = [(1, b"one\n"), (1, b"two\n"), (2, b"err\n"), (1, b"x" * 5000), (1, b"")]
    data = encode(frames)
    expected = [b"one\n", b"two\n", b"err\n", b"x" * 5000]
    assert _whole_frames([data]) == expected  # all in one read: not merged
    assert _whole_frames([data[i : i + 3] for i in range(0, len(data), 3)]) == expected


def test_iterating_holds_a_long_frame_up_to_a_mebibyte_then_gives_it_in_pieces() -> None:
    big = bytes(range(256)) * (3 * 4096 + 1)  # 3 MiB and 256 bytes, one frame
    data = encode([(1, b"before"), (1, big), (2, b"after")])
    items = _whole_frames([data[i : i + 65536] for i in range(0, len(data), 65536)])
    assert items[0] == b"before" and items[-1] == b"after"
    assert b"".join(items[1:-1]) == big
    assert len(items) > 3 and all(len(item) >= 1024 * 1024 for item in items[1:-2])


@given(frames_st, cuts_st)
def test_any_chunking_iterates_to_the_same_frames(frames: Frames, points: list[int]) -> None:
    data = encode(frames)
    assert list(output(cut(data, points))) == [payload for _, payload in frames if payload]


@given(frames_st.filter(lambda frames: sum(len(p) + 8 for _, p in frames) > 0), st.data())
def test_truncation_raises_at_close_after_delivering_everything_received(
    frames: Frames, data: st.DataObject
) -> None:
    encoded = encode(frames)
    ends = {0}
    for _, payload in frames:
        ends.add(max(ends) + 8 + len(payload))
    end = data.draw(st.integers(1, len(encoded) - 1).filter(lambda n: n not in ends), label="end")
    received = encoded[:end]
    got, error = feed_all(FrameDecoder(), cut(received, data.draw(cuts_st, label="cuts")))
    assert isinstance(error, ProtocolError)
    assert "the stream ended at byte" in str(error)
    assert f"at byte {end}," in str(error)
    # Every payload byte before the cut was delivered, frames in order.
    expected: Frames = []
    at = 0
    for stream, payload in frames:
        if at + 8 > end:
            break
        expected.append((stream, payload[: end - at - 8]))
        at += 8 + len(payload)
    assert normal(got) == normal(expected)


@given(frames_st, frames_st, st.binary(min_size=8, max_size=8), cuts_st)
def test_bad_header_anywhere_delivers_what_came_before_and_nothing_after(
    before: Frames, after: Frames, header: bytes, points: list[int]
) -> None:
    if header[1:4] == b"\0\0\0" and header[0] <= 3:
        header = b"\x07" + header[1:]
    data = encode(before) + header + encode(after)
    got, error = feed_all(FrameDecoder(), cut(data, points))
    assert isinstance(error, ProtocolError)
    assert header.hex() in str(error)
    assert normal(got) == normal(before)


# --- LineDecoder ----------------------------------------------------------------------------


def test_lines_exact() -> None:
    decoder = LineDecoder()
    assert decoder.feed(b"a\nb\r\n\nc\rd\n") == [b"a", b"b", b"", b"c\rd"]
    assert decoder.feed(b"tail") == []
    assert decoder.close() == [b"tail"]
    assert decoder.close() == []


def test_crlf_cut_between_cr_and_lf() -> None:
    decoder = LineDecoder()
    assert decoder.feed(b"one\r") == []
    assert decoder.feed(b"\ntwo\r") == [b"one"]
    assert decoder.feed(b"\n") == [b"two"]
    assert decoder.close() == []


def test_a_final_cr_without_lf_is_kept() -> None:
    decoder = LineDecoder()
    assert decoder.feed(b"x\r") == []
    assert decoder.close() == [b"x\r"]


def test_line_of_exactly_max_line_passes_one_more_raises() -> None:
    assert LineDecoder(max_line=4).feed(b"abcd\r\nefgh\n") == [b"abcd", b"efgh"]
    with pytest.raises(ProtocolError, match=r"line 1 .*max_line \(4 bytes\).* of 5 bytes"):
        LineDecoder(max_line=4).feed(b"abcde\n")


def test_a_long_line_raises_before_it_grows_past_the_bound() -> None:
    decoder = LineDecoder(max_line=1000)
    assert decoder.feed(b"ok\n" + b"x" * 600) == [b"ok"]
    with pytest.raises(ProtocolError, match=r"line 2 .*no end in sight, starting b'xxx"):
        decoder.feed(b"x" * 600)
    with pytest.raises(ProtocolError):  # it stays failed
        decoder.feed(b"\n")


def test_a_long_line_after_good_ones_in_one_chunk_delivers_them_first() -> None:
    decoder = LineDecoder(max_line=10)
    assert decoder.feed(b"first\nsecond\n" + b"y" * 20 + b"\nlost") == [b"first", b"second"]
    with pytest.raises(ProtocolError, match=r"line 3 .*of 20 bytes"):
        decoder.close()


def test_a_long_last_line_raises_at_close() -> None:
    decoder = LineDecoder(max_line=3)
    assert decoder.feed(b"abc\r") == []
    with pytest.raises(ProtocolError, match="max_line"):
        decoder.close()


def test_error_quotes_a_bounded_prefix() -> None:
    with pytest.raises(ProtocolError) as caught:
        LineDecoder(max_line=100_000).feed(b"z" * 200_000 + b"\n")
    assert len(str(caught.value)) < 400


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_max_line_must_be_a_positive_int(bad: Any) -> None:
    with pytest.raises(ValueError, match="max_line"):
        LineDecoder(max_line=bad)


lines_st = st.lists(
    st.binary(max_size=40)
    .map(lambda b: b.replace(b"\n", b"."))
    .filter(lambda b: not b.endswith(b"\r")),
    max_size=20,
)


@given(lines_st, st.lists(st.sampled_from([b"\n", b"\r\n"])), st.booleans(), cuts_st)
def test_any_chunking_splits_the_same_lines(
    lines: list[bytes], ends: list[bytes], last_open: bool, points: list[int]
) -> None:
    terminators = [ends[i % len(ends)] if ends else b"\n" for i in range(len(lines))]
    data = b"".join(line + end for line, end in zip(lines, terminators, strict=True))
    expected = list(lines)
    if last_open and lines and lines[-1]:
        data = data[: -len(terminators[-1])]
    decoder = LineDecoder()
    got = [line for chunk in cut(data, points) for line in decoder.feed(chunk)]
    got += decoder.close()
    assert got == expected


@given(lines_st, st.integers(1, 40), cuts_st)
def test_max_line_does_not_depend_on_chunking(
    lines: list[bytes], max_line: int, points: list[int]
) -> None:
    data = b"".join(line + b"\r\n" for line in lines)
    too_long = [len(line) > max_line for line in lines]
    decoder = LineDecoder(max_line=max_line)
    got: list[bytes] = []
    with pytest.raises(ProtocolError) if any(too_long) else _nothing():
        for chunk in cut(data, points):
            got += decoder.feed(chunk)
        got += decoder.close()
    first_bad = too_long.index(True) if any(too_long) else len(lines)
    assert got == lines[:first_bad]


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


# --- JSONLinesDecoder -----------------------------------------------------------------------


def test_json_lines_exact() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"status":"Pulling"}\n\n  \r\n[1, 2]\r\n"s"') == [
        {"status": "Pulling"},
        [1, 2],
    ]
    assert decoder.close() == ["s"]


def test_several_values_on_one_line() -> None:
    decoder = JSONLinesDecoder()
    line = b'{"stream":"Step 1/2"}{"stream":"\\n"} {"aux":{"ID":"sha256:ab"}}\t7 true\n'
    assert decoder.feed(line) == [
        {"stream": "Step 1/2"},
        {"stream": "\n"},
        {"aux": {"ID": "sha256:ab"}},
        7,
        True,
    ]


def test_broken_line_says_where_and_quotes_it() -> None:
    decoder = JSONLinesDecoder()
    good = b'{"id":"a"}\n{"id":"b"}\n'
    assert decoder.feed(good + b'{"id": nope}\n{"id":"c"}\n') == [{"id": "a"}, {"id": "b"}]
    with pytest.raises(
        ProtocolError,
        match=r"""line 3 of the stream is not JSON: Expecting value at column 8: b'{"id": nope}'""",
    ):
        decoder.close()


def test_broken_second_value_on_a_line_delivers_the_first() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"a":1}{"b":\n') == [{"a": 1}]
    with pytest.raises(ProtocolError, match=r"line 1 .*column 13"):
        decoder.feed(b"{}\n")


def test_broken_first_line_raises_at_once() -> None:
    with pytest.raises(ProtocolError, match="line 1 of the stream is not JSON"):
        JSONLinesDecoder().feed(b"<html>502 Bad Gateway</html>\n")


def test_broken_last_line_raises_at_close() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"a":1}\n{"a":') == [{"a": 1}]
    with pytest.raises(ProtocolError, match=r"line 2 .*not JSON"):
        decoder.close()


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (b'"caf\xe9"', "byte 5 is not UTF-8"),
        (b"[" * 100_000, "recursion"),
        (b"9" * 5000, "digits"),
        (b'{"a":1} x', "Expecting value at column 9"),
    ],
)
def test_odd_lines_raise_protocol_error(line: bytes, says: str) -> None:
    decoder = JSONLinesDecoder()
    with pytest.raises(ProtocolError, match=says) as caught:
        decoder.feed(line + b"\n")
        decoder.close()
    assert len(str(caught.value)) < 500  # the line is quoted, bounded


def test_json_line_too_long() -> None:
    with pytest.raises(ProtocolError, match="max_line"):
        JSONLinesDecoder(max_line=10).feed(b'{"a":"0123456789"}\n')
    assert DEFAULT_MAX_LINE == 16 * 1024 * 1024


json_st = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def _joinable(encoded: str) -> bool:
    # Values that end in a delimiter can be followed by another one with no space between.
    return encoded.endswith(("}", "]", '"'))


@given(
    st.lists(st.tuples(json_st, st.sampled_from(["\n", "\r\n", " ", "", "\n\n"])), max_size=12),
    st.booleans(),
    cuts_st,
)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_any_chunking_decodes_the_same_json_values(
    values: list[tuple[Any, str]], ascii_only: bool, points: list[int]
) -> None:
    text = ""
    for value, sep in values:
        encoded = json.dumps(value, ensure_ascii=ascii_only)
        text += encoded + (sep if sep or _joinable(encoded) else " ")
    data = text.encode()
    decoder = JSONLinesDecoder()
    got = [value for chunk in cut(data, points) for value in decoder.feed(chunk)]
    got += decoder.close()
    assert got == [value for value, _ in values]


# --- progress_error -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ({"status": "Pulling from library/busybox", "id": "latest"}, None),
        ({"status": "Downloading", "progressDetail": {"current": 1, "total": 2}}, None),
        ({"stream": "Step 1/2 : FROM busybox\n"}, None),
        ({"aux": {"ID": "sha256:0123"}}, None),
        ({"error": None, "errorDetail": None}, None),
        (
            {
                "errorDetail": {"message": "manifest for busybox:nope not found"},
                "error": "manifest for busybox:nope not found",
            },
            "manifest for busybox:nope not found",
        ),
        (
            {
                "errorDetail": {"code": 1, "message": "The command '/bin/sh -c false' returned 1"},
                "error": "The command '/bin/sh -c false' returned a non-zero code: 1",
            },
            "The command '/bin/sh -c false' returned 1",
        ),
        ({"error": "only the short form"}, "only the short form"),
        ({"errorDetail": {"message": "only the detail"}}, "only the detail"),
    ],
)
def test_progress_error(message: dict[str, Any], error: str | None) -> None:
    assert progress_error(message) == error


@pytest.mark.parametrize(
    "message", [{"error": ""}, {"errorDetail": {}}, {"errorDetail": {"code": 7}}, {"error": 3}]
)
def test_progress_error_without_a_message_is_still_an_error(message: dict[str, Any]) -> None:
    text = progress_error(message)
    assert text is not None and "without a message" in text
    assert json.dumps(message)[1:-1] in text


def test_progress_error_of_something_else_than_a_mapping() -> None:
    assert progress_error([{"error": "x"}]) is None  # type: ignore[arg-type]


# --- the clients' Output and JSONStream over chunks, both flavours ---------------------------
# (They only move chunks into the decoders above; the engine tests in tests/client run them
# over real connections.)

STREAM = encode([(1, b"out1 "), (2, b"err1 "), (0, b"in "), (1, b"out2"), (2, b"err2")])
CHUNKS = [STREAM[i : i + 5] for i in range(0, len(STREAM), 5)]


async def achunks(chunks: Sequence[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        await asyncio.sleep(0)
        yield chunk


def run(coroutine: Callable[[], Any]) -> Any:
    return asyncio.run(coroutine())


def output(chunks: Iterable[bytes]) -> Output:
    return Output(iter(chunks), tty=False)


def aoutput(chunks: Sequence[bytes]) -> AsyncOutput:
    return AsyncOutput(achunks(chunks), tty=False)


def test_frames_of_both_flavours() -> None:
    async def collect() -> list[tuple[StreamId, bytes]]:
        return [piece async for piece in aoutput(CHUNKS).frames()]

    expected = [(1, b"out1 "), (2, b"err1 "), (0, b"in "), (1, b"out2"), (2, b"err2")]
    assert normal(output(CHUNKS).frames()) == expected
    assert normal(run(collect)) == expected


def test_read_demuxed_of_both_flavours() -> None:
    async def collect() -> tuple[bytes, bytes]:
        return await aoutput(CHUNKS).read_demuxed()

    assert output(CHUNKS).read_demuxed() == (b"out1 in out2", b"err1 err2")
    assert run(collect) == (b"out1 in out2", b"err1 err2")


def test_merged_of_both_flavours() -> None:
    async def collect() -> bytes:
        return b"".join([piece async for piece in aoutput(CHUNKS)])

    assert list(output(CHUNKS)) == [b"out1 ", b"err1 ", b"in ", b"out2", b"err2"]

    assert b"".join(output(CHUNKS)) == b"out1 err1 in out2err2"
    assert run(collect) == b"out1 err1 in out2err2"


def test_write_to_of_both_flavours() -> None:
    out, err = io.BytesIO(), io.BytesIO()
    assert output(CHUNKS).write_to(out, err) == (12, 9)
    assert (out.getvalue(), err.getvalue()) == (b"out1 in out2", b"err1 err2")

    class AsyncSink:
        def __init__(self) -> None:
            self.data = b""

        async def write(self, data: bytes) -> None:
            await asyncio.sleep(0)
            self.data += data

    async def collect() -> tuple[int, int, bytes, bytes]:
        sync_out, async_err = io.BytesIO(), AsyncSink()
        counts = await aoutput(CHUNKS).write_to(sync_out, async_err)
        return (*counts, sync_out.getvalue(), async_err.data)

    assert run(collect) == (12, 9, b"out1 in out2", b"err1 err2")


def test_write_to_writes_as_the_bytes_arrive() -> None:
    out, err = io.BytesIO(), io.BytesIO()

    def chunks() -> Iterable[bytes]:
        yield frame(1, b"first")
        assert out.getvalue() == b"first"  # written before the next chunk is read
        yield frame(2, b"second")

    assert output(chunks()).write_to(out, err) == (5, 6)


def test_output_raises_at_the_end_after_delivering_the_data() -> None:
    truncated = [STREAM[:-2]]
    assert normal(merge_until_error(output(truncated).frames())) == [
        (1, b"out1 "),
        (2, b"err1 "),
        (0, b"in "),
        (1, b"out2"),
        (2, b"er"),
    ]
    with pytest.raises(ProtocolError, match="2 missing"):
        output(truncated).read_demuxed()

    async def collect() -> tuple[bytes, bytes]:
        return await aoutput(truncated).read_demuxed()

    with pytest.raises(ProtocolError, match="2 missing"):
        run(collect)


def merge_until_error(pieces: Iterable[tuple[StreamId, bytes]]) -> list[tuple[StreamId, bytes]]:
    got: list[tuple[StreamId, bytes]] = []
    with pytest.raises(ProtocolError):
        for piece in pieces:
            got.append(piece)
    return got


def keep(value: Any) -> Any:
    return value


def test_json_streams_of_both_flavours() -> None:
    data = b'{"status":"a"}\r\n{"status":"b"}{"status":"c"}\n{"error":"boom"}'
    chunks = [data[i : i + 3] for i in range(0, len(data), 3)]
    expected = [{"status": "a"}, {"status": "b"}, {"status": "c"}, {"error": "boom"}]

    async def collect() -> list[Any]:
        return [value async for value in AsyncJSONStream(achunks(chunks), keep).raw()]

    assert list(JSONStream(iter(chunks), keep).raw()) == expected
    assert run(collect) == expected
    assert [progress_error(m) for m in expected] == [None, None, None, "boom"]
    with pytest.raises(ProtocolError, match="max_line"):
        list(JSONStream(iter(chunks), keep, max_line=5).raw())


# --- fuzz: arbitrary bytes raise nothing but ProtocolError ------------------------------


def _fuzz(decoder: Any, chunks: list[bytes]) -> None:
    started = time.perf_counter()
    try:
        for chunk in chunks:
            decoder.feed(chunk)
        decoder.close()
    except ProtocolError:
        pass
    assert time.perf_counter() - started < 1.0


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), cuts_st, st.integers(1, 64))
def test_fuzz_arbitrary_bytes(data: bytes, points: list[int], max_line: int) -> None:
    chunks = cut(data, points)
    _fuzz(FrameDecoder(), chunks)
    _fuzz(LineDecoder(max_line), chunks)
    _fuzz(JSONLinesDecoder(max_line), chunks)
    _fuzz(JSONLinesDecoder(), chunks)


@settings(max_examples=200, deadline=None)
@given(frames_st, st.lists(st.tuples(st.integers(0), st.integers(0, 255)), max_size=4), cuts_st)
def test_fuzz_mutated_streams(
    frames: Frames, flips: list[tuple[int, int]], points: list[int]
) -> None:
    data = bytearray(encode(frames))
    for at, value in flips:
        if data:
            data[at % len(data)] = value
    _fuzz(FrameDecoder(), cut(bytes(data), points))


def test_the_long_fuzz_runs_and_finds_nothing() -> None:
    # scripts/fuzz runs this for a minute; here a moment, to keep the harness honest.
    assert fuzz_streams.fuzz(seconds=0.5, seed=1) > 0
