"""Fixtures of the client tests, written once for asyncio (tests/client/_sync/conftest.py
is derived from this file by scripts/unasync.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from engine_api import AsyncDockerClient


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(docker_host: str) -> AsyncIterator[AsyncDockerClient]:
    """A client for the engine under test (from DOCKER_HOST), closed after the test."""
    async with AsyncDockerClient() as client:
        yield client
