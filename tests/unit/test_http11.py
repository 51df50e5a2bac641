"""The HTTP/1.1 codec alone: framing, chunkings, and the errors for what cannot be trusted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine_api._http11 import END, NEED_DATA, Head, HTTPProtocolError, ResponseParser, request_head


def parse(
    data: bytes, cuts: list[int] | None = None, *, head_request: bool = False
) -> tuple[Head, bytes, bytes, bool]:
    """Feed ``data`` cut at ``cuts``, then the end of stream only if the parser needs it;
    return the head, the body, the trailing bytes and whether the connection is reusable."""
    parser = ResponseParser(head_request=head_request)
    pieces = [
        data[i:j] for i, j in zip([0, *(cuts or [])], [*(cuts or []), len(data)], strict=False)
    ]
    head: Head | None = None
    body = bytearray()
    for piece in [p for p in pieces if p] + [b""]:
        parser.feed(piece)
        while True:
            event = parser.next_event()
            if event is NEED_DATA:
                break
            if event is END:
                assert head is not None
                return head, bytes(body), parser.trailing(), parser.reusable()
            if isinstance(event, Head):
                head = event
                if event.status == 101:
                    return head, b"", parser.trailing(), False
            else:
                assert isinstance(event, bytes)
                body += event
    raise AssertionError("the parser never ended the response")


def chunked(body: bytes, sizes: list[int]) -> bytes:
    out, pos = bytearray(), 0
    for size in sizes:
        piece = body[pos : pos + size]
        if not piece:
            break
        out += b"%x\r\n%b\r\n" % (len(piece), piece)
        pos += len(piece)
    if pos < len(body):
        out += b"%x;ext=1\r\n%b\r\n" % (len(body) - pos, body[pos:])
    return bytes(out + b"0\r\n\r\n")


def test_content_length_body_and_headers() -> None:
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    head, body, trailing, reusable = parse(raw)
    assert (head.status, head.reason, head.http_version) == (200, b"OK", b"1.1")
    assert head.get(b"content-type") == b"application/json"
    assert (body, trailing, reusable) == (b"{}", b"", True)


@given(
    body=st.binary(max_size=3000),
    sizes=st.lists(st.integers(1, 700), max_size=10),
    cuts=st.lists(st.integers(0, 4000), max_size=12),
)
def test_chunked_body_whatever_the_chunking(body: bytes, sizes: list[int], cuts: list[int]) -> None:
    raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(body, sizes)
    cuts = sorted(c for c in cuts if c < len(raw))
    _head, got, trailing, reusable = parse(raw, cuts)
    assert (got, trailing, reusable) == (body, b"", True)


@given(body=st.binary(max_size=3000), cuts=st.lists(st.integers(0, 4000), max_size=12))
def test_length_body_whatever_the_chunking(body: bytes, cuts: list[int]) -> None:
    raw = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%b" % (len(body), body)
    cuts = sorted(c for c in cuts if c < len(raw))
    assert parse(raw, cuts)[1:] == (body, b"", True)


def test_body_until_close_is_not_reusable() -> None:
    _head, body, _, reusable = parse(b"HTTP/1.1 200 OK\r\n\r\nall of it", [20])
    assert (body, reusable) == (b"all of it", False)


def test_no_body_for_head_204_304_and_skipped_100_continue() -> None:
    assert parse(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n", head_request=True)[1:] == (
        b"",
        b"",
        True,
    )
    assert parse(b"HTTP/1.1 204 No Content\r\n\r\n")[1] == b""
    head, body, _, _ = parse(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 304 Not Modified\r\n\r\n")
    assert (head.status, body) == (304, b"")


def test_switching_protocols_keeps_what_came_after_the_head() -> None:
    raw = b"HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n\x01\x00\x00\x00"
    head, _, trailing, _ = parse(raw, [10, 50])
    assert (head.status, trailing) == (101, b"\x01\x00\x00\x00")


def test_connection_close_and_http_10() -> None:
    assert not parse(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")[3]
    assert not parse(b"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n")[3]
    keep = b"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n"
    assert parse(keep)[3]


def test_bytes_past_the_response_make_it_not_reusable() -> None:
    _head, body, trailing, reusable = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxyz")
    assert (body, trailing, reusable) == (b"x", b"yz", False)


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"", "closed before a response"),
        (b"HTTP/1.1 200 OK\r\nContent-Le", "inside the head"),
        (b"SSH-2.0-OpenSSH\r\n\r\n", "not an HTTP/1.x status line"),
        (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "bad header line"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", "3 bytes of the body"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", "conflicting"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "bad Content-Length"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", "unsupported Transfer"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "bad chunk size"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", "longer than"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", "inside a chunk"),
    ],
)
def test_what_cannot_be_trusted_is_an_error_saying_what_arrived(raw: bytes, says: str) -> None:
    with pytest.raises(HTTPProtocolError, match=says):
        parse(raw)


def test_endless_head_is_refused() -> None:
    parser = ResponseParser()
    parser.feed(b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 60000)
    with pytest.raises(HTTPProtocolError, match="longer than"):
        parser.next_event()


def test_request_head() -> None:
    head = request_head(b"GET", b"/v1.41/_ping?a=b", [(b"Host", b"docker"), (b"X-A", b"1")])
    assert head == b"GET /v1.41/_ping?a=b HTTP/1.1\r\nHost: docker\r\nX-A: 1\r\n\r\n"


@pytest.mark.parametrize(
    ("method", "target", "headers"),
    [
        (b"GET", b"/a\r\nX: y", []),
        (b"GET", b"/a b", []),
        (b"GE T", b"/", []),
        (b"GET", b"/", [(b"X-Auth", b"a\r\nGET /smuggled HTTP/1.1")]),
        (b"GET", b"/", [(b"Bad Name", b"x")]),
        (b"GET", b"/", [(b"X", b"nul\x00")]),
    ],
)
def test_request_head_refuses_injection(
    method: bytes, target: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    with pytest.raises(HTTPProtocolError):
        request_head(method, target, headers)


def body_events(parser: ResponseParser) -> list[object]:
    events: list[object] = []
    while (event := parser.next_event()) is not NEED_DATA:
        events.append(event)
        if event is END:
            break
    return events


def test_chunks_that_arrived_together_come_out_as_one_piece() -> None:
    # The engine sends a chunk per frame: handing them out one by one would cost a
    # parser call (and the layers above) per frame.
    parser = ResponseParser()
    parser.feed(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    assert isinstance(parser.next_event(), Head)
    parser.feed(b"3\r\nabc\r\n2\r\nde\r\n4\r\nfg")
    assert body_events(parser) == [b"abcdefg"]
    parser.feed(b"hi\r\n1\r\nj\r\n0\r\n\r\n")
    assert body_events(parser) == [b"hij", END]
    assert parser.reusable()


def test_a_fault_after_data_is_raised_once_the_data_is_out() -> None:
    parser = ResponseParser()
    parser.feed(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\nzz\r\n")
    assert isinstance(parser.next_event(), Head)
    assert parser.next_event() == b"ab"
    with pytest.raises(HTTPProtocolError, match="bad chunk size"):
        parser.next_event()
