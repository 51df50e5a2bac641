"""docker-py code runs on engine-api by changing its import, with the same results, and the
ported code passes mypy --strict (tests/porting/docker_py_script.py says what it does)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "porting" / "docker_py_script.py"
IMPORT = "import docker  # the line the port changes\n"
PORTED = "import engine_api as docker  # the line the port changes\n"


def ported(directory: Path) -> Path:
    source = SCRIPT.read_text()
    assert source.count(IMPORT) == 1
    path = directory / "ported_script.py"
    path.write_text(source.replace(IMPORT, PORTED))
    return path


def run(script: Path, image: str, docker_host: str, suffix: str) -> dict[str, Any]:
    env = {
        **os.environ,
        "DOCKER_HOST": docker_host,
        "PORT_IMAGE": image,
        "PORT_SUFFIX": suffix,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
    }
    result = subprocess.run(
        [sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return dict(json.loads(result.stdout.splitlines()[-1]))


def test_docker_py_code_runs_on_engine_api_by_changing_the_import(
    tmp_path: Path, test_image: str, docker_host: str
) -> None:
    pytest.importorskip("docker", reason="docker-py (the bench extra) is what this compares to")
    # one suffix for both runs: the names they make (and print) are the same; the first
    # run removes all it made before the second starts
    suffix = uuid.uuid4().hex[:8]
    theirs = run(SCRIPT, test_image, docker_host, suffix)
    ours = run(ported(tmp_path), test_image, docker_host, suffix)
    assert ours == theirs
    # and what both saw is right, not only the same
    assert ours["run"] == "hello\n" and ours["state"] == "running" and ours["running"] is True
    assert ours["exec"] == [0, "hi\n"] and ours["exec_code"] == [3, 3]
    assert ours["stdout"] == "out\n" and ours["stderr"] == "err\n"
    assert ours["removed"] == 404 and ours["tagged"] is True
    assert ours["low_logs"] == "low\n512\n" and ours["low_memory"] == 64 * 1024 * 1024
    assert ours["low_listed"] == [True] and ours["low_images"] is True


def test_ported_code_passes_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(ported(tmp_path))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
