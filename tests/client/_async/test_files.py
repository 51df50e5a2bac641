"""Files in and out of containers, and builds, against the real engine.

Written once for asyncio; tests/client/_sync/test_files.py is derived from this file by
scripts/unasync.py, so both clients run the same scenarios.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from engine_api_binding.models import (
    BuildInfo,
    ContainerCreateRequest,
)

from engine_api import AsyncDockerClient, errors
from engine_api.archive import tar_paths
from tests.client import fake_engine
from tests.client._async.helpers import LABEL, run


def tree(root: Path) -> dict[str, Any]:
    """What is under ``root``: files with their bytes and modes, links with targets."""
    found: dict[str, Any] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[rel] = ("link", os.readlink(path))
        elif path.is_dir():
            found[rel] = ("dir", path.stat().st_mode & 0o777)
        else:
            found[rel] = ("file", path.read_bytes(), path.stat().st_mode & 0o777)
    return found


@pytest.fixture
def sample_tree(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_bytes(b"alpha\n")
    (src / "run.sh").write_bytes(b"#!/bin/sh\necho hi\n")
    (src / "run.sh").chmod(0o750)
    (src / "link").symlink_to("sub/a.txt")
    os.utime(src / "sub" / "a.txt", (1_600_000_000, 1_600_000_000))
    return src


@pytest.mark.anyio
async def test_copy_a_tree_in_and_out_keeps_modes_mtimes_and_symlinks(
    client: AsyncDockerClient, cleanup: Any, test_image: str, sample_tree: Path, tmp_path: Path
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    await client.api.copy_to(cid, sample_tree, "/")  # into an existing directory: /src
    listing = await client.api.exec_run(
        cid, ["sh", "-c", "cd /src && ls -ln run.sh link sub/a.txt"]
    )
    assert b"-rwxr-x---" in listing.output and b"link -> sub/a.txt" in listing.output
    stat = await client.api.stat_path(cid, "/src/sub/a.txt")
    assert stat.size == 6 and stat.is_regular and stat.mtime.timestamp() == 1_600_000_000

    back = tmp_path / "back"
    names = await client.api.copy_from(cid, "/src", back)  # a new name: becomes /back
    assert tree(back) == tree(sample_tree)
    assert "back/sub/a.txt" in names
    assert (back / "sub" / "a.txt").stat().st_mtime == 1_600_000_000

    into = tmp_path / "into"
    into.mkdir()
    await client.api.copy_from(cid, "/src/run.sh", into)  # an existing directory: into/run.sh
    assert (into / "run.sh").read_bytes() == b"#!/bin/sh\necho hi\n"
    assert (into / "run.sh").stat().st_mode & 0o777 == 0o750


@pytest.mark.anyio
async def test_copy_bytes_in_under_a_new_name(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    await client.api.copy_to(cid, b"in memory\n", "/etc/note.conf", mode=0o600)
    assert (await client.api.exec_run(cid, ["cat", "/etc/note.conf"])).output == b"in memory\n"
    stat = await client.api.stat_path(cid, "/etc/note.conf")
    assert stat.permissions == 0o600 and stat.name == "note.conf"
    with pytest.raises(IsADirectoryError, match="/etc"):
        await client.api.copy_to(cid, b"x", "/etc")
    await client.api.copy_from(cid, "/etc/note.conf", tmp_path / "note")
    assert (tmp_path / "note").read_bytes() == b"in memory\n"


@pytest.mark.anyio
async def test_archives_stream_both_ways_with_the_path_stat(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    payload = os.urandom(3 * 1024 * 1024 + 17)

    def chunks() -> Iterator[bytes]:
        yield from tar_paths(payload, "blob.bin", mode=0o640)

    await client.api.exec_run(cid, ["mkdir", "/data"])
    assert await client.api.put_archive(cid, "/data", chunks()) is True
    stream, stat = await client.api.get_archive(cid, "/data/blob.bin")
    assert (stat.name, stat.size, stat.permissions) == ("blob.bin", len(payload), 0o640)
    sizes = []
    buffer = io.BytesIO()
    async for chunk in stream:
        sizes.append(len(chunk))
        buffer.write(chunk)
    assert max(sizes) <= 1024 * 1024  # it came in pieces, not whole
    buffer.seek(0)
    with tarfile.open(fileobj=buffer) as tar:
        member = tar.getmember("blob.bin")
        extracted = tar.extractfile(member)
        assert extracted is not None and extracted.read() == payload

    # A file object and plain bytes are accepted too.
    with open(tmp_path / "up.tar", "wb") as out:
        for chunk in tar_paths(b"from a file", "f.txt"):
            out.write(chunk)
    with open(tmp_path / "up.tar", "rb") as source:
        await client.api.put_archive(cid, "/data", source)
    await client.api.put_archive(cid, "/data", b"".join(tar_paths(b"from bytes", "b.txt")))
    out_text = await client.api.exec_run(cid, ["cat", "/data/f.txt", "/data/b.txt"])
    assert out_text.output == b"from a filefrom bytes"


@pytest.mark.anyio
async def test_a_file_is_sent_from_where_it_stands_to_its_end(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    payload = os.urandom(5 * 1024 * 1024 + 3)
    archive = b"".join(tar_paths(payload, "blob.bin"))
    prefix = b"not part of the tar" * 1000
    (tmp_path / "up").write_bytes(prefix + archive)
    with open(tmp_path / "up", "rb") as source:
        source.read(10)  # buffered reads ahead: the position, not the descriptor's, counts
        source.seek(len(prefix))
        await client.api.put_archive(cid, "/", source)
        assert source.tell() == len(prefix) + len(archive)
        assert source.read() == b""
    got = await client.api.exec_run(cid, ["md5sum", "/blob.bin"])
    assert got.output.split()[0].decode() == hashlib.md5(payload).hexdigest()


@pytest.mark.anyio
@pytest.mark.parametrize("change", ["shrinks", "grows"])
async def test_a_file_that_changes_size_while_sent_stops_the_request(
    change: str, tmp_path: Path
) -> None:
    path = tmp_path / "changing.tar"
    path.write_bytes(b"\0" * (16 * 1024 * 1024))

    def meanwhile() -> None:
        with open(path, "r+b") as other:
            if change == "shrinks":
                other.truncate(4 * 1024 * 1024)
            else:
                other.seek(0, os.SEEK_END)
                other.write(b"more")

    script = fake_engine.upload_after(meanwhile)
    with fake_engine.fake_engine({"/archive": script}) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            with open(path, "rb") as source:
                expected = "ended after 4194304 of" if change == "shrinks" else "grew past"
                with pytest.raises(errors.SourceChanged, match=f"{expected} the 16777216 bytes"):
                    await client.api.put_archive("x", "/tmp", source)
            assert await client.ops.system_ping() == "OK"  # a fresh connection serves


@pytest.mark.anyio
async def test_a_file_is_sent_again_when_a_reused_connection_was_closed(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 1)
    path = tmp_path / "upload.tar"
    path.write_bytes(data)
    received: list[tuple[int, str]] = []
    script = fake_engine.upload_dropped_once(received)
    with fake_engine.fake_engine({"/archive": script}) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            assert await client.ops.system_ping() == "OK"  # the connection the upload reuses
            with open(path, "rb") as source:
                assert await client.api.put_archive("x", "/tmp", source) is True
    assert received == [(len(data), hashlib.sha256(data).hexdigest())]


@pytest.mark.anyio
async def test_missing_paths_are_not_found_naming_them(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    with pytest.raises(errors.PathNotFound, match="/no/such/file"):
        await client.api.get_archive(cid, "/no/such/file")
    with pytest.raises(errors.PathNotFound, match="/no/such/file"):
        await client.api.stat_path(cid, "/no/such/file")
    with pytest.raises(errors.PathNotFound, match="/no/such/dir"):
        await client.api.put_archive(cid, "/no/such/dir", b"".join(tar_paths(b"x", "x")))
    # A large upload: the engine answers 404 and closes while the body is still going
    # out; its answer, not the broken pipe, is what the caller gets.
    big = os.urandom(8 * 1024 * 1024)
    with pytest.raises(errors.PathNotFound, match="/no/such/dir"):
        await client.api.put_archive(cid, "/no/such/dir", tar_paths(big, "big"))
    with pytest.raises(errors.PathNotFound, match="/no/such/dir"):
        await client.api.put_archive(cid, "/no/such/dir", b"".join(tar_paths(big, "big")))
    (tmp_path / "big.tar").write_bytes(b"".join(tar_paths(big, "big")))
    with open(tmp_path / "big.tar", "rb") as source, pytest.raises(errors.PathNotFound):
        await client.api.put_archive(cid, "/no/such/dir", source)  # sent with sendfile(2)
    assert await client.ops.system_ping() == "OK"  # and the client goes on
    with pytest.raises(errors.PathNotFound, match="/no/such"):
        await client.api.copy_to(cid, b"x", "/no/such/name")
    with pytest.raises(errors.ContainerNotFound):
        await client.api.stat_path("no-such-container-ea", "/")
    with pytest.raises(FileNotFoundError, match="no directory"):
        await client.api.copy_from(cid, "/etc/hostname", tmp_path / "missing" / "x")
    assert isinstance(errors.PathNotFound("x", status_code=404), errors.NotFound)


@pytest.mark.anyio
async def test_extraction_refuses_what_would_land_outside(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    # A symlink in the container pointing out of the copied tree: kept as a link, and a
    # safe extraction refuses it before writing anything outside.
    await client.api.exec_run(cid, ["sh", "-c", "mkdir /evil && ln -s /etc/passwd /evil/out"])
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(errors.UnsafeArchiveMember, match="evil/out"):
        await client.api.copy_from(cid, "/evil", dest)
    assert not (dest / "evil" / "out").exists()


@pytest.mark.anyio
async def test_export_streams_the_filesystem(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    await client.api.copy_to(cid, b"exported\n", "/marker")
    size = await client.api.export(cid, tmp_path / "fs.tar")
    assert isinstance(size, int) and size == (tmp_path / "fs.tar").stat().st_size
    with tarfile.open(tmp_path / "fs.tar") as tar:
        names = tar.getnames()
        marker = tar.extractfile("marker")
        assert marker is not None and marker.read() == b"exported\n"
    assert "bin/busybox" in names
    stream = await client.api.export(cid)
    assert not isinstance(stream, int)
    async with stream:
        async for first in stream:
            assert len(first) > 0
            break  # closing it early is fine
    with pytest.raises(RuntimeError, match="consumed"):
        await stream.read()


# -- builds ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_build_from_a_directory_honours_dockerignore(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    ctx = tmp_path / "ctx"
    (ctx / "keep").mkdir(parents=True)
    (ctx / "keep" / "a.txt").write_text("A")
    (ctx / "keep" / "skip.log").write_text("S")
    (ctx / "secret.txt").write_text("nope")
    (ctx / ".dockerignore").write_text("secret.txt\n**/*.log\n")
    (ctx / "Dockerfile").write_text(
        f"FROM {test_image}\nARG WHO=nobody\nCOPY . /ctx/\n"
        'RUN echo "hello $WHO" > /ctx/greeting\nLABEL stage=test\n'
    )
    tag = f"ea-build-{uuid.uuid4().hex[:8]}"
    result = await client.api.build(
        ctx, tag=[f"{tag}:1", f"{tag}:2"], buildargs={"WHO": "world"}, labels={LABEL: "1"}
    )
    cleanup.image(f"{tag}:1")
    cleanup.image(f"{tag}:2")
    image_id, log = result
    assert image_id.startswith("sha256:")
    assert all(isinstance(message, BuildInfo) for message in log)
    assert "Successfully tagged" in result.output
    inspected = await client.ops.image_inspect(f"{tag}:2")
    assert inspected.id == image_id
    body = ContainerCreateRequest(image=f"{tag}:1", cmd=["sh", "-c", "ls -a /ctx /ctx/keep"])
    cid = cleanup.container((await client.ops.container_create(body=body)).id)
    await client.ops.container_start(cid)
    await client.api.wait(cid, timeout=30)
    listing = (await client.api.logs(cid)).split()
    assert b"a.txt" in listing and b"greeting" in listing and b"Dockerfile" in listing
    assert b"secret.txt" not in listing and b"skip.log" not in listing


@pytest.mark.anyio
async def test_build_streams_progress_and_a_failing_step_raises_build_error(
    client: AsyncDockerClient, test_image: str
) -> None:
    dockerfile = f"FROM {test_image}\nRUN echo step-one\nRUN echo bad-news >&2; exit 3\n"
    stream = await client.api.build(fileobj=dockerfile, stream=True, rm=True, forcerm=True)
    seen: list[BuildInfo] = []
    with pytest.raises(errors.BuildError, match="returned a non-zero code: 3") as failed:
        async for message in stream:
            seen.append(message)
    text = "".join(m.stream for m in seen if isinstance(m.stream, str))
    assert "step-one" in text and "bad-news" in text  # the log up to the failure arrived
    log = failed.value.build_log
    assert log[-1].error_detail is not None and len(log) == len(seen) + 1

    with pytest.raises(errors.BuildError, match="non-zero code: 3"):
        await client.api.build(fileobj=dockerfile.encode(), rm=True, forcerm=True)
    with pytest.raises(ValueError, match="exactly one of"):
        await client.api.build()
    with pytest.raises(ValueError, match="unknown container_limits"):
        await client.api.build(fileobj="FROM scratch\n", container_limits={"memroy": 1})


@pytest.mark.anyio
async def test_build_shows_its_progress_on_a_sink(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    dockerfile = f"FROM {test_image}\nRUN echo shown-as-it-runs\n"
    shown = io.StringIO()
    result = await client.api.build(fileobj=dockerfile, rm=True, progress=shown)
    cleanup.image(result.image_id)
    text = shown.getvalue()
    assert "Step 2/2 : RUN echo shown-as-it-runs" in text
    assert "\nshown-as-it-runs\n" in text
    assert text == "".join(m.stream for m in result.log if isinstance(m.stream, str))
    image, _ = await client.images.build(fileobj=dockerfile, rm=True, progress=shown)
    assert image.id == result.image_id
    with pytest.raises(ValueError, match="with stream=True the messages are yours"):
        await client.api.build(fileobj=dockerfile, stream=True, progress=shown)  # type: ignore[call-overload]


@pytest.mark.anyio
async def test_build_from_a_tar_context_quietly(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w:gz") as archive:
        data = f'FROM {test_image}\nCMD ["echo", "from-tar"]\n'.encode()
        info = tarfile.TarInfo("build/Containerfile")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    tag = f"ea-build-{uuid.uuid4().hex[:8]}:tar"
    result = await client.api.build(
        context=tar.getvalue(),
        encoding="gzip",
        dockerfile="build/Containerfile",
        tag=tag,
        quiet=True,
    )
    cleanup.image(tag)
    assert result.image_id.startswith("sha256:")
    assert (await client.ops.image_inspect(tag)).id == result.image_id
    with pytest.raises(TypeError, match="custom_context=True takes a tar"):
        await client.api.build(fileobj="FROM scratch\n", custom_context=True)


@pytest.mark.anyio
async def test_images_collection_build_gives_the_image_and_its_log(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    tag = f"ea-build-{uuid.uuid4().hex[:8]}:collection"
    dockerfile = f"FROM {test_image}\nRUN echo built-by-collection\n"
    image, log = await client.images.build(fileobj=dockerfile, tag=tag, labels={LABEL: "1"})
    cleanup.image(tag)
    assert image == await client.images.get(tag) and tag in image.tags
    assert image.labels == {LABEL: "1"}
    assert log and all(isinstance(message, BuildInfo) for message in log)
    assert "built-by-collection" in "".join(m.stream for m in log if isinstance(m.stream, str))
