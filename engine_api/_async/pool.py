"""A bounded pool of keep-alive connections to one engine.

At most ``max_connections`` connections are in use at once; a request that finds them all
busy waits (up to the pool timeout) for one to come back. Idle connections are reused, the
most recently used first; one that the engine closed (or that has unexpected bytes waiting)
is dropped when it is taken out. A semaphore counts the connections in use, and the idle
ones sit in a deque whose ``append`` and ``pop`` are atomic, so the pool needs no lock of
its own, in either flavour (tasks of one event loop, or threads).
"""

from __future__ import annotations

import itertools
from collections import deque
from typing import TYPE_CHECKING, Protocol

from engine_api._async.connection import AsyncHTTPConnection
from engine_api._synchronization import AsyncSemaphore

if TYPE_CHECKING:
    import httpx

    from engine_api._io_async import AsyncNetworkStream
else:
    from engine_api._lazy import httpx

__all__ = ["AsyncConnectionPool"]


class Opener(Protocol):
    """Opens a new stream to the engine within ``timeout`` seconds."""

    async def __call__(self, timeout: float | None) -> AsyncNetworkStream: ...


class AsyncConnectionPool:
    """Connections to one address, opened by ``opener(connect_timeout)`` when needed."""

    __slots__ = (
        "_closed",
        "_counter",
        "_idle",
        "_in_use",
        "_opener",
        "address",
        "max_connections",
        "opened",
    )

    def __init__(self, opener: Opener, address: str, max_connections: int = 10) -> None:
        if max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, not {max_connections}")
        self._opener = opener
        self._idle: deque[AsyncHTTPConnection] = deque()
        self._in_use = AsyncSemaphore(max_connections)
        self._counter = itertools.count(1)
        self._closed = False
        self.address = address
        self.max_connections = max_connections
        self.opened = 0  # connections opened so far

    @property
    def idle_connections(self) -> int:
        """How many open connections wait in the pool for reuse."""
        return len(self._idle)

    async def acquire(
        self, pool_timeout: float | None, connect_timeout: float | None, *, fresh: bool = False
    ) -> AsyncHTTPConnection:
        """A connection for one exchange: an idle one if there is one (unless ``fresh``), else
        a new one. Give it back with :meth:`release`, :meth:`discard` or :meth:`detach`."""
        if self._closed:
            raise RuntimeError("the transport is closed")
        if not await self._in_use.acquire(pool_timeout):
            raise httpx.PoolTimeout(
                f"all {self.max_connections} connections to {self.address} stayed busy "
                f"for {pool_timeout}s"
            )
        try:
            idle = self._idle
            while idle and not fresh:
                try:
                    conn = idle.pop()
                except IndexError:  # another thread took the last one
                    break
                if conn.idle_ok():
                    return conn
                await conn.aclose()
            stream = await self._opener(connect_timeout)
            self.opened = next(self._counter)
            return AsyncHTTPConnection(stream, self.address)
        except BaseException:
            self._in_use.release()
            raise

    async def release(self, conn: AsyncHTTPConnection) -> None:
        """An exchange ended: keep the connection for the next one if it can carry it."""
        try:
            if conn.reusable and not self._closed:
                self._idle.append(conn)
                if self._closed:  # closed meanwhile (another thread): do not leave it there
                    await self._close_idle()
            else:
                await conn.aclose()
        finally:
            self._in_use.release()

    async def discard(self, conn: AsyncHTTPConnection) -> None:
        """The connection failed or its exchange was cut short: close it."""
        try:
            await conn.aclose()
        finally:
            self._in_use.release()

    def detach(self, conn: AsyncHTTPConnection) -> None:
        """The connection leaves the pool (after 101 Switching Protocols): its caller owns it."""
        self._in_use.release()

    async def _close_idle(self) -> None:
        while True:
            try:
                conn = self._idle.pop()
            except IndexError:
                return
            await conn.aclose()

    async def aclose(self) -> None:
        """Close the idle connections; those in use are closed when they come back."""
        self._closed = True
        await self._close_idle()
