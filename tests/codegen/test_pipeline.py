"""The codegen pipeline: spec verification, overlays, normalization, output.

These need the pinned specs: from ENGINE_API_SPEC_DIR (scripts/test sets it)
or the download cache.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import generate, naming, normalize, overlays, specs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def document(spec_dir: Path | None) -> dict[str, Any]:
    return generate.build_document(spec_dir)


@pytest.fixture(scope="module")
def rendered(spec_dir: Path | None) -> tuple[dict[str, bytes], list[str]]:
    return generate.render(spec_dir)


# --- spec loading -------------------------------------------------------------


def test_every_version_from_141_to_156_is_pinned() -> None:
    versions = [p.version for p in specs.pins()]
    assert versions == [f"1.{n}" for n in range(41, 57)]
    for pin in specs.pins():
        assert pin.url.endswith((f"api/docs/v{pin.version}.yaml", "api/swagger.yaml"))
        assert "b985e2313a8676e18072b442911fc8f64f17d440" in pin.url
        assert len(pin.sha256) == 64


def test_checksum_mismatch_names_file_and_both_hashes(
    spec_dir: Path | None, tmp_path: Path
) -> None:
    pin = specs.pin_for("1.41")
    good = specs.read_bytes("1.41", spec_dir)
    (tmp_path / pin.file).write_bytes(good.replace(b"Engine API", b"Engine APX", 1))
    with pytest.raises(specs.SpecError) as caught:
        specs.read_bytes("1.41", tmp_path)
    message = str(caught.value)
    assert pin.file in message
    assert pin.sha256 in message
    assert specs.sha256_of((tmp_path / pin.file).read_bytes()) in message


def test_download_verifies_before_caching(
    spec_dir: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a spec directory the pinned URL is fetched (here a file:// URL standing
    in for it), verified, then cached; a download that does not match is not kept."""
    pin = specs.pin_for("1.41")
    good = specs.read_bytes("1.41", spec_dir)
    served = tmp_path / "served.yaml"
    served.write_bytes(good)
    cache = tmp_path / "cache"
    monkeypatch.setattr(specs, "CACHE_DIR", cache)
    monkeypatch.setattr(
        specs, "pin_for", lambda v: specs.Pin(pin.version, pin.file, served.as_uri(), pin.sha256)
    )
    assert specs.read_bytes("1.41", None) == good
    assert (cache / pin.file).read_bytes() == good

    (cache / pin.file).unlink()
    served.write_bytes(good + b"# tampered\n")
    with pytest.raises(specs.SpecError, match="checksum mismatch"):
        specs.read_bytes("1.41", None)
    assert not (cache / pin.file).exists()


def test_missing_spec_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(specs.SpecError, match=r"cannot read .*v1\.41\.yaml"):
        specs.read_bytes("1.41", tmp_path)


def test_unknown_version_lists_the_pinned_ones() -> None:
    with pytest.raises(specs.SpecError, match=r"1\.99 is not pinned.*1\.41"):
        specs.pin_for("1.99")


# --- overlays -----------------------------------------------------------------


def test_every_overlay_has_a_reason() -> None:
    found = overlays.load_all()
    assert found, "spec/overlays holds our corrections; none were found"
    for overlay in found:
        assert overlay.reason.strip(), overlay.name


def test_overlay_on_a_missing_target_fails_loudly() -> None:
    doc: dict[str, Any] = {"definitions": {"A": {"properties": {}}}}
    stale = overlays.Overlay(
        "stale", "test", [{"target": "/definitions/Gone/properties", "merge": {"x": 1}}]
    )
    with pytest.raises(specs.SpecError, match="/definitions/Gone does not exist"):
        overlays.apply(doc, [stale])


def test_overlay_pointer_matches_integer_status_codes() -> None:
    doc: dict[str, Any] = {"paths": {"/a/b": {"get": {"responses": {200: {"x": 1}}}}}}
    change = {"target": "/paths/~1a~1b/get/responses/200", "merge": {"y": 2}}
    overlays.apply(doc, [overlays.Overlay("t", "test", [change])])
    assert doc["paths"]["/a/b"]["get"]["responses"][200] == {"x": 1, "y": 2}


# --- names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("json_name", "python_name"),
    [
        ("IPv6Gateway", "ipv6_gateway"),
        ("GlobalIPv6Address", "global_ipv6_address"),
        ("IOMaximumIOps", "io_maximum_iops"),
        ("BlkioDeviceReadIOps", "blkio_device_read_iops"),
        ("ExecIDs", "exec_ids"),
        ("NanoCPUs", "nano_cpus"),
        ("IPAMConfig", "ipam_config"),
        ("HTTPProxy", "http_proxy"),
        ("OOMKilled", "oom_killed"),
        ("ID", "id"),
        ("RepoTags", "repo_tags"),
        ("X-Registry-Auth", "x_registry_auth"),
        ("v1", "v1"),
    ],
)
def test_snake_case_knows_the_engines_acronyms(json_name: str, python_name: str) -> None:
    assert naming.snake_case(json_name) == python_name


# --- normalization ------------------------------------------------------------


def test_models_a_plain_run_dropped_are_components(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for name in ("ContainerConfig", "ImageConfig", "ImageInspect", "Network", "Task", "Swarm"):
        assert name in schemas, name
    # Swarm's allOf over the (formerly nullable) ClusterInfo is a plain reference now.
    assert {"$ref": "#/components/schemas/ClusterInfo"} in schemas["Swarm"]["allOf"]


def test_no_inline_objects_and_no_titles_remain(document: dict[str, Any]) -> None:
    problems: list[str] = []

    def visit(schema: dict[str, Any]) -> None:
        if "title" in schema:
            problems.append(f"title {schema['title']}")

    normalize.each_schema(document, visit)
    for name, schema in document["components"]["schemas"].items():
        for prop, sub in schema.get("properties", {}).items():
            if sub.get("properties"):
                problems.append(f"{name}.{prop} is an inline object")
    assert not problems, problems[:10]


def test_nullability_is_on_references_not_definitions(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for name, schema in schemas.items():
        assert "null" not in str(schema.get("type", "")), name
    labels = schemas["ContainerConfig"]["properties"]["Labels"]
    assert {"type": "null"} in labels["anyOf"]
    env = schemas["ContainerConfig"]["properties"]["Env"]
    assert env["type"] == ["array", "null"]


def test_media_types_are_ones_the_generator_handles(document: dict[str, Any]) -> None:
    for path, method, op in normalize.operations(document):
        for status, resp in op["responses"].items():
            for media in resp.get("content", {}):
                if status[0] in "45":
                    assert media == "application/json", (path, method, status)
                else:
                    assert media in ("application/json", "application/octet-stream", "text/plain")


def test_defaults_are_documented_not_sent(document: dict[str, Any]) -> None:
    seen: list[Any] = []

    def visit(schema: dict[str, Any]) -> None:
        assert "default" not in schema
        if "x-engine-default" in schema:
            seen.append(schema["x-engine-default"])

    normalize.each_schema(document, visit)
    assert seen, "the spec declares defaults; they should be kept as x-engine-default"


# --- the generated package ----------------------------------------------------


def test_generation_prints_no_unexpected_warning(
    rendered: tuple[dict[str, bytes], list[str]],
) -> None:
    _, warnings = rendered
    expected = generate.expected_warnings()
    assert sorted(warnings) == sorted(w for w in warnings if any(w.startswith(e) for e in expected))
    assert len(warnings) == len(expected)


def test_generated_dir_is_current(rendered: tuple[dict[str, bytes], list[str]]) -> None:
    files, _ = rendered
    assert generate.compare(files) == []


def test_generation_is_deterministic(
    spec_dir: Path | None, rendered: tuple[dict[str, bytes], list[str]]
) -> None:
    again, _ = generate.render(spec_dir)
    assert again == rendered[0]


def test_check_command_fails_with_a_readable_summary_on_drift(
    rendered: tuple[dict[str, bytes], list[str]], tmp_path: Path
) -> None:
    files, _ = rendered
    for rel, content in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(content)
    (tmp_path / "models" / "health.py").write_text("# edited by hand\n")
    (tmp_path / "stray.py").write_text("")
    report = generate.compare(files, tmp_path)
    assert "differs: models/health.py" in report
    assert "not generated (stale or hand-added): stray.py" in report


def test_every_operation_has_a_typed_function(
    rendered: tuple[dict[str, bytes], list[str]], document: dict[str, Any]
) -> None:
    files, _ = rendered
    op_ids = [op["operationId"] for _, _, op in normalize.operations(document)]
    assert len(op_ids) == 108
    table = files["_operations.py"].decode()
    for op_id in op_ids:
        assert f'"{op_id}": Operation(' in table, op_id
    endpoint_modules = [rel for rel in files if rel.startswith("api/") and "__init__" not in rel]
    assert len(endpoint_modules) == 108
    for rel in endpoint_modules:
        text = files[rel].decode()
        for fn in ("def sync_detailed(", "async def asyncio_detailed("):
            assert fn in text, (rel, fn)


def test_no_generator_made_names(rendered: tuple[dict[str, bytes], list[str]]) -> None:
    files, _ = rendered
    bad = [rel for rel in files if "type_0" in rel or "response_200" in rel]
    assert not bad
    text = "\n".join(c.decode() for rel, c in files.items() if rel.startswith("models/"))
    for wrong in ("i_pv_6", "i_ops", "exec_i_ds", "BuildPruneBuildPruneResponse"):
        assert wrong not in text


# --- parsing behaviour of the committed package ---------------------------------


def test_json_null_parses_for_go_nil_slices_and_maps() -> None:
    from engine_api_binding.models import ContainerSummary, ContainerWaitResponse

    summary = ContainerSummary.from_dict(
        {"Id": "x", "Names": None, "Labels": None, "Mounts": None, "Ports": None}
    )
    assert summary.labels is None and summary.mounts is None and summary.names is None
    assert summary.to_dict() == {
        "Id": "x",
        "Names": None,
        "Labels": None,
        "Mounts": None,
        "Ports": None,
    }
    assert ContainerWaitResponse.from_dict({"StatusCode": 0, "Error": None}).error is None


def test_unknown_keys_land_in_additional_properties() -> None:
    from engine_api_binding.models import ContainerState

    state = ContainerState.from_dict({"Running": True, "FutureField": {"a": 1}})
    assert state.running is True
    assert state.additional_properties == {"FutureField": {"a": 1}}
    assert state.to_dict() == {"Running": True, "FutureField": {"a": 1}}


def test_a_model_that_does_not_parse_raises_instead_of_passing_through() -> None:
    from engine_api_binding.models import ContainerInspectResponse

    # A nested object is parsed on its first read (a deferred field): that read raises,
    # every time, and so do the ways of reading the model whole.
    inspected = ContainerInspectResponse.from_dict({"Id": "abc", "State": "not an object"})
    assert inspected.id == "abc"
    for read in (
        lambda: inspected.state,
        lambda: inspected.state,
        lambda: inspected["State"],
        inspected.to_dict,
        lambda: repr(inspected),
        lambda: inspected == ContainerInspectResponse.from_dict({"Id": "abc"}),
    ):
        with pytest.raises(TypeError, match=r"expected .*ContainerState"):
            read()


def test_deferred_fields_are_parsed_once_on_first_read() -> None:
    import copy
    import pickle

    from engine_api_binding.models import ContainerInspectResponse, ContainerState, MountPoint

    sent = {
        "Id": "abc",
        "State": {"Status": "running", "Running": True},
        "Mounts": [{"Type": "volume", "Name": "v", "Destination": "/data"}],
        "Created": "2026-12-03T07:49:24.500000+00:00",
    }
    inspected = ContainerInspectResponse.from_dict(sent)
    assert ContainerInspectResponse._deferred >= {"state", "mounts", "host_config"}
    state = inspected.state
    assert isinstance(state, ContainerState) and state.running is True
    assert inspected.state is state  # parsed once, then an ordinary attribute
    assert inspected.mounts is not None and isinstance(inspected.mounts[0], MountPoint)
    assert inspected.host_config is None  # not sent
    assert inspected.to_dict() == sent
    # the ways of copying a model read every field, parsing the deferred ones
    fresh = ContainerInspectResponse.from_dict(sent)
    for other in (copy.copy(fresh), copy.deepcopy(fresh), pickle.loads(pickle.dumps(fresh))):
        assert other == inspected and other.state == state
    # a field set before its first read keeps the value set
    fresh = ContainerInspectResponse.from_dict(sent)
    fresh.state = ContainerState(status="exited")
    assert fresh.state.status == "exited" and fresh["State"]["Status"] == "exited"
    # clearing a key replaces the kept mapping by its keys: deferred fields are parsed first
    fresh = ContainerInspectResponse.from_dict(sent)
    del fresh["Created"]
    assert fresh.state == state and fresh.mounts == inspected.mounts
    with pytest.raises(AttributeError, match="no attribute 'stat'"):
        fresh.stat  # type: ignore[attr-defined]  # noqa: B018


def test_enum_values_outside_the_spec_pass_through() -> None:
    from engine_api_binding.models import ContainerState

    assert ContainerState.from_dict({"Status": "hibernating"}).status == "hibernating"
    assert ContainerState.from_dict({"Status": "running"}).status == "running"


def test_timestamps_are_datetimes() -> None:
    from engine_api_binding.models import ImageInspect

    created = ImageInspect.from_dict({"Created": "2024-05-06T07:08:09.123456789Z"}).created
    assert created is not None and not isinstance(created, str)
    assert (created.year, created.microsecond) == (2024, 123456)


def test_spec_defaults_are_not_sent() -> None:
    from engine_api_binding.api.container import container_stats
    from engine_api_binding.models import HostConfig

    assert HostConfig().to_dict() == {}
    assert container_stats._get_kwargs(id="c")["params"] == {}


def _model_closure(module: Path) -> set[str]:
    """The model modules that ``module`` imports, directly or through other models."""
    models = ROOT / "generated" / "engine_api_binding" / "models"
    seen: set[str] = set()
    todo = [module]
    while todo:
        text = todo.pop().read_text()
        for name in re.findall(r"^\s*from \.+models\.(\w+) import", text, re.MULTILINE):
            if name not in seen:
                seen.add(name)
                todo.append(models / f"{name}.py")
    return seen


def test_importing_one_endpoint_imports_only_the_models_its_answer_needs() -> None:
    endpoint = ROOT / "generated" / "engine_api_binding" / "api" / "container"
    code = (
        "import sys\n"
        "import engine_api_binding.api.container.container_inspect\n"
        "print(' '.join(m.rpartition('.')[2] for m in sys.modules"
        " if m.startswith('engine_api_binding.models.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "generated"), "PATH": ""},
    )
    loaded = set(out.stdout.split())
    total = len(list((ROOT / "generated" / "engine_api_binding" / "models").glob("*.py")))
    assert "container_inspect_response" in loaded
    assert loaded == _model_closure(endpoint / "container_inspect.py")
    assert len(loaded) < total / 4, f"{len(loaded)} of {total} model modules imported"


def test_operations_table_records_streams() -> None:
    from engine_api_binding._operations import API_VERSION, OPERATIONS

    assert specs.newest_version() == API_VERSION
    assert OPERATIONS["ContainerLogs"].stream == (
        "application/vnd.docker.raw-stream",
        "application/vnd.docker.multiplexed-stream",
    )
    assert OPERATIONS["SystemEvents"].stream_item == "EventMessage"
    assert OPERATIONS["ImageBuild"].stream_item == "BuildInfo"
    assert OPERATIONS["ImageBuild"].upload
    assert OPERATIONS["ContainerInspect"].stream == ()
    json.dumps(OPERATIONS)  # plain data


def test_a_models_repr_hides_its_secrets() -> None:
    from engine_api_binding import models
    from engine_api_binding.models import AuthConfig, JoinTokens, SwarmUnlockkeyResponse

    from codegen.model_types import SECRETS

    for class_name, keys in SECRETS.items():
        model = getattr(models, class_name)  # the entry still names a model
        declared = set(model._keys)
        for key in keys:
            assert key in declared or "additional_properties" in model.__slots__, (class_name, key)
            hidden = model._keys.get(key, key)
            assert hidden in model._secrets, (class_name, key)
    auth = AuthConfig.from_dict(
        {"username": "u", "password": "pw1", "identitytoken": "tok2", "x": "shown"}
    )
    assert repr(auth) == (
        "AuthConfig(username='u', password='***', serveraddress=None, email=None, "
        "additional_properties={'identitytoken': '***', 'x': 'shown'})"
    )
    assert auth.password == "pw1" and auth.to_dict()["identitytoken"] == "tok2"
    assert repr(JoinTokens(worker="SWMTKN-1-w")) == (
        "JoinTokens(worker='***', manager=None, additional_properties={})"
    )
    assert "SWMKEY" not in repr(SwarmUnlockkeyResponse(unlock_key="SWMKEY-1-key"))
