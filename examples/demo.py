"""Demo: the typed binding against the engine at $DOCKER_HOST (a unix socket).

Prints the engine's version, builds the busybox test image (from the host's
/bin/busybox, no registry), runs ``echo hello from busybox`` in a container,
prints its output and removes the container; every call goes through the
generated, typed functions of ``engine_api_binding``. ``scripts/demo`` runs it
against a private engine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TypeVar

import httpx
from engine_api_binding import Client
from engine_api_binding.api.container import (
    container_create,
    container_delete,
    container_logs,
    container_start,
    container_wait,
)
from engine_api_binding.api.system import system_version
from engine_api_binding.models import ContainerCreateRequest, ErrorResponse, HostConfig

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for scripts.test_image

from scripts.test_image import TEST_IMAGE, build_busybox_image, demux_logs

T = TypeVar("T")
STREAMS = {1: "stdout", 2: "stderr"}


def ok(parsed: T | ErrorResponse | None, what: str) -> T:
    """The typed answer, or an exit that keeps the engine's message."""
    if isinstance(parsed, ErrorResponse):
        raise SystemExit(f"{what}: the engine answered {parsed.message!r}")
    if parsed is None:
        raise SystemExit(f"{what}: the engine answered with an undocumented status")
    return parsed


def main() -> int:
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    if not host.startswith("unix://"):
        raise SystemExit(f"this demo speaks to a unix socket; DOCKER_HOST is {host}")
    socket_path = host.removeprefix("unix://")
    transport = httpx.HTTPTransport(uds=socket_path, verify=False)  # no TLS on a unix socket
    probe = Client(base_url="http://docker", httpx_args={"transport": transport})
    version = ok(system_version.sync(client=probe), "version")
    print(f"engine {version.version}, API {version.api_version} on {version.os}/{version.arch}")

    client = Client(
        base_url=f"http://docker/v{version.api_version}",
        httpx_args={"transport": httpx.HTTPTransport(uds=socket_path, verify=False)},
    )
    image_id = build_busybox_image(socket_path)
    print(f"image {TEST_IMAGE} is {image_id[:19]}")

    body = ContainerCreateRequest(
        image=TEST_IMAGE,
        cmd=["echo", "hello from busybox"],
        host_config=HostConfig(network_mode="none"),
    )
    created = ok(container_create.sync(client=client, body=body), "create")
    try:
        container_start.sync_detailed(client=client, id=created.id)
        status = ok(container_wait.sync(client=client, id=created.id), "wait")
        print(f"container {created.id[:12]} exited with {status.status_code}")
        logs = ok(container_logs.sync(client=client, id=created.id, stdout=True), "logs")
        for stream, payload in demux_logs(logs.payload.read()):
            print(f"  {STREAMS.get(stream, stream)}: {payload.decode(errors='replace')}", end="")
    finally:
        container_delete.sync_detailed(client=client, id=created.id, force=True)
        print(f"container {created.id[:12]} removed")
    return status.status_code


if __name__ == "__main__":
    sys.exit(main())
