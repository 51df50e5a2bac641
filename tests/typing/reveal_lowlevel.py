"""What mypy infers for docker-py's low-level image and swarm names on ``client.api``
(docker-py's arguments, positional as docker-py code passes them): read by
tests/test_reveal_lowlevel.py, which runs mypy on this file and compares each
``reveal_type`` with the type written after it. Only type-checked, never run."""

from __future__ import annotations

from typing import reveal_type

from engine_api import APIClient, AsyncAPIClient


def sync_api(api: APIClient) -> None:
    reveal_type(api.images())  # list[ImageSummary]
    reveal_type(api.images("busybox", True))  # list[str]
    reveal_type(api.images(quiet=True, all=True))  # list[str]
    reveal_type(api.tag("busybox", "mine", "1"))  # bool
    reveal_type(api.get_image("busybox"))  # ArchiveStream
    reveal_type(api.get_image("busybox", 4096, out="/tmp/image.tar"))  # int
    reveal_type(api.load_image(b"tar", True))  # list[BuildInfo]
    reveal_type(api.load_image(b"tar", stream=True))  # JSONStream[BuildInfo]
    reveal_type(api.import_image("rootfs.tar", "mine", "1"))  # ImageInspect
    reveal_type(api.import_image_from_url("http://127.0.0.1/r.tar"))  # ImageInspect
    reveal_type(api.pull("busybox", "1.36"))  # ImageInspect
    reveal_type(api.pull("busybox", "1.36", True))  # JSONStream[CreateImageInfo]
    reveal_type(api.pull("busybox", stream=True, decode=True))  # JSONStream[CreateImageInfo]
    reveal_type(api.pull("busybox", all_tags=True))  # list[ImageInspect]
    reveal_type(api.push("mine", "1"))  # list[PushImageInfo]
    reveal_type(api.push("mine", "1", True))  # JSONStream[PushImageInfo]
    reveal_type(api.inspect_distribution("busybox"))  # DistributionInspect
    reveal_type(api.commit("c", "mine", "1"))  # IDResponse
    reveal_type(api.init_swarm("127.0.0.1", "127.0.0.1:2377"))  # str
    reveal_type(api.create_swarm_spec(autolock_managers=True))  # SwarmSpec
    reveal_type(api.inspect_swarm())  # Swarm
    reveal_type(api.leave_swarm(force=True))  # bool
    reveal_type(api.get_unlock_key())  # SwarmUnlockkeyResponse
    reveal_type(api.nodes(filters={"role": "manager"}))  # list[Node]
    reveal_type(api.inspect_node("n"))  # Node
    reveal_type(api.create_secret("s", b"data", {"k": "v"}, None))  # SwarmIDResponse
    reveal_type(api.inspect_secret("s"))  # Secret
    reveal_type(api.secrets(filters={"name": ["s"]}))  # list[Secret]
    reveal_type(api.remove_secret("s"))  # bool
    reveal_type(api.create_config("c", "data", None, "golang"))  # SwarmIDResponse
    reveal_type(api.inspect_config("c"))  # Config
    reveal_type(api.configs())  # list[Config]
    reveal_type(api.remove_config("c"))  # bool


async def async_api(api: AsyncAPIClient) -> None:
    reveal_type(await api.images(quiet=True))  # list[str]
    reveal_type(await api.get_image("busybox"))  # AsyncArchiveStream
    reveal_type(await api.pull("busybox", "1.36", True))  # AsyncJSONStream[CreateImageInfo]
    reveal_type(await api.load_image(b"tar"))  # list[BuildInfo]
    reveal_type(await api.update_swarm(1, rotate_worker_token=True))  # bool
    reveal_type(await api.nodes())  # list[Node]
    reveal_type(await api.create_secret("s", "data"))  # SwarmIDResponse
    reveal_type(await api.configs())  # list[Config]
