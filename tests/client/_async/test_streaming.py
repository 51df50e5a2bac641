"""Everything that streams, against the real engine: logs, attach, exec, events, stats, wait.

Written once for asyncio; tests/client/_sync/test_streaming.py is derived from this file
by scripts/unasync.py, so both clients run the same scenarios. The connection-break
scenarios use tests/client/fake_engine.py (a real engine does not cut a frame on demand).
"""

from __future__ import annotations

import datetime as dt
import io
import time
from typing import Any

import pytest
from engine_api_binding.models import (
    ContainerStatsResponse,
    EventMessage,
)

from engine_api import AsyncDockerClient, errors
from engine_api.stats import cpu_percent, memory_percent
from engine_api.streams import StreamId
from tests.client import fake_engine
from tests.client._async.helpers import run

# Three lines on each stream, interleaved, then a pause and one more on stdout.
SCRIPT = "for i in 1 2 3; do echo out$i; echo err$i >&2; done; sleep 0.5; echo late"


# -- logs ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_logs_whole_demultiplexed_and_merged(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sh", "-c", SCRIPT])
    assert (await client.api.wait(cid, timeout=30)).status_code == 0
    out, err = await client.api.logs(cid, demux=True)
    assert out == b"out1\nout2\nout3\nlate\n"
    assert err == b"err1\nerr2\nerr3\n"
    merged = await client.api.logs(cid)
    assert sorted(merged.splitlines()) == sorted((out + err).splitlines())
    assert await client.api.logs(cid, stderr=False) == out
    assert await client.api.logs(cid, stdout=False) == err
    # The engine counts the tail over both streams (in the order its log file got them),
    # then filters; `late` came last, 0.5 s after the rest.
    assert await client.api.logs(cid, tail=1) == b"late\n"
    assert len((await client.api.logs(cid, tail=3)).splitlines()) == 3
    assert await client.api.logs(cid, tail=0) == b""


@pytest.mark.anyio
async def test_logs_streamed_frames_lines_and_sinks(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sh", "-c", SCRIPT])
    await client.api.wait(cid, timeout=30)
    output = await client.api.logs(cid, stream=True)
    assert output.tty is False
    pieces = [piece async for piece in output.frames()]
    by_stream = {
        s: b"".join(p for t, p in pieces if t == s) for s in (StreamId.STDOUT, StreamId.STDERR)
    }
    assert by_stream == {
        StreamId.STDOUT: b"out1\nout2\nout3\nlate\n",
        StreamId.STDERR: b"err1\nerr2\nerr3\n",
    }
    with pytest.raises(RuntimeError, match="consumed"):
        await output.read()

    async with await client.api.logs(cid, stream=True, stderr=False) as lines_out:
        assert [line async for line in lines_out.lines()] == ["out1", "out2", "out3", "late"]

    stdout, stderr = io.BytesIO(), io.BytesIO()
    counts = await (await client.api.logs(cid, stream=True)).write_to(stdout, stderr)
    assert (stdout.getvalue(), stderr.getvalue()) == (
        b"out1\nout2\nout3\nlate\n",
        b"err1\nerr2\nerr3\n",
    )
    assert counts == (len(stdout.getvalue()), len(stderr.getvalue()))

    timestamped = await client.api.logs(cid, stderr=False, timestamps=True)
    first = timestamped.splitlines()[0].decode()
    stamp, _, text = first.partition(" ")
    assert text == "out1" and stamp.startswith(str(dt.datetime.now(dt.UTC).year))


@pytest.mark.anyio
async def test_logs_since_and_until_as_people_pass_them(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sh", "-c", SCRIPT])
    await client.api.wait(cid, timeout=30)
    everything = await client.api.logs(cid, stderr=False)
    for since in ("10m", dt.timedelta(minutes=10), time.time() - 600, int(time.time()) - 600):
        assert await client.api.logs(cid, stderr=False, since=since) == everything
    the_future = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    assert await client.api.logs(cid, since=the_future) == b""
    assert await client.api.logs(cid, since=the_future.isoformat()) == b""
    assert await client.api.logs(cid, until="2000-01-01T00:00:00Z") == b""
    # `late` came 0.5 s after the others: an `until` between them keeps the first lines.
    stamped = (await client.api.logs(cid, stderr=False, timestamps=True)).splitlines()
    late_at = stamped[-1].split(b" ")[0].decode()
    before_late = await client.api.logs(
        cid, stderr=False, until=dt.datetime.fromisoformat(late_at[:26] + "+00:00")
    )
    assert before_late == b"out1\nout2\nout3\n"
    with pytest.raises(ValueError, match="not a point in time"):
        await client.api.logs(cid, since="yesterday-ish")


@pytest.mark.anyio
async def test_logs_follow_ends_when_the_container_stops(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(
        client, cleanup, test_image, ["sh", "-c", "for i in 1 2 3; do echo $i; sleep 0.2; done"]
    )
    output = await client.api.logs(cid, stream=True, follow=True)
    got = [chunk async for chunk in output]
    assert b"".join(got) == b"1\n2\n3\n"
    assert len(got) >= 2  # it arrived as it was written, not at the end


@pytest.mark.anyio
async def test_logs_of_a_tty_container_are_raw(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sh", "-c", "echo one; echo two >&2"], tty=True)
    await client.api.wait(cid, timeout=30)
    output = await client.api.logs(cid, stream=True)
    assert output.tty is True
    assert {s async for s, _ in output.frames()} == {StreamId.STDOUT}
    assert await client.api.logs(cid) == b"one\r\ntwo\r\n"
    assert await client.api.logs(cid, demux=True) == (b"one\r\ntwo\r\n", b"")


@pytest.mark.anyio
async def test_logs_of_a_missing_container(client: AsyncDockerClient) -> None:
    with pytest.raises(errors.ContainerNotFound, match="no-such-container-ea"):
        await client.api.logs("no-such-container-ea")


# -- attach -------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_attach_socket_to_cat_what_goes_in_comes_back(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["cat"], open_stdin=True, stdin_once=True)
    async with await client.api.attach_socket(cid) as sock:
        assert sock.tty is False
        await sock.write(b"hello\n")
        await sock.write("world\n")
        await sock.close_stdin()  # cat sees the end of its input, and we still read
        frames = [piece async for piece in sock.output.frames()]
    assert frames and {s for s, _ in frames} == {StreamId.STDOUT}
    assert b"".join(p for _, p in frames) == b"hello\nworld\n"
    assert (await client.api.wait(cid, timeout=30)).status_code == 0


@pytest.mark.anyio
async def test_attach_socket_to_a_tty_shell_and_resize(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sh"], open_stdin=True, stdin_once=True, tty=True)
    async with await client.api.attach_socket(cid) as sock:
        assert sock.tty is True
        await sock.resize(40, 132)
        await sock.write(b"stty size; echo done-$((6*7)); exit 3\n")
        seen = b""
        async for chunk in sock.output:
            seen += chunk
        assert b"40 132" in seen and b"done-42" in seen
    assert (await client.api.wait(cid, timeout=30)).status_code == 3


@pytest.mark.anyio
async def test_attach_reads_output_until_the_container_stops(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(
        client,
        cleanup,
        test_image,
        ["sh", "-c", "read x; echo got-$x; echo oops >&2"],
        start=False,
        open_stdin=True,
        stdin_once=True,
    )
    await client.ops.container_start(cid)
    sock = await client.api.attach_socket(cid)
    await sock.write(b"ping\n")
    out, err = await sock.output.read_demuxed()
    await sock.aclose()
    assert (out, err) == (b"got-ping\n", b"oops\n")
    assert await client.api.logs(cid, demux=True) == (b"got-ping\n", b"oops\n")


@pytest.mark.anyio
async def test_attach_as_docker_py_whole_and_streamed(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    script = "sleep 1; echo a; echo b >&2; sleep 0.2; echo c"
    cid = await run(client, cleanup, test_image, ["sh", "-c", script])
    assert await client.api.attach(cid, demux=True) == (b"a\nc\n", b"b\n")
    cid = await run(client, cleanup, test_image, ["sh", "-c", script])
    output = await client.api.attach(cid, stream=True, stderr=False)
    assert [line async for line in output.lines()] == ["a", "c"]


# -- exec ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_exec_run_output_exit_code_and_demux(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    result = await client.api.exec_run(cid, ["sh", "-c", "echo hi; echo oops >&2; exit 3"])
    assert result.exit_code == 3
    assert sorted(result.output.splitlines()) == [b"hi", b"oops"]
    code, output = result  # unpacks as docker-py's ExecResult
    assert (code, output) == (3, result.output)
    demuxed = await client.api.exec_run(cid, "sh -c 'echo hi; echo oops >&2'", demux=True)
    assert demuxed.exit_code == 0 and demuxed.output == (b"hi\n", b"oops\n")
    empty = await client.api.exec_run(cid, ["true"])
    assert empty.exit_code == 0 and empty.output == b""  # bytes, not None
    assert (await client.api.exec_run(cid, ["true"], demux=True)).output == (b"", b"")
    env = await client.api.exec_run(
        cid,
        ["sh", "-c", "echo $A-$B; pwd; id -u"],
        environment={"A": "1", "B": "two"},
        workdir="/bin",
        user="1234:1234",
    )
    assert env.output == b"1-two\n/bin\n1234\n"
    tty = await client.api.exec_run(cid, ["sh", "-c", "tty; echo x >&2"], tty=True)
    assert tty.output == b"/dev/pts/0\r\nx\r\n"


@pytest.mark.anyio
async def test_exec_run_feeds_stdin_streams_and_detaches(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    fed = await client.api.exec_run(cid, ["sh", "-c", "tr a-z A-Z; exit 4"], input=b"fed in\n")
    assert (fed.exit_code, fed.output) == (4, b"FED IN\n")

    streamed = await client.api.exec_run(
        cid, ["sh", "-c", "for i in 1 2 3; do echo $i; sleep 0.1; done"], stream=True
    )
    assert streamed.exit_code is None
    chunks = [chunk async for chunk in streamed.output]
    assert b"".join(chunks) == b"1\n2\n3\n"
    assert (await client.api.exec_inspect(streamed.exec_id)).exit_code == 0

    detached = await client.api.exec_run(cid, ["sh", "-c", "sleep 0.3; touch /done"], detach=True)
    assert detached.exit_code is None and detached.output == b""
    # It runs on after exec_run returned: the file appears later.
    assert (await client.api.exec_run(cid, ["test", "-f", "/done"])).exit_code == 1
    waited = await client.api.exec_run(
        cid, ["sh", "-c", "for i in $(seq 50); do test -f /done && exit 0; sleep 0.1; done; exit 1"]
    )
    assert waited.exit_code == 0

    sock = (await client.api.exec_run(cid, ["cat"], stdin=True, socket=True)).output
    async with sock:
        await sock.write(b"through the socket\n")
        await sock.close_stdin()
        assert await sock.output.read() == b"through the socket\n"


@pytest.mark.anyio
async def test_exec_create_start_inspect_and_resize(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    exec_id = await client.api.exec_create(cid, ["sh", "-c", "sleep 0.5; stty size"], tty=True)
    state = await client.api.exec_inspect(exec_id)
    assert state.running is False and state.container_id == cid
    sock = await client.api.exec_start(exec_id, socket=True)
    async with sock:
        await sock.resize(33, 99)
        assert b"33 99" in await sock.output.read()
    done = await client.api.exec_inspect(exec_id)
    assert done.exit_code == 0 and done.running is False
    with pytest.raises(errors.ExecNotFound):
        await client.api.exec_inspect("no-such-exec-ea")
    with pytest.raises(errors.Conflict):
        await client.api.exec_create(
            await run(client, cleanup, test_image, ["true"], start=False), "ls"
        )


# -- events, stats, wait --------------------------------------------------------------------


@pytest.mark.anyio
async def test_events_are_typed_filtered_and_bounded_by_until(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    begin = time.time()
    cid = await run(client, cleanup, test_image, ["true"])
    await client.api.wait(cid, timeout=30)
    stream = await client.events(
        since=begin - 1, until=time.time() + 1, filters={"container": [cid], "type": ["container"]}
    )
    events = await stream.collect()
    assert events and all(isinstance(event, EventMessage) for event in events)
    actions = [event.action for event in events]
    assert {"create", "start", "die"} <= set(actions)
    assert actions.index("create") < actions.index("start") < actions.index("die")
    assert all(event.actor and event.actor.id == cid for event in events)


@pytest.mark.anyio
async def test_events_endless_stream_can_be_stopped(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    stream = await client.events(filters={"type": ["container"], "event": ["start"]})
    cid = await run(client, cleanup, test_image, ["true"])
    async with stream:
        async for event in stream:
            if event.actor and event.actor.id == cid:
                assert event.action == "start"
                break
    with pytest.raises(RuntimeError, match="consumed"):
        await stream.collect()


@pytest.mark.anyio
async def test_stats_snapshot_and_stream_with_percentages(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sh", "-c", "while :; do :; done"])
    one = await client.api.stats(cid, stream=False)
    assert isinstance(one, ContainerStatsResponse) and one.id == cid
    shot = await client.api.stats(cid, stream=False, one_shot=True)
    assert shot.id == cid and memory_percent(shot) is not None
    samples: list[ContainerStatsResponse] = []
    async with await client.api.stats(cid) as stream:
        async for sample in stream:
            samples.append(sample)
            if len(samples) == 3:
                break
    busy = cpu_percent(samples[-1])
    assert busy is not None and busy > 20.0  # a busy loop uses a good part of a CPU
    used = memory_percent(samples[-1])
    assert used is not None and 0.0 < used < 100.0


@pytest.mark.anyio
async def test_wait_timeout_leaves_the_container_running_and_conditions(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    cid = await run(client, cleanup, test_image, ["sleep", "300"])
    started = time.monotonic()
    with pytest.raises(errors.EngineTimeout, match="keeps running"):
        await client.api.wait(cid, timeout=0.5)
    assert time.monotonic() - started < 10
    state = (await client.ops.container_inspect(cid)).state
    assert state is not None and state.running is True
    await client.ops.container_kill(cid, signal="KILL")
    assert (await client.api.wait(cid, timeout=30)).status_code == 137

    created = await run(client, cleanup, test_image, ["sh", "-c", "exit 7"], start=False)
    assert (await client.api.wait(created, condition="not-running", timeout=10)).status_code == 0
    # next-exit waits for the coming exit of a running container.
    later = await run(client, cleanup, test_image, ["sh", "-c", "sleep 1; exit 7"])
    assert (await client.api.wait(later, condition="next-exit", timeout=30)).status_code == 7
    with pytest.raises(ValueError, match="condition must be one of"):
        await client.api.wait(created, condition="whenever")  # type: ignore[arg-type]


# -- a connection that breaks ------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_stream_cut_inside_a_frame_is_a_protocol_error() -> None:
    with fake_engine.fake_engine({"/logs": fake_engine.truncated_frame}) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            output = await client.api.logs("x", stream=True)
            got: list[bytes] = []
            with pytest.raises(errors.ProtocolError, match="inside a stderr frame"):
                async for chunk in output:
                    got.append(chunk)
            # Nothing before the fault was lost, not even the start of the cut frame.
            assert got == [b"before\n", b"0123"]


@pytest.mark.anyio
async def test_a_dropped_connection_ends_the_stream_with_a_typed_error() -> None:
    with fake_engine.fake_engine({"/logs": fake_engine.dropped}) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            output = await client.api.logs("x", stream=True, follow=True)
            got: list[bytes] = []
            with pytest.raises(errors.ConnectionLost):
                async for chunk in output:
                    got.append(chunk)
            assert got == [b"before\n"]


@pytest.mark.anyio
async def test_a_silent_stream_ends_with_a_timeout_when_asked() -> None:
    with fake_engine.fake_engine({"/events": fake_engine.stalled}) as host:
        async with AsyncDockerClient(host, version="1.41") as client:
            stream = await client.events(timeout=0.5)
            got: list[str] = []
            started = time.monotonic()
            with pytest.raises(errors.EngineTimeout):
                async for event in stream:
                    got.append(str(event.action))
            assert got == ["start"] and time.monotonic() - started < 4
