"""tcp:// with TLS (a second private engine with --tlsverify) and ssh:// (through a private
sshd), in both flavours."""

from __future__ import annotations

import socket
import ssl
import threading
from typing import Any

import httpx
import pytest

from engine_api import _io_async, _io_sync
from engine_api._async import tls as async_tls
from engine_api._sync import tls as sync_tls
from tests.conftest import Cleanup
from tests.transport.engines import SSHEngine, TLSEngine, free_port
from tests.transport.flavors import FLAVORS, Flavor, run
from tests.transport.scenarios import attach_roundtrip

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


def test_tls_half_close(flavor: Flavor, tls_engine: TLSEngine) -> None:
    """shutdown_write sends close_notify and reading goes on: a TLS echo server that answers
    only once it has seen the end of the input."""
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(tls_engine.server_cert, tls_engine.server_key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    problems: list[BaseException] = []

    def serve() -> None:
        try:
            connection, _ = listener.accept()
            with server_context.wrap_socket(connection, server_side=True) as tls:
                tls.settimeout(10)
                received = b""
                while data := tls.recv(65536):
                    received += data
                tls.sendall(b"echo:" + received)
        except BaseException as exc:  # reported by the test
            problems.append(exc)

    server = threading.Thread(target=serve, daemon=True)
    server.start()

    async def scenario() -> None:
        io: Any = _io_async if flavor.name == "async" else _io_sync
        tls_module: Any = async_tls if flavor.name == "async" else sync_tls
        raw = await flavor.call(io.connect_tcp, "127.0.0.1", port, 10.0)
        stream = await flavor.call(
            tls_module.start_tls,
            raw,
            tls_engine.ssl_context(client_cert=False),
            "127.0.0.1",
            f"tcp://127.0.0.1:{port}",
            10.0,
        )
        try:
            await flavor.call(stream.write, b"one ", 10.0)
            await flavor.call(stream.write, b"two", 10.0)
            await flavor.call(stream.shutdown_write, 10.0)
            answer = b""
            while data := await flavor.call(stream.read, 65536, 10.0):
                answer += data
            assert answer == b"echo:one two"
        finally:
            await flavor.call(stream.aclose if flavor.name == "async" else stream.close)

    try:
        run(scenario())
        server.join(10)
        assert not problems, problems
    finally:
        listener.close()


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


def test_ssh_upgrade_with_half_close(
    flavor: Flavor, ssh_engine: SSHEngine, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = flavor.transport(ssh_engine.host, ssh_options=ssh_engine.options)
        try:
            await attach_roundtrip(flavor, transport, cleanup, test_image)
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
