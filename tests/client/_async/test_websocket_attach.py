"""``attach_websocket``: a container's stdio over the engine's ``/attach/ws`` endpoint.

Written once for asyncio; tests/client/_sync/test_websocket_attach.py is derived from this
file by scripts/unasync.py. The real engine never pings, never drops the close frame and
always answers the upgrade correctly, so those cases use tests/client/fake_engine.py.
"""

from __future__ import annotations

import base64
import socket
import struct
from typing import Any

import pytest
from engine_api_binding.models import (
    ContainerState,
)

from engine_api import AsyncDockerClient, errors
from engine_api import _websocket as websocket
from engine_api._async.streaming import AsyncWebSocketAttach
from engine_api._websocket import accept_for
from engine_api.streams import StreamId
from tests.client import fake_engine
from tests.client._async.helpers import run

TIMEOUT = 30.0


async def read_until(ws: AsyncWebSocketAttach, expected: bytes) -> bytes:
    """Read the output until it holds ``expected`` (or ends)."""
    seen = b""
    async for chunk in ws.output:
        seen += chunk
        if expected in seen:
            break
    return seen


async def running(client: AsyncDockerClient, cid: str) -> bool:
    state = (await client.ops.container_inspect(cid)).state
    return isinstance(state, ContainerState) and state.running is True


# -- against the engine ---------------------------------------------------------------------


@pytest.mark.anyio
async def test_cat_echoes_what_is_sent_and_the_close_leaves_it_running(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["cat"], open_stdin=True)
    async with await client.api.attach_websocket(cid) as ws:
        assert ws.tty is True and ws.output.tty is True
        await ws.send(b"hello\n")
        assert b"hello\n" in await read_until(ws, b"hello\n")
    # aclose sent the close frame: that ended the attach (and stdin), not the container
    assert await running(client, cid)
    with pytest.raises(RuntimeError, match="consumed"):
        await ws.output.read()
    await ws.aclose()  # idempotent


@pytest.mark.anyio
async def test_text_and_binary_frames_are_both_stdin(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["cat"], open_stdin=True)
    async with await client.api.attach_websocket(cid) as ws:
        await ws.send("text é\n")
        await ws.send(b"bytes\xff\n")
        seen = await read_until(ws, b"bytes\xff\n")
    assert seen == "text é\n".encode() + b"bytes\xff\n"


@pytest.mark.anyio
async def test_close_stdin_with_stdin_once_gives_eof_and_the_rest_of_the_output(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    script = "cat; echo after-eof; echo to-stderr >&2"
    cid = await run(
        client, cleanup, test_image, ["sh", "-c", script], open_stdin=True, stdin_once=True
    )
    async with await client.api.attach_websocket(cid) as ws:
        await ws.send(b"line\n")
        await ws.close_stdin()
        await ws.close_stdin()  # idempotent
        with pytest.raises(ValueError, match="after the close frame"):
            await ws.send(b"too late\n")
        rest = await ws.output.read()  # ends at the engine's close frame
    assert sorted(rest.splitlines()) == [b"after-eof", b"line", b"to-stderr"]
    assert (await client.api.wait(cid, timeout=TIMEOUT)).status_code == 0


@pytest.mark.anyio
async def test_stdout_and_stderr_arrive_mixed_and_the_output_ends(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    script = "echo out; echo err >&2; printf 'raw \\377\\n'"
    cid = await run(client, cleanup, test_image, ["sh", "-c", script], start=False)
    ws = await client.api.attach_websocket(cid)  # before the start: nothing is missed
    async with ws:
        await client.ops.container_start(cid)
        frames = [frame async for frame in ws.output.frames()]
    # one raw stream: the endpoint does not tell stderr from stdout
    assert frames and {stream for stream, _ in frames} == {StreamId.STDOUT}
    assert sorted(b"".join(p for _, p in frames).splitlines()) == [b"err", b"out", b"raw \xff"]
    assert (await client.api.wait(cid, timeout=TIMEOUT)).status_code == 0


@pytest.mark.anyio
async def test_logs_replays_the_output_so_far(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sh", "-c", "echo early; echo late >&2"])
    await client.api.wait(cid, timeout=TIMEOUT)
    async with await client.api.attach_websocket(cid, logs=True, stream=False) as ws:
        replayed = await ws.output.read()
    assert sorted(replayed.splitlines()) == [b"early", b"late"]


@pytest.mark.anyio
async def test_a_missing_container(client: AsyncDockerClient) -> None:
    with pytest.raises(errors.ContainerNotFound, match="no-such-container-ea"):
        await client.api.attach_websocket("no-such-container-ea")


@pytest.mark.anyio
async def test_leaving_a_stream_out_needs_api_1_42(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["cat"], open_stdin=True)
    version = client.api_version or await client.negotiate()
    if tuple(map(int, version.split("."))) >= (1, 42):
        async with await client.api.attach_websocket(cid, stderr=False) as ws:
            await ws.send(b"x\n")
            assert await read_until(ws, b"x\n") == b"x\n"
    else:
        with pytest.raises(errors.UnsupportedByEngine, match=r"'stderr'.*1\.42"):
            await client.api.attach_websocket(cid, stderr=False)


# -- what the real engine does not do ---------------------------------------------------------

KEY = base64.b64encode(b"0123456789abcdef")


def fixed_handshake(host: str) -> tuple[list[tuple[bytes, bytes]], bytes]:
    headers = [
        (b"Upgrade", b"websocket"),
        (b"Connection", b"Upgrade"),
        (b"Sec-WebSocket-Key", KEY),
        (b"Sec-WebSocket-Version", b"13"),
    ]
    return headers, KEY


def upgrade(conn: socket.socket, accept: bytes = accept_for(KEY)) -> None:
    conn.sendall(
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
    )


def server_frame(opcode: int, payload: bytes) -> bytes:
    assert len(payload) < 126
    return bytes((0x80 | opcode, len(payload))) + payload


def client_frame(conn: socket.socket) -> tuple[int, bytes]:
    """Read one small masked client frame: (opcode, unmasked payload)."""
    head = b""
    while len(head) < 6:
        data = conn.recv(6 - len(head))
        assert data, "the client closed the connection"
        head += data
    assert head[1] & 0x80, "client frames must be masked"
    size = head[1] & 0x7F
    key = head[2:6]
    payload = b""
    while len(payload) < size:
        payload += conn.recv(size - len(payload))
    return head[0] & 0x0F, bytes(b ^ key[i % 4] for i, b in enumerate(payload))


received: list[tuple[int, bytes]] = []


def pings_then_closes(conn: socket.socket) -> None:
    upgrade(conn)
    conn.sendall(server_frame(0x2, b"before ") + server_frame(0x9, b"are you there?"))
    received.append(client_frame(conn))  # the pong, before anything else is sent
    conn.sendall(server_frame(0x2, b"after") + server_frame(0x8, struct.pack("!H", 1000)))


def no_close_frame(conn: socket.socket) -> None:
    upgrade(conn)
    conn.sendall(server_frame(0x2, b"partial output"))
    conn.shutdown(socket.SHUT_RDWR)


def wrong_accept(conn: socket.socket) -> None:
    upgrade(conn, accept=accept_for(b"another key"))


def not_upgraded(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno")


@pytest.mark.anyio
async def test_pings_are_answered_with_pongs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(websocket, "handshake_headers", fixed_handshake)
    received.clear()
    with fake_engine.fake_engine({"/attach/ws": pings_then_closes}) as host:
        async with (
            AsyncDockerClient(host, version="1.41") as client,
            await client.api.attach_websocket("x") as ws,
        ):
            assert await ws.output.read() == b"before after"
    assert received == [(0xA, b"are you there?")]


@pytest.mark.anyio
async def test_a_connection_ending_without_a_close_frame_is_a_protocol_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(websocket, "handshake_headers", fixed_handshake)
    with fake_engine.fake_engine({"/attach/ws": no_close_frame}) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            got: list[bytes] = []
            async with await client.api.attach_websocket("x") as ws:
                with pytest.raises(errors.ProtocolError, match="without a close frame"):
                    async for chunk in ws.output:
                        got.append(chunk)
            assert got == [b"partial output"]


@pytest.mark.anyio
async def test_a_wrong_accept_or_no_upgrade_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(websocket, "handshake_headers", fixed_handshake)
    scripts: dict[str, fake_engine.Script] = {
        "/a/attach/ws": wrong_accept,
        "/b/attach/ws": not_upgraded,
    }
    with fake_engine.fake_engine(scripts) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            with pytest.raises(errors.ProtocolError, match="Sec-WebSocket-Accept"):
                await client.api.attach_websocket("a")
            with pytest.raises(errors.ProtocolError, match=r"did not upgrade.*HTTP 200"):
                await client.api.attach_websocket("b")
