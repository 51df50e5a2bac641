"""The README's first Python example runs to its end against the engine (an example that
follows a server's logs forever, or fails, fails here)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.engine


def _first_python_block() -> str:
    found = re.search(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.M | re.S)
    assert found, "README.md has no ```python block"
    return found.group(1)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_readme_first_example_ends(docker_host: str, test_image: str) -> None:
    example = _first_python_block()
    assert "busybox" in example and "8080" in example
    # The test image for busybox (nothing is pulled); a free port for the example's server,
    # which runs on the host's network.
    program = re.sub(r'"busybox"', repr(test_image), example).replace("8080", str(_free_port()))
    env = {
        **os.environ,
        "DOCKER_HOST": docker_host,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
    }
    env.pop("DOCKER_CONTEXT", None)
    ran = subprocess.run(
        [sys.executable, "-c", program],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("b'hello\\n'\n"), ran.stdout
