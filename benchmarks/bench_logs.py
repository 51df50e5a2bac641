"""Reading a container's logs, demultiplexed: throughput, and peak memory for 1 GB.

The logs come from containers of the test image (no network) that write lines of
``LINE`` bytes to stdout and stderr at once, then exit; the json-file log driver stores
them and the engine sends them back multiplexed (one frame per line, one HTTP chunk per
frame). Every client reads all of them and counts the bytes of each stream (nothing is
kept), and every sample checks the counts against what the container wrote.

- **Throughput** (MB/s, 1 MB = 10**6 bytes; higher is better): engine-api's
  ``logs(stream=True)`` then ``frames()``, sync and async; docker-py's
  ``APIClient.logs(stream=True)`` (it cannot tell stdout from stderr in logs: its pieces
  are counted together) and ``logs()`` (it buffers the whole answer); and a standard
  library reader on the unix socket (:class:`benchmarks.raw.RawLogReader`). The engine
  reading its json-file logs is the bottleneck of all of them on a small machine, so the
  same samples also give the client's own CPU time per GB read (lower is better).
- **Peak memory for 1 GB**: one fresh process per client reads 1 GB of demultiplexed
  logs; the figure is how much its peak RSS (VmHWM) grew while reading, in MB.
- **Whole answers**: one fresh process per client reads the throughput container's logs
  whole (engine-api's ``logs(demux=True)``, sync and async; docker-py's ``logs()``, which
  has no ``demux`` for logs and gives them merged); the figure is the peak RSS growth
  divided by the answer's size (1.0: the answer held once).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.harness import Scenario, report
from benchmarks.raw import RawClient, RawLogReader

ROOT = Path(__file__).resolve().parent.parent
IMAGE = "engine-api-test/busybox:latest"
VERSION = "1.41"
LINE = 1024  # bytes per log line, newline included: one frame each
THROUGHPUT = (200_000_000, 20_000_000)  # bytes written to stdout, to stderr
MEMORY = (900_000_000, 100_000_000)  # 1 GB
MB = 1_000_000
MEMORY_ROUNDS = 1  # 1 GB per client and round, at the engine's pace

# One process per sample: set up (client made, engine pinged), then read the logs of
# CID and print the peak RSS before and after, and the counts.
PEAK = """
import json, resource
def peak():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
"""
MEMORY_CLIENTS = {
    "engine-api sync": """
import engine_api
from engine_api.streams import StreamId
client = engine_api.from_env()
client.ops.system_ping()
before = peak()
counts = [0, 0]
with client.api.logs(CID, stream=True) as output:
    for stream, piece in output.frames():
        counts[stream == StreamId.STDERR] += len(piece)
""",
    "engine-api async": """
import asyncio, engine_api
from engine_api.streams import StreamId
async def main():
    global before, counts
    async with engine_api.AsyncDockerClient() as client:
        await client.ops.system_ping()
        before = peak()
        counts = [0, 0]
        async with await client.api.logs(CID, stream=True) as output:
            async for stream, piece in output.frames():
                counts[stream == StreamId.STDERR] += len(piece)
asyncio.run(main())
""",
    "docker-py stream=True (merged)": """
import docker
client = docker.APIClient(base_url="unix://" + SOCKET, version=VERSION)
client.ping()
before = peak()
counts = [sum(len(piece) for piece in client.logs(CID, stream=True)), None]
""",
    "docker-py stream=False (buffered)": """
import docker
client = docker.APIClient(base_url="unix://" + SOCKET, version=VERSION)
client.ping()
before = peak()
counts = [len(client.logs(CID)), None]
""",
    "raw socket": """
from benchmarks.raw import RawLogReader
reader = RawLogReader(SOCKET)
before = peak()
counts = list(reader.count(TARGET))
""",
}


WHOLE_CLIENTS = {
    "engine-api sync logs(demux=True)": """
import engine_api
client = engine_api.from_env()
client.ops.system_ping()
before = peak()
out, err = client.api.logs(CID, demux=True)
counts = [len(out), len(err)]
""",
    "engine-api async logs(demux=True)": """
import asyncio, engine_api
async def main():
    global before, counts
    async with engine_api.AsyncDockerClient() as client:
        await client.ops.system_ping()
        before = peak()
        out, err = await client.api.logs(CID, demux=True)
        counts = [len(out), len(err)]
asyncio.run(main())
""",
    "docker-py logs() (merged)": """
import docker
client = docker.APIClient(base_url="unix://" + SOCKET, version=VERSION)
client.ping()
before = peak()
counts = [len(client.logs(CID)), None]
""",
}


def socket_path() -> str:
    host = os.environ.get("DOCKER_HOST", "")
    if not host.startswith("unix://"):
        raise SystemExit(
            "set DOCKER_HOST to the private engine's unix:// socket (scripts/bench does)"
        )
    return host.removeprefix("unix://")


def logs_target(cid: str) -> str:
    return f"/v{VERSION}/containers/{cid}/logs?stdout=1&stderr=1"


def make_logs(socket: str, stdout: int, stderr: int, *, verify: bool = True) -> str:
    """A container that has written ``stdout`` and ``stderr`` bytes of logs and exited."""
    text = "x" * (LINE - 1)
    script = f"yes {text} | head -c {stderr} >&2 & yes {text} | head -c {stdout}; wait"
    raw = RawClient(socket)
    try:
        body = json.dumps(
            {
                "Image": IMAGE,
                "Cmd": ["sh", "-c", script],
                "Labels": {"engine-api-bench": "1"},
                "HostConfig": {"NetworkMode": "none", "LogConfig": {"Type": "json-file"}},
            }
        ).encode()
        status, answer = raw.request("POST", f"/v{VERSION}/containers/create", body)
        if status != 201:
            raise SystemExit(f"cannot create the logs container: {status} {answer!r}")
        cid = str(json.loads(answer)["Id"])
        try:
            status, answer = raw.request("POST", f"/v{VERSION}/containers/{cid}/start")
            if status != 204:
                raise SystemExit(f"cannot start the logs container: {status} {answer!r}")
            status, answer = raw.request("POST", f"/v{VERSION}/containers/{cid}/wait")
            if status != 200 or json.loads(answer)["StatusCode"] != 0:
                raise SystemExit(f"the logs container failed: {status} {answer!r}")
            if verify:
                counts = RawLogReader(socket).count(logs_target(cid))
                if counts != (stdout, stderr):
                    raise SystemExit(f"the engine's logs hold {counts}, not {(stdout, stderr)}")
        except BaseException:
            remove(socket, cid)
            raise
        return cid
    finally:
        raw.close()


def remove(socket: str, cid: str) -> None:
    raw = RawClient(socket)
    try:
        raw.request("DELETE", f"/v{VERSION}/containers/{cid}?force=1")
    finally:
        raw.close()


def check(name: str, got: tuple[int, int | None], want: tuple[int, int]) -> None:
    """Demultiplexed counts must be exact; merged ones (stderr None) must add up."""
    expected = want if got[1] is not None else (sum(want), None)
    if got != expected:
        raise SystemExit(f"{name} read {got} bytes, expected {expected}")


class Throughput:
    """One sample per call: MB/s; the sample's CPU seconds per GB go to ``cpu``."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = size
        self.cpu: dict[str, list[float]] = {}

    def sample(self, name: str, read: Callable[[], tuple[int, int | None]]) -> Callable[[], float]:
        def run() -> float:
            cpu = time.process_time()
            started = time.perf_counter()
            got = read()
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu
            check(name, got, self.size)
            total = sum(self.size)
            self.cpu.setdefault(name, []).append(cpu * 1e9 / total)
            return total / MB / elapsed

        return run


def peak_growth(
    name: str, socket: str, cid: str, size: tuple[int, int], clients: dict[str, str] | None = None
) -> float:
    program = (
        f"SOCKET = {socket!r}\nCID = {cid!r}\nVERSION = {VERSION!r}\n"
        f"TARGET = {logs_target(cid)!r}\n{PEAK}\n{(clients or MEMORY_CLIENTS)[name]}\n"
        "print(json.dumps([before, peak(), counts]))\n"
    )
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'generated'}")
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode != 0:
        raise SystemExit(f"{name} failed:\n{out.stderr}")
    before, after, counts = json.loads(out.stdout.strip().splitlines()[-1])
    check(name, (counts[0], counts[1]), size)
    return float(after - before) / MB


def whole_growth(name: str, socket: str, cid: str, size: tuple[int, int]) -> float:
    """Peak RSS growth reading the logs whole, as a multiple of their size."""
    return peak_growth(name, socket, cid, size, WHOLE_CLIENTS) * MB / sum(size)


class Clients:
    """The clients compared, all talking to one socket (the engine's or the replay's)."""

    def __init__(self, socket: str) -> None:
        import docker

        import engine_api

        self.sync = engine_api.DockerClient(f"unix://{socket}")
        self.sync.ops.system_ping()
        self.loop = asyncio.new_event_loop()
        self.async_ = engine_api.AsyncDockerClient(f"unix://{socket}")
        self.loop.run_until_complete(self.async_.ops.system_ping())
        self.dockerpy = docker.APIClient(base_url=f"unix://{socket}", version=VERSION)
        self.raw = RawLogReader(socket)

    def readers(self, cid: str) -> dict[str, Callable[[], tuple[int, int | None]]]:
        from engine_api.streams import StreamId

        stderr_id = StreamId.STDERR
        ours, ours_async, dockerpy, loop = self.sync, self.async_, self.dockerpy, self.loop

        def sync_read() -> tuple[int, int]:
            counts = [0, 0]
            with ours.api.logs(cid, stream=True) as output:
                for stream, piece in output.frames():
                    counts[stream == stderr_id] += len(piece)
            return counts[0], counts[1]

        async def async_logs() -> tuple[int, int]:
            counts = [0, 0]
            async with await ours_async.api.logs(cid, stream=True) as output:
                async for stream, piece in output.frames():
                    counts[stream == stderr_id] += len(piece)
            return counts[0], counts[1]

        def dockerpy_stream() -> tuple[int, None]:
            return sum(len(piece) for piece in dockerpy.logs(cid, stream=True)), None

        def dockerpy_buffered() -> tuple[int, None]:
            return len(dockerpy.logs(cid)), None

        return {
            "engine-api sync": sync_read,
            "engine-api async": lambda: loop.run_until_complete(async_logs()),
            "docker-py stream=True (merged)": dockerpy_stream,
            "docker-py stream=False (buffered)": dockerpy_buffered,
            "raw socket": lambda: self.raw.count(logs_target(cid)),
        }

    def close(self) -> None:
        self.sync.close()
        self.loop.run_until_complete(self.async_.aclose())
        self.loop.close()
        self.dockerpy.close()


def throughput(title: str, clients: Clients, cid: str, rounds: int) -> list[Scenario]:
    """MB/s of each client, and its CPU time per GB in the same samples."""
    counter = Throughput(THROUGHPUT)
    speed = Scenario(
        title,
        "MB/s",
        {name: counter.sample(name, read) for name, read in clients.readers(cid).items()},
        baseline="raw socket",
        also="docker-py stream=True (merged)",
    )
    speed.run(rounds)
    cpu = Scenario(
        f"{title}: client CPU time",
        "CPU s/GB",
        {},
        baseline="raw socket",
        also="docker-py stream=True (merged)",
        samples=counter.cpu,
    )
    return [speed, cpu]


@contextlib.contextmanager
def replaying(engine: str, cid: str) -> Iterator[str]:
    """A :mod:`benchmarks.replay` process serving ``cid``'s logs; yields its socket."""
    with tempfile.TemporaryDirectory(prefix="ea-replay-") as tmp:
        listen = os.path.join(tmp, "replay.sock")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.replay", engine, listen, logs_target(cid)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                raise SystemExit("the replay server did not start")
            yield listen
        finally:
            process.terminate()
            process.wait(10)


def main(rounds: int = 15) -> str:
    socket = socket_path()
    scenarios: list[Scenario] = []
    cid = make_logs(socket, *THROUGHPUT)
    big = ""
    try:
        clients = Clients(socket)
        try:
            scenarios += throughput(
                f"{sum(THROUGHPUT) // MB} MB of demultiplexed logs ({LINE}-byte lines) "
                "from the engine",
                clients,
                cid,
                min(rounds, 5),
            )
        finally:
            clients.close()
        with replaying(socket, cid) as replay:
            clients = Clients(replay)
            try:
                scenarios += throughput(
                    "the same logs replayed from memory (client-bound)",
                    clients,
                    cid,
                    min(rounds, 5),
                )
            finally:
                clients.close()
        whole = Scenario(
            f"peak RSS growth reading {sum(THROUGHPUT) // MB} MB of logs whole "
            "(fresh process; x the answer)",
            "x answer",
            {
                name: functools.partial(whole_growth, name, socket, cid, THROUGHPUT)
                for name in WHOLE_CLIENTS
            },
            baseline="docker-py logs() (merged)",
        )
        whole.run(MEMORY_ROUNDS)
        scenarios.append(whole)
        remove(socket, cid)
        cid = ""
        big = make_logs(socket, *MEMORY, verify=False)  # each sample checks the counts
        memory = Scenario(
            "peak RSS growth reading 1 GB of logs (fresh process)",
            "MB",
            {
                name: functools.partial(peak_growth, name, socket, big, MEMORY)
                for name in MEMORY_CLIENTS
            },
            baseline="raw socket",
            also="docker-py stream=True (merged)",
        )
        memory.run(MEMORY_ROUNDS)
        scenarios.append(memory)
        return report(scenarios, ROOT / "benchmarks" / "results", "Logs")
    finally:
        for container in (cid, big):
            if container:
                remove(socket, container)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
