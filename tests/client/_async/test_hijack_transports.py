"""Hijacked calls (stdin to exec and attach, attach sockets, the WebSocket attach) over a
user's ``transport=``: httpx's own HTTP transport hands over the connection (its answers'
``network_stream`` extension) and works like ours; another transport is refused before
anything is sent.

Written once for asyncio; tests/client/_sync/test_hijack_transports.py is derived from this
file by scripts/unasync.py.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from engine_api import AsyncDockerClient, errors
from engine_api.streams import StreamId
from tests.client._async.helpers import run


class Counting(httpx.AsyncBaseTransport):
    """Passes requests on to an inner transport, keeping their paths; its answers carry no
    ``network_stream`` (the extensions are dropped), as a transport of the user's own may."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        answer = await self.inner.handle_async_request(request)
        return httpx.Response(answer.status_code, headers=answer.headers, stream=answer.stream)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.anyio
async def test_exec_with_input_and_attach_over_httpx_transport(
    client: AsyncDockerClient, cleanup: Any, test_image: str, engine_socket: str
) -> None:
    transport = httpx.AsyncHTTPTransport(uds=engine_socket)
    async with AsyncDockerClient(transport=transport) as other:
        cid = await run(client, cleanup, test_image, ["sleep", "300"])
        fed = await other.api.exec_run(cid, ["sh", "-c", "tr a-z A-Z; exit 3"], input=b"in\n")
        assert (fed.exit_code, fed.output) == (3, b"IN\n")
        big = bytes(range(256)) * 4096  # 1 MiB through cat and back, nothing lost
        sock = (await other.api.exec_run(cid, ["cat"], stdin=True, socket=True)).output
        async with sock:
            await sock.write(big)
            await sock.close_stdin()
            assert await sock.output.read() == big

        cat = await run(client, cleanup, test_image, ["cat"], open_stdin=True, stdin_once=True)
        async with await other.api.attach_socket(cat) as attached:
            await attached.write(b"hello\n")
            await attached.close_stdin()
            frames = [piece async for piece in attached.output.frames()]
        assert frames == [(StreamId.STDOUT, b"hello\n")]
        assert (await other.api.wait(cat, timeout=30)).status_code == 0


@pytest.mark.anyio
async def test_websocket_attach_over_httpx_transport(
    client: AsyncDockerClient, cleanup: Any, test_image: str, engine_socket: str
) -> None:
    cid = await run(client, cleanup, test_image, ["cat"], open_stdin=True, stdin_once=True)
    async with AsyncDockerClient(transport=httpx.AsyncHTTPTransport(uds=engine_socket)) as other:
        async with await other.api.attach_websocket(cid) as ws:
            await ws.send(b"over the websocket\n")
            seen = b""
            async for chunk in ws.output:
                seen += chunk
                if b"over the websocket\n" in seen:
                    break
        assert seen == b"over the websocket\n"


@pytest.mark.anyio
async def test_a_transport_that_cannot_hand_over_is_refused_before_sending(
    client: AsyncDockerClient, cleanup: Any, test_image: str, engine_socket: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    counting = Counting(httpx.AsyncHTTPTransport(uds=engine_socket))
    async with AsyncDockerClient(version="1.41", transport=counting) as other:
        assert await other.ping()  # plain calls work
        sent = list(counting.paths)
        with pytest.raises(errors.UnsupportedByTransport, match=r"Counting.*network_stream"):
            await other.api.exec_run(cid, ["cat"], input=b"x")
        with pytest.raises(errors.UnsupportedByTransport, match="Counting"):
            await other.api.exec_run(cid, ["cat"], stdin=True, socket=True)
        with pytest.raises(errors.UnsupportedByTransport, match="Counting"):
            await other.api.attach_socket(cid)
        with pytest.raises(errors.UnsupportedByTransport, match="Counting"):
            await other.api.attach_websocket(cid)
        assert counting.paths == sent  # nothing was sent: no exec was created
    assert (await client.api.inspect_container(cid)).get("ExecIDs") is None
