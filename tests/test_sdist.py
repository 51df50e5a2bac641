"""The sdist as a packager gets it: built from this tree by the declared build backend, it
holds the sources and nothing else, builds a wheel with every module, and regenerates its own
``generated/`` package exactly (the codegen, spec pins and overlays travel with it).

The build backend comes from PyPI into a fresh venv, once per session; like the wheel tests,
these are selected with ``-m wheel``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parent.parent
LEAKY = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "MYPYPATH", "VIRTUAL_ENV", "PYTHONSAFEPATH")
SOURCE_DIRS = ("engine_api", "generated", "codegen", "spec")
TOP_FILES = ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md")


@dataclass(frozen=True)
class Sdist:
    path: Path
    unpacked: Path
    """The sdist's one top directory, extracted."""
    env: dict[str, str]


def _run(command: Sequence[str | os.PathLike[str]], *, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(
        [os.fspath(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _source_files() -> set[str]:
    """What the sdist must hold of this tree: the top files and every source file of the
    source directories (no caches, no compiled files)."""
    found = set(TOP_FILES)
    for directory in SOURCE_DIRS:
        for path in (ROOT / directory).rglob("*"):
            relative = path.relative_to(ROOT)
            if path.is_file() and "__pycache__" not in relative.parts:
                found.add(relative.as_posix())
    return found


@pytest.fixture(scope="session")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Sdist:
    base = tmp_path_factory.mktemp("sdist")
    env = {name: value for name, value in os.environ.items() if name not in LEAKY}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    _run([sys.executable, "-m", "venv", base / "backend"], cwd=base, env=env)
    backend = base / "backend" / "bin" / "python"
    _run([backend, "-m", "pip", "install", "-q", *requires], cwd=base, env=env)
    # The backend's PEP 517 hook, run from the tree as a frontend runs it.
    dist = base / "dist"
    name = _run(
        [backend, "-c", f"import hatchling.build as b; print(b.build_sdist({str(dist)!r}))"],
        cwd=ROOT,
        env=env,
    ).strip()
    path = dist / name
    with tarfile.open(path) as archive:
        archive.extractall(base / "unpacked", filter="data")
    (unpacked,) = (base / "unpacked").iterdir()
    return Sdist(path, unpacked, env)


def test_the_sdist_holds_the_sources_and_nothing_else(sdist: Sdist) -> None:
    with tarfile.open(sdist.path) as archive:
        members = [m.name for m in archive.getmembers() if m.isfile()]
    top = {name.split("/", 1)[0] for name in members}
    assert top == {sdist.unpacked.name}
    assert sdist.unpacked.name.startswith("engine_api-")
    names = {name.split("/", 1)[1] for name in members}
    expected = _source_files()
    assert expected <= names, sorted(expected - names)[:10]
    # PKG-INFO is the backend's; hatchling always adds .gitignore.
    assert names - expected <= {"PKG-INFO", ".gitignore"}, sorted(names - expected)[:10]
    assert "engine_api/py.typed" in names and "generated/engine_api_binding/py.typed" in names


def test_a_wheel_built_from_the_sdist_has_every_module(sdist: Sdist, tmp_path: Path) -> None:
    _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp_path, sdist.unpacked],
        cwd=tmp_path,
        env=sdist.env,
    )
    (wheel,) = tmp_path.glob("engine_api-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package, source in {
        "engine_api": ROOT / "engine_api",
        "engine_api_binding": ROOT / "generated" / "engine_api_binding",
    }.items():
        modules = {f"{package}/{p.relative_to(source).as_posix()}" for p in source.rglob("*.py")}
        assert modules and modules <= names, sorted(modules - names)[:10]
        assert f"{package}/py.typed" in names


def test_the_sdist_regenerates_its_generated_package_exactly(sdist: Sdist) -> None:
    spec_dir = os.environ.get("ENGINE_API_SPEC_DIR")
    if not spec_dir:
        pytest.skip("ENGINE_API_SPEC_DIR is not set: the pinned specs are not on this machine")
    env = {**sdist.env, "ENGINE_API_SPEC_DIR": spec_dir}
    said = _run([sys.executable, "-m", "codegen", "check"], cwd=sdist.unpacked, env=env)
    assert "generated/ is current" in said
