"""The project's own checks, so that CI (which runs the tests) enforces them:
ruff lint and format over the tree, mypy --strict over the typed packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPED = ["engine_api", "codegen", "examples", "benchmarks", "generated/engine_api_binding"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("command", [("check", "."), ("format", "--check", ".")])
def test_ruff(command: tuple[str, ...]) -> None:
    result = run("ruff", *command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    targets = [t for t in TYPED if (ROOT / t).is_dir() and any((ROOT / t).rglob("*.py"))]
    assert "codegen" in targets and "generated/engine_api_binding" in targets
    result = run("mypy", "--strict", *targets)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr
