"""engine_api.versions: choosing the API version, and refusing before anything is sent
what that version lacks. Facts come from the pinned specs, through the generated
``engine_api_binding._api_versions``; no engine is needed."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
import pytest
from engine_api_binding import _api_versions as history
from engine_api_binding.models import (
    ContainerCreateRequest,
    EndpointSettings,
    HostConfig,
    HostConfigAnnotations,
    NetworkingConfig,
    NetworkingConfigEndpointsConfig,
)
from hypothesis import given
from hypothesis import strategies as st

from engine_api import versions
from engine_api.errors import InvalidVersion, UnsupportedByEngine
from engine_api.versions import (
    NEWEST,
    OLDEST,
    PingInfo,
    check_body,
    check_operation,
    check_parameters,
    choose_version,
    parse_version,
)

PINNED = history.VERSIONS


def refusal(call: object, *args: object) -> UnsupportedByEngine | None:
    """The UnsupportedByEngine that ``call(*args)`` raises, or None if it passes."""
    assert callable(call)
    try:
        call(*args)
    except UnsupportedByEngine as exc:
        return exc
    return None


# --- parse_version ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.41", (1, 41)), ("v1.41", (1, 41)), ("1.100", (1, 100)), ("2.0", (2, 0))],
)
def test_parse_version(text: str, expected: tuple[int, int]) -> None:
    assert parse_version(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1",
        "1.",
        ".41",
        "1.41.0",
        "V1.41",
        " 1.41",
        "1.41\n",
        "latest",
        "1.4a",
        "\u0661.\u0664\u0661",
    ],  # Arabic-Indic digits
)
def test_parse_version_refuses_what_is_not_a_version(text: str) -> None:
    with pytest.raises(InvalidVersion) as caught:
        parse_version(text)
    assert repr(text) in str(caught.value)


def test_versions_compare_as_numbers() -> None:
    assert parse_version("1.9") < parse_version("1.10") < parse_version("v1.41")


# --- PingInfo --------------------------------------------------------------------------


def test_ping_info_from_real_headers() -> None:
    # The headers of GET /_ping from Docker 28 (API 1.51), as httpx gives them.
    headers = httpx.Headers(
        {
            "Api-Version": "1.51",
            "Builder-Version": "2",
            "Cache-Control": "no-cache, no-store, must-revalidate",
            "Content-Length": "2",
            "Content-Type": "text/plain; charset=utf-8",
            "Date": "Mon, 02 Jun 2025 10:00:00 GMT",
            "Docker-Experimental": "false",
            "Ostype": "linux",
            "Pragma": "no-cache",
            "Server": "Docker/28.2.2 (linux)",
            "Swarm": "inactive",
        }
    )
    info = PingInfo.from_headers(headers)
    assert info == PingInfo(
        api_version="1.51",
        os_type="linux",
        experimental=False,
        builder_version="2",
        swarm="inactive",
    )
    assert choose_version(info) == "1.51"


def test_ping_info_names_in_any_case_from_a_plain_mapping() -> None:
    headers = {
        "API-VERSION": "1.47",
        "ostype": "windows",
        "DOCKER-EXPERIMENTAL": "True",
        "builder-version": "1",
        "SWARM": "active/manager",
    }
    assert PingInfo.from_headers(headers) == PingInfo(
        "1.47", "windows", True, "1", "active/manager"
    )


def test_ping_info_missing_and_empty_headers() -> None:
    info = PingInfo.from_headers({"Api-Version": "", "Swarm": "  ", "Server": "proxy"})
    assert info == PingInfo(None, None, False, None, None)
    assert choose_version(info) == OLDEST


# --- choose_version --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("engine", "pinned", "engine_min", "expected"),
    [
        ("1.41", None, None, "1.41"),
        ("1.45", None, "1.24", "1.45"),
        ("1.56", None, None, "1.56"),
        ("1.60", None, None, "1.56"),  # an engine newer than the binding: the binding's newest
        ("v1.47", None, None, "1.47"),
        (PingInfo("1.52", "linux", False, "2", "inactive"), None, None, "1.52"),
        ("1.47", "v1.42", None, "1.42"),
        ("1.47", "1.47", "1.24", "1.47"),
        ("1.60", "1.58", None, "1.58"),  # pinned past NEWEST: used as is when served
        # The engine sent no API-Version: a pinned version is used unchecked, else OLDEST
        # (or the engine's minimum when that is newer).
        (None, None, None, "1.41"),
        (PingInfo(None, "linux", False, None, None), None, None, "1.41"),
        (None, "1.47", None, "1.47"),
        (None, None, "1.44", "1.44"),
    ],
)
def test_choose_version(
    engine: PingInfo | str | None, pinned: str | None, engine_min: str | None, expected: str
) -> None:
    assert choose_version(engine, pinned=pinned, engine_min=engine_min) == expected


def _message(engine: str | None, pinned: str | None = None, engine_min: str | None = None) -> str:
    with pytest.raises(InvalidVersion) as caught:
        choose_version(engine, pinned=pinned, engine_min=engine_min)
    return str(caught.value)


def test_pinned_newer_than_the_engine() -> None:
    message = _message("1.41", pinned="1.43")
    assert "API 1.43 was pinned" in message
    assert "the engine serves at most API 1.41" in message
    assert "pin 1.41 or older" in message


def test_pinned_older_than_this_client_supports() -> None:
    message = _message("1.47", pinned="1.40")
    assert "API 1.40 was pinned" in message
    assert "API 1.41 to 1.56" in message
    assert "pin 1.41 or newer" in message
    # Also when the engine is unknown.
    assert "API 1.41 to 1.56" in _message(None, pinned="v1.24")


def test_pinned_older_than_the_engine_minimum() -> None:
    message = _message("1.51", pinned="1.43", engine_min="1.44")
    assert "API 1.43 was pinned" in message
    assert "API 1.44 or newer only" in message


def test_engine_older_than_this_client_supports() -> None:
    message = _message("1.24")
    assert "at most API 1.24" in message
    assert "API 1.41 to 1.56" in message
    assert "upgrade the Docker Engine" in message
    # A pinned version cannot help: the engine serves none this client speaks.
    assert "at most API 1.24" in _message("1.24", pinned="1.41")


def test_engine_whose_minimum_is_newer_than_this_client() -> None:
    message = _message("1.70", engine_min="1.60")
    assert "API 1.60 to 1.70" in message
    assert "API 1.41 to 1.56" in message
    assert "newer engine-api" in message
    assert "newer engine-api" in _message(None, engine_min="1.60")


@pytest.mark.parametrize(
    ("engine", "pinned", "engine_min", "named"),
    [
        ("1.x", None, None, "'1.x'"),
        ("1.47", "latest", None, "'latest'"),
        ("1.47", None, "old", "'old'"),
    ],
)
def test_text_that_is_not_a_version(
    engine: str, pinned: str | None, engine_min: str | None, named: str
) -> None:
    assert named in _message(engine, pinned=pinned, engine_min=engine_min)


@given(engine=st.integers(41, 200), pinned=st.integers(41, 200))
def test_negotiated_version_is_within_both_sides(engine: int, pinned: int) -> None:
    chosen = parse_version(choose_version(f"1.{engine}"))
    assert parse_version(OLDEST) <= chosen <= parse_version(NEWEST)
    assert chosen == min((1, engine), parse_version(NEWEST))
    if pinned <= engine:
        assert choose_version(f"1.{engine}", pinned=f"1.{pinned}") == f"1.{pinned}"
    else:
        with pytest.raises(InvalidVersion):
            choose_version(f"1.{engine}", pinned=f"1.{pinned}")


# --- check_operation -------------------------------------------------------------------


def test_an_operation_newer_than_the_version_in_use() -> None:
    for version in PINNED:
        refused = refusal(check_operation, "ImageAttestations", version)
        if version in ("1.55", "1.56"):
            assert refused is None, version
        else:
            assert refused is not None, version
            assert refused.what == "operation ImageAttestations (GET /images/{name}/attestations)"
            assert refused.needs == "needs API 1.55 or newer"
            assert refused.in_use == version
            assert str(refused) == (
                "operation ImageAttestations (GET /images/{name}/attestations) needs API 1.55 "
                f"or newer; this client speaks API {version} with the engine"
            )
    check_operation("ImageAttestations", "1.60")  # past NEWEST: still there
    check_operation("ContainerCreate", "1.41")


def test_volume_update_appeared_in_1_42() -> None:
    refused = refusal(check_operation, "VolumeUpdate", "v1.41")
    assert refused is not None and "PUT /volumes/{name}" in refused.what
    check_operation("VolumeUpdate", "v1.42")


def test_unknown_operation_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match="NoSuchOperation"):
        check_operation("NoSuchOperation", "1.41")


# --- check_parameters ------------------------------------------------------------------


def test_a_parameter_newer_than_the_version_in_use() -> None:
    refused = refusal(check_parameters, "ImageList", {"all": True, "identity": True}, "1.53")
    assert refused is not None
    assert refused.what == "query parameter 'identity' of ImageList"
    assert refused.needs == "needs API 1.54 or newer"
    check_parameters("ImageList", {"all": True, "identity": True}, "1.54")
    check_parameters("ImageList", {"all": True, "filters": "{}"}, "1.41")


def test_a_removed_parameter() -> None:
    check_parameters("BuildPrune", {"keep-storage": 1024}, "1.51")
    for version in ("1.52", "1.56", "1.60"):
        refused = refusal(check_parameters, "BuildPrune", {"keep-storage": 1024}, version)
        assert refused is not None
        assert refused.what == "query parameter 'keep-storage' of BuildPrune"
        assert refused.needs == "was removed after API 1.51"
    # Its successors arrived in 1.48.
    refused = refusal(check_parameters, "BuildPrune", {"reserved-space": 1}, "1.47")
    assert refused is not None and refused.needs == "needs API 1.48 or newer"


def test_path_parameters_are_named_as_such() -> None:
    refused = refusal(check_parameters, "ImageAttestations", {"name": "busybox"}, "1.54")
    assert refused is not None
    assert refused.what == "path parameter 'name' of ImageAttestations"


def test_parameters_no_version_knows_and_no_parameters_pass() -> None:
    check_parameters("ImageList", {"future-flag": 1}, "1.41")
    check_parameters("ImageList", {}, "1.41")
    check_parameters("ContainerCreate", {}, "1.41")


# --- check_body ------------------------------------------------------------------------


def test_a_field_of_a_referenced_definition() -> None:
    body = {"Image": "busybox", "HostConfig": {"Annotations": {"io.example/a": "b"}}}
    refused = refusal(check_body, "ContainerCreate", body, "1.42")
    assert refused is not None
    assert refused.what == "body field HostConfig.Annotations of ContainerCreate"
    assert refused.needs == "needs API 1.43 or newer"
    assert str(refused) == (
        "body field HostConfig.Annotations of ContainerCreate needs API 1.43 or newer; "
        "this client speaks API 1.42 with the engine"
    )
    check_body("ContainerCreate", body, "1.43")


def test_a_body_built_from_the_binding_models() -> None:
    annotations = HostConfigAnnotations()
    annotations["io.example/a"] = "b"
    body = ContainerCreateRequest(
        image="busybox",
        cmd=["true"],
        host_config=HostConfig(network_mode="none", annotations=annotations),
    ).to_dict()
    refused = refusal(check_body, "ContainerCreate", body, "1.42")
    assert refused is not None and refused.what.startswith("body field HostConfig.Annotations")
    check_body("ContainerCreate", body, "1.43")
    plain = ContainerCreateRequest(image="busybox", host_config=HostConfig(network_mode="none"))
    check_body("ContainerCreate", plain.to_dict(), "1.41")


def test_a_removed_field() -> None:
    body = {"Name": "net", "CheckDuplicate": True}
    check_body("NetworkCreate", body, "1.45")
    refused = refusal(check_body, "NetworkCreate", body, "1.46")
    assert refused is not None
    assert refused.what == "body field CheckDuplicate of NetworkCreate"
    assert refused.needs == "was removed after API 1.45"
    # CHANGELOG 1.52: a container-wide MacAddress is gone from POST /containers/create,
    # and KernelMemoryTCP from HostConfig (inherited from Resources) and from updates.
    check_body("ContainerCreate", {"MacAddress": "02:42:ac:11:00:02"}, "1.51")
    refused = refusal(check_body, "ContainerCreate", {"MacAddress": "02:42:ac:11:00:02"}, "1.52")
    assert refused is not None and refused.what == "body field MacAddress of ContainerCreate"
    refused = refusal(check_body, "ContainerCreate", {"HostConfig": {"KernelMemoryTCP": 1}}, "1.52")
    assert refused is not None
    assert refused.what == "body field HostConfig.KernelMemoryTCP of ContainerCreate"
    assert refused.needs == "was removed after API 1.51"
    refused = refusal(check_body, "ContainerUpdate", {"KernelMemoryTCP": 1}, "1.60")
    assert refused is not None and refused.needs == "was removed after API 1.51"


def test_array_items_are_walked_with_their_index() -> None:
    body = {"HostConfig": {"Mounts": [{"Type": "bind"}, {"VolumeOptions": {"Subpath": "x"}}]}}
    refused = refusal(check_body, "ContainerCreate", body, "1.44")
    assert refused is not None
    assert (
        refused.what == "body field HostConfig.Mounts[1].VolumeOptions.Subpath of ContainerCreate"
    )
    assert refused.needs == "needs API 1.45 or newer"
    check_body("ContainerCreate", body, "1.45")


def test_map_values_are_walked_under_their_key() -> None:
    body = {"NetworkingConfig": {"EndpointsConfig": {"mynet": {"GwPriority": 10}}}}
    refused = refusal(check_body, "ContainerCreate", body, "1.47")
    assert refused is not None
    assert refused.what == (
        'body field NetworkingConfig.EndpointsConfig["mynet"].GwPriority of ContainerCreate'
    )
    assert refused.needs == "needs API 1.48 or newer"
    check_body("ContainerCreate", body, "1.48")
    # The same through the models: EndpointsConfig values are EndpointSettings.
    endpoints = NetworkingConfigEndpointsConfig()
    endpoints["mynet"] = EndpointSettings(dns_names=["web"])
    modelled = {"NetworkingConfig": NetworkingConfig(endpoints_config=endpoints).to_dict()}
    refused = refusal(check_body, "ContainerCreate", modelled, "1.43")
    assert refused is not None and refused.what.endswith('["mynet"].DNSNames of ContainerCreate')
    check_body("ContainerCreate", modelled, "1.44")


def test_deep_inline_objects_and_list_bodies() -> None:
    body = {"TaskTemplate": {"ContainerSpec": {"Image": "busybox", "OomScoreAdj": 100}}}
    refused = refusal(check_body, "ServiceCreate", body, "1.45")
    assert refused is not None
    assert refused.what == "body field TaskTemplate.ContainerSpec.OomScoreAdj of ServiceCreate"
    check_body("ServiceCreate", body, "1.46")
    health = {"Healthcheck": {"Test": ["CMD", "true"], "StartInterval": 1_000_000}}
    refused = refusal(check_body, "ContainerCreate", health, "1.43")
    assert refused is not None and refused.what.startswith("body field Healthcheck.StartInterval")
    # PluginPull's body is a list of PluginPrivilege: walked, nothing refused.
    check_body("PluginPull", [{"Name": "network", "Value": ["host"]}], "1.41")


def test_map_keys_are_never_taken_for_fields() -> None:
    # Keys that are also names of fields some versions lack, as user data.
    lacking = {"Annotations": "x", "MacAddress": "y", "KernelMemoryTCP": "z", "GwPriority": "w"}
    body = {
        "Labels": lacking,
        "ExposedPorts": {"80/tcp": {}, "MacAddress": {}},
        "Volumes": {"/data": {}, "Annotations": {}},
        "HostConfig": {
            "Annotations": dict(lacking),
            "PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}], "Annotations": []},
            "LogConfig": {"Type": "json-file", "Config": dict(lacking)},
            "Sysctls": dict(lacking),
        },
        "NetworkingConfig": {
            "EndpointsConfig": {"GwPriority": {"Aliases": ["web"], "DriverOpts": lacking}}
        },
    }
    for version in ("1.43", "1.47", "1.52", "1.56"):
        check_body("ContainerCreate", body, version)
    check_body("NetworkCreate", {"Name": "n", "Labels": lacking, "Options": lacking}, "1.46")
    check_body("VolumeCreate", {"Labels": lacking, "DriverOpts": lacking}, "1.41")


def test_keys_no_version_knows_pass() -> None:
    body = {
        "Image": "busybox",
        "FutureField": {"Annotations": 1, "MacAddress": 2},
        "HostConfig": {"FutureHostField": True, "Mounts": [{"FutureMountField": 1}]},
    }
    check_body("ContainerCreate", body, "1.41")


def test_values_of_unexpected_shape_are_not_this_gates_business() -> None:
    check_body("ContainerCreate", {"HostConfig": None, "NetworkingConfig": "x"}, "1.41")
    check_body("ContainerCreate", {"HostConfig": {"Mounts": {"not": "a list"}}}, "1.41")
    check_body("ContainerCreate", None, "1.41")
    check_body("ContainerCreate", "not an object", "1.41")
    check_body("ImageBuild", b"tar bytes", "1.41")  # a body without fields
    check_body("ContainerList", None, "1.41")


def test_unknown_operation_with_a_body_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match="NoSuchOperation"):
        check_body("NoSuchOperation", {}, "1.41")


def _walkable_schemas() -> list[tuple[str, str, tuple[str, ...]]]:
    """``(operationId, schema_path, where)``: request bodies whose root is an object, and
    the definitions one level below them, with the body keys that lead there."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for op_id in history._BODY_REFS:
        target = history.body_target(op_id)
        if target is None or target.startswith(("[]", "{}")):
            continue
        out.append((op_id, target, ()))
        for name in history.field_names(target):
            below = history.field_target(target, name)
            if below is not None and not below.startswith(("[]", "{}")):
                out.append((op_id, below, (name,)))
    return out


@pytest.mark.parametrize(("op_id", "schema_path", "where"), _walkable_schemas())
def test_every_field_is_refused_exactly_where_the_history_lacks_it(
    op_id: str, schema_path: str, where: tuple[str, ...]
) -> None:
    root = history.body_target(op_id)
    assert root is not None
    for name in history.field_names(schema_path):
        for version in (*PINNED, "1.60"):
            body: Mapping[str, object] = {name: None}
            for key in reversed(where):
                body = {key: body}
            refused = refusal(check_body, op_id, body, version)
            if where and not history.has_field(root, where[0], version):
                # The field that leads there is refused first.
                assert refused is not None
                assert refused.what == f"body field {where[0]} of {op_id}"
                continue
            assert (refused is None) is history.has_field(schema_path, name, version), (
                op_id,
                schema_path,
                name,
                version,
            )
            if refused is not None:
                assert refused.what == f"body field {'.'.join((*where, name))} of {op_id}"


def test_answers_are_cached_per_operation_and_version() -> None:
    check_operation("ContainerList", "1.47")
    check_parameters("ContainerList", {"all": True, "limit": 1}, "1.47")
    before = versions._operation_refusal.cache_info().hits
    check_operation("ContainerList", "1.47")
    assert versions._operation_refusal.cache_info().hits == before + 1
    before = versions._parameter_refusals.cache_info().hits
    check_parameters("ContainerList", {"all": True, "limit": 1}, "1.47")
    assert versions._parameter_refusals.cache_info().hits == before + 1
