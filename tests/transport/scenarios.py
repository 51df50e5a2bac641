"""Steps that several transport tests share, written once for both flavours."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tests.conftest import Cleanup
from tests.transport.flavors import Flavor


async def create_container(
    flavor: Flavor, transport: Any, cleanup: Cleanup, image: str, **config: Any
) -> str:
    response = await flavor.request(
        transport,
        "POST",
        "/containers/create",
        json={"Image": image, "Labels": cleanup.labels, "HostConfig": {"NetworkMode": "none"}}
        | config,
    )
    assert response.status_code == 201, response.text
    return cleanup.container(response.json()["Id"])


async def start(flavor: Flavor, transport: Any, container: str) -> None:
    response = await flavor.request(transport, "POST", f"/containers/{container}/start")
    assert response.status_code == 204, response.text


async def wait(flavor: Flavor, transport: Any, container: str) -> int:
    response = await flavor.request(transport, "POST", f"/containers/{container}/wait")
    assert response.status_code == 200, response.text
    status: int = response.json()["StatusCode"]
    return status


def frames(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The (stream, payload) frames of a non-TTY container's multiplexed output."""
    while data:
        kind, size = data[0], int.from_bytes(data[4:8], "big")
        yield kind, data[8 : 8 + size]
        data = data[8 + size :]


async def attach_roundtrip(flavor: Flavor, transport: Any, cleanup: Cleanup, image: str) -> None:
    """Attach to a ``cat`` container with Upgrade: tcp, write a line, half-close, and read the
    line back until the end of the stream."""
    container = await create_container(
        flavor,
        transport,
        cleanup,
        image,
        Cmd=["cat"],
        OpenStdin=True,
        StdinOnce=True,
        AttachStdin=True,
        AttachStdout=True,
    )
    response = await flavor.send(
        transport,
        "POST",
        f"/containers/{container}/attach?stream=1&stdin=1&stdout=1&stderr=1",
        headers={"Connection": "Upgrade", "Upgrade": "tcp"},
    )
    assert response.status_code == 101
    stream = response.extensions["network_stream"]
    assert transport.pool.idle_connections == 0  # it left the pool
    try:
        await start(flavor, transport, container)
        await flavor.call(stream.write, b"hello through the upgrade\n", 10.0)
        await flavor.call(stream.shutdown_write)  # cat sees the end of its input
        received = b""
        while True:
            data = await flavor.call(stream.read, 65536, 30.0)
            if not data:
                break
            received += data
    finally:
        await flavor.call(stream.aclose if flavor.name == "async" else stream.close)
    output = b"".join(payload for kind, payload in frames(received) if kind == 1)
    assert output == b"hello through the upgrade\n"
    assert await wait(flavor, transport, container) == 0
