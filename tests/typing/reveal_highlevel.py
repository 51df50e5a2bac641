"""What mypy infers for the high-level API: read by tests/test_reveal_types.py, which runs
mypy on this file and compares each ``reveal_type`` with the type written after it."""

from __future__ import annotations

from typing import reveal_type

from engine_api_binding.models import ContainerStateStatus

from engine_api import AsyncDockerClient, DockerClient


def sync_api(client: DockerClient) -> None:
    container = client.containers.run("busybox", "sleep 60", detach=True)
    reveal_type(container)  # Container
    reveal_type(container.attrs)  # ContainerInspectResponse
    reveal_type(container.logs())  # bytes
    reveal_type(container.logs(demux=True))  # tuple[bytes, bytes]
    reveal_type(container.logs(stream=True))  # Output
    reveal_type(container.exec_run("true"))  # ExecResult[bytes]
    reveal_type(container.exec_run("true", demux=True).output)  # tuple[bytes, bytes]
    reveal_type(container.exec_run("cat", socket=True).output)  # AttachSocket
    reveal_type(container.stats(stream=False))  # ContainerStatsResponse
    reveal_type(client.containers.run("busybox", "true"))  # bytes
    reveal_type(client.containers.run("busybox", "true", stream=True))  # Output
    reveal_type(client.containers.list())  # list[Container]
    reveal_type(client.containers.create("busybox", "true", detach=True))  # Container
    reveal_type(client.containers.container("id"))  # Container
    result = container.exec_run("true")
    reveal_type(result[0])  # int | None
    reveal_type(result[1])  # bytes
    reveal_type(result.output)  # bytes
    code, out = result
    reveal_type(code)  # int | None
    reveal_type(out)  # bytes
    _, (stdout, stderr) = container.exec_run("true", demux=True)
    reveal_type(stdout)  # bytes
    reveal_type(stderr)  # bytes
    image, log = client.images.build(path=".")
    reveal_type(image)  # Image
    reveal_type(log)  # list[BuildInfo]
    image_id, messages = client.api.build(".")
    reveal_type(image_id)  # str
    reveal_type(messages)  # list[BuildInfo]
    reveal_type(client.images.push("localhost:5000/x"))  # list[PushImageInfo]
    reveal_type(client.images.push("localhost:5000/x", stream=True))  # JSONStream[PushImageInfo]
    reveal_type(container.commit("repo", "tag"))  # IDResponse
    reveal_type(container.attach())  # bytes
    reveal_type(container.attach(demux=True))  # tuple[bytes, bytes]
    reveal_type(container.attach(stream=True))  # Output
    reveal_type(container.exec("true").start())  # AttachSocket
    reveal_type(container.port(80))  # list[dict[str, str]] | None
    reveal_type(container.get_metadata())  # ContainerInspectResponse
    reveal_type(container.logs_in_bytes())  # bytes
    reveal_type(container.log())  # list[str]
    reveal_type(container.log(follow=True))  # Iterator[str]
    reveal_type(container.get_port_mappings(80))  # list[dict[str, str]]
    reveal_type(container.get_port_mappings())  # dict[str, list[dict[str, str]] | None]
    attrs = container.attrs
    reveal_type(attrs["Config"])  # ContainerConfig
    reveal_type(attrs["State"]["Running"])  # bool
    status: ContainerStateStatus = attrs["State"]["Status"]  # a Literal, not str
    reveal_type(status == "running")  # bool
    reveal_type(attrs["Mounts"][0]["Source"])  # str
    reveal_type(attrs.get("Config"))  # ContainerConfig | None
    reveal_type(attrs.id)  # str | None
    if attrs.id is not None:
        reveal_type(attrs.id)  # str
    reveal_type(attrs["NetworkSettings"]["Networks"]["bridge"])  # EndpointSettings
    reveal_type(container.wait()["StatusCode"])  # int
    reveal_type(container.top()["Processes"])  # list[list[str] | None]
    reveal_type(container.diff()[0]["Kind"])  # Literal[0] | Literal[1] | Literal[2]
    reveal_type(client.swarm.init("127.0.0.1", task_history_retention_limit=3))  # str
    reveal_type(client.swarm.attrs)  # Swarm
    reveal_type(client.swarm.version)  # int
    reveal_type(client.swarm.update(rotate_worker_token=True))  # bool
    reveal_type(client.swarm.get_unlock_key())  # SwarmUnlockkeyResponse
    reveal_type(client.nodes.list(filters={"role": ["worker"]}))  # list[Node]
    reveal_type(client.nodes.get("n").set_availability("drain"))  # Node
    reveal_type(client.nodes.get("n").attrs)  # Node
    reveal_type(client.secrets.create("s", b"data"))  # Secret
    reveal_type(client.secrets.get("s").attrs)  # Secret
    reveal_type(client.configs.list())  # list[Config]
    reveal_type(client.configs.get("c").data)  # bytes | None


async def async_api(client: AsyncDockerClient) -> None:
    container = await client.containers.run("busybox", "sleep 60", detach=True)
    reveal_type(container)  # AsyncContainer
    reveal_type(container.attrs)  # ContainerInspectResponse
    reveal_type(await container.logs(stream=True))  # AsyncOutput
    code, out = await container.exec_run("true")
    reveal_type(code)  # int | None
    reveal_type(out)  # bytes
    reveal_type((await container.exec_run("true", stream=True))[1])  # AsyncOutput
    image, _ = await client.images.build(path=".")
    reveal_type(image)  # AsyncImage
    reveal_type(await container.commit())  # IDResponse
    reveal_type(await container.attach(stream=True))  # AsyncOutput
    reveal_type(await client.containers.run("busybox", "true", stream=True))  # AsyncOutput
    reveal_type(await (await container.exec("true")).start(detach=True))  # bytes
    reveal_type(await client.containers.run("busybox", "true"))  # bytes
    reveal_type(await client.api.logs(container.id, stream=True))  # AsyncOutput
    reveal_type(await client.events())  # AsyncJSONStream[EventMessage]
    reveal_type(container.attrs["State"]["Pid"])  # int
    reveal_type(container.attrs.get("Config"))  # ContainerConfig | None
    reveal_type((await container.wait())["StatusCode"])  # int
    reveal_type((await container.top())["Processes"])  # list[list[str] | None]
    reveal_type((await container.diff())[0]["Path"])  # str
    reveal_type(await client.swarm.reload())  # AsyncSwarm
    reveal_type(await client.nodes.list())  # list[AsyncNode]
    reveal_type(await client.secrets.create("s", "data", labels={"k": "v"}))  # AsyncSecret
    reveal_type(await (await client.configs.get("c")).remove())  # bool
