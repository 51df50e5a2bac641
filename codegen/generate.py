"""Run the pipeline and write (or check) ``generated/``.

load + verify -> overlays -> Swagger 2.0 to OpenAPI -> normalize ->
openapi-python-client (our config and template overrides, in-process) ->
post-process -> ruff with the project's settings -> ``generated/``.
"""

from __future__ import annotations

import copy
import difflib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from codegen import carry, convert, model_types, naming, normalize, overlays, postprocess, specs

PACKAGE = "engine_api_binding"
GENERATED_DIR = specs.ROOT / "generated"
PACKAGE_DIR = GENERATED_DIR / PACKAGE
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
EXPECTED_WARNINGS = specs.SPEC_DIR / "expected-warnings.txt"


class GenerationError(Exception):
    pass


def build_document(spec_dir: Path | None) -> dict[str, Any]:
    """The normalized OpenAPI 3.1 document the binding is generated from."""
    newest = specs.newest_version()
    swagger = copy.deepcopy(specs.load(newest, spec_dir))
    overlays.apply(swagger, overlays.load_all())
    older = [
        (pin.version, specs.load(pin.version, spec_dir))
        for pin in reversed(specs.pins())
        if pin.version != newest
    ]
    carry.carry_removed(swagger, older)
    return normalize.normalize(convert.convert(swagger))


@contextmanager
def _our_names() -> Iterator[None]:
    """Use codegen.naming's snake_case inside the generator while it runs."""
    from openapi_python_client import strings
    from openapi_python_client.schema.untrusted_string import UntrustedString

    original = strings.snake_case

    def snake_case(value: str | UntrustedString) -> str:
        if isinstance(value, UntrustedString):
            value = value.get_untrusted_value()
        return naming.snake_case(value)

    strings.snake_case = snake_case
    try:
        yield
    finally:
        strings.snake_case = original


def _run_generator(doc: dict[str, Any], out: Path) -> list[str]:
    """Generate into ``out``; return the generator's warnings, one text each."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile(
            project_name_override="engine-api-binding",
            package_name_override=PACKAGE,
            post_hooks=[],  # ruff runs afterwards, with the project's settings
            literal_enums=True,
            docstrings_on_attributes=True,
        ),
        MetaType.NONE,
        document_source=out / "openapi.json",
        file_encoding="utf-8",
        overwrite=True,
        output_path=out,
    )
    with _our_names():
        data = GeneratorData.from_dict(doc, config=config)
        if isinstance(data, GeneratorError):
            raise GenerationError(f"{data.header}: {data.detail}")
        model_types.rename_reserved(data, config)
        project = Project(openapi=data, config=config, custom_template_path=TEMPLATE_DIR)
        project.env.filters.update(model_types.FILTERS)
        errors = project.build()
        # Our own module, rendered with the generator's parsed endpoints and filters.
        bound = project.env.get_template("bound_api.py.jinja")
        (out / "_api.py").write_text(bound.render())
    return [f"{e.header}: {e.detail}" if e.detail else str(e.header) for e in errors]


def _ruff(directory: Path) -> None:
    config = str(specs.ROOT / "pyproject.toml")
    for args in (
        ["check", "--fix-only", "--exit-zero", "--quiet"],
        ["format", "--quiet"],
    ):
        subprocess.run(
            [sys.executable, "-m", "ruff", *args, "--config", config, str(directory)],
            check=True,
        )


def expected_warnings() -> list[str]:
    if not EXPECTED_WARNINGS.exists():
        return []
    lines = EXPECTED_WARNINGS.read_text().splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def read_tree(directory: Path) -> dict[str, bytes]:
    """Every file below ``directory`` (bytecode caches aside), by relative path."""
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def render(spec_dir: Path | None) -> tuple[dict[str, bytes], list[str]]:
    """Every file of the package, by path relative to it, and the warnings."""
    doc = build_document(spec_dir)
    with tempfile.TemporaryDirectory(prefix="engine-api-codegen-") as tmp:
        out = Path(tmp) / PACKAGE
        warnings = _run_generator(doc, out)
        postprocess.run(out, doc, spec_dir)
        _ruff(out)
        files = read_tree(out)
    return files, warnings


def _unexpected(warnings: list[str]) -> list[str]:
    expected = expected_warnings()
    return [w for w in warnings if not any(w.startswith(e) for e in expected)]


def generate(spec_dir: Path | None) -> int:
    files, warnings = render(spec_dir)
    unexpected = _unexpected(warnings)
    for warning in unexpected:
        print(f"generator warning: {warning}", file=sys.stderr)
    if unexpected:
        print(
            f"error: {len(unexpected)} generator warning(s) not listed in "
            f"{EXPECTED_WARNINGS.relative_to(specs.ROOT)}; generated/ left unchanged",
            file=sys.stderr,
        )
        return 1
    if PACKAGE_DIR.exists():
        shutil.rmtree(PACKAGE_DIR)
    for rel, content in files.items():
        target = PACKAGE_DIR / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    print(f"wrote {len(files)} files to {PACKAGE_DIR.relative_to(specs.ROOT)}")
    return 0


def compare(files: dict[str, bytes], directory: Path = PACKAGE_DIR) -> list[str]:
    """Lines describing how ``directory`` differs from ``files``; empty if equal."""
    on_disk = read_tree(directory)
    report: list[str] = []
    for rel in sorted(set(files) - set(on_disk)):
        report.append(f"missing: {rel}")
    for rel in sorted(set(on_disk) - set(files)):
        report.append(f"not generated (stale or hand-added): {rel}")
    changed = [rel for rel in sorted(set(files) & set(on_disk)) if files[rel] != on_disk[rel]]
    for rel in changed:
        report.append(f"differs: {rel}")
    for rel in changed[:3]:
        diff = difflib.unified_diff(
            on_disk[rel].decode(errors="replace").splitlines(),
            files[rel].decode(errors="replace").splitlines(),
            f"generated/{PACKAGE}/{rel} (on disk)",
            f"generated/{PACKAGE}/{rel} (would write)",
            lineterm="",
            n=1,
        )
        report.extend(list(diff)[:40])
    return report


def check(spec_dir: Path | None) -> int:
    files, warnings = render(spec_dir)
    problems = [f"unexpected generator warning: {w}" for w in _unexpected(warnings)]
    if not PACKAGE_DIR.exists():
        problems.append(f"{PACKAGE_DIR.relative_to(specs.ROOT)} does not exist")
    else:
        problems.extend(compare(files))
    if problems:
        print("generated/ is not what `python -m codegen generate` would write:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        print("run `python -m codegen generate` and commit the result", file=sys.stderr)
        return 1
    print(f"generated/ is current ({len(files)} files)")
    return 0
