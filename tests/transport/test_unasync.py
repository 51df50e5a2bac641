"""engine_api/_sync/ is what scripts/unasync.py writes from engine_api/_async/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.unasync import unasync_text

ROOT = Path(__file__).resolve().parents[2]


def test_sync_flavour_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/unasync.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_replacements() -> None:
    source = (
        "from engine_api._io_async import AsyncNetworkStream\n"
        "from engine_api._async.pool import AsyncConnectionPool\n"
        "class AsyncEngineTransport(httpx.AsyncBaseTransport):\n"
        "    async def handle_async_request(self, request):\n"
        "        async with self._lock:\n"
        "            async for chunk in request.stream:\n"
        "                await self.write(chunk)\n"
        "        return await self.aread()\n"
        "    def __aiter__(self): raise StopAsyncIteration\n"
        "    async def aclose(self) -> None: ...\n"
        "body: httpx.AsyncByteStream  # handle_async_request, send_async\n"
    )
    assert unasync_text(source) == (
        "from engine_api._io_sync import NetworkStream\n"
        "from engine_api._sync.pool import ConnectionPool\n"
        "class EngineTransport(httpx.BaseTransport):\n"
        "    def handle_request(self, request):\n"
        "        with self._lock:\n"
        "            for chunk in request.stream:\n"
        "                self.write(chunk)\n"
        "        return self.read()\n"
        "    def __iter__(self): raise StopIteration\n"
        "    def close(self) -> None: ...\n"
        "body: httpx.SyncByteStream  # handle_request, send\n"
    )


def test_async_only_lines_are_left_out_of_the_thread_flavour() -> None:
    source = (
        "class AsyncClosing:\n"
        "    async def aclose(self) -> None: ...\n"
        "    # unasync: async only\n"
        "    async def close(self) -> None:\n"
        "        await self.aclose()\n"
        "    # unasync: end\n"
        "    async def __aenter__(self): ...\n"
    )
    assert unasync_text(source) == (
        "class Closing:\n    def close(self) -> None: ...\n    def __enter__(self): ...\n"
    )
