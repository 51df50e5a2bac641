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
from codegen.surface import BODY, align, expand, extract, surface

ROOT = Path(__file__).resolve().parents[2]


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


def test_field_refs_say_what_each_value_holds(result: history.History) -> None:
    refs = result.refs
    assert refs[("ContainerCreate.body", "HostConfig")] == "HostConfig"
    assert refs[("ContainerCreate.body", "NetworkingConfig")] == "NetworkingConfig"
    assert refs[("ContainerCreate.body", "Healthcheck")] == "HealthConfig"  # from ContainerConfig
    assert refs[("HostConfig", "LogConfig")] == "HostConfig.LogConfig"
    assert refs[("HostConfig", "Mounts")] == "[]Mount"
    assert refs[("HostConfig", "BlkioWeightDevice")] == "[]HostConfig.BlkioWeightDevice[]"
    assert refs[("HostConfig", "PortBindings")] == "{}[]PortBinding"
    assert refs[("Mount", "VolumeOptions")] == "Mount.VolumeOptions"
    assert refs[("NetworkingConfig", "EndpointsConfig")] == "{}EndpointSettings"
    assert refs[("ServiceCreate.body", "TaskTemplate")] == "TaskSpec"
    assert refs[("TaskSpec.ContainerSpec", "Mounts")] == "[]Mount"
    # Values with no fields below them: user-keyed maps, free-form objects, scalars.
    for key in [
        ("ContainerCreate.body", "Labels"),
        ("ContainerCreate.body", "ExposedPorts"),
        ("ContainerCreate.body", "Image"),
        ("HostConfig", "Annotations"),
        ("HostConfig.LogConfig", "Config"),
        ("EndpointSettings", "DriverOpts"),
    ]:
        assert key in result.fields and key not in refs, key
    # Only what a request body can reach: responses are parsed by the models.
    assert ("ContainerInspectResponse", "HostConfig") in result.fields
    assert ("ContainerInspectResponse", "HostConfig") not in refs


def test_body_refs(result: history.History) -> None:
    bodies = result.bodies
    assert bodies["ContainerCreate"] == "ContainerCreate.body"
    # A body that is a $ref lists the definition's fields under "<operationId>.body".
    assert bodies["NetworkConnect"] == "NetworkConnect.body"
    assert bodies["PluginPull"] == "[]PluginPrivilege"
    for op_id in ("ImageBuild", "PutContainerArchive", "PluginSet", "ContainerList"):
        assert op_id not in bodies, op_id  # bytes, a list of strings, no body


def test_targets_name_schema_paths_with_fields(result: history.History) -> None:
    schema_paths = {schema_path for schema_path, _ in result.fields}
    for key, target in result.refs.items():
        assert key in result.fields, key
        assert history._schema_of(target) in schema_paths, (key, target)
    for op_id, target in result.bodies.items():
        assert op_id in result.operations
        assert history._schema_of(target) in schema_paths, (op_id, target)


def test_parameter_locations(result: history.History) -> None:
    locations = result.parameter_locations
    assert locations[("ImageCreate", "X-Registry-Auth")] == "header"
    assert locations[("ImageBuild", "X-Registry-Config")] == "header"
    assert locations[("ContainerInspect", "id")] == "path"
    assert locations[("ImageAttestations", "name")] == "path"
    assert ("ImageList", "identity") not in locations  # query parameters are not listed
    assert set(locations.values()) == {"header", "path"}
    assert set(locations) <= set(result.parameters)


def _synthetic(version: str, spec_inline: bool) -> dict[str, Any]:
    """A small Swagger 2.0 document; ``spec_inline``: ``Spec.Inline`` is an inline
    object (else a ``$ref`` to ``InlineSpec``) and ``Spec.Extra`` an object (else a string)."""
    obj = "object"
    inline = {"type": obj, "properties": {"X": {"type": "integer"}}}
    definitions: dict[str, Any] = {
        "Base": {"type": obj, "properties": {"Child": {"$ref": "#/definitions/Tree"}}},
        "Tree": {
            "type": obj,
            "properties": {
                "Name": {"type": "string"},
                "Children": {"type": "array", "items": {"$ref": "#/definitions/Tree"}},
            },
        },
        "Spec": {
            "type": obj,
            "properties": {
                "Inline": inline if spec_inline else {"$ref": "#/definitions/InlineSpec"},
                "Extra": {"type": obj, "properties": {"Y": {"type": "string"}}}
                if spec_inline
                else {"type": "string"},
                "Free": {"type": obj},
            },
        },
        "Binding": {"type": obj, "properties": {"HostPort": {"type": "string"}}},
        "Bindings": {"type": "array", "items": {"$ref": "#/definitions/Binding"}},
        "Unused": {"type": obj, "properties": {"Spec": {"$ref": "#/definitions/Spec"}}},
    }
    if not spec_inline:
        definitions["InlineSpec"] = inline
    body = {
        "allOf": [{"$ref": "#/definitions/Base"}],
        "properties": {
            "Spec": {"$ref": "#/definitions/Spec"},
            "Labels": {"type": obj, "additionalProperties": {"type": "string"}},
            "Ports": {
                "type": obj,
                "additionalProperties": {
                    "type": "array",
                    "items": {"$ref": "#/definitions/Binding"},
                },
            },
            "All": {"$ref": "#/definitions/Bindings"},
        },
    }

    def post(op_id: str, schema: Any, *extra: Any) -> dict[str, Any]:
        parameters = [{"in": "body", "name": "body", "schema": schema}, *extra]
        return {"post": {"operationId": op_id, "parameters": parameters, "responses": {}}}

    return {
        "swagger": "2.0",
        "info": {"version": version},
        "paths": {
            "/things/create": post(
                "ThingCreate",
                body,
                {"in": "header", "name": "X-Auth", "type": "string"},
                {"in": "query", "name": "name", "type": "string"},
            ),
            "/things/batch": post(
                "ThingBatch", {"type": "array", "items": {"$ref": "#/definitions/Binding"}}
            ),
            "/things/upload": post("ThingUpload", {"type": "string", "format": "binary"}),
            "/things/{id}": {
                "get": {
                    "operationId": "ThingGet",
                    "parameters": [{"in": "path", "name": "id", "type": "string"}],
                    "responses": {},
                }
            },
        },
        "definitions": definitions,
    }


def test_targets_of_a_synthetic_series() -> None:
    """Needs no specs: allOf, recursion, maps of arrays, array definitions, an inline
    object that became a definition, a field that lost its fields, reachability."""
    series = [
        extract(_synthetic("1.8", spec_inline=True), "1.8"),
        extract(_synthetic("1.9", spec_inline=False), "1.9"),
    ]
    made = history.compute(align(series))
    assert made.refs == {
        ("Spec", "Extra"): "Spec.Extra",  # 1.8 gave it fields, 1.9 made it a string: kept
        ("Spec", "Inline"): "InlineSpec",  # inline in 1.8, a definition in 1.9
        ("ThingCreate.body", "All"): "[]Binding",  # a definition that is an array
        ("ThingCreate.body", "Child"): "Tree",  # inherited from Base through allOf
        ("ThingCreate.body", "Ports"): "{}[]Binding",
        ("ThingCreate.body", "Spec"): "Spec",
        ("Tree", "Children"): "[]Tree",  # recursive
    }  # Labels, Free, Name: nothing below; Base and Unused: no request body reaches them
    assert made.bodies == {"ThingBatch": "[]Binding", "ThingCreate": "ThingCreate.body"}
    assert made.parameter_locations == {
        ("ThingCreate", "X-Auth"): "header",
        ("ThingGet", "id"): "path",
    }
    module = _load(history.render(made))
    assert module["body_target"]("ThingCreate") == "ThingCreate.body"
    assert module["body_target"]("ThingUpload") is None
    assert module["field_target"]("ThingCreate.body", "Ports") == "{}[]Binding"
    assert module["field_target"]("ThingCreate.body", "Labels") is None
    assert module["parameter_location"]("ThingCreate", "X-Auth") == "header"
    assert module["parameter_location"]("ThingCreate", "name") == "query"
    assert module["parameter_location"]("ThingGet", "id") == "path"


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
    assert module["operation_runs"]("ImageAttestations") == (("1.55", None),)
    assert module["parameter_runs"]("BuildPrune", "keep-storage") == (("1.41", "1.51"),)
    assert module["field_runs"]("HostConfig", "Annotations") == (("1.43", None),)
    assert "identity" in module["parameter_names"]("ImageList")
    assert module["parameter_names"]("ContainerList") == ("all", "filters", "limit", "size")
    assert module["parameter_names"]("SystemPing") == ()
    assert module["parameter_location"]("ImageList", "identity") == "query"
    assert module["parameter_location"]("ImageCreate", "X-Registry-Auth") == "header"
    assert module["parameter_location"]("ContainerInspect", "id") == "path"
    assert "Annotations" in module["field_names"]("HostConfig")
    assert module["field_names"]("NoSuchSchema") == ()
    field_target = module["field_target"]
    body_target = module["body_target"]
    assert body_target("ContainerCreate") == "ContainerCreate.body"
    assert body_target("PluginPull") == "[]PluginPrivilege"
    assert body_target("ContainerList") is None
    assert field_target("ContainerCreate.body", "HostConfig") == "HostConfig"
    assert field_target("NetworkingConfig", "EndpointsConfig") == "{}EndpointSettings"
    assert field_target("HostConfig", "Annotations") is None
    with pytest.raises(KeyError, match="Nope"):
        field_target("HostConfig", "Nope")
    with pytest.raises(KeyError, match="NoSuchOperation"):
        body_target("NoSuchOperation")
    with pytest.raises(KeyError, match="bogus"):
        module["parameter_location"]("ImageList", "bogus")


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
            refs={("Thing", "Sub"): "[]Thing.Sub[]"},
            bodies={"Ping": "{}Thing"},
            parameter_locations={("Ping", "mode"): "header"},
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
    assert module["parameter_runs"]("Ping", "mode") == (("1.8", "1.9"), ("1.11", None))
    assert module["parameter_location"]("Ping", "mode") == "header"
    assert module["field_target"]("Thing", "y") is None
    assert module["body_target"]("Ping") == "{}Thing"
    assert module["body_target"]("Gone") is None


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_rendered_module_passes_ruff(source: str, tmp_path: Path) -> None:
    # Also a history without field targets, bodies or path/header parameters.
    empty = history.History(
        versions=("1.8", "1.9"),
        operations={"Ping": (("1.8", "1.9"),)},
        parameters={},
        fields={},
        lineage={},
    )
    config = ["--config", str(ROOT / "pyproject.toml")]
    for name, text in (("_api_versions.py", source), ("empty.py", history.render(empty))):
        target = tmp_path / name
        target.write_text(text)
        for command in (["check"], ["format", "--check"]):
            run = subprocess.run(
                ["ruff", *command, *config, str(target)], capture_output=True, text=True
            )
            assert run.returncode == 0, name + run.stdout + run.stderr


def test_rendered_module_passes_mypy_strict(source: str, tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    target = tmp_path / "_api_versions.py"
    target.write_text(source)
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--python-version", "3.11", str(target)]
    )
    assert status == 0, out + err
