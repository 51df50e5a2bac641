"""The service keywords are typed: mypy reports a misspelled or mistyped one on
``services.create`` and ``service.update``, in both flavours."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SAMPLE = """
from engine_api import AsyncDockerClient, DockerClient
from engine_api.types import ServiceMode


def sync_api(client: DockerClient) -> None:
    client.services.create("busybox", "true", nmae="web")
    service = client.services.create("busybox", ["true"], mode=ServiceMode("replicated", 3))
    service.update(enviroment=["A=1"])
    service.update(env=["A=1"], force_update=True)
    client.services.create("busybox", "true", replicas=3)


async def async_api(client: AsyncDockerClient) -> None:
    service = await client.services.create("busybox", env={"A": "1"}, hostname="h")
    await service.update(constraints="node.role==manager", mounts=3)
"""


def test_mypy_reports_a_misspelled_or_mistyped_service_argument(tmp_path: Path) -> None:
    sample = tmp_path / "services_sample.py"
    sample.write_text(SAMPLE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(sample)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found: dict[int, str] = {}
    for match in re.finditer(r"services_sample\.py:(\d+): error: (.*)", result.stdout):
        line = int(match.group(1))
        found[line] = found.get(line, "") + match.group(2) + "\n"
    assert found.keys() == {7, 9, 11, 16}, result.stdout  # lines 8, 10 and 15 are right
    assert 'Unexpected keyword argument "nmae"' in found[7]
    assert 'Unexpected keyword argument "enviroment"' in found[9]
    assert 'Unexpected keyword argument "replicas"' in found[11]
    assert '"mounts"' in found[16]
