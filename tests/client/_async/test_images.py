"""Images against the real engine and local registries: push and pull (plain and with htpasswd
auth), login, save and load, import, commit, tag, remove, prune, history, list, search.

Written once for asyncio; tests/client/_sync/test_images.py is derived from this file by
scripts/unasync.py, so both clients run the same scenarios. Registries come from
tests/registry.py; DOCKER_CONFIG is an empty temporary directory for the whole session
(tests/conftest.py), and the tests that need a config.json write their own.
"""

from __future__ import annotations

import base64
import io
import json
import os
import tarfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from engine_api_binding.models import (
    ContainerConfigLabels,
    ContainerCreateRequest,
    CreateImageInfo,
    HostConfig,
    PushImageInfo,
)

from engine_api import AsyncDockerClient, errors
from engine_api.archive import tar_paths
from engine_api.auth import AuthStore, Credentials
from engine_api.progress import render_progress
from tests.client._async.helpers import LABEL
from tests.registry import AuthRegistry


def unique(prefix: str = "ea-img") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def committed_image(
    client: AsyncDockerClient,
    cleanup: Any,
    test_image: str,
    repository: str | None,
    **commit: Any,
) -> str:
    """An image of its own (a layer with one file on top of busybox), named repository:v1
    (None: unnamed, dangling)."""
    body = ContainerCreateRequest(
        image=test_image,
        cmd=["sh", "-c", f"echo {repository} > /made-by-test"],
        labels=ContainerConfigLabels.from_dict({LABEL: "1"}),
        host_config=HostConfig(network_mode="none"),
    )
    cid = cleanup.container((await client.ops.container_create(body=body)).id)
    await client.ops.container_start(cid)
    assert (await client.api.wait(cid, timeout=30)).status_code == 0
    conf = {"Labels": {LABEL: "1"}, **commit.pop("conf", {})}
    if repository is None:
        result = await client.api.commit(cid, conf=conf, **commit)
        return cleanup.image(result.id)  # type: ignore[no-any-return]
    cleanup.image(f"{repository}:v1")
    result = await client.api.commit(cid, repository, "v1", conf=conf, **commit)
    return result.id


def no_secret(error: BaseException, secret: str) -> None:
    assert secret not in str(error)
    assert secret not in repr(error)
    assert secret not in repr(error.args)


# -- push and pull, plain registry -------------------------------------------------------------


@pytest.mark.anyio
async def test_push_remove_pull_back(
    client: AsyncDockerClient, cleanup: Any, test_image: str, registry: str
) -> None:
    local = unique()
    image_id = await committed_image(client, cleanup, test_image, local)
    remote = cleanup.image(f"{registry}/{local}:v1")
    await client.api.tag(local + ":v1", f"{registry}/{local}", "v1")

    stream = await client.api.push(remote, stream=True)
    messages = [message async for message in stream]
    assert all(isinstance(message, PushImageInfo) for message in messages)
    assert any(message.status == "Pushed" for message in messages)
    aux = messages[-1].additional_properties["aux"]
    assert aux["Tag"] == "v1" and aux["Digest"].startswith("sha256:")

    # Gone locally, all of it (both names): the pull has to fetch the top layer again.
    await client.api.remove_image(local + ":v1")
    removed = await client.api.remove_image(remote)
    assert any(item.deleted == image_id for item in removed)
    with pytest.raises(errors.ImageNotFound):
        await client.api.inspect_image(image_id)

    pulled = await client.api.pull(f"{registry}/{local}", "v1", stream=True)
    progress = [message async for message in pulled]
    assert all(isinstance(message, CreateImageInfo) for message in progress)
    statuses = [message.status for message in progress]
    assert "Pull complete" in statuses
    assert statuses[-1] == f"Status: Downloaded newer image for {remote}"
    shown = io.StringIO()
    render_progress(progress, shown)  # not a terminal: one line per status, no ticks
    lines = shown.getvalue().splitlines()
    assert any(line.endswith(": Pull complete") for line in lines)
    assert lines[-1] == f"Status: Downloaded newer image for {remote}"
    assert (await client.api.inspect_image(remote)).id == image_id

    # Not streamed: read to the end, the image's inspect returned; by digest too.
    await client.api.remove_image(remote)
    inspected = await client.api.pull(remote)
    assert inspected.id == image_id
    assert inspected.repo_tags == [remote]
    by_digest = await client.api.pull(f"{registry}/{local}@{aux['Digest']}")
    assert by_digest.id == image_id

    # The pushed manifest is in the registry: pushing again finds every layer there.
    again = await client.api.push(f"{registry}/{local}", "v1")
    assert any(message.status == "Layer already exists" for message in again)


@pytest.mark.anyio
async def test_pull_all_tags_and_missing(
    client: AsyncDockerClient, cleanup: Any, test_image: str, registry: str
) -> None:
    repository = f"{registry}/{unique()}"
    for tag in ("a", "b"):
        await client.api.tag(test_image, repository, tag)
        cleanup.image(f"{repository}:{tag}")
    await client.api.push(repository)  # no tag: every tag of the repository
    for tag in ("a", "b"):
        await client.api.remove_image(f"{repository}:{tag}")
    pulled = await client.api.pull(repository, all_tags=True)
    tags = {tag for image in pulled for tag in image.repo_tags or []}
    assert {f"{repository}:a", f"{repository}:b"} <= tags

    with pytest.raises(errors.ImageNotFound, match="manifest unknown"):
        await client.api.pull(f"{registry}/{unique()}", "nope")
    with pytest.raises(errors.InvalidReference):
        await client.api.pull("Upper/Case")


@pytest.mark.anyio
async def test_search_needs_a_registry_that_searches(
    client: AsyncDockerClient, registry: str
) -> None:
    # A distribution registry has no /v1/search: the engine relays its 404 as a 500. (Docker
    # Hub would answer, but tests do not reach the internet.)
    with pytest.raises(errors.APIError) as caught:
        await client.api.search(f"{registry}/anything", limit=5)
    assert caught.value.operation == "ImageSearch"


# -- push and pull, registry with htpasswd auth -------------------------------------------------


@pytest.mark.anyio
async def test_auth_registry_refuses_without_credentials(
    client: AsyncDockerClient, cleanup: Any, test_image: str, auth_registry: AuthRegistry
) -> None:
    remote = cleanup.image(f"{auth_registry}/{unique()}:v1")
    await client.api.tag(test_image, remote)
    # The refusal comes inside the push's stream (HTTP 200).
    with pytest.raises(errors.Unauthorized, match="no basic auth credentials"):
        await client.api.push(remote)
    stream = await client.api.push(remote, stream=True)
    seen: list[PushImageInfo] = []
    with pytest.raises(errors.Unauthorized):
        async for message in stream:
            seen.append(message)
    assert seen and seen[0].status is not None  # "The push refers to repository [...]"

    secret = "not-the-password-" + uuid.uuid4().hex
    wrong = Credentials(username=auth_registry.username, password=secret)
    # A pull's refusal is an HTTP 500 before any stream: typed from its words all the same.
    with pytest.raises(errors.Unauthorized) as caught:
        await client.api.pull(remote, auth_config=wrong)
    no_secret(caught.value, secret)
    with pytest.raises(errors.Unauthorized) as pushing:
        await client.api.push(
            remote, auth_config={"username": auth_registry.username, "password": secret}
        )
    no_secret(pushing.value, secret)


@pytest.mark.anyio
async def test_login_wrong_password(
    client: AsyncDockerClient, auth_registry: AuthRegistry, tmp_path: Path
) -> None:
    client.api.auth_store = AuthStore(tmp_path / "config.json")
    secret = "wrong-" + uuid.uuid4().hex
    with pytest.raises(errors.Unauthorized) as caught:
        await client.login(auth_registry.username, secret, auth_registry.address)
    assert caught.value.status_code == 401
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    no_secret(caught.value, secret)
    # Nothing remembered, nothing written.
    assert client.api.auth_store.for_registry(auth_registry.address) is None
    assert not (tmp_path / "config.json").exists()


@pytest.mark.anyio
async def test_login_then_push_and_pull(
    client: AsyncDockerClient,
    cleanup: Any,
    test_image: str,
    auth_registry: AuthRegistry,
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.json"
    client.api.auth_store = AuthStore(config)
    answer = await client.login(
        auth_registry.username, auth_registry.password, auth_registry.address
    )
    assert answer.status == "Login Succeeded"
    assert not config.exists()  # remembered in memory only
    remembered = client.api.auth_store.for_registry(auth_registry.address)
    assert remembered is not None and remembered.username == auth_registry.username
    assert auth_registry.password not in repr(remembered)
    assert auth_registry.password not in repr(client)
    # Asked again without reauth: this client's earlier login answers.
    assert (
        await client.login(auth_registry.username, auth_registry.password, auth_registry.address)
        == answer
    )

    local = unique()
    image_id = await committed_image(client, cleanup, test_image, local)
    remote = cleanup.image(f"{auth_registry}/{local}:v1")
    await client.api.tag(f"{local}:v1", remote)
    pushed = await client.api.push(remote)
    assert pushed[-1].additional_properties["aux"]["Tag"] == "v1"
    await client.api.remove_image(f"{local}:v1")
    await client.api.remove_image(remote)
    with pytest.raises(errors.ImageNotFound):
        await client.api.inspect_image(image_id)
    assert (await client.api.pull(remote)).id == image_id

    # A build whose FROM image is only in that registry pulls it with what login
    # remembered (sent as X-Registry-Config).
    await client.api.remove_image(remote)
    built = await client.api.build(fileobj=f"FROM {remote}\nLABEL built=1\n", labels={LABEL: "1"})
    cleanup.image(built.image_id)
    assert (await client.api.inspect_image(remote)).id == image_id

    # save=True keeps them as `docker login` does: base64 in config.json's auths.
    await client.login(
        auth_registry.username, auth_registry.password, auth_registry.address, save=True
    )
    saved = json.loads(config.read_text())["auths"][auth_registry.address]
    assert base64.b64decode(saved["auth"]).decode() == (
        f"{auth_registry.username}:{auth_registry.password}"
    )
    assert config.stat().st_mode & 0o077 == 0


@pytest.mark.anyio
async def test_credentials_from_docker_config(
    docker_host: str,
    cleanup: Any,
    test_image: str,
    auth_registry: AuthRegistry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = base64.b64encode(f"{auth_registry.username}:{auth_registry.password}".encode())
    (tmp_path / "config.json").write_text(
        json.dumps({"auths": {f"http://{auth_registry}": {"auth": token.decode()}}})
    )
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    async with AsyncDockerClient() as client:
        remote = cleanup.image(f"{auth_registry}/{unique()}:v1")
        await client.api.tag(test_image, remote)
        stream = await client.api.push(remote, stream=True)
        async with stream:
            messages = [message async for message in stream]
        first = messages[0].status
        assert isinstance(first, str) and "refers to repository" in first
        assert messages[-1].additional_properties["aux"]["Tag"] == "v1"
        await client.api.remove_image(remote)
        assert (await client.api.pull(remote)).id == (await client.api.inspect_image(test_image)).id


HELPER = """#!/bin/sh
# A docker credential helper for the tests: `get` answers for the one registry it knows.
read server
if [ "$1" = get ] && [ "$server" = "{server}" ]; then
    printf '{{"ServerURL": "%s", "Username": "{username}", "Secret": "{password}"}}' "$server"
    exit 0
fi
echo "credentials not found in native keychain"
exit 1
"""


@pytest.mark.anyio
@pytest.mark.parametrize("where", ["credsStore", "credHelpers"])
async def test_credentials_from_a_credential_helper(
    docker_host: str,
    cleanup: Any,
    test_image: str,
    auth_registry: AuthRegistry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    # docker-credential-eatest on PATH, named by config.json as the store for every
    # registry (credsStore) or for this one (credHelpers), as the docker CLI reads them.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    helper = bin_dir / "docker-credential-eatest"
    helper.write_text(
        HELPER.format(
            server=auth_registry.address,
            username=auth_registry.username,
            password=auth_registry.password,
        )
    )
    helper.chmod(0o755)
    config: dict[str, Any] = (
        {"credsStore": "eatest"}
        if where == "credsStore"
        else {"credHelpers": {auth_registry.address: "eatest"}}
    )
    (tmp_path / "config.json").write_text(json.dumps(config))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    async with AsyncDockerClient() as client:
        remote = cleanup.image(f"{auth_registry}/{unique()}:v1")
        await client.api.tag(test_image, remote)
        await client.api.push(remote)  # Unauthorized without the helper's answer
        await client.api.remove_image(remote)
        assert (await client.api.pull(remote)).id == (await client.api.inspect_image(test_image)).id
    # The helper's password never shows in what the store hands out for display.
    assert auth_registry.password not in repr(
        client.api.auth_store.for_registry(auth_registry.address)
    )


# -- save, load, import, commit -------------------------------------------------------------------


@pytest.mark.anyio
async def test_commit_save_and_load_back(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    local = unique()
    image_id = await committed_image(
        client,
        cleanup,
        test_image,
        local,
        message="made by a test",
        author="engine-api tests",
        changes=["ENV FOO=bar", 'CMD ["cat", "/made-by-test"]'],
    )
    inspected = await client.api.inspect_image(f"{local}:v1")
    assert inspected.id == image_id
    assert inspected.comment == "made by a test"
    assert inspected.author == "engine-api tests"
    assert inspected.config and "FOO=bar" in (inspected.config.env or [])
    assert inspected.config.cmd == ["cat", "/made-by-test"]
    history = await client.api.history(image_id)
    assert history[0].id == image_id and history[0].comment == "made by a test"

    # To a path: streamed to the file; a tar with the image's config in it.
    archive = tmp_path / "image.tar"
    written = await client.api.get_image(f"{local}:v1", out=archive)
    assert written == archive.stat().st_size > 0
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert manifest[0]["RepoTags"] == [f"{local}:v1"]
    assert manifest[0]["Config"].startswith(image_id.removeprefix("sha256:"))

    # To a file object, several images at once.
    buffer = io.BytesIO()
    assert await client.api.get_image([f"{local}:v1", test_image], out=buffer) == len(
        buffer.getvalue()
    )

    await client.api.remove_image(f"{local}:v1")
    with pytest.raises(errors.ImageNotFound):
        await client.api.inspect_image(image_id)
    loaded = await client.api.load_image(archive, quiet=True)
    assert [message.stream for message in loaded] == [f"Loaded image: {local}:v1\n"]
    assert (await client.api.inspect_image(f"{local}:v1")).id == image_id

    # From a file object, as a stream of typed messages.
    await client.api.remove_image(f"{local}:v1")
    with archive.open("rb") as file:
        stream = await client.api.load_image(file, stream=True)
        messages = [message async for message in stream]
    assert messages[-1].stream == f"Loaded image: {local}:v1\n"
    assert (await client.api.inspect_image(f"{local}:v1")).id == image_id

    # From chunks of an iterator.
    await client.api.remove_image(f"{local}:v1")

    def chunks() -> Iterator[bytes]:
        with archive.open("rb") as file:
            while block := file.read(10_000):
                yield block

    loaded = await client.api.load_image(chunks())
    assert loaded[-1].stream == f"Loaded image: {local}:v1\n"
    assert (await client.api.inspect_image(f"{local}:v1")).id == image_id

    with pytest.raises(errors.ImageLoadError, match="tar"):
        await client.api.load_image(b"this is not a tar archive")
    with pytest.raises(errors.ImageNotFound):
        await client.api.get_image(unique("ea-missing"), out=io.BytesIO())
    missing = tmp_path / "missing.tar"
    with pytest.raises(errors.ImageNotFound):
        await client.api.get_image(unique("ea-missing"), out=missing)
    assert not missing.exists()


@pytest.mark.anyio
async def test_import_from_tar(
    client: AsyncDockerClient, cleanup: Any, tmp_path: Path, test_image: str
) -> None:
    repository = unique()
    cleanup.image(f"{repository}:bytes")
    cleanup.image(f"{repository}:path")
    # From chunks (tar_paths streams them), with Dockerfile changes.
    imported = await client.api.import_image(
        tar_paths(b"hello from a tar\n", "hello.txt"),
        repository,
        "bytes",
        changes=['CMD ["/hello.txt"]', "ENV IMPORTED=1"],
        message="imported by a test",
    )
    assert imported.repo_tags == [f"{repository}:bytes"]
    assert imported.config and imported.config.cmd == ["/hello.txt"]
    assert "IMPORTED=1" in (imported.config.env or [])
    assert imported.root_fs and len(imported.root_fs.layers or []) == 1
    history = await client.api.history(f"{repository}:bytes")
    assert history[0].comment == "imported by a test"

    # From a path, the layer's file read back through a container.
    archive = tmp_path / "rootfs.tar"
    archive.write_bytes(b"".join(tar_paths(b"second\n", "second.txt")))
    by_path = await client.api.import_image(archive, repository, "path")
    assert by_path.id != imported.id
    # From bytes, unnamed: the inspect of the new (dangling) image.
    unnamed = await client.api.import_image(archive.read_bytes())
    cleanup.image(unnamed.id or "")
    assert unnamed.repo_tags == []
    assert unnamed.root_fs and unnamed.root_fs.layers == (by_path.root_fs or unnamed.root_fs).layers


# -- tag, list, remove, prune ---------------------------------------------------------------------


@pytest.mark.anyio
async def test_tag_list_inspect_remove(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    repository = f"ea-test/{unique()}"
    cleanup.image(f"{repository}:one")
    cleanup.image(f"{repository}:latest")
    source = await client.api.inspect_image(test_image)
    await client.api.tag(test_image, repository, "one")
    await client.api.tag(test_image, repository)  # no tag: latest
    assert (await client.api.inspect_image(f"{repository}:one")).id == source.id

    listed = await client.api.images(name=repository)
    assert [image.id for image in listed] == [source.id]
    # The engine shows only the names that match the reference filter.
    assert sorted(listed[0].repo_tags or []) == [f"{repository}:latest", f"{repository}:one"]
    one = await client.api.images(name=f"{repository}:one")
    assert [(image.id, image.repo_tags) for image in one] == [(source.id, [f"{repository}:one"])]
    pattern = await client.api.images(filters={"reference": [f"{repository}:*"]})
    assert [image.id for image in pattern] == [source.id]
    labelled = await client.api.images(filters={"label": [f"{LABEL}-none={unique()}"]})
    assert labelled == []
    every = await client.api.images(all=True)
    assert source.id in {image.id for image in every}

    removed = await client.api.remove_image(f"{repository}:one")
    assert [item.untagged for item in removed] == [f"{repository}:one"]
    with pytest.raises(errors.ImageNotFound):
        await client.api.inspect_image(f"{repository}:one")
    with pytest.raises(errors.ImageNotFound):
        await client.api.remove_image(f"{repository}:one")
    # An image with several names needs force to go by id: refused (409) without it.
    with pytest.raises(errors.Conflict):
        await client.api.remove_image(source.id or "")
    assert (await client.api.inspect_image(test_image)).id == source.id


@pytest.mark.anyio
async def test_prune_dangling_by_label(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    marker = unique()
    labels = {"conf": {"Labels": {LABEL: "1", "ea-prune": marker}}}
    tagged = await committed_image(client, cleanup, test_image, unique(), **labels)
    dangling = await committed_image(client, cleanup, test_image, None, **labels)
    ours = {"label": [f"ea-prune={marker}"]}
    listed = await client.api.images(filters={**ours, "dangling": ["true"]})
    assert [image.id for image in listed] == [dangling]

    pruned = await client.api.prune_images(filters=ours)
    deleted = [item.deleted for item in pruned.images_deleted or []]
    assert dangling in deleted  # with its layer's digest
    assert tagged not in deleted
    assert isinstance(pruned.space_reclaimed, int)
    with pytest.raises(errors.ImageNotFound):
        await client.api.inspect_image(dangling)
    assert (await client.api.inspect_image(tagged)).id == tagged
    # Not only dangling ones: every unused image that matches.
    pruned = await client.api.prune_images(filters={**ours, "dangling": ["false"]})
    assert tagged in [item.deleted for item in pruned.images_deleted or []]
