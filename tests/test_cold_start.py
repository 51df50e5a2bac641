"""The default path imports no httpx (issue 14): a program that imports engine_api and talks
to an engine through its own transport, sync or asyncio, never loads httpx, httpcore or
h11, nor more of the binding's models than its calls answer with (nor, in the thread
flavour, attrs, dataclasses, inspect or logging). Each check runs in a new
interpreter, so that nothing this test session imported counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("httpx", "httpcore", "h11", "anyio")

PROGRAM = """
import json, sys
import engine_api
with engine_api.DockerClient() as client:
    client.version()
    client.ping()
    listed = client.containers.list(all=True)
    [c.name for c in listed]
    client.api.info()
loaded = sorted({m.split(".")[0] for m in sys.modules})
models = [m for m in sys.modules if m.startswith("engine_api_binding.models.")]
print(json.dumps({"loaded": loaded, "models": len(models)}))
"""

ASYNC_PROGRAM = """
import asyncio, json, sys
import engine_api
async def main():
    async with engine_api.AsyncDockerClient() as client:
        await client.version()
        await client.containers.list(all=True)
asyncio.run(main())
print(json.dumps({"loaded": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def run(program: str, docker_host: str) -> dict[str, object]:
    env = {**os.environ, "DOCKER_HOST": docker_host, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}
    done = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_thread_flavour_never_imports_httpx(docker_host: str, test_image: str) -> None:
    result = run(PROGRAM, docker_host)
    loaded = result["loaded"]
    assert isinstance(loaded, list)
    assert not [name for name in HEAVY if name in loaded], loaded
    assert "asyncio" not in loaded  # the thread flavour does not need it either
    assert "ssl" not in loaded and "subprocess" not in loaded  # for TLS and ssh engines only
    # models are plain classes, value classes are not dataclasses, loggers wait for logging:
    # attrs and dataclasses load inspect (with ast and dis), together more than the calls here
    assert not [
        name for name in ("attrs", "attr", "dataclasses", "inspect", "logging") if name in loaded
    ], loaded
    # version, ping, a list and info (SystemInfo alone nests a hundred): their answers'
    # models, not all 375 of the binding
    models = result["models"]
    assert isinstance(models, int) and 0 < models < 200


def test_the_asyncio_flavour_never_imports_httpx(docker_host: str) -> None:
    loaded = run(ASYNC_PROGRAM, docker_host)["loaded"]
    assert isinstance(loaded, list)
    assert not [name for name in HEAVY if name in loaded], loaded
