"""The client core against the real engine: finding it, negotiating, typed calls, errors.

Written once for asyncio; tests/client/_sync/test_client.py is derived from this
file by scripts/unasync.py, so both clients run the same scenarios.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx
import pytest
from engine_api_binding.models import (
    ContainerConfig,
    ContainerCreateRequest,
    ContainerState,
)

from engine_api import AsyncDockerClient, errors
from tests.client import fake_engine
from tests.client._async.helpers import LABEL, run


class CountingTransport(httpx.AsyncBaseTransport):
    """Wraps the real transport, counting what actually reaches the engine."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def unique(prefix: str) -> str:
    return f"ea-{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.mark.anyio
async def test_finds_the_engine_from_docker_host_and_negotiates_once(
    client: AsyncDockerClient, docker_host: str
) -> None:
    assert client.config.host == docker_host
    assert client.config.source.startswith("DOCKER_HOST")
    assert client.api_version is None  # lazily: nothing asked yet
    version = await client.ops.system_version()
    assert client.api_version == min(
        (version.api_version or "", "1.56"), key=lambda v: tuple(map(int, v.split(".")))
    )
    assert client.ping_info is not None and client.ping_info.os_type == "linux"
    first = client.ping_info
    await client.ops.system_info()
    assert client.ping_info is first  # /_ping was asked once


@pytest.mark.anyio
async def test_typed_calls_and_dict_filters(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["true"], start=False)
    inspected = await client.ops.container_inspect(cid)
    assert inspected.id == cid and isinstance(inspected.config, ContainerConfig)
    assert inspected.config.cmd == ["true"]
    listed = await client.ops.container_list(all_=True, filters={"label": f"{LABEL}=1"})
    assert cid in [c.id for c in listed]
    none = await client.ops.container_list(all_=True, filters={"label": ["no-such-label=1"]})
    assert none == []


@pytest.mark.anyio
async def test_errors_are_typed_and_keep_the_engines_message(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    with pytest.raises(errors.ContainerNotFound) as missing:
        await client.ops.container_inspect("no-such-container-ea")
    assert missing.value.status_code == 404
    assert "no-such-container-ea" in missing.value.explanation
    assert missing.value.method == "GET"
    assert missing.value.path.endswith("/containers/no-such-container-ea/json")
    assert isinstance(missing.value, errors.NotFound) and isinstance(missing.value, errors.APIError)

    with pytest.raises(errors.ImageNotFound):
        await client.ops.container_create(
            body=ContainerCreateRequest(image="engine-api-test/absent:none")
        )

    name = unique("dup")
    first = await client.ops.container_create(
        body=ContainerCreateRequest(image=test_image, cmd=["true"]), name=name
    )
    cleanup.container(first.id)
    with pytest.raises(errors.Conflict, match=name):
        await client.ops.container_create(
            body=ContainerCreateRequest(image=test_image, cmd=["true"]), name=name
        )

    with pytest.raises(errors.InvalidArgument):
        await client.ops.container_list(filters={"no-such-filter": ["x"]})


@pytest.mark.anyio
async def test_what_the_engine_version_lacks_is_refused_before_sending(
    engine_socket: str,
) -> None:
    counting = CountingTransport(httpx.AsyncHTTPTransport(uds=engine_socket))
    async with AsyncDockerClient(version="1.41", transport=counting) as client:
        with pytest.raises(errors.UnsupportedByEngine, match=r"ImageAttestations.*1\.55"):
            await client.ops.image_attestations("busybox")
        with pytest.raises(errors.UnsupportedByEngine, match=r"identity.*1\.54"):
            await client.ops.image_list(identity=True)
        assert counting.paths == []  # nothing was sent
        assert client.ping_info is None  # a pinned version asks no /_ping
        await client.ops.image_list()
        assert counting.paths == ["/v1.41/images/json"]


@pytest.mark.anyio
async def test_a_version_the_engine_cannot_serve_names_both_sides(
    client: AsyncDockerClient,
) -> None:
    version = await client.ops.system_version()
    if version.api_version == "1.56":
        pytest.skip("the engine speaks 1.56 itself; no newer pinned version to refuse")
    async with AsyncDockerClient(version="1.56") as pinned:
        with pytest.raises(errors.InvalidVersion, match=r"1\.56") as refused:
            await pinned.ops.system_info()
    assert str(version.api_version) in str(refused.value)


@pytest.mark.anyio
async def test_unreachable_engine_names_the_address_and_how_it_was_chosen(
    tmp_path: Any,
) -> None:
    address = f"unix://{tmp_path}/absent.sock"
    async with AsyncDockerClient(address) as client:
        with pytest.raises(errors.EngineUnreachable) as caught:
            await client.ops.system_version()
    assert f"{tmp_path}/absent.sock" in str(caught.value)
    assert caught.value.address == address
    assert "base_url" in caught.value.source


@pytest.mark.anyio
async def test_timeouts_give_up_and_leave_the_container_running(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "60"], start=False)
    await client.ops.container_start(cid)
    impatient = client.with_options(timeout=0.5)
    started = time.monotonic()
    with pytest.raises(errors.EngineTimeout):
        await impatient.ops.container_wait(cid)
    assert time.monotonic() - started < 5
    state = (await client.ops.container_inspect(cid)).state
    assert isinstance(state, ContainerState) and state.running is True
    # the shared pool still works after the abandoned request
    assert (await client.ops.container_inspect(cid)).id == cid
    await client.ops.container_kill(cid)


@pytest.mark.anyio
async def test_any_httpx_transport_plugs_in(engine_socket: str) -> None:
    transport = httpx.AsyncHTTPTransport(uds=engine_socket)
    async with AsyncDockerClient(transport=transport) as client:
        info = await client.ops.system_info()
        assert info.os_type == "linux"
        assert client.api_version is not None


class _Recording(httpx.AsyncHTTPTransport):
    closed = 0

    async def aclose(self) -> None:
        type(self).closed += 1
        await super().aclose()


@pytest.mark.anyio
async def test_close_releases_the_connections_as_docker_py_and_aiodocker_say_it(
    engine_socket: str,
) -> None:
    # docker-py's `client.close()`, aiodocker's `await docker.close()`: one name, both flavours
    client = AsyncDockerClient(transport=_Recording(uds=engine_socket))
    assert await client.ping()
    before = _Recording.closed
    await client.close()
    assert _Recording.closed == before + 1


@pytest.mark.anyio
async def test_an_answer_cut_short_is_a_typed_error_and_the_client_goes_on() -> None:
    with fake_engine.fake_engine({"/info": fake_engine.cut_answer}) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            with pytest.raises(errors.ConnectionLost, match=r"GET /v1\.41/info"):
                await client.ops.system_info()
            assert await client.ops.system_ping() == "OK"
