"""Pieces of the transport that need no engine."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from pathlib import Path

import httpx
import pytest

from engine_api._async.transport import AsyncEngineTransport
from engine_api._io_async import SocketStream, _SocketProtocol
from engine_api._io_sync import SocketStream as SyncSocketStream
from engine_api._io_sync import ssh_command
from engine_api._sync.transport import EngineTransport
from engine_api._synchronization import AsyncSemaphore, Semaphore


def test_ssh_command_line() -> None:
    assert ssh_command("example.org", None, None, ()) == [
        "ssh", "--", "example.org", "docker", "system", "dial-stdio",
    ]  # fmt: skip
    assert ssh_command("h", "me", 2222, ("-F", "/dev/null"), 2.5) == [
        "ssh", "-F", "/dev/null", "-o", "ConnectTimeout=3", "-l", "me", "-p", "2222",
        "--", "h", "docker", "system", "dial-stdio",
    ]  # fmt: skip


@pytest.mark.parametrize("transport_class", [EngineTransport, AsyncEngineTransport])
@pytest.mark.parametrize(
    "host",
    [
        "/var/run/docker.sock",
        "unix://relative/path",
        "tcp://host",
        "tcp://user@host:2375",
        "tcp://host:2375/path",
        "ssh://user:password@host",
        "http://host:2375",
        "npipe:////./pipe/docker_engine",
    ],
)
def test_bad_addresses(transport_class: type, host: str) -> None:
    with pytest.raises(ValueError):
        transport_class(host)


@pytest.mark.parametrize("transport_class", [EngineTransport, AsyncEngineTransport])
def test_tls_only_for_tcp(transport_class: type) -> None:
    context = ssl.create_default_context()
    for host in ("unix:///run/docker.sock", "ssh://host"):
        with pytest.raises(ValueError, match="tcp"):
            transport_class(host, ssl_context=context)
    transport_class("tcp://[::1]:2376", ssl_context=context)
    with pytest.raises(ValueError):
        transport_class("unix:///run/docker.sock", max_connections=0)


@pytest.mark.parametrize("transport_class", [EngineTransport, AsyncEngineTransport])
def test_default_pool_size(transport_class: type) -> None:
    # Many at once to a local or TCP engine; few over ssh (one ssh process each).
    assert transport_class("unix:///run/docker.sock").pool.max_connections == 100
    assert transport_class("tcp://127.0.0.1:2375").pool.max_connections == 100
    assert transport_class("ssh://me@host").pool.max_connections == 10
    assert transport_class("unix:///run/docker.sock", max_connections=3).pool.max_connections == 3


def test_read_timeouts_share_one_timer() -> None:
    # A stream's waits share one timer, left armed when a wait ends early: each wait must
    # still give up at its own deadline, whether earlier or later than the armed one.
    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        ours, engine = socket.socketpair()
        with engine:
            transport, protocol = await loop.create_connection(
                lambda: _SocketProtocol(loop), sock=ours
            )
            assert isinstance(transport, asyncio.Transport)
            assert isinstance(protocol, _SocketProtocol)
            stream = SocketStream(protocol, transport, "test")

            async def timed_out_after(timeout: float) -> float:
                started = loop.time()
                with pytest.raises(httpx.ReadTimeout):
                    await stream.read(10, timeout)
                return loop.time() - started

            try:
                loop.call_later(0.02, engine.send, b"a")
                assert await stream.read(10, 30.0) == b"a"  # the timer stays, 30 s ahead
                assert 0.08 <= await timed_out_after(0.1) < 2.0  # an earlier deadline
                loop.call_later(0.02, engine.send, b"b")
                assert await stream.read(10, 0.2) == b"b"  # the timer stays, 0.2 s ahead
                assert 0.45 <= await timed_out_after(0.5) < 3.0  # not cut short at 0.2 s
            finally:
                await stream.aclose()

    asyncio.run(scenario())


DATA = bytes(range(256)) * 4096  # 1 MiB


def received(engine: socket.socket, size: int) -> bytes:
    got = b""
    while len(got) < size:
        chunk = engine.recv(1 << 20)
        assert chunk, "the stream ended early"
        got += chunk
    return got


@pytest.mark.parametrize(
    ("offset", "count"), [(0, 0), (5, 0), (3, 1), (7, 300_000), (0, len(DATA))]
)
def test_send_file_sends_exactly_the_range_and_moves_the_position(
    tmp_path: Path, offset: int, count: int
) -> None:
    path = tmp_path / "data"
    path.write_bytes(DATA)
    ours, engine = socket.socketpair()
    stream = SyncSocketStream(ours, "test")
    with engine, open(path, "rb") as file:
        file.read(100)  # the buffered reader is ahead of the descriptor: seeking must fix it
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(received(engine, count)))
        reader.start()
        try:
            assert stream.send_file(file, offset, count, 10.0) == count
        finally:
            reader.join(10)
        assert got == [DATA[offset : offset + count]]
        assert file.tell() == offset + count
        assert file.read(4) == DATA[offset + count : offset + count + 4]
        # Past the end: what there is, and the count says so.
        assert stream.send_file(file, len(DATA) - 10, 50, 10.0) == 10
        assert received(engine, 10) == DATA[-10:]
    stream.close()


@pytest.mark.parametrize(("offset", "count"), [(0, 0), (3, 1), (7, 300_000), (0, len(DATA))])
def test_send_file_through_the_loop(tmp_path: Path, offset: int, count: int) -> None:
    path = tmp_path / "data"
    path.write_bytes(DATA)

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        ours, engine = socket.socketpair()
        with engine, open(path, "rb") as file:
            transport, protocol = await loop.create_connection(
                lambda: _SocketProtocol(loop), sock=ours
            )
            assert isinstance(transport, asyncio.Transport)
            assert isinstance(protocol, _SocketProtocol)
            stream = SocketStream(protocol, transport, "test")
            try:
                file.read(100)
                reading = loop.run_in_executor(None, received, engine, count)
                assert await stream.send_file(file, offset, count, 10.0) == count
                assert await reading == DATA[offset : offset + count]
                assert file.tell() == offset + count
                assert await stream.send_file(file, len(DATA) - 10, 50, 10.0) == 10
                assert await loop.run_in_executor(None, received, engine, 10) == DATA[-10:]
            finally:
                await stream.aclose()

    asyncio.run(scenario())


def test_semaphore_for_threads() -> None:
    semaphore = Semaphore(2)
    assert semaphore.acquire(None)
    assert semaphore.acquire(0.0)
    started = time.monotonic()
    assert not semaphore.acquire(0.2)
    assert 0.15 < time.monotonic() - started < 1.0
    threading.Timer(0.1, semaphore.release).start()
    assert semaphore.acquire(5.0)


def test_semaphore_for_tasks() -> None:
    async def scenario() -> None:
        semaphore = AsyncSemaphore(1)
        assert await semaphore.acquire(None)
        assert not await semaphore.acquire(0.1)  # timed out
        order: list[int] = []

        async def take(i: int) -> None:
            assert await semaphore.acquire(5.0)
            order.append(i)
            await asyncio.sleep(0.01)
            semaphore.release()

        tasks = [asyncio.create_task(take(i)) for i in range(5)]
        await asyncio.sleep(0.05)
        tasks[2].cancel()  # a cancelled waiter is skipped, and keeps nothing
        semaphore.release()
        await asyncio.gather(*tasks, return_exceptions=True)
        assert order == [0, 1, 3, 4]  # first come, first served
        assert await semaphore.acquire(0.0)

    asyncio.run(scenario())
