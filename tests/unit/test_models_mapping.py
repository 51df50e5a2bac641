"""The generated models read as the engine's JSON mappings, with one absent/null form (None),
and give back exactly what they parsed. Pure: no engine (the engine tests read real answers,
tests/client/_async/test_containers.py and tests/binding/test_every_operation.py)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import pytest
from engine_api_binding.models import (
    ContainerConfig,
    ContainerInspectResponse,
    ContainerState,
    ContainerSummary,
    EndpointSettings,
    FilesystemChange,
    Health,
    ImagesDiskUsage,
    MountPoint,
    NetworkSettings,
)

from tests.roundtrip import mapping_differences

# Shaped as an engine sends it: Go nils as null, keys the spec does not declare, nesting.
INSPECT: dict[str, Any] = {
    "Id": "4fa6e0f0c678",
    "Name": "/web",
    # Parsed to a datetime, which keeps microseconds (see tests/roundtrip.py): this form comes
    # back as it went.
    "Created": "2024-01-02T03:04:05.123456+00:00",
    "Args": None,
    "State": {
        "Status": "running",
        "Running": True,
        "Pid": 42,
        "ExitCode": 0,
        "Health": None,
        "Restarting": False,
    },
    "Config": {
        "Image": "busybox",
        "Cmd": ["sleep", "60"],
        "Labels": {"app": "web"},
        "Env": None,
        "Volumes": None,
        "SomethingNew": {"nested": [1, None]},
    },
    "Mounts": [{"Type": "volume", "Source": "/var/lib/x", "Destination": "/data", "RW": True}],
    "NetworkSettings": {
        "Networks": {
            "bridge": {"IPAddress": "172.17.0.2", "Aliases": None, "DriverOpts": None},
        },
    },
    "FutureField": None,
    "AnotherFutureField": "kept",
}


def parsed() -> ContainerInspectResponse:
    return ContainerInspectResponse.from_dict(copy.deepcopy(INSPECT))


def test_round_trip_keeps_nulls_absent_keys_and_additional_properties() -> None:
    model = parsed()
    assert model.to_dict() == INSPECT
    assert "Env" in model.to_dict()["Config"] and model.to_dict()["Config"]["Env"] is None
    assert "Entrypoint" not in model.to_dict()["Config"]  # absent stays absent
    assert model.additional_properties == {"FutureField": None, "AnotherFutureField": "kept"}
    assert mapping_differences(INSPECT, model) == []


def test_reads_by_json_keys_nested_models_and_lists() -> None:
    model = parsed()
    assert model["Id"] == "4fa6e0f0c678"
    assert model["State"]["Status"] == "running"
    assert isinstance(model["State"], ContainerState)
    assert isinstance(model["Config"], ContainerConfig)
    assert model["Config"]["Labels"]["app"] == "web"
    assert isinstance(model["Mounts"], list)
    assert isinstance(model["Mounts"][0], MountPoint)
    assert model["Mounts"][0]["Source"] == "/var/lib/x"
    bridge = model["NetworkSettings"]["Networks"]["bridge"]
    assert isinstance(bridge, EndpointSettings) and bridge["IPAddress"] == "172.17.0.2"
    assert model["AnotherFutureField"] == "kept"  # an additional property
    assert model["Config"]["SomethingNew"] == {"nested": [1, None]}


@pytest.mark.parametrize("key", ["Args", "FutureField", "Image", "NoSuchKey"])
def test_null_or_absent_key_is_a_keyerror_naming_model_and_key(key: str) -> None:
    model = parsed()  # Args: null (a field), FutureField: null (additional), Image: absent
    with pytest.raises(KeyError) as raised:
        model[key]
    message = str(raised.value)
    assert "ContainerInspectResponse" in message and repr(key) in message
    assert key not in model
    assert model.get(key) is None
    assert model.get(key, "fallback") == "fallback"


def test_in_is_true_exactly_when_getitem_succeeds() -> None:
    model = parsed()
    for key in [*INSPECT, *ContainerInspectResponse._keys, "Nope"]:
        try:
            model[key]
        except KeyError:
            assert key not in model
        else:
            assert key in model
    assert 1 not in model  # type: ignore[comparison-overlap]


def test_keys_values_items_iter_len() -> None:
    state = parsed()["State"]
    sent = ["Status", "Running", "Pid", "ExitCode", "Restarting"]  # Health was null
    assert sorted(state.keys()) == sorted(sent)
    assert sorted(state) == sorted(sent)
    assert len(state) == len(sent)
    assert dict(state.items()) == {k: INSPECT["State"][k] for k in sent}
    assert sorted(map(str, state.values())) == sorted(str(INSPECT["State"][k]) for k in sent)
    keys = state.keys()
    assert "Status" in keys and "Health" not in keys
    assert isinstance(state, Mapping)
    assert dict(state) == dict(state.items())


def test_equality_with_dicts_and_models() -> None:
    model = parsed()
    assert model == INSPECT
    assert INSPECT == model  # noqa: SIM300 - the dict on the left: reflected equality
    assert model != {**INSPECT, "Id": "other"}
    assert model["State"] == INSPECT["State"]
    assert model["State"] != {"Status": "running"}
    # A dict holding models compares with the data they hold.
    assert {"State": model["State"]} == {"State": INSPECT["State"]}
    assert model == parsed()
    other = parsed()
    other.name = "/db"
    assert model != other
    assert model != "a string"
    assert ContainerState(error="x") != Health(failing_streak=1)  # another class


def test_models_stay_unhashable() -> None:
    with pytest.raises(TypeError):
        hash(parsed())
    with pytest.raises(TypeError):
        hash(ContainerState())


def test_fields_are_value_or_none() -> None:
    model = parsed()
    assert model.id == "4fa6e0f0c678"
    assert model.image is None  # absent
    assert model.args is None  # sent as null
    assert model.config is not None and model.config.env is None
    assert model.state is not None and model.state.health is None


def test_user_built_model_sends_only_what_was_set() -> None:
    config = ContainerConfig(image="busybox", cmd=["true"])
    assert config.to_dict() == {"Image": "busybox", "Cmd": ["true"]}
    assert ContainerState().to_dict() == {}
    assert "Image" in config and "Env" not in config and len(config) == 2
    # A required field is sent even when it is all there is.
    assert FilesystemChange(path="/etc", kind=0).to_dict() == {"Path": "/etc", "Kind": 0}


def test_setitem_and_delitem() -> None:
    model = parsed()
    config = model["Config"]
    config["Image"] = "alpine"  # a known key sets the field
    assert config.image == "alpine" and config["Image"] == "alpine"
    config["Brand-New"] = 1  # an unknown key is an additional property
    assert config.additional_properties["Brand-New"] == 1 and config["Brand-New"] == 1
    del config["Brand-New"]
    assert "Brand-New" not in config.to_dict()
    del config["Env"]  # sent as null: deleting it means it is no longer sent at all
    assert "Env" not in config.to_dict()
    assert "Volumes" in config.to_dict()  # the other nulls stay
    del config["Image"]
    assert config.image is None and "Image" not in config.to_dict()
    with pytest.raises(KeyError):
        del config["Image"]  # no longer there
    with pytest.raises(KeyError):
        del config["Never-There"]
    config["Volumes"] = None  # None clears, as del does
    assert "Volumes" not in config.to_dict()
    assert INSPECT["Config"]["Env"] is None  # the parsed mapping was not changed


def test_parsing_does_not_change_its_input() -> None:
    raw = copy.deepcopy(INSPECT)
    model = ContainerInspectResponse.from_dict(raw)
    del model["Args"]
    model["State"]["Status"] = "exited"
    assert raw == INSPECT


def test_list_of_summaries_and_field_named_like_a_mapping_method() -> None:
    raw = {"ActiveCount": 1, "TotalCount": 2, "Reclaimable": 0, "TotalSize": 10, "Items": None}
    usage = ImagesDiskUsage.from_dict(raw)
    assert usage.items_ is None and usage.to_dict() == raw
    assert callable(usage.items) and dict(usage.items()) == {
        k: v for k, v in raw.items() if v is not None
    }
    summary = ContainerSummary.from_dict({"Id": "x", "Names": ["/a"], "Ports": []})
    assert summary["Names"] == ["/a"] and summary["Ports"] == []  # an empty list is a value


def test_typed_additional_properties_read_as_models() -> None:
    settings = NetworkSettings.from_dict(copy.deepcopy(INSPECT["NetworkSettings"]))
    networks = settings["Networks"]
    assert list(networks) == ["bridge"]
    assert networks.get("bridge") is networks["bridge"]
    assert networks.get("host") is None
    assert "host" not in networks


def test_models_are_plain_slotted_classes_with_the_constructor_of_their_fields() -> None:
    import pickle
    import weakref

    # Fields in order (required first), keyword or positional; additional_properties and the
    # kept mapping are not arguments.
    state = ContainerState("running", True, pid=7)
    assert (state.status, state.running, state.pid, state.health) == ("running", True, 7, None)
    assert state.additional_properties == {} and state.to_dict() == {
        "Status": "running",
        "Running": True,
        "Pid": 7,
    }
    with pytest.raises(TypeError):
        ContainerState(additional_properties={})  # type: ignore[call-arg]
    with pytest.raises(AttributeError):
        state.no_such_field = 1  # type: ignore[attr-defined]  # slots: no stray attributes
    assert repr(ContainerState(status="exited", exit_code=3)).startswith(
        "ContainerState(status='exited', running=None, paused=None,"
    )
    assert repr(state).endswith("health=None, additional_properties={})")
    match state:
        case ContainerState("running", True):
            pass
        case _:
            pytest.fail("positional patterns take the fields in the constructor's order")
    assert weakref.ref(state)() is state
    for copied in (copy.copy(state), copy.deepcopy(state), pickle.loads(pickle.dumps(state))):
        assert copied == state and copied is not state
    parsed = ContainerInspectResponse.from_dict(INSPECT)
    assert pickle.loads(pickle.dumps(parsed)) == parsed
    assert pickle.loads(pickle.dumps(parsed)).to_dict() == INSPECT


def test_importing_a_model_does_not_import_attrs() -> None:
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from engine_api_binding.models import ContainerInspectResponse, ImageInspect\n"
        "ContainerInspectResponse.from_dict({'Id': 'x', 'State': {'Status': 'running'}}).state\n"
        "ImageInspect(id='sha256:1')\n"
        "print(sorted(m for m in ('attr', 'attrs', 'dataclasses') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
