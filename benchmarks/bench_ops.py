"""Archives, export, container lifecycle, exec and events, side by side.

One container of the test image (no network, running ``sleep``) holds a 100 MB file of
random bytes (put there once); a second one (created, never started) receives the
``put_archive`` samples. Every sample checks what it read or sent.

- **get_archive** of the 100 MB file (MB/s, 1 MB = 10**6 bytes; higher is better): each
  client reads the whole tar and counts its bytes (nothing kept). engine-api iterates the
  :class:`~engine_api.ArchiveStream`; docker-py iterates ``get_archive``'s generator
  (``chunk_size`` its default, 2 MiB); aiodocker's ``get_archive`` reads the whole answer
  into memory and opens it with :mod:`tarfile` (there is no streamed form); the raw
  client (:class:`benchmarks.raw.RawStream`) counts what ``recv`` gives. "raw asyncio"
  (:class:`benchmarks.raw.AsyncRawStream`) does the same on the standard library's
  asyncio streams: the event loop's own cost, the floor for an asyncio client.
- **put_archive** of a 100 MB tar on disk, sent from the open file: engine-api, docker-py
  and aiodocker are given the file object; the raw client reads it in 1 MiB blocks and
  sends them with a Content-Length. The engine unpacks and writes 100 MB each time.
- **Peak RSS growth** (MB) for each of those two, one fresh process per client (set up
  and pinged first), as :mod:`benchmarks.bench_logs` measures logs.
- **export** of the holder's filesystem (~102 MB), streamed and counted; aiodocker has no
  export. The raw asyncio client sends and counts in those scenarios too.
- **lifecycle** (ms per cycle): create, start, wait and remove a container running
  ``true`` with no network; engine-api's objects (``containers.create``, ``start``,
  ``wait``, ``remove``) and its ``client.api`` calls, docker-py's ``DockerClient``
  objects and its ``APIClient``, aiodocker, raw.
- **exec of true** (ms per exec): create, start (output read to its end) and inspect (for
  the exit code): ``exec_run`` for engine-api and docker-py.
- **events at a high rate**: each client opens an events stream filtered on the holder's
  label, then a helper process creates ``EVENTS`` execs in the holder as fast as the
  engine takes them (an ``exec_create`` event each, ~3000 a second here); the client reads
  and decodes them (engine-api into typed ``EventMessage`` values, docker-py with
  ``decode=True``, aiodocker its dicts, raw ``json.loads`` per line) until it has all of
  them. Events/s is bound by the engine producing them; the client's own CPU time per
  1000 events (same samples, helper excluded) is the cost of reading them. The engine
  keeps only the last 256 events for ``since``/``until`` replays, so the bounded-history
  form cannot hold thousands of events.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.bench_logs import IMAGE, PEAK, VERSION, socket_path
from benchmarks.harness import Scenario, report
from benchmarks.raw import AsyncRawStream, RawClient, RawStream

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
SIZE = 100_000_000  # the file in the archives
NAME = "big.bin"
DIR = "/"  # where it lives in both containers (the test image has no /tmp)
PATH = DIR + NAME
LABEL = "engine-api-bench-ops"
CYCLES = 3  # lifecycles per sample
EXECS = 10  # execs per sample
EVENTS = 2000  # events per sample
MEMORY_ROUNDS = 1
BULK_ROUNDS = 5  # at most, for the 100 MB transfers
OP_ROUNDS = 9  # at most, for lifecycle, exec and events

# One process per sample: client made and engine pinged, then one get_archive (counted)
# or put_archive (from the file); prints the peak RSS before and after, and the count.
MEMORY_GET = {
    "engine-api sync": """
import engine_api
client = engine_api.DockerClient("unix://" + SOCKET)
client.ops.system_ping()
before = peak()
stream, stat = client.api.get_archive(CID, PATH)
with stream:
    count = sum(len(chunk) for chunk in stream)
""",
    "engine-api async": """
import asyncio, engine_api
async def main():
    global before, count
    async with engine_api.AsyncDockerClient("unix://" + SOCKET) as client:
        await client.ops.system_ping()
        before = peak()
        stream, stat = await client.api.get_archive(CID, PATH)
        count = 0
        async with stream:
            async for chunk in stream:
                count += len(chunk)
asyncio.run(main())
""",
    "docker-py": """
import docker
client = docker.APIClient(base_url="unix://" + SOCKET, version=VERSION)
client.ping()
before = peak()
bits, stat = client.get_archive(CID, PATH)
count = sum(len(chunk) for chunk in bits)
""",
    "aiodocker (buffers)": """
import asyncio, aiodocker
async def main():
    global before, count
    client = aiodocker.Docker(url="unix://" + SOCKET)
    try:
        await client.version()
        before = peak()
        tar = await client.containers.container(CID).get_archive(PATH)
        count = len(tar.fileobj.getbuffer())
    finally:
        await client.close()
asyncio.run(main())
""",
    "raw socket": """
from benchmarks.raw import RawStream
before = peak()
status, headers, count = RawStream(SOCKET).count("GET", TARGET)
""",
}
MEMORY_PUT = {
    "engine-api sync": """
import engine_api
client = engine_api.DockerClient("unix://" + SOCKET)
client.ops.system_ping()
before = peak()
with open(TAR, "rb") as f:
    count = client.api.put_archive(CID, DIR, f)
""",
    "engine-api async": """
import asyncio, engine_api
async def main():
    global before, count
    async with engine_api.AsyncDockerClient("unix://" + SOCKET) as client:
        await client.ops.system_ping()
        before = peak()
        with open(TAR, "rb") as f:
            count = await client.api.put_archive(CID, DIR, f)
asyncio.run(main())
""",
    "docker-py": """
import docker
client = docker.APIClient(base_url="unix://" + SOCKET, version=VERSION)
client.ping()
before = peak()
with open(TAR, "rb") as f:
    count = client.put_archive(CID, DIR, f)
""",
    "aiodocker": """
import asyncio, aiodocker
async def main():
    global before, count
    client = aiodocker.Docker(url="unix://" + SOCKET)
    try:
        await client.version()
        before = peak()
        with open(TAR, "rb") as f:
            await client.containers.container(CID).put_archive(DIR, f)
        count = True
    finally:
        await client.close()
asyncio.run(main())
""",
    "raw socket": """
import os
from benchmarks.raw import RawStream
before = peak()
with open(TAR, "rb") as f:
    status, headers, size = RawStream(SOCKET).count("PUT", TARGET, f, os.path.getsize(TAR))
count = status == 200
""",
}

# The event source: reads a count from stdin, creates that many execs in CID (one
# exec_create event each) over one connection, answers "done".
GENERATOR = """
import json, sys
from benchmarks.raw import RawClient
raw = RawClient(SOCKET)
body = json.dumps({"Cmd": ["true"]}).encode()
target = f"/v{VERSION}/containers/{CID}/exec"
print("ready", flush=True)
for line in sys.stdin:
    for _ in range(int(line)):
        status, answer = raw.request("POST", target, body)
        if status != 201:
            raise SystemExit(f"exec create: {status} {answer!r}")
    print("done", flush=True)
"""


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'generated'}")


def write_tar(path: str) -> int:
    """A tar holding NAME: SIZE random bytes. Returns the tar's size."""
    info = tarfile.TarInfo(NAME)
    info.size, info.mode, info.mtime = SIZE, 0o644, int(time.time())
    with open(path, "wb") as f:
        f.write(info.tobuf(format=tarfile.PAX_FORMAT))
        left = SIZE
        while left:
            block = os.urandom(min(left, 1 << 20))
            f.write(block)
            left -= len(block)
        f.write(b"\0" * (-SIZE % 512 + 1024))
        return f.tell()


class Fixture:
    """The two containers and the tar on disk; ``close`` removes them all."""

    def __init__(self, socket: str) -> None:
        self.socket = socket
        self.nonce = uuid.uuid4().hex[:12]
        self.labels = {LABEL: self.nonce}
        self.created: list[str] = []
        self.tmp = tempfile.TemporaryDirectory(prefix="ea-bench-ops-")
        self.tar = os.path.join(self.tmp.name, "big.tar")
        self.tar_size = 0
        self.holder = self.target = ""
        self.archive_size = self.export_size = 0

    def setup(self) -> None:
        self.tar_size = write_tar(self.tar)
        self.holder = self.create(["sleep", "3600"])
        self.target = self.create(["true"])
        raw = RawClient(self.socket)
        try:
            status, answer = raw.request("POST", f"/v{VERSION}/containers/{self.holder}/start")
            if status != 204:
                raise SystemExit(f"cannot start the holder: {status} {answer!r}")
        finally:
            raw.close()
        stream = RawStream(self.socket)
        for cid in (self.holder, self.target):
            with open(self.tar, "rb") as f:
                status, _, _ = stream.count("PUT", self.put_target(cid), f, self.tar_size)
            if status != 200:
                raise SystemExit(f"cannot put the 100 MB file: {status}")
        status, headers, self.archive_size = stream.count("GET", self.get_target())
        stat = json.loads(base64.b64decode(headers[b"x-docker-container-path-stat"]))
        if status != 200 or stat["size"] != SIZE or self.archive_size < SIZE:
            raise SystemExit(f"unexpected archive: {status} {stat} {self.archive_size}")
        status, _, self.export_size = stream.count("GET", self.export_target())
        if status != 200 or self.export_size < SIZE:
            raise SystemExit(f"unexpected export: {status} {self.export_size}")

    def create(self, cmd: list[str]) -> str:
        raw = RawClient(self.socket)
        try:
            body = json.dumps(
                {
                    "Image": IMAGE,
                    "Cmd": cmd,
                    "Labels": self.labels,
                    "HostConfig": {"NetworkMode": "none"},
                }
            ).encode()
            status, answer = raw.request("POST", f"/v{VERSION}/containers/create", body)
            if status != 201:
                raise SystemExit(f"cannot create a container: {status} {answer!r}")
            cid = str(json.loads(answer)["Id"])
            self.created.append(cid)
            return cid
        finally:
            raw.close()

    def get_target(self) -> str:
        path = urllib.parse.quote(PATH)
        return f"/v{VERSION}/containers/{self.holder}/archive?path={path}"

    def put_target(self, cid: str) -> str:
        return f"/v{VERSION}/containers/{cid}/archive?path={urllib.parse.quote(DIR)}"

    def export_target(self) -> str:
        return f"/v{VERSION}/containers/{self.holder}/export"

    def close(self) -> None:
        """Every container made here or labelled with this run's nonce, then the tar."""
        raw = RawClient(self.socket)
        try:
            filters = urllib.parse.quote(json.dumps({"label": [f"{LABEL}={self.nonce}"]}))
            status, answer = raw.request(
                "GET", f"/v{VERSION}/containers/json?all=1&filters={filters}"
            )
            found = [c["Id"] for c in json.loads(answer)] if status == 200 else []
            for cid in dict.fromkeys(self.created + found):
                raw.request("DELETE", f"/v{VERSION}/containers/{cid}?force=1")
        finally:
            raw.close()
            self.tmp.cleanup()


class Throughput:
    """One sample per call: MB/s; the sample's CPU seconds per GB go to ``cpu``."""

    def __init__(self) -> None:
        self.cpu: dict[str, list[float]] = {}

    def sample(self, name: str, size: int, run: Callable[[], object]) -> Callable[[], float]:
        """``run`` moves ``size`` bytes: it returns the count read, or True once sent."""

        def one() -> float:
            cpu = time.process_time()
            started = time.perf_counter()
            got = run()
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu
            if got is not True and got != size:
                raise SystemExit(f"{name} moved {got!r} bytes, expected {size}")
            self.cpu.setdefault(name, []).append(cpu * 1e9 / size)
            return size / MB / elapsed

        return one

    def scenarios(
        self, name: str, clients: dict[str, Callable[[], float]], rounds: int, **kw: Any
    ) -> list[Scenario]:
        speed = Scenario(name, "MB/s", clients, **kw)
        speed.run(rounds)
        cpu = Scenario(f"{name}: client CPU time", "CPU s/GB", {}, samples=self.cpu, **kw)
        self.cpu = {}
        return [speed, cpu]


def peak_growth(
    programs: dict[str, str], name: str, fixture: Fixture, cid: str, target: str, want: object
) -> float:
    program = (
        f"SOCKET = {fixture.socket!r}\nCID = {cid!r}\nVERSION = {VERSION!r}\n"
        f"PATH = {PATH!r}\nDIR = {DIR!r}\nTAR = {fixture.tar!r}\n"
        f"TARGET = {target!r}\n{PEAK}\n{programs[name]}\n"
        "print(json.dumps([before, peak(), count]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env(), check=False
    )
    if out.returncode != 0:
        raise SystemExit(f"{name} failed:\n{out.stderr}")
    before, after, count = json.loads(out.stdout.strip().splitlines()[-1])
    if count != want:
        raise SystemExit(f"{name} moved {count!r}, expected {want!r}")
    return float(after - before) / MB


class Clients:
    """The clients compared, on one socket, with one event loop for the async ones."""

    def __init__(self, fixture: Fixture) -> None:
        import aiodocker
        import docker

        import engine_api

        socket = fixture.socket
        self.fixture = fixture
        self.sync = engine_api.DockerClient(f"unix://{socket}")
        self.sync.ops.system_ping()
        self.loop = asyncio.new_event_loop()
        self.async_ = engine_api.AsyncDockerClient(f"unix://{socket}")
        self.run(self.async_.ops.system_ping())
        self.dockerpy = docker.APIClient(base_url=f"unix://{socket}", version=VERSION)
        self.dockerpy_objects = docker.DockerClient(base_url=f"unix://{socket}", version=VERSION)
        self.aio: Any = self.run(_aiodocker(aiodocker, socket))
        self.raw = RawClient(socket)
        self.stream = RawStream(socket)
        self.async_stream = AsyncRawStream(socket)
        self.races: dict[str, int] = {}

    def run(self, coro: Awaitable[Any]) -> Any:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        self.sync.close()
        self.run(self.async_.aclose())
        self.run(self.aio.close())
        self.loop.close()
        self.dockerpy.close()
        self.dockerpy_objects.close()
        self.raw.close()

    # -- archives and export ---------------------------------------------------------------

    def get_archive(self) -> dict[str, Callable[[], object]]:
        from docker.constants import DEFAULT_DATA_CHUNK_SIZE

        fx, path = self.fixture, PATH
        ours, ours_async, dockerpy, aio = self.sync, self.async_, self.dockerpy, self.aio

        def sync_read() -> int:
            stream, _ = ours.api.get_archive(fx.holder, path)
            with stream:
                return sum(len(chunk) for chunk in stream)

        async def async_read() -> int:
            stream, _ = await ours_async.api.get_archive(fx.holder, path)
            count = 0
            async with stream:
                async for chunk in stream:
                    count += len(chunk)
            return count

        def dockerpy_read() -> int:
            bits, _ = dockerpy.get_archive(fx.holder, path, chunk_size=DEFAULT_DATA_CHUNK_SIZE)
            return sum(len(chunk) for chunk in bits)

        async def aio_read() -> int:
            tar = await aio.containers.container(fx.holder).get_archive(path)
            return len(tar.fileobj.getbuffer())

        return {
            "engine-api sync": sync_read,
            "engine-api async": lambda: self.run(async_read()),
            "docker-py": dockerpy_read,
            "aiodocker (buffers)": lambda: self.run(aio_read()),
            "raw socket": lambda: self.stream.count("GET", fx.get_target())[2],
            "raw asyncio": lambda: self.run(self.async_stream.count("GET", fx.get_target()))[1],
        }

    def put_archive(self) -> dict[str, Callable[[], object]]:
        fx = self.fixture
        ours, ours_async, dockerpy, aio = self.sync, self.async_, self.dockerpy, self.aio

        def sync_put() -> bool:
            with open(fx.tar, "rb") as f:
                return ours.api.put_archive(fx.target, DIR, f)

        async def async_put() -> bool:
            with open(fx.tar, "rb") as f:
                return await ours_async.api.put_archive(fx.target, DIR, f)

        def dockerpy_put() -> bool:
            with open(fx.tar, "rb") as f:
                return bool(dockerpy.put_archive(fx.target, DIR, f))

        async def aio_put() -> bool:
            with open(fx.tar, "rb") as f:
                await aio.containers.container(fx.target).put_archive(DIR, f)
            return True

        def raw_put() -> bool:
            with open(fx.tar, "rb") as f:
                status = self.stream.count("PUT", fx.put_target(fx.target), f, fx.tar_size)[0]
            return status == 200

        async def raw_async_put() -> bool:
            with open(fx.tar, "rb") as f:
                target = fx.put_target(fx.target)
                status = (await self.async_stream.count("PUT", target, f, fx.tar_size))[0]
            return status == 200

        return {
            "engine-api sync": sync_put,
            "engine-api async": lambda: self.run(async_put()),
            "docker-py": dockerpy_put,
            "aiodocker": lambda: self.run(aio_put()),
            "raw socket": raw_put,
            "raw asyncio": lambda: self.run(raw_async_put()),
        }

    def export(self) -> dict[str, Callable[[], object]]:
        from docker.constants import DEFAULT_DATA_CHUNK_SIZE

        fx = self.fixture
        ours, ours_async, dockerpy = self.sync, self.async_, self.dockerpy

        def sync_read() -> int:
            stream = ours.api.export(fx.holder)
            assert not isinstance(stream, int)
            with stream:
                return sum(len(chunk) for chunk in stream)

        async def async_read() -> int:
            stream = await ours_async.api.export(fx.holder)
            assert not isinstance(stream, int)
            count = 0
            async with stream:
                async for chunk in stream:
                    count += len(chunk)
            return count

        def dockerpy_read() -> int:
            return sum(len(c) for c in dockerpy.export(fx.holder, DEFAULT_DATA_CHUNK_SIZE))

        return {
            "engine-api sync": sync_read,
            "engine-api async": lambda: self.run(async_read()),
            "docker-py": dockerpy_read,
            "raw socket": lambda: self.stream.count("GET", fx.export_target())[2],
            "raw asyncio": lambda: self.run(self.async_stream.count("GET", fx.export_target()))[1],
        }

    # -- lifecycle and exec ----------------------------------------------------------------

    def lifecycle(self) -> dict[str, Callable[[], None]]:
        from engine_api_binding.models import ContainerCreateRequest, HostConfig

        labels = self.fixture.labels
        ours, ours_async, dockerpy, objects, aio, raw = (
            self.sync,
            self.async_,
            self.dockerpy,
            self.dockerpy_objects,
            self.aio,
            self.raw,
        )
        body = ContainerCreateRequest.from_dict(
            {
                "Image": IMAGE,
                "Cmd": ["true"],
                "Labels": labels,
                "HostConfig": {"NetworkMode": "none"},
            }
        )
        assert isinstance(body.host_config, HostConfig)
        raw_body = json.dumps(body.to_dict()).encode()

        def ours_objects() -> None:
            container = ours.containers.create(
                IMAGE, ["true"], network_mode="none", labels=labels, pull=False
            )
            container.start()
            exited(container.wait().status_code)
            container.remove()

        def ours_api() -> None:
            cid = ours.ops.container_create(body=body).id
            ours.ops.container_start(cid)
            exited(ours.api.wait(cid).status_code)
            ours.ops.container_delete(cid)

        async def ours_async_objects() -> None:
            container = await ours_async.containers.create(
                IMAGE, ["true"], network_mode="none", labels=labels, pull=False
            )
            await container.start()
            exited((await container.wait()).status_code)
            await container.remove()

        def dockerpy_objects() -> None:
            container = objects.containers.create(
                IMAGE, ["true"], network_mode="none", labels=labels
            )
            container.start()
            exited(container.wait()["StatusCode"])
            container.remove()

        def dockerpy_api() -> None:
            cid = dockerpy.create_container(
                IMAGE,
                ["true"],
                labels=labels,
                host_config=dockerpy.create_host_config(network_mode="none"),
            )["Id"]
            dockerpy.start(cid)
            exited(dockerpy.wait(cid)["StatusCode"])
            dockerpy.remove_container(cid)

        async def aio_cycle() -> None:
            container = await aio.containers.create(body.to_dict())
            await container.start()
            exited((await container.wait())["StatusCode"])
            await container.delete()

        def raw_cycle() -> None:
            _, answer = raw.request("POST", f"/v{VERSION}/containers/create", raw_body)
            cid = json.loads(answer)["Id"]
            raw.request("POST", f"/v{VERSION}/containers/{cid}/start")
            exited(
                json.loads(raw.request("POST", f"/v{VERSION}/containers/{cid}/wait")[1])[
                    "StatusCode"
                ]
            )
            raw.request("DELETE", f"/v{VERSION}/containers/{cid}")

        return {
            "engine-api sync (objects)": ours_objects,
            "engine-api sync (client.api)": ours_api,
            "engine-api async (objects)": lambda: self.run(ours_async_objects()),
            "docker-py DockerClient": dockerpy_objects,
            "docker-py APIClient": dockerpy_api,
            "aiodocker": lambda: self.run(aio_cycle()),
            "raw socket": raw_cycle,
        }

    def exec_true(self) -> dict[str, Callable[[], None]]:
        """One exec each. Should the output end before the engine has recorded the exit
        code (inspect saying ``Running``, ``ExitCode`` null), every client inspects again
        until it is there, and ``races`` counts those extra calls (printed if any)."""
        holder = self.fixture.holder
        ours, ours_async, dockerpy, aio, raw = (
            self.sync,
            self.async_,
            self.dockerpy,
            self.aio,
            self.raw,
        )
        aio_holder = aio.containers.container(holder)
        create = json.dumps({"Cmd": ["true"], "AttachStdout": True, "AttachStderr": True})
        start = json.dumps({"Detach": False, "Tty": False}).encode()
        races = self.races

        def late(name: str) -> None:
            races[name] = races.get(name, 0) + 1

        def ours_exec() -> None:
            result = ours.api.exec_run(holder, ["true"])
            code = result.exit_code
            while code is None:
                late("engine-api sync")
                code = known(ours.api.exec_inspect(result.exec_id).exit_code)
            exited(code)

        async def ours_async_exec() -> None:
            result = await ours_async.api.exec_run(holder, ["true"])
            code = result.exit_code
            while code is None:
                late("engine-api async")
                code = known((await ours_async.api.exec_inspect(result.exec_id)).exit_code)
            exited(code)

        def dockerpy_exec() -> None:  # what docker-py's Container.exec_run does
            exec_id = dockerpy.exec_create(holder, ["true"])["Id"]
            dockerpy.exec_start(exec_id)
            while (code := dockerpy.exec_inspect(exec_id)["ExitCode"]) is None:
                late("docker-py")
            exited(code)

        async def aio_exec() -> None:
            execution = await aio_holder.exec(["true"])
            async with execution.start() as stream:
                while await stream.read_out() is not None:
                    pass
            while (code := (await execution.inspect())["ExitCode"]) is None:
                late("aiodocker")
            exited(code)

        def raw_exec() -> None:
            target = f"/v{VERSION}/containers/{holder}/exec"
            exec_id = json.loads(raw.request("POST", target, create.encode())[1])["Id"]
            self.stream.count("POST", f"/v{VERSION}/exec/{exec_id}/start", start)
            inspect = f"/v{VERSION}/exec/{exec_id}/json"
            while (code := json.loads(raw.request("GET", inspect)[1])["ExitCode"]) is None:
                late("raw socket")
            exited(code)

        return {
            "engine-api sync": ours_exec,
            "engine-api async": lambda: self.run(ours_async_exec()),
            "docker-py": dockerpy_exec,
            "aiodocker": lambda: self.run(aio_exec()),
            "raw socket": raw_exec,
        }

    # -- events ----------------------------------------------------------------------------

    def events(self) -> dict[str, Callable[[float, Callable[[], None]], int]]:
        """Readers: each opens a stream of the holder's events since ``t0``, calls ``go``
        (the helper starts creating execs), reads EVENTS of them, and returns how many
        exec_create events it saw (all of them, or the sample fails)."""
        label = f"{LABEL}={self.fixture.nonce}"
        filters = {"label": [label], "type": ["container"]}
        query = urllib.parse.quote(json.dumps(filters))
        ours, ours_async, dockerpy, aio = self.sync, self.async_, self.dockerpy, self.aio

        def sync_read(t0: float, go: Callable[[], None]) -> int:
            seen = 0
            with ours.events(since=t0, filters=filters) as stream:
                go()
                for event in stream:
                    seen += str(event.action).startswith("exec_create")
                    if seen == EVENTS:
                        break
            return seen

        async def async_read(t0: float, go: Callable[[], None]) -> int:
            seen = 0
            async with await ours_async.events(since=t0, filters=filters) as stream:
                go()
                async for event in stream:
                    seen += str(event.action).startswith("exec_create")
                    if seen == EVENTS:
                        break
            return seen

        def dockerpy_read(t0: float, go: Callable[[], None]) -> int:
            seen = 0
            stream = dockerpy.events(
                since=t0, filters={"label": label, "type": "container"}, decode=True
            )
            try:
                go()
                for event in stream:
                    seen += event["Action"].startswith("exec_create")
                    if seen == EVENTS:
                        break
            finally:
                stream.close()
            return seen

        async def aio_read(t0: float, go: Callable[[], None]) -> int:
            seen = 0
            subscriber = aio.events.subscribe(since=f"{t0:.9f}", filters=json.dumps(filters))
            try:
                go()
                while seen < EVENTS:
                    event = await subscriber.get()
                    if event is None:
                        break
                    seen += event["Action"].startswith("exec_create")
            finally:
                await aio.events.stop()
                del subscriber
            return seen

        def raw_read(t0: float, go: Callable[[], None]) -> int:
            seen = 0

            def on_message(event: Any) -> bool:
                nonlocal seen
                seen += event["Action"].startswith("exec_create")
                return bool(seen == EVENTS)

            target = f"/v{VERSION}/events?since={t0:.9f}&filters={query}"
            self.stream.json_lines(target, on_message, on_open=go)
            return seen

        return {
            "engine-api sync": sync_read,
            "engine-api async": lambda t0, go: self.run(async_read(t0, go)),
            "docker-py decode=True": dockerpy_read,
            "aiodocker": lambda t0, go: self.run(aio_read(t0, go)),
            "raw socket": raw_read,
        }


async def _aiodocker(aiodocker: Any, socket: str) -> Any:
    client = aiodocker.Docker(url=f"unix://{socket}")
    await client.version()
    return client


def known(code: object) -> int | None:
    """An exec's exit code, None while it is not recorded (null or absent)."""
    return code if isinstance(code, int) else None


def exited(code: object) -> None:
    if code != 0:
        raise SystemExit(f"the command exited with {code!r}")


def per_op(run: Callable[[], None], count: int) -> Callable[[], float]:
    def sample() -> float:
        started = time.perf_counter()
        for _ in range(count):
            run()
        return (time.perf_counter() - started) * 1000 / count

    return sample


@contextlib.contextmanager
def generator(fixture: Fixture) -> Iterator[Callable[[], Callable[[], None]]]:
    """The helper creating execs: yields ``start`` (it sends the order and returns the
    function that waits for the helper to be done)."""
    program = f"SOCKET = {fixture.socket!r}\nCID = {fixture.holder!r}\nVERSION = {VERSION!r}\n"
    process = subprocess.Popen(
        [sys.executable, "-c", program + GENERATOR],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env(),
    )
    assert process.stdin is not None and process.stdout is not None
    stdin, stdout = process.stdin, process.stdout
    try:
        if stdout.readline().strip() != "ready":
            raise SystemExit("the event generator did not start")

        def start() -> Callable[[], None]:
            stdin.write(f"{EVENTS}\n")
            stdin.flush()

            def done() -> None:
                if stdout.readline().strip() != "done":
                    raise SystemExit("the event generator failed")

            return done

        yield start
    finally:
        stdin.close()
        process.wait(30)


def events(clients: Clients, fixture: Fixture, rounds: int) -> list[Scenario]:
    """Events/s from the helper's start to the last event read; CPU ms per 1000 events."""
    cpu: dict[str, list[float]] = {}
    with generator(fixture) as start:

        def sample(
            name: str, read: Callable[[float, Callable[[], None]], int]
        ) -> Callable[[], float]:
            def one() -> float:
                began: list[float] = []
                waits: list[Callable[[], None]] = []

                def go() -> None:
                    began.append(time.perf_counter())
                    waits.append(start())

                t0 = time.time()
                process = time.process_time()
                seen = read(t0, go)
                elapsed = time.perf_counter() - began[0]
                process = time.process_time() - process
                waits[0]()
                if seen != EVENTS:
                    raise SystemExit(f"{name} saw {seen} events, expected {EVENTS}")
                cpu.setdefault(name, []).append(process * 1000 * 1000 / EVENTS)
                return EVENTS / elapsed

            return one

        speed = Scenario(
            f"events at a high rate: {EVENTS} exec_create events read and decoded",
            "events/s",
            {name: sample(name, read) for name, read in clients.events().items()},
            baseline="raw socket",
            also="docker-py decode=True",
        )
        speed.run(rounds)
    cost = Scenario(
        "events: client CPU time",
        "CPU ms/1000 events",
        {},
        baseline="raw socket",
        also="docker-py decode=True",
        samples=cpu,
    )
    return [speed, cost]


def main(rounds: int = 15) -> str:
    socket = socket_path()
    big = min(rounds, BULK_ROUNDS)
    ops = min(rounds, OP_ROUNDS)
    scenarios: list[Scenario] = []
    fixture = Fixture(socket)
    try:
        fixture.setup()
        clients = Clients(fixture)
        try:
            counter = Throughput()
            for title, size, runs in (
                (
                    f"get_archive of a {SIZE // MB} MB file",
                    fixture.archive_size,
                    clients.get_archive(),
                ),
                (
                    f"put_archive of a {fixture.tar_size // MB} MB tar from a file",
                    fixture.tar_size,
                    clients.put_archive(),
                ),
                (
                    f"export of a container ({fixture.export_size // MB} MB)",
                    fixture.export_size,
                    clients.export(),
                ),
            ):
                scenarios += counter.scenarios(
                    title,
                    {name: counter.sample(name, size, run) for name, run in runs.items()},
                    big,
                    baseline="raw socket",
                    also="docker-py",
                )
            lifecycle = Scenario(
                "create+start+wait+remove of true (no network)",
                "ms/cycle",
                {name: per_op(run, CYCLES) for name, run in clients.lifecycle().items()},
                baseline="docker-py APIClient",
                also="docker-py DockerClient",
            )
            lifecycle.run(ops)
            execs = Scenario(
                "exec of true (create, start, inspect)",
                "ms/exec",
                {name: per_op(run, EXECS) for name, run in clients.exec_true().items()},
                baseline="docker-py",
                also="raw socket",
            )
            execs.run(ops)
            if clients.races:
                print(
                    f"exec: exit code not recorded yet at the end of the output, inspected "
                    f"again (times per client): {clients.races}",
                    file=sys.stderr,
                )
            scenarios += [lifecycle, execs]
            scenarios += events(clients, fixture, ops)
        finally:
            clients.close()
        for title, programs, cid, target, want in (
            ("get_archive", MEMORY_GET, fixture.holder, fixture.get_target(), fixture.archive_size),
            ("put_archive", MEMORY_PUT, fixture.target, fixture.put_target(fixture.target), True),
        ):
            memory = Scenario(
                f"peak RSS growth, {title} of 100 MB (fresh process)",
                "MB",
                {
                    name: functools.partial(peak_growth, programs, name, fixture, cid, target, want)
                    for name in programs
                },
                baseline="raw socket",
                also="docker-py",
            )
            memory.run(MEMORY_ROUNDS)
            scenarios.append(memory)
        return report(scenarios, ROOT / "benchmarks" / "results", "Archives and operations")
    finally:
        fixture.close()


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
