"""Streamed logs are read in bounded memory, however long they are.

About 300 MB of a real container's logs (stdout and stderr at once, so that the frames
interleave) are read through the client, demultiplexed and counted; tracemalloc's peak
must stay far below the size of the logs. This bounds memory, not time.

Written once for asyncio; tests/client/_sync/test_logs_memory.py is derived from this file
by scripts/unasync.py.
"""

from __future__ import annotations

import tracemalloc
import uuid
from typing import Any

import pytest
from engine_api_binding.models import ContainerConfigLabels, ContainerCreateRequest, HostConfig

from engine_api import AsyncDockerClient
from engine_api.streams import StreamId
from tests.client._async.helpers import LABEL

LINE = 8192  # bytes per line, newline included: one frame each
STDOUT = 270_000_000
STDERR = 30_000_000
PEAK_LIMIT = 20 * 1024 * 1024


@pytest.mark.anyio
async def test_300_mb_of_logs_are_read_in_bounded_memory(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    text = "x" * (LINE - 1)
    script = f"yes {text} | head -c {STDERR} >&2 & yes {text} | head -c {STDOUT}; wait"
    body = ContainerCreateRequest(
        image=test_image,
        cmd=["sh", "-c", script],
        labels=ContainerConfigLabels.from_dict({LABEL: "1"}),
        host_config=HostConfig(network_mode="none"),
    )
    name = f"ea-logs-memory-{uuid.uuid4().hex[:8]}"
    cid = cleanup.container((await client.ops.container_create(body=body, name=name)).id)
    await client.ops.container_start(cid)
    assert (await client.api.wait(cid, timeout=60)).status_code == 0

    counts = [0, 0]
    pieces = 0
    tracing = tracemalloc.is_tracing()
    if tracing:
        tracemalloc.reset_peak()
    else:
        tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        async with await client.api.logs(cid, stream=True) as output:
            async for stream, piece in output.frames():
                counts[stream == StreamId.STDERR] += len(piece)
                pieces += 1
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        if not tracing:
            tracemalloc.stop()

    assert counts == [STDOUT, STDERR]
    assert pieces > 1000  # it streamed, in pieces, rather than arriving whole
    assert peak < PEAK_LIMIT, f"reading {STDOUT + STDERR} bytes of logs peaked at {peak} bytes"


WHOLE_STDOUT = 40_000_000
WHOLE_STDERR = 10_000_000
WHOLE_LIMIT = 1.15  # peak traced allocation / answer: held once (plus growth room), not twice


async def _traced_peak(read: Any) -> tuple[Any, int]:
    """What ``read()`` returns and the peak of Python allocations while it ran, above what
    was allocated before."""
    tracing = tracemalloc.is_tracing()
    if tracing:
        tracemalloc.reset_peak()
    else:
        tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = await read()
        return result, tracemalloc.get_traced_memory()[1] - base
    finally:
        if not tracing:
            tracemalloc.stop()


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["logs-demux", "logs", "exec-demux"])
async def test_a_whole_answer_is_held_once(
    client: AsyncDockerClient, cleanup: Any, test_image: str, how: str
) -> None:
    # Gathering the pieces in a list and joining them (or joining per stream) peaks at
    # twice the answer; the whole-answer calls must build their result in one buffer.
    text = "y" * (LINE - 1)
    script = f"yes {text} | head -c {WHOLE_STDERR} >&2 & yes {text} | head -c {WHOLE_STDOUT}; wait"
    name = f"ea-logs-whole-{uuid.uuid4().hex[:8]}"
    if how == "exec-demux":
        command: list[str] = ["sleep", "60"]
    else:
        command = ["sh", "-c", script]
    body = ContainerCreateRequest(
        image=test_image,
        cmd=command,
        labels=ContainerConfigLabels.from_dict({LABEL: "1"}),
        host_config=HostConfig(network_mode="none"),
    )
    cid = cleanup.container((await client.ops.container_create(body=body, name=name)).id)
    await client.ops.container_start(cid)
    size = WHOLE_STDOUT + WHOLE_STDERR
    if how == "exec-demux":
        result, peak = await _traced_peak(
            lambda: client.api.exec_run(cid, ["sh", "-c", script], demux=True)
        )
        assert result.exit_code == 0
        out, err = result.output
        assert (len(out), len(err)) == (WHOLE_STDOUT, WHOLE_STDERR)
    else:
        assert (await client.api.wait(cid, timeout=60)).status_code == 0
        if how == "logs-demux":
            (out, err), peak = await _traced_peak(lambda: client.api.logs(cid, demux=True))
            assert (len(out), len(err)) == (WHOLE_STDOUT, WHOLE_STDERR)
            line = text.encode() + b"\n"
            assert out[:LINE] == line and err[:LINE] == line
        else:
            merged, peak = await _traced_peak(lambda: client.api.logs(cid))
            assert len(merged) == size
            assert merged.count(b"\n") == WHOLE_STDOUT // LINE + WHOLE_STDERR // LINE
    assert peak <= WHOLE_LIMIT * size, f"a {size}-byte answer peaked at {peak} bytes"
