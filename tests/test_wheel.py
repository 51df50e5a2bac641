"""The wheel as a user gets it: built from this tree, installed (not editable) in a clean venv
with mypy and nothing else, and used from a directory outside the tree, so nothing can import
the checkout. mypy --strict on tests/typing/reveal_installed.py must see the precise types
(no ``Any``), which needs the ``py.typed`` markers of both packages in the wheel.

Building the wheel and the venv reach PyPI (the build backend, the runtime dependencies and
mypy); the session fixture does it once. Select these tests with ``-m wheel``.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import TEST_LABEL
from tests.reveal import check_reveals

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing" / "reveal_installed.py"
PACKAGES = {
    "engine_api": ROOT / "engine_api",
    "engine_api_binding": ROOT / "generated" / "engine_api_binding",
}
# What would make the venv's interpreter or mypy look at the checkout or another environment.
LEAKY = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "MYPYPATH", "VIRTUAL_ENV", "PYTHONSAFEPATH")


@dataclass(frozen=True)
class Installed:
    wheel: Path
    python: Path
    site_packages: Path
    workdir: Path
    """An empty directory outside the source tree, to run things from."""
    env: dict[str, str]
    """The environment without what would point the interpreter or mypy elsewhere."""

    def run(
        self, *args: str | os.PathLike[str], env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return _run([self.python, *args], cwd=self.workdir, env={**self.env, **(env or {})})


def _run(
    command: Sequence[str | os.PathLike[str]], *, cwd: Path, env: Mapping[str, str]
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [os.fspath(part) for part in command],
        cwd=cwd,
        env=dict(env),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    assert not base.resolve().is_relative_to(ROOT)
    env = {name: value for name, value in os.environ.items() if name not in LEAKY}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    workdir = base / "user"
    workdir.mkdir()
    pip = ["-m", "pip", "--no-input", "-q"]
    _run(
        [sys.executable, *pip, "wheel", "--no-deps", "-w", base / "dist", ROOT],
        cwd=workdir,
        env=env,
    )
    (wheel,) = (base / "dist").glob("engine_api-*.whl")
    _run([sys.executable, "-m", "venv", base / "venv"], cwd=workdir, env=env)
    python = base / "venv" / "bin" / "python"
    # The mypy of this environment, so both reveal tests read the same notation.
    mypy = f"mypy=={importlib.metadata.version('mypy')}"
    _run([python, *pip, "install", wheel, mypy], cwd=workdir, env=env)
    purelib = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        cwd=workdir,
        env=env,
    ).stdout.strip()
    return Installed(wheel, python, Path(purelib), workdir, env)


def test_the_wheel_ships_every_module_and_both_py_typed(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for package, source in PACKAGES.items():
        assert f"{package}/py.typed" in names
        modules = {f"{package}/{p.relative_to(source).as_posix()}" for p in source.rglob("*.py")}
        assert modules and modules <= names, sorted(modules - names)[:10]
        assert (installed.site_packages / package / "py.typed").is_file()
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_packages_import_from_the_venv_not_the_checkout(installed: Installed) -> None:
    shown = installed.run(
        "-c",
        "import json, sys, engine_api, engine_api_binding, engine_api._async.client;"
        "print(json.dumps([sys.prefix, engine_api.__file__, engine_api_binding.__file__,"
        " engine_api._async.client.__file__]))",
    )
    prefix, *files = json.loads(shown.stdout)
    assert Path(prefix) == installed.python.parent.parent
    for file in map(Path, files):
        assert file.is_relative_to(installed.site_packages), file
        assert not file.resolve().is_relative_to(ROOT), file


def test_mypy_strict_sees_precise_types_from_the_installed_wheel(installed: Installed) -> None:
    script = installed.workdir / SAMPLE.name
    shutil.copyfile(SAMPLE, script)
    reveals = check_reveals(installed.python, script, cwd=installed.workdir, env=installed.env)
    assert len(reveals.expected) >= 50
    assert not reveals.errors, reveals.output
    assert reveals.with_any() == {}
    assert reveals.revealed == reveals.expected, reveals.output


def test_the_installed_wheel_runs_a_container(
    installed: Installed, docker_host: str, test_image: str
) -> None:
    """The wheel works with the dependency versions a new user gets today, in both flavours."""
    program = f"""
import asyncio, json, engine_api

labels = {{{TEST_LABEL!r}: "1"}}
with engine_api.from_env() as client:
    out = client.containers.run({test_image!r}, "echo sync", remove=True, labels=labels,
                                network_mode="none")
    pinged = client.ping()
    version = client.api_version

async def main():
    async with engine_api.AsyncDockerClient() as client:
        return await client.containers.run({test_image!r}, "echo async", remove=True,
                                           labels=labels, network_mode="none")

print(json.dumps([pinged, out.decode(), asyncio.run(main()).decode(), version]))
"""
    shown = installed.run("-c", program, env={"DOCKER_HOST": docker_host})
    pinged, sync_out, async_out, version = json.loads(shown.stdout)
    assert (pinged, sync_out, async_out) == (True, "sync\n", "async\n")
    assert isinstance(version, str) and version.count(".") == 1


CLASSIFIERS = {
    "License :: OSI Approved :: Apache Software License",
    "Operating System :: POSIX :: Linux",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Framework :: AsyncIO",
    "Typing :: Typed",
}


def test_the_wheel_carries_the_licence_and_its_metadata(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = wheel.namelist()
        (licence,) = [name for name in names if name.endswith(".dist-info/licenses/LICENSE")]
        assert wheel.read(licence) == (ROOT / "LICENSE").read_bytes()
        assert b"Apache License" in wheel.read(licence)
        (metadata_name,) = [name for name in names if name.endswith(".dist-info/METADATA")]
        metadata = wheel.read(metadata_name).decode()
    headers = [line.partition(": ") for line in metadata.split("\n\n", 1)[0].splitlines()]
    classifiers = {value for key, _, value in headers if key == "Classifier"}
    assert classifiers >= CLASSIFIERS, sorted(CLASSIFIERS - classifiers)
    assert any(value.startswith("Development Status ::") for value in classifiers)
    assert ("License-Expression", ": ", "Apache-2.0") in headers
    shown = installed.run(
        "-c",
        "import json, importlib.metadata, engine_api;"
        "print(json.dumps([engine_api.__version__, importlib.metadata.version('engine-api')]))",
    )
    version, metadata_version = json.loads(shown.stdout)
    assert version == metadata_version
    assert ("Version", ": ", version) in headers
