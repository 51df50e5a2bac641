"""Locks and semaphores in pairs: ``AsyncX`` for asyncio, ``X`` for threads.

The code under ``engine_api/_async/`` uses the ``Async`` names; ``scripts/unasync.py`` turns
them into the plain names for ``engine_api/_sync/``. Each pair has the same methods, the
asyncio one with ``async`` where the thread one blocks.
"""

from __future__ import annotations

import asyncio
import threading
from types import TracebackType

__all__ = ["AsyncLock", "AsyncSemaphore", "Lock", "Semaphore"]


class AsyncLock:
    """A mutex for asyncio tasks: ``async with lock: ...``."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> None:
        await self._lock.acquire()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._lock.release()


class Lock:
    """A mutex for threads: ``with lock: ...``."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._lock.release()


class AsyncSemaphore:
    """A counting semaphore for asyncio tasks whose ``acquire`` can give up after a time."""

    __slots__ = ("_semaphore",)

    def __init__(self, value: int) -> None:
        self._semaphore = asyncio.Semaphore(value)

    async def acquire(self, timeout: float | None) -> bool:
        """Take one unit; False when none came free within ``timeout`` seconds (None: wait)."""
        semaphore = self._semaphore
        if timeout is None or not semaphore.locked():
            # A free unit is taken at once, without suspending the task.
            await semaphore.acquire()
            return True
        try:
            async with asyncio.timeout(timeout):
                await semaphore.acquire()
        except TimeoutError:
            return False
        return True

    def release(self) -> None:
        self._semaphore.release()


class Semaphore:
    """A counting semaphore for threads whose ``acquire`` can give up after a time."""

    __slots__ = ("_semaphore",)

    def __init__(self, value: int) -> None:
        self._semaphore = threading.Semaphore(value)

    def acquire(self, timeout: float | None) -> bool:
        """Take one unit; False when none came free within ``timeout`` seconds (None: wait)."""
        if timeout is not None and timeout < 0:
            timeout = 0.0
        return self._semaphore.acquire(timeout=timeout)

    def release(self) -> None:
        self._semaphore.release()
