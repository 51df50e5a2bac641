"""Typed usage of the client core, checked by ``mypy --strict`` (scripts/check).

Runs against the engine the environment names: ``python examples/typed_usage.py``.
"""

from __future__ import annotations

import asyncio

from engine_api_binding.models import (
    ContainerCreateRequest,
    ContainerInspectResponse,
    ContainerSummary,
    HostConfig,
    SystemVersion,
)

import engine_api
from engine_api import AsyncDockerClient, errors


def sync_usage() -> None:
    with engine_api.from_env(timeout=30) as client:
        version: SystemVersion = client.ops.system_version()
        print(f"engine {version.version}; speaking API {client.api_version}")
        if client.ping_info is not None:
            print(f"os {client.ping_info.os_type}, experimental {client.ping_info.experimental}")

        running: list[ContainerSummary] = client.ops.container_list(filters={"status": ["running"]})
        print(f"{len(running)} running containers")

        try:
            client.ops.container_inspect("no-such-container")
        except errors.ContainerNotFound as missing:
            print(f"{missing.status_code}: {missing.explanation}")

        try:
            client.ops.image_attestations("busybox")  # API 1.55+
        except errors.UnsupportedByEngine as refused:
            print(f"refused before sending: {refused}")

        body = ContainerCreateRequest(
            image="engine-api-test/busybox:latest",
            cmd=["echo", "typed"],
            host_config=HostConfig(network_mode="none", auto_remove=False),
        )
        try:
            created = client.ops.container_create(body=body)
        except errors.ImageNotFound:
            print("build the test image first: python scripts/test_image.py")
            return
        inspected: ContainerInspectResponse = client.ops.container_inspect(created.id)
        print(f"created {inspected.name}")
        client.ops.container_delete(created.id, force=True)


async def async_usage() -> None:
    async with AsyncDockerClient() as client:
        infos = await asyncio.gather(client.ops.system_info(), client.ops.system_version())
        print(f"{infos[0].name}: API {client.api_version}")
        try:
            await client.with_options(timeout=2).ops.container_wait("no-such-container")
        except errors.NotFound as missing:
            print(f"not found: {missing.explanation}")
        except errors.EngineTimeout:
            print("gave up waiting")


if __name__ == "__main__":
    sync_usage()
    asyncio.run(async_usage())
