"""The client over TCP with TLS and over ssh, against real engines (fixtures in
tests/transport/engines.py). Written once for asyncio; derived for threads."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path
from typing import Any

import pytest
from engine_api_binding.models import ContainerCreateRequest

from engine_api import AsyncDockerClient, TLSConfig, errors
from engine_api.archive import tar_paths
from tests.transport.engines import SSHEngine, TLSEngine


@pytest.mark.anyio
async def test_tls_with_the_right_ca_and_client_certificate(tls_engine: TLSEngine) -> None:
    tls = TLSConfig(ca_cert=tls_engine.ca, client_cert=tls_engine.cert, client_key=tls_engine.key)
    async with AsyncDockerClient(tls_engine.host, tls=tls) as client:
        info = await client.ops.system_info()
        assert info.os_type == "linux"
        assert client.config.host == tls_engine.host and client.config.tls == tls


@pytest.mark.anyio
async def test_tls_with_a_wrong_ca_is_a_tls_error(tls_engine: TLSEngine) -> None:
    tls = TLSConfig(
        ca_cert=tls_engine.wrong_ca, client_cert=tls_engine.cert, client_key=tls_engine.key
    )
    async with AsyncDockerClient(tls_engine.host, tls=tls) as client:
        with pytest.raises(errors.TLSError, match="certificate verify failed"):
            await client.ops.system_version()


@pytest.mark.anyio
async def test_tls_without_a_client_certificate_is_refused(tls_engine: TLSEngine) -> None:
    async with AsyncDockerClient(tls_engine.host, tls=TLSConfig(ca_cert=tls_engine.ca)) as client:
        with pytest.raises((errors.TLSError, errors.ConnectionLost)) as refused:
            await client.ops.system_version()
    assert tls_engine.host.removeprefix("tcp://") in str(refused.value)


@pytest.mark.anyio
async def test_ssh_through_docker_system_dial_stdio(ssh_engine: SSHEngine) -> None:
    async with AsyncDockerClient(ssh_engine.host, ssh_options=ssh_engine.options) as client:
        version = await client.ops.system_version()
        assert version.api_version and client.api_version is not None
        assert client.config.scheme == "ssh"


@pytest.mark.anyio
async def test_a_file_goes_whole_over_tls_and_over_ssh(
    tls_engine: TLSEngine, ssh_engine: SSHEngine, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    # Neither stream can use sendfile(2): the file goes by blocks through TLS or ssh's pipe.
    blob = os.urandom(3 * 1024 * 1024 + 5)
    context = tmp_path / "context.tar"
    with tarfile.open(context, "w") as tar:
        for name, data in (("Dockerfile", b"FROM scratch\nCOPY blob /blob\n"), ("blob", blob)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    tls = TLSConfig(ca_cert=tls_engine.ca, client_cert=tls_engine.cert, client_key=tls_engine.key)
    async with AsyncDockerClient(tls_engine.host, tls=tls) as client:
        with open(context, "rb") as source:
            built = await client.api.build(fileobj=source, custom_context=True)
        created = await client.ops.container_create(
            body=ContainerCreateRequest(image=built.image_id, cmd=["none"])
        )
        stream, stat = await client.api.get_archive(created.id, "/blob")
        assert stat.size == len(blob)
        got = io.BytesIO()
        async with stream:
            async for chunk in stream:
                got.write(chunk)
        got.seek(0)
        with tarfile.open(fileobj=got) as tar:
            member = tar.extractfile("blob")
            assert member is not None and member.read() == blob
        await client.ops.container_delete(created.id)
        await client.ops.image_delete(built.image_id)

    async with AsyncDockerClient(ssh_engine.host, ssh_options=ssh_engine.options) as client:
        container = await client.containers.create(
            test_image, ["sleep", "60"], labels={"engine-api-test": "1"}, network_mode="none"
        )
        cleanup.container(container.id)
        await container.start()
        archive = tmp_path / "blob.tar"
        archive.write_bytes(b"".join(tar_paths(blob, "blob")))
        with open(archive, "rb") as source:
            await container.put_archive("/", source)
        got_sum = await container.exec_run(["md5sum", "/blob"])
        assert got_sum.output.split()[0].decode() == hashlib.md5(blob).hexdigest()
        await container.remove(force=True)
