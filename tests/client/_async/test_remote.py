"""The client over TCP with TLS and over ssh, against real engines (fixtures in
tests/transport/engines.py). Written once for asyncio; derived for threads."""

from __future__ import annotations

import pytest

from engine_api import AsyncDockerClient, TLSConfig, errors
from tests.transport.engines import SSHEngine, TLSEngine


@pytest.mark.anyio
async def test_tls_with_the_right_ca_and_client_certificate(tls_engine: TLSEngine) -> None:
    tls = TLSConfig(ca_cert=tls_engine.ca, client_cert=tls_engine.cert, client_key=tls_engine.key)
    async with AsyncDockerClient(tls_engine.host, tls=tls) as client:
        info = await client.api.system_info()
        assert info.os_type == "linux"
        assert client.config.host == tls_engine.host and client.config.tls == tls


@pytest.mark.anyio
async def test_tls_with_a_wrong_ca_is_a_tls_error(tls_engine: TLSEngine) -> None:
    tls = TLSConfig(
        ca_cert=tls_engine.wrong_ca, client_cert=tls_engine.cert, client_key=tls_engine.key
    )
    async with AsyncDockerClient(tls_engine.host, tls=tls) as client:
        with pytest.raises(errors.TLSError, match="certificate verify failed"):
            await client.api.system_version()


@pytest.mark.anyio
async def test_tls_without_a_client_certificate_is_refused(tls_engine: TLSEngine) -> None:
    async with AsyncDockerClient(tls_engine.host, tls=TLSConfig(ca_cert=tls_engine.ca)) as client:
        with pytest.raises((errors.TLSError, errors.ConnectionLost)) as refused:
            await client.api.system_version()
    assert tls_engine.host.removeprefix("tcp://") in str(refused.value)


@pytest.mark.anyio
async def test_ssh_through_docker_system_dial_stdio(ssh_engine: SSHEngine) -> None:
    async with AsyncDockerClient(ssh_engine.host, ssh_options=ssh_engine.options) as client:
        version = await client.api.system_version()
        assert version.api_version and client.api_version is not None
        assert client.config.scheme == "ssh"
