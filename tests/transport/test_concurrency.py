"""Many callers on one transport: threads on the sync one, tasks on the async one."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from engine_api._async.transport import AsyncEngineTransport
from engine_api._sync.transport import EngineTransport
from tests.conftest import Cleanup
from tests.transport.flavors import TIMEOUT

pytestmark = pytest.mark.engine


def test_sync_transport_shared_by_threads(docker_host: str) -> None:
    transport = EngineTransport(docker_host)
    paths = ["/_ping", "/version", "/containers/json?all=1"]
    start = threading.Barrier(8)

    def worker(index: int) -> list[int]:
        start.wait()
        statuses = []
        for i in range(50):
            path = paths[(index + i) % len(paths)]
            request = httpx.Request("GET", f"http://docker{path}", extensions={"timeout": TIMEOUT})
            response = transport.handle_request(request)
            response.read()
            if path == "/_ping":
                assert response.content == b"OK"
            else:
                response.json()
            statuses.append(response.status_code)
        return statuses

    try:
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(worker, range(8)))
        assert [status for statuses in results for status in statuses] == [200] * 400
        assert 1 <= transport.pool.opened <= 10
        assert transport.pool.idle_connections == transport.pool.opened
    finally:
        transport.close()


def test_sync_threads_wait_for_a_small_pool(docker_host: str) -> None:
    transport = EngineTransport(docker_host, max_connections=2)

    def worker(_: int) -> int:
        request = httpx.Request("GET", "http://docker/version", extensions={"timeout": TIMEOUT})
        response = transport.handle_request(request)
        response.read()
        return response.status_code

    try:
        with ThreadPoolExecutor(8) as pool:
            assert list(pool.map(worker, range(80))) == [200] * 80
        assert transport.pool.opened <= 2
    finally:
        transport.close()


def test_async_200_concurrent_requests_on_10_connections(
    docker_host: str, test_image: str, cleanup: Cleanup
) -> None:
    async def scenario() -> None:
        transport = AsyncEngineTransport(docker_host, max_connections=10)

        async def call(method: str, path: str, json: object = None) -> httpx.Response:
            request = httpx.Request(
                method, f"http://docker{path}", json=json, extensions={"timeout": TIMEOUT}
            )
            response = await transport.handle_async_request(request)
            await response.aread()
            return response

        try:
            created = await call(
                "POST",
                "/containers/create",
                json={"Image": test_image, "Cmd": ["true"], "Labels": cleanup.labels},
            )
            container = cleanup.container(created.json()["Id"])
            answers = await asyncio.gather(
                *(call("GET", f"/containers/{container}/json") for _ in range(200))
            )
            assert {answer.status_code for answer in answers} == {200}
            assert {answer.json()["Id"] for answer in answers} == {container}
            assert 1 <= transport.pool.opened <= 10
            assert transport.pool.idle_connections == transport.pool.opened
        finally:
            await transport.aclose()

    asyncio.run(scenario())


def test_async_cancelled_requests_give_their_connections_back(docker_host: str) -> None:
    async def scenario() -> None:
        transport = AsyncEngineTransport(docker_host, max_connections=2)

        async def events() -> None:
            request = httpx.Request("GET", "http://docker/events", extensions={"timeout": TIMEOUT})
            response = await transport.handle_async_request(request)
            await response.aread()  # never ends

        try:
            waiting = [asyncio.create_task(events()) for _ in range(5)]
            await asyncio.sleep(0.5)
            for task in waiting:
                task.cancel()
            await asyncio.gather(*waiting, return_exceptions=True)
            request = httpx.Request(
                "GET", "http://docker/_ping", extensions={"timeout": {**TIMEOUT, "pool": 2.0}}
            )
            response = await transport.handle_async_request(request)
            assert (await response.aread()) == b"OK"
        finally:
            await transport.aclose()

    asyncio.run(scenario())
