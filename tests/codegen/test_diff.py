"""codegen.surface and codegen.diff: extracting and comparing the API surface.

The synthetic tests need nothing; the others need the pinned specs (from
ENGINE_API_SPEC_DIR, else the download cache) and are skipped, with the reason,
when those cannot be loaded.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from codegen import __main__ as cli
from codegen import diff, specs
from codegen.surface import ITEMS, VALUES, Node, Surface, align, dotted, extract, surface


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


# --- synthetic documents ----------------------------------------------------------


def _doc(definitions: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"swagger": "2.0", "paths": paths or {}, "definitions": definitions}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/definitions/{name}"}


def test_flatten_records_refs_bases_nesting_and_enums() -> None:
    doc = _doc(
        {
            "Base": {"type": "object", "properties": {"A": {"type": "string"}}},
            "Thing": {
                "allOf": [
                    _ref("Base"),
                    {
                        "type": "object",
                        "required": ["Log"],
                        "properties": {
                            "Log": {
                                "type": "object",
                                "properties": {"Type": {"type": "string", "enum": ["b", "a"]}},
                            },
                            "Tags": {"type": "array", "items": {"type": "string"}},
                            "Labels": {
                                "type": "object",
                                "additionalProperties": {"type": "string"},
                            },
                            "Other": _ref("Base"),
                            "Described": {"allOf": [_ref("Base")], "description": "x"},
                            "os.version": {"type": "string"},
                        },
                    },
                ]
            },
        }
    )
    nodes = extract(doc, "1.0").definitions["Thing"]
    assert nodes[("Thing",)] == Node(type="object", bases=("Base",))
    assert nodes[("Thing", "Log")].required is True
    assert nodes[("Thing", "Log", "Type")].enum == ("a", "b")
    assert nodes[("Thing", "Tags", ITEMS)].type == "string"
    assert nodes[("Thing", "Labels", VALUES)].type == "string"
    # A $ref is recorded, not inlined; an allOf of one $ref is that $ref.
    assert nodes[("Thing", "Other")] == Node(ref="Base")
    assert nodes[("Thing", "Described")] == Node(ref="Base")
    assert ("Thing", "A") not in nodes
    assert ("Thing", "Other", "A") not in nodes
    assert ("Thing", "os.version") in nodes
    assert dotted(("Thing", "Tags", ITEMS)) == "Thing.Tags[]"


def test_operations_parameters_body_and_responses() -> None:
    doc = _doc(
        {"Thing": {"type": "object", "properties": {"A": {"type": "string"}}}},
        {
            "/things/{id}": {
                "post": {
                    "operationId": "ThingUpdate",
                    "parameters": [
                        {"name": "id", "in": "path", "type": "string", "required": True},
                        {
                            "name": "mode",
                            "in": "query",
                            "type": "string",
                            "enum": ["x", "y"],
                            "default": "x",
                        },
                        {"name": "X-Auth", "in": "header", "type": "string"},
                        {"name": "spec", "in": "body", "schema": _ref("Thing")},
                    ],
                    "responses": {
                        200: {"schema": {"type": "array", "items": _ref("Thing")}},
                        204: {"description": "no content"},
                    },
                }
            }
        },
    )
    op = extract(doc, "1.0").operations["ThingUpdate"]
    assert (op.method, op.path) == ("POST", "/things/{id}")
    assert sorted(op.parameters) == ["X-Auth", "id", "mode"]
    mode = op.parameters["mode"]
    assert (mode.location, mode.enum, mode.default) == ("query", ("x", "y"), '"x"')
    assert op.parameters["id"].required
    assert op.body == {("ThingUpdate", "body"): Node(ref="Thing")}
    assert op.responses["200"][("ThingUpdate", "response", "200", ITEMS)] == Node(ref="Thing")
    assert op.responses["204"] == {}


def _pair() -> tuple[Surface, Surface]:
    """Version 1: ``Old`` and an inline body; version 2 renames ``Old`` to ``New`` and
    moves the body into ``Body``, adds a field to each and an enum value."""
    old_op = {
        "operationId": "Make",
        "parameters": [
            {
                "name": "body",
                "in": "body",
                "schema": {
                    "type": "object",
                    "properties": {"Spec": _ref("Old"), "Name": {"type": "string"}},
                },
            }
        ],
        "responses": {200: {"schema": _ref("Old")}},
    }
    new_op = {
        "operationId": "Make",
        "parameters": [{"name": "body", "in": "body", "schema": _ref("Body")}],
        "responses": {200: {"schema": _ref("New")}},
    }
    kind = {"type": "string", "enum": ["a"]}
    old = extract(
        _doc(
            {"Old": {"type": "object", "properties": {"Kind": kind}}},
            {"/make": {"post": old_op}},
        ),
        "1.1",
    )
    new = extract(
        _doc(
            {
                "New": {
                    "type": "object",
                    "properties": {
                        "Kind": {**kind, "enum": ["a", "b"]},
                        "Size": {"type": "integer"},
                    },
                },
                "Body": {
                    "type": "object",
                    "properties": {
                        "Spec": _ref("New"),
                        "Name": {"type": "string"},
                        "Extra": {"type": "boolean"},
                    },
                },
            },
            {"/make": {"post": new_op}},
        ),
        "1.2",
    )
    return old, new


def test_align_follows_renames_and_extracted_inline_schemas() -> None:
    old, new = _pair()
    first, second = align([old, new])
    assert second.sources["New"].path == ("New",)
    assert first.sources["New"].path == ("Old",)  # renamed
    assert first.sources["Body"].path == ("Make", "body")  # was inline
    assert not first.sources["Body"].in_definition
    # The old view is named as the new one, references included.
    assert first.definitions["Body"][("Body", "Spec")] == Node(ref="New")
    assert first.operations["Make"].body == {("Make", "body"): Node(ref="Body")}
    assert set(first.definitions) == {"New", "Body"}


def test_changes_of_a_rename_are_the_real_differences_only() -> None:
    old, new = _pair()
    found = {(c.section, c.sign, c.subject, c.detail) for c in diff.changes(align([old, new]))}
    assert found == {
        ("definitions", "~", "New", "renamed from Old"),
        ("definitions", "~", "Body", "was the inline schema of Make.body"),
        ("fields", "+", "New.Size", "integer"),
        ("fields", "+", "Body.Extra", "boolean"),
        ("enums", "+", "New.Kind", "enum value b"),
    }


# --- the pinned specs -----------------------------------------------------------------


def test_a_ref_is_not_inlined(spec_dir: Path | None) -> None:
    s = surface("1.56", spec_dir)
    host_config = s.definitions["HostConfig"]
    assert host_config[("HostConfig",)].bases == ("Resources",)
    assert ("HostConfig", "CpuShares") not in host_config  # it is Resources'
    assert ("Resources", "CpuShares") in s.definitions["Resources"]
    assert host_config[("HostConfig", "RestartPolicy")] == Node(ref="RestartPolicy")
    body = s.operations["ContainerCreate"].body
    assert body[("ContainerCreate", "body")].bases == ("ContainerConfig",)
    assert body[("ContainerCreate", "body", "HostConfig")] == Node(ref="HostConfig")
    assert not any(len(path) > 3 for path in body)


def test_diff_154_155_reports_the_attestations_endpoint(spec_dir: Path | None) -> None:
    op = surface("1.55", spec_dir).operations["ImageAttestations"]
    assert (op.method, op.path) == ("GET", "/images/{name}/attestations")
    assert "ImageAttestations" not in surface("1.54", spec_dir).operations
    lines = _lines(diff.report("1.54", "1.55", spec_dir))
    assert "+ ImageAttestations: GET /images/{name}/attestations (1.55)" in lines
    assert "+ AttestationStatement: object, 3 fields (1.55)" in lines
    assert "Total: 2 changes (2 added, 0 removed, 0 changed)" in lines


def test_diff_153_154_reports_the_identity_query_parameter(spec_dir: Path | None) -> None:
    lines = _lines(diff.report("1.53", "1.54", spec_dir))
    assert "+ ImageList query identity: boolean, default false (1.54)" in lines
    assert "+ ImageManifestSummary.ImageData.Identity: ref:Identity (1.54)" in lines


def test_diff_151_152_reports_removals_once_and_renames_as_such(spec_dir: Path | None) -> None:
    text = diff.report("1.51", "1.52", spec_dir)
    lines = _lines(text)
    # KernelMemoryTCP left Resources (which HostConfig and ContainerUpdate inherit) and /info.
    assert "- Resources.KernelMemoryTCP: integer(int64) (1.52)" in lines
    assert "- SystemInfo.KernelMemoryTCP: boolean (1.52)" in lines
    assert "HostConfig.KernelMemoryTCP" not in text
    assert "- ContainerConfig.MacAddress: string (1.52)" in lines
    assert "- BuildPrune query keep-storage: integer(int64) (1.52)" in lines
    assert "~ ImageLoad query platform: string -> array of string (multi) (1.52)" in lines
    assert "~ VolumeCreateRequest: renamed from VolumeCreateOptions (1.52)" in lines
    assert "~ NetworkConnectRequest: was the inline schema of NetworkConnect.body (1.52)" in lines
    # A renamed definition is not also listed as removed and added.
    assert not any(
        line.startswith(("- VolumeCreateOptions", "+ VolumeCreateRequest")) for line in lines
    )
    assert "NetworkConnect.body.Container" not in text


def test_diff_over_many_versions_says_when_each_change_came(spec_dir: Path | None) -> None:
    lines = _lines(diff.report("1.41", "1.56", spec_dir))
    assert "+ ImageAttestations: GET /images/{name}/attestations (1.55)" in lines
    assert "+ VolumeUpdate: PUT /volumes/{name} (1.42)" in lines
    assert "+ HostConfig.Annotations: object (+1 nested) (1.43)" in lines
    assert "- ImageSummary.VirtualSize: integer(int64) (1.44)" in lines
    assert "- ImageInspect.ContainerConfig: ref:ContainerConfig (1.45)" in lines
    assert "~ DriverData: renamed from GraphDriverData (1.47)" in lines
    assert "+ ImageGet query platform: array of string (multi) (1.48; as shown since 1.52)" in lines


def test_every_change_line_has_a_sign_a_subject_and_a_version(spec_dir: Path | None) -> None:
    text = diff.report("1.41", "1.56", spec_dir)
    assert text == diff.report("1.41", "1.56", spec_dir)  # deterministic
    change = re.compile(r"  [-+~] \S.*: .+ \(1\.\d\d(; as shown since 1\.\d\d)?\)")
    body = text.split("\nSummary\n")[0].splitlines()[2:]
    changes = [line for line in body if line.startswith("  ")]
    assert changes and all(change.fullmatch(line) for line in changes)
    total = re.search(r"Total: (\d+) changes", text)
    assert total is not None and int(total.group(1)) == len(changes)


def test_diff_of_a_version_with_itself_is_empty(spec_dir: Path | None) -> None:
    lines = _lines(diff.report("1.50", "1.50", spec_dir))
    assert "No changes." in lines
    assert "Total: 0 changes (0 added, 0 removed, 0 changed)" in lines
    assert not any(line[:2] in ("+ ", "- ", "~ ") for line in lines)


def test_diff_refuses_versions_in_the_wrong_order(spec_dir: Path | None) -> None:
    with pytest.raises(specs.SpecError, match=r"older version first: 1\.55 is newer than 1\.41"):
        diff.report("1.55", "1.41", spec_dir)


def test_cli_diff_prints_and_fails_clearly(
    spec_dir: Path | None, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [] if spec_dir is None else ["--spec-dir", str(spec_dir)]
    assert cli.main([*args, "diff", "v1.54", "1.55"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Engine API changes from 1.54 to 1.55\n")
    assert "+ ImageAttestations" in out

    assert cli.main([*args, "diff", "1.56", "1.41"]) == 2
    assert "older version first" in capsys.readouterr().err

    assert cli.main([*args, "diff", "1.40", "1.56"]) == 2
    err = capsys.readouterr().err
    assert "1.40 is not pinned" in err and "1.41" in err and "1.56" in err
