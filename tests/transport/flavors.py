"""One scenario, both flavours: the tests are ``async def`` scenarios that talk to a
transport through a :class:`Flavor`. ``ASYNC`` awaits ``AsyncEngineTransport``; ``SYNC``
calls ``EngineTransport`` directly (blocking the scenario's event loop, which only runs the
scenario): the same steps and checks go through each flavour's own code.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, TypeVar

import httpx
import pytest

from engine_api._async.transport import AsyncEngineTransport
from engine_api._sync.transport import EngineTransport

T = TypeVar("T")

BASE = "http://docker"
TIMEOUT: dict[str, float | None] = {"connect": 30.0, "read": 60.0, "write": 60.0, "pool": 30.0}


def timeouts(**changes: float | None) -> dict[str, float | None]:
    return {**TIMEOUT, **changes}


def run(scenario: Awaitable[T]) -> T:
    async def main() -> T:
        return await scenario

    return asyncio.run(main())


class Flavor:
    """How a scenario talks to a transport; one subclass per flavour."""

    name = ""

    def transport(self, host: str, **kwargs: Any) -> Any:
        raise NotImplementedError

    async def send(
        self,
        transport: Any,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: Any = None,
        headers: dict[str, str] | None = None,
        timeout: dict[str, float | None] | None = None,
    ) -> httpx.Response:
        """Send a request; the response body is not read yet."""
        raise NotImplementedError

    async def read(self, response: httpx.Response) -> bytes:
        raise NotImplementedError

    def chunks(self, response: httpx.Response) -> AsyncGenerator[bytes, None]:
        """The body's pieces as they arrive."""
        raise NotImplementedError

    async def close_response(self, response: httpx.Response) -> None:
        raise NotImplementedError

    async def close(self, transport: Any) -> None:
        raise NotImplementedError

    def body(self, parts: Sequence[bytes]) -> Any:
        """A request body of unknown length, of the kind this flavour sends."""
        raise NotImplementedError

    async def call(self, method: Callable[..., Any], *args: Any) -> Any:
        """Call a method of a flavoured object (a network stream): awaited when async."""
        raise NotImplementedError

    async def request(
        self, transport: Any, method: str, path: str, **kwargs: Any
    ) -> httpx.Response:
        """Send a request and read its whole body."""
        response = await self.send(transport, method, path, **kwargs)
        await self.read(response)
        return response

    def __repr__(self) -> str:
        return self.name


def _request(
    method: str,
    path: str,
    json: Any,
    content: Any,
    headers: dict[str, str] | None,
    timeout: dict[str, float | None] | None,
) -> httpx.Request:
    return httpx.Request(
        method,
        BASE + path,
        json=json,
        content=content,
        headers=headers,
        extensions={"timeout": TIMEOUT if timeout is None else timeout},
    )


class AsyncFlavor(Flavor):
    name = "async"

    def transport(self, host: str, **kwargs: Any) -> AsyncEngineTransport:
        return AsyncEngineTransport(host, **kwargs)

    async def send(
        self,
        transport: Any,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: Any = None,
        headers: dict[str, str] | None = None,
        timeout: dict[str, float | None] | None = None,
    ) -> httpx.Response:
        request = _request(method, path, json, content, headers, timeout)
        response: httpx.Response = await transport.handle_async_request(request)
        return response

    async def read(self, response: httpx.Response) -> bytes:
        return await response.aread()

    async def chunks(self, response: httpx.Response) -> AsyncGenerator[bytes, None]:
        async for chunk in response.aiter_raw():
            yield chunk

    async def close_response(self, response: httpx.Response) -> None:
        await response.aclose()

    async def close(self, transport: Any) -> None:
        await transport.aclose()

    def body(self, parts: Sequence[bytes]) -> Any:
        async def generate() -> AsyncIterator[bytes]:
            for part in parts:
                await asyncio.sleep(0)
                yield part

        return generate()

    async def call(self, method: Callable[..., Any], *args: Any) -> Any:
        return await method(*args)


class SyncFlavor(Flavor):
    name = "sync"

    def transport(self, host: str, **kwargs: Any) -> EngineTransport:
        return EngineTransport(host, **kwargs)

    async def send(
        self,
        transport: Any,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: Any = None,
        headers: dict[str, str] | None = None,
        timeout: dict[str, float | None] | None = None,
    ) -> httpx.Response:
        request = _request(method, path, json, content, headers, timeout)
        response: httpx.Response = transport.handle_request(request)
        return response

    async def read(self, response: httpx.Response) -> bytes:
        return response.read()

    async def chunks(self, response: httpx.Response) -> AsyncGenerator[bytes, None]:
        for chunk in response.iter_raw():
            yield chunk

    async def close_response(self, response: httpx.Response) -> None:
        response.close()

    async def close(self, transport: Any) -> None:
        transport.close()

    def body(self, parts: Sequence[bytes]) -> Any:
        def generate() -> Iterator[bytes]:
            yield from parts

        return generate()

    async def call(self, method: Callable[..., Any], *args: Any) -> Any:
        return method(*args)


ASYNC = AsyncFlavor()
SYNC = SyncFlavor()
FLAVORS = [pytest.param(SYNC, id="sync"), pytest.param(ASYNC, id="async")]


class Stopwatch:
    def __init__(self) -> None:
        self.started = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started
