"""docker-py's service keywords and service types (engine_api.service_args): pure
translations, checked without an engine (the engine tests are tests/client/*/test_services.py)."""

from __future__ import annotations

import pytest

from engine_api.service_args import (
    EndpointSpec,
    RollbackConfig,
    ServiceMode,
    UpdateConfig,
    merge_spec,
    service_spec,
)


def test_service_mode_as_docker_py_builds_it() -> None:
    assert ServiceMode("replicated", 3).to_dict() == {"Replicated": {"Replicas": 3}}
    assert ServiceMode().to_dict() == {"Replicated": {}}
    assert ServiceMode("global").to_dict() == {"Global": {}}
    assert ServiceMode("replicated-job", 5, concurrency=2).to_dict() == {
        "ReplicatedJob": {"MaxConcurrent": 2, "TotalCompletions": 5}
    }
    with pytest.raises(ValueError, match="one of replicated, global"):
        ServiceMode("replicas", 3)
    with pytest.raises(ValueError, match="replicas can only"):
        ServiceMode("global", 3)
    with pytest.raises(ValueError, match="replicas must be a number"):
        ServiceMode("replicated", -1)
    with pytest.raises(ValueError, match="concurrency is for the job modes"):
        ServiceMode("replicated", 2, concurrency=2)


def test_update_rollback_and_endpoint_configs() -> None:
    assert UpdateConfig(2, "10s", "rollback", "1m", 0.5, "start-first").to_dict() == {
        "Parallelism": 2,
        "Delay": 10_000_000_000,
        "FailureAction": "rollback",
        "Monitor": 60_000_000_000,
        "MaxFailureRatio": 0.5,
        "Order": "start-first",
    }
    assert RollbackConfig().to_dict() == {"Parallelism": 0, "FailureAction": "continue"}
    with pytest.raises(ValueError, match="failure_action"):
        RollbackConfig(failure_action="rollback")
    with pytest.raises(ValueError, match="order"):
        UpdateConfig(order="first")
    with pytest.raises(ValueError, match="max_failure_ratio"):
        UpdateConfig(max_failure_ratio=2)
    with pytest.raises(ValueError, match="delay"):
        UpdateConfig(delay="soon")
    ports = EndpointSpec("vip", {8080: 80, 5353: (53, "udp"), 9000: (90, "tcp", "host")})
    assert ports.to_dict() == {
        "Mode": "vip",
        "Ports": [
            {"PublishedPort": 8080, "TargetPort": 80, "Protocol": "tcp"},
            {"PublishedPort": 5353, "TargetPort": 53, "Protocol": "udp"},
            {"PublishedPort": 9000, "TargetPort": 90, "Protocol": "tcp", "PublishMode": "host"},
        ],
    }
    with pytest.raises(ValueError, match="vip"):
        EndpointSpec("round-robin")


def test_service_spec_from_docker_py_keywords() -> None:
    spec = service_spec(
        "busybox",
        "sh -c 'echo hi'",
        {
            "name": "web",
            "labels": {"a": "b"},
            "container_labels": {"c": "d"},
            "env": {"A": "1"},
            "workdir": "/w",
            "hosts": {"db": "10.0.0.2"},
            "mounts": ["/src:/dst:ro", "data:/data"],
            "constraints": ["node.role==manager"],
            "preferences": [("spread", "node.labels.zone")],
            "platforms": [("amd64", "linux")],
            "maxreplicas": 2,
            "log_driver": "json-file",
            "log_driver_options": {"max-size": "1m"},
            "networks": ["front"],
            "stop_grace_period": "3s",
            "cap_add": ["NET_ADMIN"],
            "mode": "global",
            "restart_policy": None,  # None: not given, as in docker-py
        },
    ).to_dict()
    assert spec["Name"] == "web" and spec["Labels"] == {"a": "b"}
    assert spec["Mode"] == {"Global": {}}
    task = spec["TaskTemplate"]
    assert "RestartPolicy" not in task
    assert task["ContainerSpec"] == {
        "Image": "busybox",
        "Command": ["sh", "-c", "echo hi"],
        "Labels": {"c": "d"},
        "Env": ["A=1"],
        "Dir": "/w",
        "Hosts": ["10.0.0.2 db"],
        "Mounts": [
            {"Source": "/src", "Target": "/dst", "Type": "bind", "ReadOnly": True},
            {"Source": "data", "Target": "/data", "Type": "volume", "ReadOnly": False},
        ],
        "StopGracePeriod": 3_000_000_000,
        "CapabilityAdd": ["NET_ADMIN"],
    }
    assert task["Placement"] == {
        "Constraints": ["node.role==manager"],
        "Preferences": [{"Spread": {"SpreadDescriptor": "node.labels.zone"}}],
        "MaxReplicas": 2,
        "Platforms": [{"Architecture": "amd64", "OS": "linux"}],
    }
    assert task["LogDriver"] == {"Name": "json-file", "Options": {"max-size": "1m"}}
    assert task["Networks"] == [{"Target": "front"}]


def test_bad_keywords_are_named() -> None:
    with pytest.raises(TypeError, match=r"'enviroment' \(did you mean 'env'\?\)|'enviroment'"):
        service_spec("busybox", None, {"enviroment": {"A": "1"}})
    with pytest.raises(TypeError, match="'force_update'"):
        service_spec("busybox", None, {"force_update": True})
    with pytest.raises(TypeError, match="needs an image"):
        service_spec("", None, {})
    with pytest.raises(ValueError, match="log_driver_options needs"):
        service_spec("busybox", None, {"log_driver_options": {"a": "b"}})
    with pytest.raises(ValueError, match="source:target"):
        service_spec("busybox", None, {"mounts": ["/a:/b:rx"]})
    with pytest.raises(ValueError, match="spread"):
        service_spec("busybox", None, {"preferences": [("pack", "x")]})


def test_merge_keeps_what_is_not_given() -> None:
    current = {
        "Name": "web",
        "Labels": {"a": "b"},
        "Mode": {"Replicated": {"Replicas": 3}},
        "TaskTemplate": {
            "ContainerSpec": {"Image": "busybox", "Command": ["sleep", "9"], "Env": ["A=1"]},
            "ForceUpdate": 2,
            "RestartPolicy": {"Condition": "any"},
        },
    }
    merged = merge_spec(current, {"env": ["A=2"], "force_update": True, "mode": ServiceMode()})
    assert merged["Name"] == "web" and merged["Labels"] == {"a": "b"}
    assert merged["Mode"] == {"Replicated": {}}
    assert merged["TaskTemplate"] == {
        "ContainerSpec": {"Image": "busybox", "Command": ["sleep", "9"], "Env": ["A=2"]},
        "ForceUpdate": 3,
        "RestartPolicy": {"Condition": "any"},
    }
    assert current["TaskTemplate"]["ContainerSpec"]["Env"] == ["A=1"]  # not changed in place
    image = merge_spec(current, {"image": "other", "command": "true"})["TaskTemplate"]
    assert image["ContainerSpec"]["Image"] == "other"
    assert image["ContainerSpec"]["Command"] == ["true"]
    with pytest.raises(TypeError, match="'replica'"):
        merge_spec(current, {"replica": 2})
    assert merge_spec(current, {"fetch_current_spec": True}) == current  # docker-py's default
    with pytest.raises(ValueError, match="fetch_current_spec=False"):
        merge_spec(current, {"fetch_current_spec": False})
