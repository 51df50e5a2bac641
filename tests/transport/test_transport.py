"""The engine transport against the session's engine on its unix socket, in both flavours."""

from __future__ import annotations

import json
import os
import socket
import tempfile
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import Cleanup
from tests.transport.flavors import FLAVORS, Flavor, Stopwatch, run, timeouts
from tests.transport.scenarios import attach_roundtrip, create_container, frames, start, wait

pytestmark = [pytest.mark.engine, pytest.mark.parametrize("flavor", FLAVORS)]


# --- requests -------------------------------------------------------------------------------


def test_ping(flavor: Flavor, docker_host: str) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            response = await flavor.request(transport, "GET", "/_ping")
            assert response.status_code == 200
            assert response.content == b"OK"
            assert response.headers["api-version"]
            assert response.extensions["http_version"] == b"HTTP/1.1"
            assert response.extensions["reason_phrase"] == b"OK"
            head = await flavor.request(transport, "HEAD", "/_ping")
            assert head.status_code == 200
            assert head.content == b""
            assert transport.pool.opened == 1
        finally:
            await flavor.close(transport)

    run(scenario())


def test_json_get(flavor: Flavor, docker_host: str) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            response = await flavor.request(transport, "GET", "/version")
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/json"
            assert response.json()["ApiVersion"]
            missing = await flavor.request(transport, "GET", "/containers/no-such-thing/json")
            assert missing.status_code == 404
            assert "no-such-thing" in missing.json()["message"]
        finally:
            await flavor.close(transport)

    run(scenario())


def test_post_json_body(
    flavor: Flavor, docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            container = await create_container(
                flavor, transport, cleanup, test_image, Cmd=["true"], Env=["GREETING=héllo"]
            )
            inspected = await flavor.request(transport, "GET", f"/containers/{container}/json")
            assert inspected.status_code == 200
            config = inspected.json()["Config"]
            assert config["Labels"]["engine-api-test"] == "1"
            assert "GREETING=héllo" in config["Env"]
        finally:
            await flavor.close(transport)

    run(scenario())


def test_body_of_unknown_length_goes_chunked(
    flavor: Flavor, docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            document = json.dumps(
                {"Image": test_image, "Cmd": ["true"], "Labels": cleanup.labels}
            ).encode()
            parts = [document[i : i + 7] for i in range(0, len(document), 7)]
            response = await flavor.request(
                transport,
                "POST",
                "/containers/create",
                content=flavor.body(parts),
                headers={"Content-Type": "application/json"},
            )
            assert response.status_code == 201, response.text
            container = cleanup.container(response.json()["Id"])
            # The connection is still good for the next request.
            inspected = await flavor.request(transport, "GET", f"/containers/{container}/json")
            assert inspected.json()["Config"]["Labels"]["engine-api-test"] == "1"
            assert transport.pool.opened == 1
        finally:
            await flavor.close(transport)

    run(scenario())


def test_streamed_body_arrives_as_it_is_written(
    flavor: Flavor, docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            script = "echo first; sleep 2; echo second"
            container = await create_container(
                flavor, transport, cleanup, test_image, Cmd=["sh", "-c", script]
            )
            await start(flavor, transport, container)
            clock = Stopwatch()
            response = await flavor.send(
                transport, "GET", f"/containers/{container}/logs?follow=1&stdout=1"
            )
            assert response.status_code == 200
            arrivals: list[tuple[float, bytes]] = []
            async for chunk in flavor.chunks(response):
                arrivals.append((clock.elapsed, chunk))
            output = b"".join(payload for _, payload in frames(b"".join(c for _, c in arrivals)))
            assert output == b"first\nsecond\n"
            first = next(t for t, chunk in arrivals if b"first" in chunk)
            last = arrivals[-1][0]
            assert first < 1.5, f"the first line came after {first:.2f}s: not streamed"
            assert last - first > 1.0
            # Read to its end, the connection went back to the pool and serves the next one.
            assert transport.pool.idle_connections == 1
            await flavor.request(transport, "GET", "/_ping")
            assert transport.pool.opened == 1
        finally:
            await flavor.close(transport)

    run(scenario())


def test_large_body_read_incrementally(
    flavor: Flavor, docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    size = 3_000_000

    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            script = f"head -c {size} /dev/zero | tr '\\0' x"
            container = await create_container(
                flavor, transport, cleanup, test_image, Cmd=["sh", "-c", script]
            )
            await start(flavor, transport, container)
            assert await wait(flavor, transport, container) == 0
            response = await flavor.send(transport, "GET", f"/containers/{container}/logs?stdout=1")
            pieces = [chunk async for chunk in flavor.chunks(response)]
            assert len(pieces) > 3
            output = b"".join(payload for _, payload in frames(b"".join(pieces)))
            assert output == b"x" * size
            assert transport.pool.opened == 1
        finally:
            await flavor.close(transport)

    run(scenario())


# --- connections ----------------------------------------------------------------------------


def test_keep_alive_reuses_one_connection(flavor: Flavor, docker_host: str) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            for path in ["/_ping", "/version", "/info", "/containers/json"] * 5:
                response = await flavor.request(transport, "GET", path)
                assert response.status_code == 200
            assert transport.pool.opened == 1
            assert transport.pool.idle_connections == 1
        finally:
            await flavor.close(transport)

    run(scenario())


def test_connection_close_is_not_reused(flavor: Flavor, docker_host: str) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            await flavor.request(transport, "GET", "/_ping", headers={"Connection": "close"})
            assert transport.pool.idle_connections == 0
            await flavor.request(transport, "GET", "/_ping")
            await flavor.request(transport, "GET", "/_ping")
            assert transport.pool.opened == 2
        finally:
            await flavor.close(transport)

    run(scenario())


def test_broken_idle_connection_is_replaced(flavor: Flavor, docker_host: str) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            await flavor.request(transport, "GET", "/_ping")
            # The engine side of the idle connection goes away (as when dockerd restarts):
            # shut the socket down under the pooled connection.
            (conn,) = transport.pool._idle
            raw = conn._stream
            sock = raw._transport.get_extra_info("socket") if flavor.name == "async" else raw._sock
            sock.shutdown(socket.SHUT_RDWR)
            for _ in range(3):
                response = await flavor.request(transport, "GET", "/version")
                assert response.status_code == 200
            assert transport.pool.opened == 2
        finally:
            await flavor.close(transport)

    run(scenario())


def test_closing_a_half_read_body_drops_the_connection(
    flavor: Flavor, docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            # A stream that never ends by itself: the engine's events.
            events = await flavor.send(transport, "GET", "/events")
            assert events.status_code == 200
            await create_container(flavor, transport, cleanup, test_image, Cmd=["true"])
            assert transport.pool.opened == 2
            chunks = flavor.chunks(events)
            first = await chunks.__anext__()
            assert json.loads(first)["Action"] == "create"
            await chunks.aclose()
            await flavor.close_response(events)
            assert transport.pool.idle_connections == 1  # only the one create used
            for _ in range(3):
                response = await flavor.request(transport, "GET", "/_ping")
                assert response.status_code == 200
            assert transport.pool.opened == 2
        finally:
            await flavor.close(transport)

    run(scenario())


def test_upgrade_hands_over_the_stream_with_half_close(
    flavor: Flavor, docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            await attach_roundtrip(flavor, transport, cleanup, test_image)
        finally:
            await flavor.close(transport)

    run(scenario())


# --- failures -------------------------------------------------------------------------------


def test_read_timeout_is_prompt(
    flavor: Flavor, docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host)
        try:
            container = await create_container(
                flavor, transport, cleanup, test_image, Cmd=["sleep", "60"]
            )
            await start(flavor, transport, container)
            clock = Stopwatch()
            with pytest.raises(httpx.ReadTimeout):
                await flavor.request(
                    transport, "POST", f"/containers/{container}/wait", timeout=timeouts(read=0.5)
                )
            assert 0.4 < clock.elapsed < 1.5
            # The connection in doubt is gone; the next request gets a new one.
            assert transport.pool.idle_connections == 0
            kill = await flavor.request(transport, "POST", f"/containers/{container}/kill")
            assert kill.status_code == 204
        finally:
            await flavor.close(transport)

    run(scenario())


def test_missing_socket_is_a_connect_error_naming_it(flavor: Flavor) -> None:
    path = os.path.join(tempfile.gettempdir(), f"ea-no-such-{os.getpid()}.sock")

    async def scenario() -> None:
        transport = flavor.transport(f"unix://{path}")
        try:
            with pytest.raises(httpx.ConnectError, match=path):
                await flavor.request(transport, "GET", "/_ping")
        finally:
            await flavor.close(transport)

    run(scenario())


def test_pool_timeout_when_every_connection_is_busy(flavor: Flavor, docker_host: str) -> None:
    async def scenario() -> None:
        transport = flavor.transport(docker_host, max_connections=1)
        try:
            events = await flavor.send(transport, "GET", "/events")  # holds the only connection
            clock = Stopwatch()
            with pytest.raises(httpx.PoolTimeout):
                await flavor.request(transport, "GET", "/_ping", timeout=timeouts(pool=0.3))
            assert clock.elapsed < 1.5
            await flavor.close_response(events)
            response = await flavor.request(transport, "GET", "/_ping", timeout=timeouts(pool=5))
            assert response.status_code == 200
        finally:
            await flavor.close(transport)

    run(scenario())


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port on 127.0.0.1 that accepts TCP connections (the kernel does) but never reads
    nor answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


def test_timeouts_against_a_silent_server(flavor: Flavor, silent_server: int) -> None:
    async def scenario() -> None:
        import ssl

        host = f"tcp://127.0.0.1:{silent_server}"
        transport = flavor.transport(host)
        tls = flavor.transport(host, ssl_context=ssl.create_default_context())
        try:
            clock = Stopwatch()
            with pytest.raises(httpx.ReadTimeout):
                await flavor.request(transport, "GET", "/_ping", timeout=timeouts(read=0.3))
            assert clock.elapsed < 1.3
            clock = Stopwatch()
            with pytest.raises(httpx.WriteTimeout):
                await flavor.request(
                    transport,
                    "POST",
                    "/containers/create",
                    content=b"x" * 64_000_000,
                    timeout=timeouts(write=0.3),
                )
            assert clock.elapsed < 1.3
            clock = Stopwatch()
            with pytest.raises(httpx.ConnectTimeout):
                await flavor.request(tls, "GET", "/_ping", timeout=timeouts(connect=0.3))
            assert clock.elapsed < 1.3
        finally:
            await flavor.close(transport)
            await flavor.close(tls)

    run(scenario())
