"""engine-api's own response type and its headers (engine_api/_headers.py,
engine_api/_async/response.py), alone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from engine_api._async.response import AsyncResponse
from engine_api._headers import Headers
from engine_api._sync.response import Response

RAW = [
    (b"Content-Type", b"application/json; charset=latin-1"),
    (b"API-Version", b"1.41"),
    (b"X-Many", b"a"),
    (b"x-many", b"b"),
]


def test_headers_read_in_any_case_and_join_repeated_names() -> None:
    headers = Headers(RAW)
    assert headers["api-version"] == headers.get("API-VERSION") == "1.41"
    assert headers.get("missing") is None and headers.get("missing", "d") == "d"
    assert headers["x-many"] == "a, b" and headers.get_list("X-MANY") == ["a", "b"]
    assert "content-type" in headers and "nope" not in headers and 3 not in headers
    assert list(headers) == ["content-type", "api-version", "x-many"] and len(headers) == 3
    assert dict(headers.items()) == {
        "content-type": "application/json; charset=latin-1",
        "api-version": "1.41",
        "x-many": "a, b",
    }
    assert headers == {"Api-Version": "1.41", "content-type": RAW[0][1].decode(), "X-Many": "a, b"}
    with pytest.raises(KeyError):
        headers["missing"]
    # as httpx reads the same head
    theirs = httpx.Headers(RAW)
    assert dict(headers.items()) == dict(theirs.items())


def test_a_whole_response_reads_as_httpx_does() -> None:
    body = '{"name": "caf\xe9"}'.encode("latin-1")
    ours = Response(200, Headers(RAW), content=body, extensions={"reason_phrase": b"OK"})
    theirs = httpx.Response(200, headers=RAW, content=body)
    assert ours.status_code == 200 and ours.reason_phrase == "OK"
    assert ours.content == theirs.content and ours.text == theirs.text == '{"name": "café"}'
    utf8 = '{"name": "caf\xe9"}'.encode()
    assert Response(200, Headers(), content=utf8).json() == httpx.Response(200, content=utf8).json()
    assert list(ours.iter_raw()) == [body] and ours.read() == body
    empty = Response(204, Headers())
    assert empty.content == b"" and list(empty.iter_raw()) == [] and empty.text == ""


class Chunks:
    def __init__(self, *chunks: bytes) -> None:
        self.chunks = list(chunks)
        self.closed = False

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[bytes]:
        while self.chunks:
            yield self.chunks.pop(0)

    async def aclose(self) -> None:
        self.closed = True


def test_a_streamed_body_is_read_once_or_iterated_and_closed() -> None:
    async def scenario() -> None:
        body = Chunks(b"ab", b"cd")
        response = AsyncResponse(200, Headers(), body=body)
        assert not response.is_closed
        with pytest.raises(RuntimeError, match="not read yet"):
            _ = response.content
        assert await response.aread() == b"abcd" and response.content == b"abcd"
        assert response.is_closed and await response.aread() == b"abcd"

        streamed = Chunks(b"x", b"y", b"z")
        response = AsyncResponse(200, Headers(), body=streamed)
        pieces = response.aiter_raw()
        assert await pieces.__anext__() == b"x"
        await response.aclose()
        assert streamed.closed and response.is_closed

    asyncio.run(scenario())


def test_an_httpx_answer_is_wrapped_with_its_body_unread() -> None:
    async def scenario() -> None:
        async def chunks() -> AsyncIterator[bytes]:
            yield b'{"a"'
            yield b": 1}"

        theirs = httpx.Response(201, headers=RAW, content=chunks())
        ours = AsyncResponse.from_httpx(theirs)
        assert ours.status_code == 201 and ours.headers["x-many"] == "a, b"
        assert await ours.aread() == b'{"a": 1}' and ours.json() == {"a": 1}
        await ours.aclose()
        assert theirs.is_closed

    asyncio.run(scenario())
