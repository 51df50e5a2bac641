"""What mypy infers for the high-level API: read by tests/test_reveal_types.py, which runs
mypy on this file and compares each ``reveal_type`` with the type written after it."""

from __future__ import annotations

from typing import reveal_type

from engine_api import AsyncDockerClient, DockerClient


def sync_api(client: DockerClient) -> None:
    container = client.containers.run("busybox", "sleep 60", detach=True)
    reveal_type(container)  # Container
    reveal_type(container.attrs)  # ContainerInspectResponse
    reveal_type(container.logs())  # bytes
    reveal_type(container.logs(demux=True))  # tuple[bytes, bytes]
    reveal_type(container.logs(stream=True))  # Output
    reveal_type(container.exec_run("true"))  # ExecResult[bytes]
    reveal_type(container.exec_run("true", demux=True))  # ExecResult[tuple[bytes, bytes]]
    reveal_type(container.exec_run("cat", socket=True))  # ExecResult[AttachSocket]
    reveal_type(container.stats(stream=False))  # ContainerStatsResponse
    reveal_type(client.containers.run("busybox", "true"))  # bytes
    reveal_type(client.containers.run("busybox", "true", stream=True))  # Output
    reveal_type(client.containers.list())  # list[Container]


async def async_api(client: AsyncDockerClient) -> None:
    container = await client.containers.run("busybox", "sleep 60", detach=True)
    reveal_type(container)  # AsyncContainer
    reveal_type(container.attrs)  # ContainerInspectResponse
    reveal_type(await container.logs(stream=True))  # AsyncOutput
    reveal_type(await container.exec_run("true"))  # ExecResult[bytes]
    reveal_type(await client.containers.run("busybox", "true"))  # bytes
    reveal_type(await client.api.logs(container.id, stream=True))  # AsyncOutput
    reveal_type(await client.events())  # AsyncJSONStream[EventMessage]
