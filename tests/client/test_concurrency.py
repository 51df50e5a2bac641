"""Concurrency, which differs by flavour: a sync client shared by threads,
and many concurrent asyncio calls on one client."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from engine_api_binding.models import ContainerCreateRequest

import engine_api
from engine_api import AsyncDockerClient


@pytest.fixture
def container(docker_host: str, cleanup: Any, test_image: str) -> str:
    with engine_api.from_env() as client:
        created = client.ops.container_create(
            body=ContainerCreateRequest(image=test_image, cmd=["true"])
        )
    return str(cleanup.container(created.id))


def test_a_sync_client_is_safe_to_share_between_threads(container: str) -> None:
    results: list[object] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    with engine_api.from_env(max_connections=4) as client:
        start = threading.Barrier(8)

        def work() -> None:
            start.wait()
            try:
                for _ in range(25):
                    inspected = client.ops.container_inspect(container)
                    with lock:
                        results.append(inspected.id)
            except BaseException as exc:
                with lock:
                    failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    assert results == [container] * 200
    assert client.ping_info is not None  # negotiated once, under the lock


def test_many_concurrent_async_calls_share_a_bounded_pool(container: str) -> None:
    async def main() -> list[object]:
        async with AsyncDockerClient(max_connections=10) as client:
            found = await asyncio.gather(
                *(client.ops.container_inspect(container) for _ in range(200))
            )
            return [c.id for c in found]

    assert asyncio.run(main()) == [container] * 200
