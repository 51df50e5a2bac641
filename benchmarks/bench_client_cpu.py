"""Client CPU per call, against an engine that answers at once.

The small-call figures against dockerd mix the engine's time (and a shared machine's
noise) into each client's. Here a fake engine in a separate process answers every
request at once with a real inspect body captured from the engine under test, and each
sample is the benchmark process's own CPU time per call: what each client costs, and
nothing else. Sequential inspects for every client, and 200 concurrent ones for the
asyncio clients.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from benchmarks.harness import Scenario, report
from benchmarks.raw import RawClient

ROOT = Path(__file__).resolve().parent.parent
CALLS = 200

# The fake engine: answers /_ping and /version for the clients' handshakes, and every
# other request with the captured body. Standard library only; runs as its own process.
SERVER = r"""
import asyncio, sys
sock, body_file = sys.argv[1], sys.argv[2]
body = open(body_file, "rb").read()
def answer(payload):
    return (b"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nOstype: linux\r\n"
            b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%b"
            % (len(payload), payload))
VERSION = answer(b'{"ApiVersion": "1.41", "MinAPIVersion": "1.12", "Version": "20.10"}')
PING, INSPECT = answer(b"OK"), answer(body)
async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            line = head.split(b"\r\n", 1)[0]
            if b"/_ping" in line:
                writer.write(PING)
            elif line.split(b" ")[1].endswith(b"/version"):
                writer.write(VERSION)
            else:
                writer.write(INSPECT)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    writer.close()
async def main():
    server = await asyncio.start_unix_server(handle, sock)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()
asyncio.run(main())
"""


def cpu_per_call(fn: Callable[[], object]) -> Callable[[], float]:
    def sample() -> float:
        started = time.process_time()
        for _ in range(CALLS):
            fn()
        return (time.process_time() - started) * 1e6 / CALLS

    return sample


def cpu_per_call_async(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]], *, concurrent: bool
) -> Callable[[], float]:
    async def run() -> None:
        if concurrent:
            await asyncio.gather(*(fn() for _ in range(CALLS)))
        else:
            for _ in range(CALLS):
                await fn()

    def sample() -> float:
        started = time.process_time()
        loop.run_until_complete(run())
        return (time.process_time() - started) * 1e6 / CALLS

    return sample


def capture_inspect_body(socket: str) -> bytes:
    """A real inspect answer from the engine under test (of a container made for it)."""
    raw = RawClient(socket)
    body = json.dumps({"Image": "engine-api-test/busybox:latest", "Cmd": ["true"]}).encode()
    status, answer = raw.request("POST", "/containers/create", body)
    if status != 201:
        raise SystemExit(f"cannot create the container to inspect: {status} {answer!r}")
    cid = json.loads(answer)["Id"]
    try:
        status, inspected = raw.request("GET", f"/containers/{cid}/json")
        if status != 200:
            raise SystemExit(f"cannot inspect {cid}: {status}")
        return inspected
    finally:
        raw.request("DELETE", f"/containers/{cid}?force=1")


def main(rounds: int = 15) -> str:
    import aiodocker
    import docker

    import engine_api

    engine_socket = os.environ["DOCKER_HOST"].removeprefix("unix://")
    body = capture_inspect_body(engine_socket)
    cid = json.loads(body)["Id"]
    workdir = tempfile.mkdtemp(prefix="ea-bench-cpu-")
    sock = os.path.join(workdir, "fake.sock")
    body_file = os.path.join(workdir, "inspect.json")
    Path(body_file).write_bytes(body)
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, sock, body_file], stdout=subprocess.PIPE, text=True
    )
    loop = asyncio.new_event_loop()
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        ours = engine_api.DockerClient(f"unix://{sock}", version="1.41")
        ours_async = engine_api.AsyncDockerClient(f"unix://{sock}", version="1.41")
        dockerpy = docker.APIClient(base_url=f"unix://{sock}", version="1.41")

        async def make_aiodocker() -> Any:  # aiohttp wants a running loop
            return aiodocker.Docker(url=f"unix://{sock}", api_version="v1.41")

        aio: Any = loop.run_until_complete(make_aiodocker())

        async def aio_inspect() -> object:
            return await aio._query_json(f"containers/{cid}/json")

        scenarios = [
            Scenario(
                "client CPU per inspect, sequential (fake engine answering at once)",
                "us CPU/call",
                {
                    "engine-api sync": cpu_per_call(lambda: ours.ops.container_inspect(cid)),
                    "engine-api async": cpu_per_call_async(
                        loop, lambda: ours_async.ops.container_inspect(cid), concurrent=False
                    ),
                    "docker-py": cpu_per_call(lambda: dockerpy.inspect_container(cid)),
                    "aiodocker": cpu_per_call_async(loop, aio_inspect, concurrent=False),
                },
                baseline="aiodocker",
            ),
            Scenario(
                "client CPU per inspect, 200 concurrent (fake engine answering at once)",
                "us CPU/call",
                {
                    "engine-api async": cpu_per_call_async(
                        loop, lambda: ours_async.ops.container_inspect(cid), concurrent=True
                    ),
                    "aiodocker": cpu_per_call_async(loop, aio_inspect, concurrent=True),
                },
                baseline="aiodocker",
            ),
        ]
        for scenario in scenarios:  # warm up: connections open, code paths loaded
            for sample in scenario.clients.values():
                sample()
        for scenario in scenarios:
            scenario.run(rounds)
        loop.run_until_complete(aio.close())
        loop.run_until_complete(ours_async.aclose())
        ours.close()
        dockerpy.close()
        return report(scenarios, ROOT / "benchmarks" / "results", "Client CPU")
    finally:
        loop.close()
        server.terminate()
        server.wait(timeout=10)
        for name in (sock, body_file):
            if os.path.exists(name):
                os.unlink(name)
        os.rmdir(workdir)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
