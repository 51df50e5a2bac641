"""scripts/install: what it installs, where, and what it says when it cannot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALL = ROOT / "scripts" / "install"
# Every program scripts/install promises, and the package it comes from.
PROGRAMS = {
    "dockerd": "docker.io",
    "docker-registry": "docker-registry",
    "sshd": "openssh-server",
    "ssh": "openssh-client",
    "ssh-keygen": "openssh-client",
    "openssl": "openssl",
}


def dry_run(search_path: Path, *, user: str | None = None) -> str:
    command = ["bash", str(INSTALL), "--dry-run"]
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    env = {**os.environ, "INSTALL_SEARCH_PATH": str(search_path)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stderr


def fake_programs(directory: Path, *names: str) -> Path:
    directory.mkdir()
    for name in names:
        path = directory / name
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
    return directory


def test_the_tests_run_in_the_projects_venv() -> None:
    if os.environ.get("ENGINE_API_STARTED_BY") != "scripts/test":
        pytest.skip("checks scripts/test's interpreter, and this run was not started by it")
    assert Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
    assert sys.prefix != sys.base_prefix  # a virtual environment, not the system Python
    # and its tools come first on PATH, as if activated (tests that run ruff find it)
    ruff = shutil.which("ruff")
    assert ruff is not None and Path(ruff).parent == ROOT / ".venv" / "bin"


def test_under_ci_every_promised_program_is_installed() -> None:
    if not os.environ.get("CI"):
        pytest.skip("CI is not set: outside CI a machine may lack what needs root")
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    missing = [name for name in PROGRAMS if shutil.which(name, path=search) is None]
    assert missing == []
    assert Path("/bin/busybox").is_file()


def test_an_existing_docker_is_kept(tmp_path: Path) -> None:
    """docker.io is asked for only when no dockerd is there (docker-ce's included)."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("the apt plan is printed only as root on a system with apt-get")
    said = dry_run(fake_programs(tmp_path / "bin", "dockerd", "openssl"))
    assert "missing: docker-registry sshd ssh ssh-keygen" in said
    planned = said.split("would apt-get install:", 1)[1].split("\n", 1)[0].split()
    assert planned == ["docker-registry", "openssh-server", "openssh-client"]
    assert "docker.io" not in said


def test_with_nothing_there_everything_is_planned(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("the apt plan is printed only as root on a system with apt-get")
    said = dry_run(fake_programs(tmp_path / "bin"))
    planned = said.split("would apt-get install:", 1)[1].split("\n", 1)[0].split()
    assert set(planned) == set(PROGRAMS.values())


def test_without_root_it_names_what_it_cannot_install(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("needs root and runuser to run the script as an ordinary user")
    said = dry_run(tmp_path / "nothing-here", user="nobody")
    assert "not root, so these are not installed: dockerd docker-registry sshd" in said
    assert "as root: apt-get install docker.io docker-registry openssh-server" in said
    assert "would apt-get install" not in said
