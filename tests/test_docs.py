"""The API reference builds (scripts/apidocs.py, pdoc) without a warning, and documents every
public name: ``engine_api.__all__``, and the public methods and properties of the public
classes of both flavours (the clients, collections, wrappers and streams), each with a
docstring and an entry in the built pages."""

from __future__ import annotations

import html
import importlib
import inspect
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import engine_api

ROOT = Path(__file__).resolve().parent.parent
# The classes people use of each flavour, on the page of the module that defines them.
FLAVOURS = ("engine_api._sync", "engine_api._async")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("apidocs")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    built = subprocess.run(
        [sys.executable, ROOT / "scripts" / "apidocs.py", out],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    assert built.stderr == "", built.stderr  # pdoc's warnings are errors
    return out


def _page(reference: Path, module: str) -> str:
    return (reference / (module.replace(".", "/") + ".html")).read_text()


def _ids(page: str) -> set[str]:
    return {html.unescape(found) for found in re.findall(r'\bid="([^"]+)"', page)}


def _public_members(cls: type) -> list[str]:
    return [
        name
        for name, value in vars(cls).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or isinstance(value, property | classmethod | staticmethod))
    ]


def _public_classes() -> list[tuple[str, type]]:
    found = []
    for package in FLAVOURS:
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            module = importlib.import_module(f"{package}.{info.name}")
            public = getattr(module, "__all__", None)  # a module's __all__ says what is public
            found += [
                (module.__name__, value)
                for name, value in vars(module).items()
                if inspect.isclass(value)
                and value.__module__ == module.__name__
                and not name.startswith("_")
                and (public is None or name in public)
            ]
    return found


def test_the_reference_has_both_flavours_and_the_models(reference: Path) -> None:
    top = _ids(_page(reference, "engine_api"))
    assert {"DockerClient", "AsyncDockerClient", "APIClient", "AsyncAPIClient"} <= top
    containers = _ids(_page(reference, "engine_api._sync.containers"))
    assert {"ContainerCollection", "ContainerCollection.run"} <= containers
    assert "AsyncContainerCollection.run" in _ids(_page(reference, "engine_api._async.containers"))
    models = _ids(_page(reference, "engine_api_binding.models"))
    assert {"ContainerSummary", "ContainerSummary.from_dict", "HostConfig"} <= models
    assert "Api.container_inspect" in _ids(_page(reference, "engine_api_binding._api"))
    assert not list(reference.glob("engine_api_binding/models/*.html"))  # one page


def test_every_name_of_all_is_documented(reference: Path) -> None:
    top = _ids(_page(reference, "engine_api"))
    for name in engine_api.__all__:
        value = getattr(engine_api, name)
        if name == "__version__":
            assert "__version__" in top
            continue
        assert inspect.getdoc(value), f"engine_api.{name} has no docstring"
        if inspect.ismodule(value):
            assert (reference / "engine_api" / f"{name}.html").is_file(), name
        else:
            assert name in top, f"engine_api.{name} is not in the reference"


def test_every_public_method_of_the_public_classes_is_documented(reference: Path) -> None:
    undocumented: list[str] = []
    missing: list[str] = []
    classes = _public_classes()
    assert len(classes) >= 40
    for module, cls in classes:
        ids = _ids(_page(reference, module))
        for name in [cls.__name__, *(f"{cls.__name__}.{m}" for m in _public_members(cls))]:
            obj = cls if name == cls.__name__ else getattr(cls, name.split(".")[1])
            if not inspect.getdoc(obj):
                undocumented.append(f"{module}.{name}")
            if name not in ids:
                missing.append(f"{module}.{name}")
    assert undocumented == []
    assert missing == [], missing
