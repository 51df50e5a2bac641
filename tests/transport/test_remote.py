"""tcp:// with TLS (a second private engine with --tlsverify) and ssh:// (through a private
sshd), in both flavours."""

from __future__ import annotations

import ssl

import httpx
import pytest

from tests.transport.engines import SSHEngine, TLSEngine, free_port
from tests.transport.flavors import FLAVORS, Flavor, run

pytestmark = [pytest.mark.engine, pytest.mark.parametrize("flavor", FLAVORS)]


# --- TLS ------------------------------------------------------------------------------------


def test_tls_with_the_right_ca_and_client_certificate(
    flavor: Flavor, tls_engine: TLSEngine
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(tls_engine.host, ssl_context=tls_engine.ssl_context())
        try:
            ping = await flavor.request(transport, "GET", "/_ping")
            assert ping.status_code == 200
            assert ping.content == b"OK"
            version = await flavor.request(transport, "GET", "/version")
            assert version.json()["ApiVersion"]
            for _ in range(5):
                await flavor.request(transport, "GET", "/_ping")
            assert transport.pool.opened == 1
        finally:
            await flavor.close(transport)

    run(scenario())


def test_tls_server_name_given_explicitly(flavor: Flavor, tls_engine: TLSEngine) -> None:
    async def scenario() -> None:
        transport = flavor.transport(
            tls_engine.host, ssl_context=tls_engine.ssl_context(), server_hostname="localhost"
        )
        try:
            assert (await flavor.request(transport, "GET", "/_ping")).status_code == 200
        finally:
            await flavor.close(transport)
        wrong_name = flavor.transport(
            tls_engine.host, ssl_context=tls_engine.ssl_context(), server_hostname="example.org"
        )
        try:
            with pytest.raises(httpx.ConnectError) as caught:
                await flavor.request(wrong_name, "GET", "/_ping")
            assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)
        finally:
            await flavor.close(wrong_name)

    run(scenario())


def test_tls_with_a_wrong_ca(flavor: Flavor, tls_engine: TLSEngine) -> None:
    async def scenario() -> None:
        context = tls_engine.ssl_context(ca=tls_engine.wrong_ca)
        transport = flavor.transport(tls_engine.host, ssl_context=context)
        try:
            with pytest.raises(httpx.ConnectError) as caught:
                await flavor.request(transport, "GET", "/_ping")
            assert isinstance(caught.value.__cause__, ssl.SSLError)
            assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)
            assert tls_engine.host in str(caught.value)
            assert "certificate" in str(caught.value)
        finally:
            await flavor.close(transport)

    run(scenario())


def test_tls_without_a_client_certificate(flavor: Flavor, tls_engine: TLSEngine) -> None:
    async def scenario() -> None:
        context = tls_engine.ssl_context(client_cert=False)
        transport = flavor.transport(tls_engine.host, ssl_context=context)
        try:
            with pytest.raises(httpx.ConnectError) as caught:
                await flavor.request(transport, "GET", "/_ping")
            assert isinstance(caught.value.__cause__, ssl.SSLError)
            message = str(caught.value)
            assert tls_engine.host in message
            assert "client certificate" in message
        finally:
            await flavor.close(transport)

    run(scenario())


def test_plain_http_to_a_tls_engine_fails_cleanly(flavor: Flavor, tls_engine: TLSEngine) -> None:
    async def scenario() -> None:
        transport = flavor.transport(tls_engine.host)
        try:
            response = await flavor.request(transport, "GET", "/_ping")
            # Go answers plain HTTP on a TLS port with a 400 and closes.
            assert response.status_code == 400
        except httpx.TransportError:
            pass
        finally:
            await flavor.close(transport)

    run(scenario())


# --- ssh ------------------------------------------------------------------------------------


def test_ssh(flavor: Flavor, ssh_engine: SSHEngine) -> None:
    async def scenario() -> None:
        transport = flavor.transport(ssh_engine.host, ssh_options=ssh_engine.options)
        try:
            ping = await flavor.request(transport, "GET", "/_ping")
            assert ping.status_code == 200
            assert ping.content == b"OK"
            version = await flavor.request(transport, "GET", "/version")
            assert version.json()["ApiVersion"]
            info = await flavor.request(transport, "GET", "/info")
            assert info.json()["ID"]
            assert transport.pool.opened == 1
        finally:
            await flavor.close(transport)

    run(scenario())


def test_ssh_failure_quotes_ssh(flavor: Flavor, ssh_engine: SSHEngine) -> None:
    async def scenario() -> None:
        nobody_there = f"ssh://{ssh_engine.user}@127.0.0.1:{free_port()}"
        transport = flavor.transport(nobody_there, ssh_options=ssh_engine.options)
        try:
            with pytest.raises(httpx.ConnectError) as caught:
                await flavor.request(transport, "GET", "/_ping")
            message = str(caught.value)
            assert nobody_there in message
            assert "exited with status 255" in message
            assert "Connection refused" in message
        finally:
            await flavor.close(transport)

    run(scenario())
