"""Small calls over one persistent connection, and 200 concurrent inspects.

Each sample is ``CALLS`` calls of one kind, after a warm-up (connection open,
API version negotiated); the figure is milliseconds per call. Every client
uses its low-level API (docker-py's APIClient, aiodocker's query layer,
engine-api's ``client.api``), so the comparison is of what each adds per call;
except "list of 50 typed containers", which compares the resource models' ``list()``
(engine-api's and docker-py's inspect every container; aiodocker's gives the summaries).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from benchmarks.harness import Scenario, report
from benchmarks.raw import RawClient

ROOT = Path(__file__).resolve().parent.parent
CALLS = 200
TYPED_CALLS = 20  # a typed list inspects every container: fewer calls per sample
LABEL = "engine-api-bench=1"


def per_call(fn: Callable[[], object], calls: int = CALLS) -> Callable[[], float]:
    def sample() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - started) * 1000 / calls

    return sample


def per_call_async(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]], calls: int = CALLS
) -> Callable[[], float]:
    async def run() -> None:
        for _ in range(calls):
            await fn()

    def sample() -> float:
        started = time.perf_counter()
        loop.run_until_complete(run())
        return (time.perf_counter() - started) * 1000 / calls

    return sample


def concurrent(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]]
) -> Callable[[], float]:
    async def run() -> None:
        await asyncio.gather(*(fn() for _ in range(CALLS)))

    def sample() -> float:
        started = time.perf_counter()
        loop.run_until_complete(run())
        return (time.perf_counter() - started) * 1000 / CALLS

    return sample


def main(rounds: int = 15) -> str:
    import aiodocker
    import docker

    import engine_api

    socket = os.environ["DOCKER_HOST"].removeprefix("unix://")
    raw = RawClient(socket)
    filters = urllib.parse.quote(json.dumps({"label": [LABEL]}))
    created = []
    for i in range(50):
        body = json.dumps(
            {
                "Image": "engine-api-test/busybox:latest",
                "Cmd": ["true"],
                "Labels": {"engine-api-bench": "1"},
            }
        ).encode()
        status, answer = raw.request("POST", f"/containers/create?name=ea-bench-{i}", body)
        if status != 201:
            raise SystemExit(f"cannot create bench containers: {status} {answer!r}")
        created.append(json.loads(answer)["Id"])
    cid = created[0]
    version = json.loads(raw.request("GET", "/version")[1])["ApiVersion"]

    ours = engine_api.from_env()
    ours.ops.system_ping()
    dockerpy = docker.APIClient(base_url=f"unix://{socket}", version=version)
    # docker-py's models: its containers.list() inspects each container in turn
    dockerpy_client = docker.DockerClient(base_url=f"unix://{socket}", version=version)
    loop = asyncio.new_event_loop()
    ours_async = engine_api.AsyncDockerClient()
    aio: Any = loop.run_until_complete(_aiodocker(aiodocker, socket))
    loop.run_until_complete(ours_async.ops.system_ping())

    async def aio_inspect() -> object:
        return await aio.containers.container(cid).show()

    async def aio_ping() -> object:
        async with aio._query("_ping") as response:
            return await response.read()

    try:
        scenarios = [
            Scenario(
                "ping",
                "ms/call",
                {
                    "engine-api sync": per_call(ours.ops.system_ping),
                    "engine-api async": per_call_async(loop, ours_async.ops.system_ping),
                    "docker-py": per_call(dockerpy.ping),
                    "aiodocker": per_call_async(loop, aio_ping),
                    "raw socket": per_call(lambda: raw.request("GET", "/_ping")),
                },
                baseline="raw socket",
                also="aiodocker",
            ),
            Scenario(
                "version",
                "ms/call",
                {
                    "engine-api sync": per_call(ours.ops.system_version),
                    "engine-api async": per_call_async(loop, ours_async.ops.system_version),
                    "docker-py": per_call(dockerpy.version),
                    "aiodocker": per_call_async(loop, aio.version),
                    "raw socket": per_call(lambda: raw.request("GET", f"/v{version}/version")),
                },
                baseline="raw socket",
                also="aiodocker",
            ),
            Scenario(
                "inspect",
                "ms/call",
                {
                    "engine-api sync": per_call(lambda: ours.ops.container_inspect(cid)),
                    "engine-api async": per_call_async(
                        loop, lambda: ours_async.ops.container_inspect(cid)
                    ),
                    "docker-py": per_call(lambda: dockerpy.inspect_container(cid)),
                    "aiodocker": per_call_async(loop, aio_inspect),
                    "raw socket": per_call(
                        lambda: raw.request("GET", f"/v{version}/containers/{cid}/json")
                    ),
                },
                baseline="raw socket",
                also="aiodocker",
            ),
            Scenario(
                "list of 50 containers",
                "ms/call",
                {
                    "engine-api sync": per_call(
                        lambda: ours.ops.container_list(all_=True, filters={"label": [LABEL]})
                    ),
                    "engine-api async": per_call_async(
                        loop,
                        lambda: ours_async.ops.container_list(
                            all_=True, filters={"label": [LABEL]}
                        ),
                    ),
                    "docker-py": per_call(
                        lambda: dockerpy.containers(all=True, filters={"label": LABEL})
                    ),
                    "aiodocker": per_call_async(
                        loop, lambda: aio.containers.list(all=True, filters={"label": [LABEL]})
                    ),
                    "raw socket": per_call(
                        lambda: raw.request(
                            "GET", f"/v{version}/containers/json?all=1&filters={filters}"
                        )
                    ),
                },
                baseline="raw socket",
                also="aiodocker",
            ),
            Scenario(
                "list of 50 typed containers (containers.list())",
                "ms/call",
                {
                    "engine-api sync": per_call(
                        lambda: ours.containers.list(all=True, filters={"label": [LABEL]}),
                        TYPED_CALLS,
                    ),
                    "engine-api async": per_call_async(
                        loop,
                        lambda: ours_async.containers.list(all=True, filters={"label": [LABEL]}),
                        TYPED_CALLS,
                    ),
                    "docker-py": per_call(
                        lambda: dockerpy_client.containers.list(all=True, filters={"label": LABEL}),
                        TYPED_CALLS,
                    ),
                    "aiodocker": per_call_async(
                        loop,
                        lambda: aio.containers.list(all=True, filters={"label": [LABEL]}),
                        TYPED_CALLS,
                    ),
                    "raw socket": per_call(
                        lambda: raw.request(
                            "GET", f"/v{version}/containers/json?all=1&filters={filters}"
                        ),
                        TYPED_CALLS,
                    ),
                },
                baseline="raw socket",
                also="aiodocker",
            ),
            Scenario(
                "200 concurrent inspects (async)",
                "ms/inspect",
                {
                    "engine-api async": concurrent(
                        loop, lambda: ours_async.ops.container_inspect(cid)
                    ),
                    "aiodocker": concurrent(loop, aio_inspect),
                    "raw socket, sequential": per_call(
                        lambda: raw.request("GET", f"/v{version}/containers/{cid}/json")
                    ),
                },
                baseline="aiodocker",
            ),
        ]
        for scenario in scenarios:
            scenario.run(rounds)
        return report(scenarios, ROOT / "benchmarks" / "results", "Small calls")
    finally:
        raw.close()
        raw = RawClient(socket)  # a fresh connection, whatever happened to the first
        for container in created:
            raw.request("DELETE", f"/containers/{container}?force=1")
        ours.close()
        loop.run_until_complete(ours_async.aclose())
        loop.run_until_complete(aio.close())
        loop.close()
        dockerpy.close()
        dockerpy_client.close()
        raw.close()


async def _aiodocker(aiodocker: Any, socket: str) -> Any:
    client = aiodocker.Docker(url=f"unix://{socket}")
    await client.version()
    return client


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
