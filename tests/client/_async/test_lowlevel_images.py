"""docker-py's low-level image names on ``client.api``, with docker-py 7.1.0's arguments
(positional where docker-py code passes them so), against the real engine and the local
registries of tests/registry.py: images, inspect_image, tag, history, remove_image,
get_image, load_image (and ImageLoadError), import_image and its import_image_from_*
forms, prune_images, search, pull, push, inspect_distribution, commit.

Written once for asyncio; tests/client/_sync/test_lowlevel_images.py is derived from this
file by scripts/unasync.py.
"""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import tarfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from engine_api_binding.models import (
    BuildInfo,
    ContainerConfigLabels,
    ContainerCreateRequest,
    HostConfig,
    PushImageInfo,
)

from engine_api import AsyncAPIClient, AsyncDockerClient, errors
from engine_api.archive import tar_paths
from tests.client._async.helpers import LABEL
from tests.registry import AuthRegistry


def unique(prefix: str = "ea-ll") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def rootfs_tar(text: bytes, name: str = "hello.txt") -> bytes:
    return b"".join(tar_paths(text, name))


@contextlib.contextmanager
def serve_once(body: bytes) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 answering every GET with ``body``: its URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/x-tar")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/rootfs.tar"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.anyio
async def test_list_tag_inspect_history_remove(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    api = client.api
    repository = f"ea-test/{unique()}"
    cleanup.image(f"{repository}:one")
    cleanup.image(f"{repository}:two")
    source = await api.inspect_image(test_image)
    assert await api.tag(test_image, repository, "one") is True
    assert await api.tag(test_image, repository, "two", True) is True  # force, positional

    listed = await api.images(repository)  # name, positional
    assert [image.id for image in listed] == [source.id]
    assert sorted(listed[0].repo_tags or []) == [f"{repository}:one", f"{repository}:two"]
    assert await api.images(repository, True) == [source.id]  # quiet: the ids
    assert await api.images(name=f"{repository}:one", quiet=True) == [source.id]
    assert await api.images(quiet=True, filters={"reference": f"{repository}:*"}) == [source.id]
    every = await api.images(None, True, True)  # quiet, all
    assert source.id in every and all(isinstance(i, str) for i in every)

    assert (await api.inspect_image(f"{repository}:one")).id == source.id
    history = await api.history(f"{repository}:one")
    assert history and history[0].id == source.id

    removed = await api.remove_image(f"{repository}:one", False, False)
    assert [item.untagged for item in removed] == [f"{repository}:one"]
    with pytest.raises(errors.ImageNotFound):
        await api.inspect_image(f"{repository}:one")
    removed = await api.remove_image(f"{repository}:two", force=True, noprune=True)
    assert [item.untagged for item in removed] == [f"{repository}:two"]
    assert await api.images(repository, True) == []


@pytest.mark.anyio
async def test_get_image_streams_chunks_and_load_image_reads_them(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    api = client.api
    repository = unique()
    cleanup.image(f"{repository}:v1")
    await api.tag(test_image, repository, "v1")

    stream = await api.get_image(f"{repository}:v1", 4096)
    async with stream:
        chunks = [chunk async for chunk in stream]
    assert len(chunks) > 2
    assert {len(chunk) for chunk in chunks[:-1]} == {4096} and 0 < len(chunks[-1]) <= 4096
    archive = b"".join(chunks)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert manifest[0]["RepoTags"] == [f"{repository}:v1"]

    # docker-py's default chunk size (2 MB), and None: as the engine sends them.
    default = await api.get_image(f"{repository}:v1")
    async with default:
        assert b"".join([chunk async for chunk in default]) == archive
    as_sent = await api.get_image(f"{repository}:v1", None)
    assert await as_sent.read() == archive
    with pytest.raises(ValueError, match="chunk_size"):
        await api.get_image(f"{repository}:v1", 0)
    with pytest.raises(errors.ImageNotFound):
        await api.get_image(unique("ea-missing"))

    # load_image(data, quiet=None): the engine's messages, typed.
    await api.remove_image(f"{repository}:v1")
    loaded = await api.load_image(archive)
    assert all(isinstance(message, BuildInfo) for message in loaded)
    assert loaded[-1].stream == f"Loaded image: {repository}:v1\n"
    await api.remove_image(f"{repository}:v1")
    quiet = await api.load_image(io.BytesIO(archive), True)
    assert [message.stream for message in quiet] == [f"Loaded image: {repository}:v1\n"]
    assert f"{repository}:v1" in ((await api.inspect_image(f"{repository}:v1")).repo_tags or [])


@pytest.mark.anyio
async def test_a_broken_archive_raises_image_load_error(client: AsyncDockerClient) -> None:
    # The engine reports it inside its answer, with HTTP 200.
    with pytest.raises(errors.ImageLoadError, match="unexpected EOF") as caught:
        await client.api.load_image(b"this is not a tar archive")
    assert "unexpected EOF" in caught.value.explanation
    assert caught.value.method == "POST" and caught.value.path == "/images/load"
    assert isinstance(caught.value, errors.DockerException)
    assert not isinstance(caught.value, errors.APIError)

    # A tar whose manifest names a config that is not in it.
    manifest = json.dumps([{"Config": "nope.json", "RepoTags": ["x:1"], "Layers": []}])
    broken = b"".join(tar_paths(manifest.encode(), "manifest.json"))
    stream = await client.api.load_image(broken, stream=True)
    with pytest.raises(errors.ImageLoadError, match=r"nope\.json"):
        async with stream:
            async for _ in stream:
                pass
    # docker-py's images.load raises it too.
    with pytest.raises(errors.ImageLoadError, match=r"nope\.json"):
        await client.images.load(broken)


@pytest.mark.anyio
async def test_import_image_from_data_file_stream(
    client: AsyncDockerClient, cleanup: Any, tmp_path: Path
) -> None:
    api = client.api
    repository = unique()
    for tag in ("src", "data", "file", "stream"):
        cleanup.image(f"{repository}:{tag}")
    archive = tmp_path / "rootfs.tar"
    archive.write_bytes(rootfs_tar(b"from a file\n"))

    # import_image(src=path, repository, tag, image=None, changes): docker-py's order.
    by_src = await api.import_image(str(archive), repository, "src", None, ['CMD ["/hello.txt"]'])
    assert by_src.repo_tags == [f"{repository}:src"]
    assert by_src.config and by_src.config.cmd == ["/hello.txt"]
    assert by_src.root_fs and len(by_src.root_fs.layers or []) == 1

    data = await api.import_image_from_data(
        rootfs_tar(b"from bytes\n"), repository, "data", "ENV FROM=data"
    )
    assert data.repo_tags == [f"{repository}:data"]
    assert data.config and "FROM=data" in (data.config.env or [])
    assert data.id != by_src.id

    by_file = await api.import_image_from_file(archive, repository, "file")
    assert by_file.repo_tags == [f"{repository}:file"]
    assert by_file.root_fs and by_src.root_fs and by_file.root_fs.layers == by_src.root_fs.layers

    with archive.open("rb") as file:
        streamed = await api.import_image_from_stream(file, repository, "stream")
    assert streamed.repo_tags == [f"{repository}:stream"]
    # Unnamed, from a file object with stream_src as docker-py passes it.
    with archive.open("rb") as file:
        unnamed = await api.import_image(file, stream_src=True)
    cleanup.image(unnamed.id or "")
    assert unnamed.repo_tags == []

    with pytest.raises(FileNotFoundError, match=r"missing\.tar"):
        await api.import_image_from_file(tmp_path / "missing.tar", repository, "x")
    with pytest.raises(FileNotFoundError, match="not-a-file"):
        await api.import_image(str(tmp_path / "not-a-file"))
    with pytest.raises(TypeError, match="src"):
        await api.import_image()
    with pytest.raises(TypeError, match="bytes"):
        await api.import_image_from_data(str(archive))  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_import_image_from_url_served_on_localhost(
    client: AsyncDockerClient, cleanup: Any
) -> None:
    repository = unique()
    cleanup.image(f"{repository}:url")
    with serve_once(rootfs_tar(b"fetched by the engine\n", "fetched.txt")) as url:
        imported = await client.api.import_image_from_url(url, repository, "url")
    assert imported.repo_tags == [f"{repository}:url"]
    assert imported.root_fs and len(imported.root_fs.layers or []) == 1
    with pytest.raises(ValueError, match="URL"):
        await client.api.import_image_from_url("ftp://127.0.0.1/x.tar")


@pytest.mark.anyio
async def test_pull_push_positional_inspect_distribution_and_import_from_image(
    client: AsyncDockerClient, cleanup: Any, test_image: str, registry: str
) -> None:
    api = client.api
    repository = f"{registry}/{unique()}"
    remote = cleanup.image(f"{repository}:v1")
    await api.tag(test_image, repository, "v1")
    source = await api.inspect_image(test_image)

    pushed = await api.push(repository, "v1", True)  # stream, positional
    messages = [message async for message in pushed]
    assert all(isinstance(message, PushImageInfo) for message in messages)
    digest = messages[-1].additional_properties["aux"]["Digest"]
    again = await api.push(repository, "v1", False, None, False)
    assert any(message.status == "Layer already exists" for message in again)

    distribution = await api.inspect_distribution(remote)
    assert distribution.descriptor and distribution.descriptor.digest == digest
    assert distribution.platforms
    with pytest.raises(errors.ImageNotFound):
        await api.inspect_distribution(f"{repository}:missing")

    await api.remove_image(remote)
    pulled = await api.pull(repository, "v1", False, None, False, None, False)
    assert pulled.id == source.id and remote in (pulled.repo_tags or [])
    await api.remove_image(remote)
    progress = await api.pull(repository, "v1", stream=True, decode=True)
    statuses = [message.status async for message in progress]
    assert statuses[-1] == f"Status: Downloaded newer image for {remote}"

    # import_image_from_image: pulled from its registry, then named as asked.
    await api.remove_image(remote)
    local = unique()
    cleanup.image(f"{local}:copy")
    copied = await api.import_image_from_image(remote, local, "copy")
    assert copied.id == source.id
    assert {remote, f"{local}:copy"} <= set(copied.repo_tags or [])
    await api.remove_image(remote)
    by_image = await api.import_image(image=remote)  # docker-py's image= form
    assert by_image.id == source.id and remote in (by_image.repo_tags or [])
    with pytest.raises(TypeError, match="changes"):
        await api.import_image_from_image(remote, local, "copy", ["ENV X=1"])


@pytest.mark.anyio
async def test_inspect_distribution_and_pull_with_auth_config(
    client: AsyncDockerClient, cleanup: Any, test_image: str, auth_registry: AuthRegistry
) -> None:
    api = client.api
    auth_config = {"username": auth_registry.username, "password": auth_registry.password}
    repository = f"{auth_registry}/{unique()}"
    remote = cleanup.image(f"{repository}:v1")
    await api.tag(test_image, repository, "v1")
    pushed = await api.push(repository, "v1", auth_config=auth_config)
    digest = pushed[-1].additional_properties["aux"]["Digest"]

    with pytest.raises(errors.Unauthorized):
        await api.inspect_distribution(remote)
    distribution = await api.inspect_distribution(remote, auth_config)
    assert distribution.descriptor and distribution.descriptor.digest == digest

    await api.remove_image(remote)
    with pytest.raises(errors.Unauthorized):
        await api.pull(repository, "v1")
    pulled = await api.pull(repository, "v1", False, auth_config)
    assert f"{repository}@{digest}" in (pulled.repo_digests or [])


@pytest.mark.anyio
async def test_commit_prune_and_search_with_docker_py_arguments(
    client: AsyncDockerClient, cleanup: Any, test_image: str, registry: str
) -> None:
    api = client.api
    body = ContainerCreateRequest(
        image=test_image,
        cmd=["sh", "-c", "echo committed > /made-by-test"],
        labels=ContainerConfigLabels.from_dict({LABEL: "1"}),
        host_config=HostConfig(network_mode="none"),
    )
    cid = cleanup.container((await client.ops.container_create(body=body)).id)
    await client.ops.container_start(cid)
    assert (await api.wait(cid, timeout=30)).status_code == 0

    marker = unique()
    conf = {"Labels": {LABEL: "1", "ea-prune": marker}}
    # commit(container, repository, tag, message, author, pause, changes, conf)
    made = await api.commit(cid, None, None, "by the test", "tests", False, ["ENV C=1"], conf)
    cleanup.image(made.id)
    inspected = await api.inspect_image(made.id)
    assert inspected.comment == "by the test" and inspected.author == "tests"
    assert inspected.config and "C=1" in (inspected.config.env or [])
    assert inspected.repo_tags == []  # unnamed: dangling

    pruned = await api.prune_images({"label": [f"ea-prune={marker}"]})
    assert made.id in [item.deleted for item in pruned.images_deleted or []]
    with pytest.raises(errors.ImageNotFound):
        await api.inspect_image(made.id)

    # Registry search needs Docker Hub (the internet, which tests never reach); a
    # distribution registry has no /v1/search, and the engine relays that refusal.
    with pytest.raises(errors.APIError) as caught:
        await api.search(f"{registry}/anything", 3)
    assert caught.value.operation == "ImageSearch" and caught.value.status_code >= 400


@pytest.mark.anyio
async def test_the_low_level_client_alone(docker_host: str, test_image: str) -> None:
    # docker-py's APIClient(base_url=..., version=..., timeout=...) on its own.
    async with AsyncAPIClient(base_url=docker_host, version="auto", timeout=30) as api:
        ids = await api.images(quiet=True)
        assert (await api.inspect_image(test_image)).id in ids
