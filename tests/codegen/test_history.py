"""codegen.history: when each operation, parameter and field appeared, and the
``_api_versions`` module rendered from it.

Most tests need the pinned specs (from ENGINE_API_SPEC_DIR, else the download
cache) and are skipped, with the reason, when those cannot be loaded.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen import history, specs
from codegen.surface import BODY, expand, surface

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spec_dir() -> Path | None:
    directory = specs.spec_dir_from(None)
    try:
        for pin in specs.pins():
            specs.load(pin.version, directory)
    except specs.SpecError as exc:
        if directory is None:
            pytest.skip(
                f"{specs.ENV_SPEC_DIR} is unset and the pinned specs cannot be loaded: {exc}"
            )
        raise
    return directory


@pytest.fixture(scope="module")
def result(spec_dir: Path | None) -> history.History:
    return history.history(spec_dir)


@pytest.fixture(scope="module")
def source(spec_dir: Path | None) -> str:
    return history.render_module(spec_dir)


def _load(text: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "_api_versions"}
    exec(compile(text, "_api_versions.py", "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def module(source: str) -> dict[str, Any]:
    return _load(source)


# --- the computed history --------------------------------------------------------


def test_operations(result: history.History) -> None:
    assert result.versions == tuple(pin.version for pin in specs.pins())
    span = result.span
    assert span(result.operations["ImageAttestations"]) == ("1.55", None)
    assert span(result.operations["VolumeUpdate"]) == ("1.42", None)
    assert span(result.operations["ContainerCreate"]) == ("1.41", None)


def test_parameters(result: history.History) -> None:
    span = result.span
    assert span(result.parameters[("ImageList", "identity")]) == ("1.54", None)
    assert span(result.parameters[("ImageList", "manifests")]) == ("1.47", None)
    assert span(result.parameters[("ImageAttestations", "platform")]) == ("1.55", None)
    assert span(result.parameters[("ContainerStop", "signal")]) == ("1.42", None)
    assert span(result.parameters[("ImageBuild", "X-Registry-Config")]) == ("1.41", None)
    # Removed in 1.52 (BuildKit's keep-storage became reserved-space etc. in 1.48).
    assert span(result.parameters[("BuildPrune", "keep-storage")]) == ("1.41", "1.51")


def test_removed_fields_have_their_last_version(result: history.History) -> None:
    span = result.span
    # CHANGELOG 1.44: VirtualSize no longer in GET /images/json and /images/{name}/json.
    assert span(result.fields[("ImageSummary", "VirtualSize")]) == ("1.41", "1.43")
    assert span(result.fields[("ImageInspect", "VirtualSize")]) == ("1.41", "1.43")
    # CHANGELOG 1.45: ImageInspect drops Container and ContainerConfig.
    assert span(result.fields[("ImageInspect", "ContainerConfig")]) == ("1.41", "1.44")
    # CHANGELOG 1.52: KernelMemoryTCP removed from update / inspect / info, and a
    # container-wide Config.MacAddress from POST /containers/create.
    for key in [
        ("Resources", "KernelMemoryTCP"),
        ("HostConfig", "KernelMemoryTCP"),  # inherited from Resources (allOf)
        ("ContainerUpdate.body", "KernelMemoryTCP"),
        ("SystemInfo", "KernelMemoryTCP"),
        ("ContainerConfig", "MacAddress"),
        ("ContainerCreate.body", "MacAddress"),
    ]:
        assert span(result.fields[key]) == ("1.41", "1.51"), key


def test_added_fields_have_their_first_version(result: history.History) -> None:
    span = result.span
    assert span(result.fields[("HostConfig", "Annotations")]) == ("1.43", None)
    assert span(result.fields[("ContainerCreate.body", "HostConfig")]) == ("1.41", None)
    assert span(result.fields[("HealthConfig", "StartInterval")]) == ("1.44", None)
    assert span(result.fields[("Mount.VolumeOptions", "Subpath")]) == ("1.45", None)
    assert span(result.fields[("SystemInfo", "NRI")]) == ("1.53", None)
    assert span(result.fields[("ImageManifestSummary.ImageData", "Identity")]) == ("1.54", None)
    assert span(result.fields[("ContainerExec.body", "ConsoleSize")]) == ("1.42", None)
    assert span(result.fields[("OCIPlatform", "os.version")]) == ("1.41", None)


def test_renamed_and_extracted_definitions_keep_their_history(result: history.History) -> None:
    span = result.span
    # GraphDriverData became DriverData in 1.47; VolumeCreateOptions -> VolumeCreateRequest.
    assert span(result.fields[("DriverData", "Name")]) == ("1.41", None)
    assert span(result.fields[("VolumeCreateRequest", "Driver")]) == ("1.41", None)
    # The inline body of POST /networks/{id}/connect became NetworkConnectRequest in 1.52
    # (in 1.41 that inline body is titled NetworkDisconnectRequest: titles are ignored).
    assert span(result.fields[("NetworkConnectRequest", "EndpointConfig")]) == ("1.41", None)
    assert span(result.fields[("NetworkConnect.body", "EndpointConfig")]) == ("1.41", None)
    assert span(result.fields[("NetworkDisconnect.body", "Force")]) == ("1.41", None)
    assert ("NetworkConnect.body", "Force") not in result.fields
    assert result.lineage["DriverData"] == ((("1.41", "1.46"), "GraphDriverData"),)
    assert result.lineage["NetworkConnectRequest"] == ((("1.41", "1.51"), "NetworkConnect.body"),)
    assert "HostConfig" not in result.lineage


def test_history_matches_each_versions_own_document(
    result: history.History, spec_dir: Path | None
) -> None:
    """Operations, parameters and request body fields do not depend on definition
    names: each version's own document must give exactly the recorded presence."""

    def present(runs: tuple[history.Run, ...], version: str) -> bool:
        key = specs.version_key(version)
        return any(specs.version_key(a) <= key <= specs.version_key(b) for a, b in runs)

    for version in result.versions:
        s = surface(version, spec_dir)
        ops = {op for op, runs in result.operations.items() if present(runs, version)}
        assert ops == set(s.operations), version
        params = {key for key, runs in result.parameters.items() if present(runs, version)}
        assert params == {(o, p) for o, op in s.operations.items() for p in op.parameters}
        bodies = {
            key
            for key, runs in result.fields.items()
            if key[0].split(".")[1:2] == [BODY] and key[0].split(".")[0] in s.operations
            if present(runs, version)
        }
        expected: set[history.FieldKey] = set()
        for op_id, op in s.operations.items():
            nodes = expand(op.body, (op_id, BODY), s.definitions)
            expected.update(history.field_keys(nodes, 2))
        assert bodies == expected, version


def test_no_item_disappears_and_reappears(result: history.History) -> None:
    # Were one to, its runs would say so and the module would encode the gap.
    tables: list[dict[Any, tuple[history.Run, ...]]] = [
        result.operations,
        result.parameters,
        result.fields,
    ]
    assert [key for table in tables for key, runs in table.items() if len(runs) > 1] == []


# --- the rendered module ---------------------------------------------------------------


def test_render_module_is_deterministic(source: str, spec_dir: Path | None) -> None:
    assert history.render_module(spec_dir) == source
    assert source.startswith("# Generated by codegen")
    assert "Do not edit" in source.splitlines()[1]


def test_rendered_lookups(module: dict[str, Any]) -> None:
    assert module["OLDEST"] == "1.41"
    assert module["NEWEST"] == "1.56"
    assert module["VERSIONS"][0] == "1.41" and len(module["VERSIONS"]) == 16
    operation_versions = module["operation_versions"]
    parameter_versions = module["parameter_versions"]
    field_versions = module["field_versions"]
    assert operation_versions("ImageAttestations") == ("1.55", None)
    assert operation_versions("ContainerList") == ("1.41", None)
    assert parameter_versions("ImageList", "identity") == ("1.54", None)
    assert parameter_versions("BuildPrune", "keep-storage") == ("1.41", "1.51")
    assert field_versions("HostConfig", "KernelMemoryTCP") == ("1.41", "1.51")
    assert field_versions("NetworkConnect.body", "EndpointConfig") == ("1.41", None)
    assert field_versions("OCIPlatform", "os.version") == ("1.41", None)
    assert module["DEFINITION_LINEAGE"]["VolumeCreateRequest"] == (
        ("1.41", "1.51", "VolumeCreateOptions"),
    )


def test_rendered_has_functions(module: dict[str, Any]) -> None:
    has_operation = module["has_operation"]
    has_parameter = module["has_parameter"]
    has_field = module["has_field"]
    assert has_operation("ImageAttestations", "1.55")
    assert not has_operation("ImageAttestations", "1.54")
    assert has_operation("ImageAttestations", "1.60")  # newer than NEWEST: still there
    assert has_parameter("ImageList", "identity", "v1.54")
    assert not has_parameter("ImageList", "identity", "1.53")
    assert has_field("ContainerUpdate.body", "KernelMemoryTCP", "1.51")
    assert not has_field("ContainerUpdate.body", "KernelMemoryTCP", "1.52")
    assert not has_field("HostConfig", "Annotations", "1.42")
    assert has_field("HostConfig", "Annotations", "1.43")
    with pytest.raises(KeyError, match="NoSuchOperation"):
        has_operation("NoSuchOperation", "1.41")
    with pytest.raises(KeyError, match="bogus"):
        module["parameter_versions"]("ImageList", "bogus")
    with pytest.raises(KeyError, match="Nope"):
        module["field_versions"]("HostConfig", "Nope")


def _versions() -> st.SearchStrategy[int]:
    return st.integers(min_value=0, max_value=120)


@given(first=_versions(), last=_versions(), version=_versions(), open_ended=st.booleans())
def test_supported_compares_versions_as_numbers(
    first: int, last: int, version: int, open_ended: bool
) -> None:
    supported: Callable[[str, str | None, str], bool] = _fallback_module()["supported"]
    upper = None if open_ended else f"1.{last}"
    expected = first <= version and (open_ended or version <= last)
    assert supported(f"1.{first}", upper, f"1.{version}") is expected


_FALLBACK: dict[str, Any] = {}


def _fallback_module() -> dict[str, Any]:
    """A module rendered from a small made-up history (needs no specs)."""
    if not _FALLBACK:
        made_up = history.History(
            versions=("1.8", "1.9", "1.10", "1.11", "1.12"),
            operations={"Ping": (("1.8", "1.12"),), "Gone": (("1.8", "1.9"),)},
            parameters={("Ping", "mode"): (("1.8", "1.9"), ("1.11", "1.12"))},
            fields={("Thing.Sub[]", "x"): (("1.10", "1.10"),), ("Thing", "y"): (("1.8", "1.12"),)},
            lineage={"Thing": ((("1.8", "1.9"), "OldThing"),)},
        )
        _FALLBACK.update(_load(history.render(made_up)))
    return _FALLBACK


def test_a_parameter_that_reappears_is_absent_in_the_gap() -> None:
    module = _fallback_module()
    assert module["OLDEST"] == "1.8" and module["NEWEST"] == "1.12"
    assert module["parameter_versions"]("Ping", "mode") == ("1.8", None)
    assert [module["has_parameter"]("Ping", "mode", f"1.{v}") for v in range(8, 13)] == [
        True,
        True,
        False,
        True,
        True,
    ]
    assert module["operation_versions"]("Gone") == ("1.8", "1.9")
    assert not module["has_operation"]("Gone", "1.10")  # 1.10 > 1.9 numerically
    assert module["field_versions"]("Thing.Sub[]", "x") == ("1.10", "1.10")
    assert module["has_field"]("Thing", "y", "1.12")


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_rendered_module_passes_ruff(source: str, tmp_path: Path) -> None:
    target = tmp_path / "_api_versions.py"
    target.write_text(source)
    config = ["--config", str(ROOT / "pyproject.toml")]
    for command in (["check"], ["format", "--check"]):
        run = subprocess.run(
            ["ruff", *command, *config, str(target)], capture_output=True, text=True
        )
        assert run.returncode == 0, run.stdout + run.stderr


def test_rendered_module_passes_mypy_strict(source: str, tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    target = tmp_path / "_api_versions.py"
    target.write_text(source)
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--python-version", "3.11", str(target)]
    )
    assert status == 0, out + err
