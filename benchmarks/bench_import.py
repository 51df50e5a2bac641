"""Cold import plus the first call, each in a fresh interpreter.

Run it with ``scripts/bench``: in a virtual environment that holds only the
runtime dependencies and the clients compared, as a user's would. (In a
development environment, packages that codegen pulls in, such as click and
rich, make ``import httpx`` load its command line too.)

Each sample is one new ``python`` process that imports a client, connects to
the engine named by DOCKER_HOST (a unix socket) and asks ``/version`` once;
the process measures itself from its first line, so interpreter start-up,
which all clients share, is left out.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.harness import Scenario, report

ROOT = Path(__file__).resolve().parent.parent

CLIENTS = {
    "engine-api": """
import engine_api
with engine_api.from_env() as client:
    assert client.ops.system_version().api_version
""",
    "engine-api (binding)": """
import engine_api_binding.api.system.system_version as op
from engine_api_binding import Client
import httpx
# A unix socket never negotiates TLS: no CA bundle to load (verify=False).
transport = httpx.HTTPTransport(uds=SOCKET, verify=False)
client = Client(base_url="http://docker/v1.41", raise_on_unexpected_status=True,
                httpx_args={"transport": transport})
assert op.sync(client=client) is not None
""",
    "docker-py": """
import docker
assert docker.DockerClient(base_url="unix://" + SOCKET).version()
""",
    "aiodocker": """
import asyncio, aiodocker
async def main():
    async with aiodocker.Docker(url="unix://" + SOCKET) as d:
        assert await d.version()
asyncio.run(main())
""",
    "raw socket": """
import socket, json
s = socket.socket(socket.AF_UNIX); s.connect(SOCKET)
s.sendall(b"GET /version HTTP/1.0\\r\\nHost: docker\\r\\n\\r\\n")  # 1.0: no chunking
data = b""
while chunk := s.recv(65536):
    data += chunk
assert json.loads(data.split(b"\\r\\n\\r\\n", 1)[1])
""",
}
IMPORT_ONLY = {
    "engine-api": "import engine_api",
    "engine-api (binding)": "import engine_api_binding.api.system.system_version",
    "docker-py": "import docker",
    "aiodocker": "import aiodocker",
}


def socket_path() -> str:
    host = os.environ.get("DOCKER_HOST", "")
    if not host.startswith("unix://"):
        raise SystemExit(
            "set DOCKER_HOST to the private engine's unix:// socket (scripts/bench does)"
        )
    return host.removeprefix("unix://")


def timed(code: str, socket: str) -> float:
    program = (
        "import time; _t0 = time.perf_counter()\n"
        f"SOCKET = {socket!r}\n"
        f"{code}\n"
        "print(time.perf_counter() - _t0)\n"
    )
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'generated'}")
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout.strip().splitlines()[-1])


def scenarios(socket: str) -> list[Scenario]:
    return [
        Scenario(
            "cold import + first call (/version)",
            "s",
            {name: functools.partial(timed, code, socket) for name, code in CLIENTS.items()},
            baseline="docker-py",
        ),
        Scenario(
            "cold import only",
            "s",
            {name: functools.partial(timed, code, socket) for name, code in IMPORT_ONLY.items()},
            baseline="docker-py",
        ),
    ]


def main(rounds: int = 15) -> str:
    found = scenarios(socket_path())
    for scenario in found:
        scenario.run(rounds)
    return report(found, ROOT / "benchmarks" / "results", "Import")


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
