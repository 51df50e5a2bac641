"""A user's script, type-checked against the installed wheel: tests/test_wheel.py copies it out
of the source tree, runs mypy --strict on it with a clean venv holding only the wheel and mypy,
and compares each ``reveal_type`` with the type written after it (and finds no ``Any``).

One reveal per line, the expected type in short names after ``#``: extend it by adding lines.
It is never run (it would pull from a registry), only type-checked.
"""

from __future__ import annotations

from typing import reveal_type

import engine_api
import engine_api.errors


def sync_calls() -> None:
    client = engine_api.from_env()
    reveal_type(client)  # DockerClient
    with engine_api.from_env() as managed:
        reveal_type(managed)  # DockerClient
    reveal_type(client.ping())  # bool
    reveal_type(client.version())  # SystemVersion
    reveal_type(client.info())  # SystemInfo
    reveal_type(client.api)  # APIClient
    reveal_type(engine_api.APIClient(base_url="unix:///d.sock", version="1.41"))  # APIClient
    container = client.containers.run("busybox", "sleep 60", detach=True)
    reveal_type(client.ops.container_inspect(container.id))  # ContainerInspectResponse
    reveal_type(client.api.logs(container.id))  # bytes
    reveal_type(client.api.inspect_image("busybox"))  # ImageInspect
    reveal_type(client.api.images())  # list[ImageSummary]
    reveal_type(client.api.exec_create(container.id, "true"))  # str
    reveal_type(client.api.containers(all=True))  # list[ContainerSummary]
    reveal_type(client.api.inspect_container(container.id))  # ContainerInspectResponse
    reveal_type(client.api.create_container("busybox", "true"))  # ContainerCreateResponse
    reveal_type(client.api.wait(container.id))  # ContainerWaitResponse
    reveal_type(client.api.version())  # SystemVersion
    reveal_type(client.api.create_network("app-net"))  # NetworkCreateResponse
    reveal_type(client.api.create_volume("app-data"))  # Volume
    reveal_type(container)  # Container
    reveal_type(container.id)  # str
    reveal_type(client.containers.run("busybox", "echo hi"))  # bytes
    reveal_type(client.containers.run("busybox", ["echo", "hi"], remove=True))  # bytes
    reveal_type(client.containers.run("busybox", "echo hi", stream=True))  # Output
    reveal_type(client.containers.get(container.id))  # Container
    reveal_type(client.containers.list())  # list[Container]
    reveal_type(client.containers.list(all=True, filters={"label": "app=web"}))  # list[Container]
    reveal_type(container.attrs)  # ContainerInspectResponse
    reveal_type(container.attrs["Config"])  # ContainerConfig
    reveal_type(container.attrs.get("Config"))  # ContainerConfig | None
    reveal_type(container.attrs["NetworkSettings"]["Ports"])  # PortMap
    reveal_type(container.attrs.id)  # str | None
    reveal_type(container.wait()["StatusCode"])  # int
    reveal_type(container.diff()[0]["Path"])  # str
    reveal_type(client.images.get("busybox").attrs["RepoTags"])  # list[str]
    reveal_type(container.status)  # str
    reveal_type(container.logs())  # bytes
    reveal_type(container.logs(stdout=True, stderr=False, timestamps=True, tail=10))  # bytes
    reveal_type(container.logs(demux=True))  # tuple[bytes, bytes]
    reveal_type(container.logs(stream=True))  # Output
    reveal_type(container.logs(stream=True, follow=True))  # Output
    reveal_type(container.exec_run("true"))  # ExecResult[bytes]
    reveal_type(container.exec_run(["sh", "-c", "echo hi"], workdir="/"))  # ExecResult[bytes]
    reveal_type(container.exec_run("true", demux=True))  # ExecResult[tuple[bytes, bytes]]
    reveal_type(container.exec_run("true", stream=True))  # ExecResult[Output]
    reveal_type(container.exec_run("true").exit_code)  # int | None
    reveal_type(container.exec_run("true").output)  # bytes
    reveal_type(container.exec_run("true")[0])  # int | None
    reveal_type(container.exec_run("true")[1])  # bytes
    exit_code, output = container.exec_run("true")
    reveal_type(exit_code)  # int | None
    reveal_type(output)  # bytes
    _, (stdout, stderr) = container.exec_run("true", demux=True)
    reveal_type(stdout)  # bytes
    reveal_type(stderr)  # bytes
    reveal_type(container.wait())  # ContainerWaitResponse
    reveal_type(container.commit("app", "snapshot"))  # IDResponse
    reveal_type(container.attach(stream=True))  # Output
    reveal_type(client.images.get("busybox"))  # Image
    reveal_type(client.images.get("busybox").tags)  # list[str]
    reveal_type(client.images.list())  # list[Image]
    reveal_type(client.images.build(path=".", tag="app:1"))  # tuple[Image, list[BuildInfo]]
    image, build_log = client.images.build(path=".", tag="app:1")
    reveal_type(image)  # Image
    reveal_type(build_log)  # list[BuildInfo]
    reveal_type(client.images.push("localhost:5000/app"))  # list[PushImageInfo]
    reveal_type(client.images.pull("busybox", tag="latest"))  # Image
    reveal_type(client.networks.create("app-net", driver="bridge"))  # Network
    reveal_type(client.volumes.create("app-data"))  # Volume
    try:
        client.containers.get("missing")
    except engine_api.errors.NotFound as e:
        reveal_type(e)  # NotFound
        reveal_type(e.status_code)  # int
        reveal_type(e.explanation)  # str
    except engine_api.errors.APIError as e:
        reveal_type(e.status_code)  # int
        reveal_type(e.is_client_error())  # bool


async def async_calls() -> None:
    client = engine_api.AsyncDockerClient()
    reveal_type(client)  # AsyncDockerClient
    async with engine_api.AsyncDockerClient() as managed:
        reveal_type(managed)  # AsyncDockerClient
    reveal_type(await client.ping())  # bool
    reveal_type(client.api)  # AsyncAPIClient
    reveal_type(engine_api.AsyncAPIClient(version="1.41", timeout=30))  # AsyncAPIClient
    container = await client.containers.run("busybox", "sleep 60", detach=True)
    reveal_type(await client.ops.container_inspect(container.id))  # ContainerInspectResponse
    reveal_type(await client.api.logs(container.id))  # bytes
    reveal_type(await client.api.inspect_container(container.id))  # ContainerInspectResponse
    reveal_type(await client.api.containers())  # list[ContainerSummary]
    reveal_type(container)  # AsyncContainer
    reveal_type(await client.containers.run("busybox", "echo hi"))  # bytes
    reveal_type(await client.containers.run("busybox", "echo hi", stream=True))  # AsyncOutput
    reveal_type(await client.containers.get(container.id))  # AsyncContainer
    reveal_type(await client.containers.list(all=True))  # list[AsyncContainer]
    reveal_type(container.attrs)  # ContainerInspectResponse
    reveal_type(container.attrs["Config"])  # ContainerConfig
    reveal_type((await container.wait())["StatusCode"])  # int
    reveal_type(await container.logs())  # bytes
    reveal_type(await container.logs(demux=True))  # tuple[bytes, bytes]
    reveal_type(await container.logs(stream=True))  # AsyncOutput
    reveal_type(await container.exec_run("true"))  # ExecResult[bytes]
    reveal_type(await container.exec_run("true", demux=True))  # ExecResult[tuple[bytes, bytes]]
    reveal_type(await container.exec_run("true", stream=True))  # ExecResult[AsyncOutput]
    exit_code, output = await container.exec_run("true")
    reveal_type(exit_code)  # int | None
    reveal_type(output)  # bytes
    reveal_type((await container.exec_run("true"))[1])  # bytes
    reveal_type(await container.wait())  # ContainerWaitResponse
    reveal_type(await container.commit())  # IDResponse
    reveal_type(await client.images.get("busybox"))  # AsyncImage
    reveal_type(await client.images.list())  # list[AsyncImage]
    reveal_type(await client.images.build(path="."))  # tuple[AsyncImage, list[BuildInfo]]
    image, build_log = await client.images.build(path=".")
    reveal_type(image)  # AsyncImage
    reveal_type(build_log)  # list[BuildInfo]
    reveal_type(await client.images.pull("busybox", tag="latest"))  # AsyncImage
    reveal_type(await client.networks.create("app-net"))  # AsyncNetwork
    reveal_type(await client.volumes.create("app-data"))  # AsyncVolume
    try:
        await client.containers.get("missing")
    except engine_api.errors.NotFound as e:
        reveal_type(e.status_code)  # int
    await client.aclose()
