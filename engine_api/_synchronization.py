"""Locks and semaphores in pairs: ``AsyncX`` for asyncio, ``X`` for threads.

The code under ``engine_api/_async/`` uses the ``Async`` names; ``scripts/unasync.py`` turns
them into the plain names for ``engine_api/_sync/``. Each pair has the same methods, the
asyncio one with ``async`` where the thread one blocks.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

if TYPE_CHECKING:
    import asyncio

    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.container import AsyncContainer
    from engine_api._sync.client import DockerClient
    from engine_api._sync.container import Container

# asyncio is imported where the asyncio flavour first needs it: a program that uses only
# the thread flavour does not pay for importing it.

__all__ = [
    "AsyncCloser",
    "AsyncLock",
    "AsyncSemaphore",
    "Closer",
    "Lock",
    "Semaphore",
    "agather",
    "aresolve",
    "asleep",
    "gather",
    "resolve",
    "sleep",
]

T = TypeVar("T")

AsyncCloser: TypeAlias = Callable[[], Awaitable[None]]
"""What closes a stream: a coroutine function for asyncio..."""
Closer: TypeAlias = Callable[[], None]
"""...and a plain function for threads."""


class AsyncLock:
    """A mutex for asyncio tasks: ``async with lock: ...``."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        import asyncio

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


def _expire(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(False)


class AsyncSemaphore:
    """A counting semaphore for asyncio tasks whose ``acquire`` can give up after a time.

    First come, first served: ``release`` hands its unit straight to the longest waiting
    task. Unlike asyncio.Semaphore (whose ``locked()`` scans every waiter), each call costs
    the same however many tasks wait, which matters with hundreds of requests queued for a
    few connections.
    """

    __slots__ = ("_value", "_waiters")

    def __init__(self, value: int) -> None:
        self._value = value
        # Tasks waiting for a unit; finished futures (timed out, cancelled) are skipped.
        # There are live waiters only while _value is 0.
        self._waiters: deque[asyncio.Future[bool]] = deque()

    async def acquire(self, timeout: float | None) -> bool:
        """Take one unit; False when none came free within ``timeout`` seconds (None: wait)."""
        if self._value > 0:
            self._value -= 1
            return True
        import asyncio

        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        self._waiters.append(waiter)
        timer = None if timeout is None else loop.call_later(max(timeout, 0.0), _expire, waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self.release()  # handed a unit just as the task was cancelled: pass it on
            raise
        finally:
            if timer is not None:
                timer.cancel()

    def release(self) -> None:
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(True)
                return
        self._value += 1


class Semaphore:
    """A counting semaphore for threads whose ``acquire`` can give up after a time.

    The units are tokens in a :class:`queue.SimpleQueue` (implemented in C): taking one is a
    ``get``, giving it back a ``put``.
    """

    __slots__ = ("_tokens",)

    def __init__(self, value: int) -> None:
        self._tokens: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(value):
            self._tokens.put(None)

    def acquire(self, timeout: float | None) -> bool:
        """Take one unit; False when none came free within ``timeout`` seconds (None: wait)."""
        try:
            self._tokens.get(timeout=None if timeout is None else max(timeout, 0.0))
        except queue.Empty:
            return False
        return True

    def release(self) -> None:
        self._tokens.put(None)


async def asleep(seconds: float) -> None:
    """Wait without blocking the event loop (``sleep`` for threads)."""
    import asyncio

    await asyncio.sleep(seconds)


def sleep(seconds: float) -> None:
    """Block the thread for ``seconds`` (``asleep`` for asyncio)."""
    time.sleep(seconds)


async def aresolve(value: object) -> None:
    """Await ``value`` if it is awaitable (what an asyncio sink's ``write`` returns)."""
    import inspect  # asyncio has loaded it; the thread flavour never does

    if inspect.isawaitable(value):
        await value


def resolve(value: object) -> None:
    """The thread flavour of :func:`aresolve`: a plain ``write`` has nothing to wait for."""


def alisted(client: AsyncDockerClient, entries: Sequence[Any]) -> list[AsyncContainer] | None:
    """``containers.list()``'s containers built from the list alone, to inspect on first
    need: never in asyncio (a property cannot wait), so None (inspect them now)."""
    return None


def listed(client: DockerClient, entries: Sequence[Any]) -> list[Container] | None:
    """The thread flavour of :func:`alisted`: containers that inspect themselves when their
    details are first read (:mod:`engine_api._listed`)."""
    from engine_api._listed import listed as lazily

    return lazily(client, entries)


async def agather(calls: Sequence[Callable[[], Awaitable[T]]], limit: int) -> list[T | Exception]:
    """Run ``calls`` at most ``limit`` at a time (asyncio tasks); their results in order, an
    exception in place of a result for a call that raised one (nothing is cancelled: the
    caller decides what an error means). Cancelling the caller cancels them all."""
    results: list[T | Exception] = []
    if len(calls) <= 1 or limit <= 1:
        for call in calls:
            try:
                results.append(await call())
            except Exception as exc:
                results.append(exc)
        return results
    import asyncio

    results = [_PENDING] * len(calls)  # type: ignore[list-item]
    turns = iter(enumerate(calls))  # shared: each worker takes the next call

    async def work() -> None:
        for at, call in turns:
            try:
                results[at] = await call()
            except Exception as exc:
                results[at] = exc

    await asyncio.gather(*(work() for _ in range(min(limit, len(calls)))))
    return results


def gather(calls: Sequence[Callable[[], T]], limit: int) -> list[T | Exception]:
    """The thread flavour of :func:`agather`: at most ``limit`` threads (the client is safe
    to share between threads); results in order, an exception in place of a result."""
    results: list[T | Exception] = []
    if len(calls) <= 1 or limit <= 1:
        for call in calls:
            try:
                results.append(call())
            except Exception as exc:
                results.append(exc)
        return results
    results = [_PENDING] * len(calls)  # type: ignore[list-item]
    turns = iter(enumerate(calls))
    taking = threading.Lock()

    def work() -> None:
        while True:
            with taking:
                turn = next(turns, None)
            if turn is None:
                return
            at, call = turn
            try:
                results[at] = call()
            except Exception as exc:
                results[at] = exc

    workers = [threading.Thread(target=work, daemon=True) for _ in range(min(limit, len(calls)))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


_PENDING = object()
