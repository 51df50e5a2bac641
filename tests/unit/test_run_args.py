"""The translation of docker-py's container arguments (engine_api.run_args) and docker-py's
types (engine_api.types) into the engine's JSON: pure functions, tested alone."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from engine_api_binding.models import (
    IPAM,
    DeviceRequest,
    EndpointSettings,
    HealthConfig,
    HostConfigLogConfig,
    IPAMConfig,
    Mount,
    ResourcesUlimitsItem,
    TaskSpecRestartPolicy,
)

from engine_api import APIClient, run_args, types
from engine_api.run_args import CREATE_ARGS, HOST_CONFIG_ARGS, ContainerArgs, create_body

host_config = run_args.host_config_dict


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (512, 512),
        ("512", 512),
        ("512m", 512 * 1024**2),
        ("512M", 512 * 1024**2),
        ("1.5g", int(1.5 * 1024**3)),
        ("2GB", 2 * 1024**3),
        ("64k", 64 * 1024),
    ],
)
def test_mem_limit_forms(given: Any, expected: int) -> None:
    assert host_config(mem_limit=given) == {"Memory": expected}


@pytest.mark.parametrize("bad", ["lots", "12x", "", True, "-1m"])
def test_a_bad_size_names_the_argument(bad: Any) -> None:
    with pytest.raises(ValueError, match="mem_limit"):
        host_config(mem_limit=bad)


def test_memory_arguments() -> None:
    assert host_config(memswap_limit=-1, mem_reservation="1m", shm_size="2m") == {
        "MemorySwap": -1,
        "MemoryReservation": 1024**2,
        "ShmSize": 2 * 1024**2,
    }


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({80: 8080}, {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}),
        ({"80/tcp": "8080"}, {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}),
        ({80: None}, {"80/tcp": [{"HostIp": "", "HostPort": ""}]}),
        ({80: ("127.0.0.1", 8080)}, {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}),
        ({80: ("127.0.0.1",)}, {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}]}),
        ({80: (8080,)}, {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}),
        (
            {"53/udp": [53, 5353]},
            {"53/udp": [{"HostIp": "", "HostPort": p} for p in ("53", "5353")]},
        ),
        (
            {80: {"HostIp": "127.0.0.1", "HostPort": "1"}},
            {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "1"}]},
        ),
    ],
)
def test_port_bindings_forms(given: Any, expected: Any) -> None:
    assert host_config(port_bindings=given) == {"PortBindings": expected}


def test_bad_port_bindings() -> None:
    with pytest.raises(ValueError, match="ports"):
        host_config(port_bindings={80: 1.5})
    with pytest.raises(ValueError, match="ports"):
        host_config(port_bindings=[80])


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"/h": {"bind": "/c", "mode": "ro"}}, ["/h:/c:ro"]),
        ({"/h": {"bind": "/c"}}, ["/h:/c:rw"]),
        ({"/h": {"bind": "/c", "ro": True}}, ["/h:/c:ro"]),
        ({"/h": {"bind": "/c", "mode": "rw", "propagation": "rshared"}}, ["/h:/c:rw,rshared"]),
        ({"/h": "/c"}, ["/h:/c:rw"]),
        (["/h:/c:ro", "named:/d"], ["/h:/c:ro", "named:/d"]),
    ],
)
def test_binds_forms(given: Any, expected: list[str]) -> None:
    assert host_config(binds=given) == {"Binds": expected}


def test_bad_binds() -> None:
    with pytest.raises(ValueError, match="binds"):
        host_config(binds={"/h": {"mode": "ro"}})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            {"Name": "on-failure", "MaximumRetryCount": 3},
            {"Name": "on-failure", "MaximumRetryCount": 3},
        ),
        ({"name": "always"}, {"Name": "always", "MaximumRetryCount": 0}),
        ("on-failure:5", {"Name": "on-failure", "MaximumRetryCount": 5}),
        (types.RestartPolicy("any"), {"Name": "always", "MaximumRetryCount": 0}),
        (
            types.RestartPolicy(condition="on-failure", max_attempts=2),
            {"Name": "on-failure", "MaximumRetryCount": 2},
        ),
        ({"Condition": "none"}, {"Name": "no", "MaximumRetryCount": 0}),
    ],
)
def test_restart_policy_forms(given: Any, expected: Any) -> None:
    assert host_config(restart_policy=given) == {"RestartPolicy": expected}


def test_unknown_and_unsupported_arguments() -> None:
    with pytest.raises(TypeError, match="did you mean 'mem_limit'"):
        host_config(mem_limt="1g")
    with pytest.raises(ValueError, match="lxc_conf"):
        host_config(lxc_conf={"lxc.utsname": "x"})
    with pytest.raises(ValueError, match="init_path"):
        host_config(init_path="/sbin/tini")


def test_the_run_path_and_create_host_config_agree() -> None:
    body = run_args.create_body(
        "img",
        "sleep 1",
        ports={80: ("127.0.0.1", 8080)},
        volumes={"/h": {"bind": "/c", "mode": "ro"}},
        mem_limit="1m",
        ulimits=[types.Ulimit(name="nofile", soft=1, hard=2)],
    ).to_dict()
    assert body["HostConfig"] == host_config(
        port_bindings={80: ("127.0.0.1", 8080)},
        binds={"/h": {"bind": "/c", "mode": "ro"}},
        mem_limit="1m",
        ulimits=[{"Name": "nofile", "Soft": 1, "Hard": 2}],
    )
    assert body["ExposedPorts"] == {"80/tcp": {}} and body["Volumes"] == {"/c": {}}


def test_low_level_container_config() -> None:
    config = run_args.container_config(
        "img",
        "echo 'a b'",
        ports=[80, "53/udp", (1111, "sctp")],
        volumes="/data",
        environment={"A": "1"},
        labels=["x"],
        user=1000,
        runtime="runc",
        detach=True,
    ).to_dict()
    assert config["Cmd"] == ["echo", "a b"]
    assert config["ExposedPorts"] == {"80/tcp": {}, "53/udp": {}, "1111/sctp": {}}
    assert config["Volumes"] == {"/data": {}} and config["Env"] == ["A=1"]
    assert config["Labels"] == {"x": ""} and config["User"] == "1000"
    assert config["HostConfig"] == {"Runtime": "runc"}
    assert config["AttachStdout"] is False and config["AttachStdin"] is False
    attached = run_args.container_config("img", stdin_open=True).to_dict()
    assert attached["AttachStdout"] and attached["AttachStdin"] and attached["StdinOnce"]
    with pytest.raises(ValueError, match="ports"):
        run_args.container_config("img", ports=80)  # type: ignore[arg-type]


def test_types_are_the_typed_models_of_docker_py_shapes() -> None:
    mount = types.Mount("/c", "vol", labels={"a": "b"}, no_copy=True)
    assert isinstance(mount, Mount)
    assert mount.to_dict() == {
        "Target": "/c",
        "Source": "vol",
        "Type": "volume",
        "ReadOnly": False,
        "VolumeOptions": {"NoCopy": True, "Labels": {"a": "b"}},
    }
    bind = types.Mount("/c", "/h", type="bind", read_only=True, propagation="rprivate")
    assert bind.to_dict()["BindOptions"] == {"Propagation": "rprivate"}
    tmpfs = types.Mount("/t", None, type="tmpfs", tmpfs_size="1m", tmpfs_mode=0o1777)
    assert tmpfs.to_dict()["TmpfsOptions"] == {"SizeBytes": 1024**2, "Mode": 0o1777}
    with pytest.raises(ValueError, match="propagation"):
        types.Mount("/c", "vol", propagation="rshared")
    with pytest.raises(ValueError, match="mount type"):
        types.Mount("/c", "vol", type="nfs")
    assert types.Mount.parse_mount_string("/h:/c:ro").to_dict() == {
        "Target": "/c",
        "Source": "/h",
        "Type": "bind",
        "ReadOnly": True,
    }
    assert types.Mount.parse_mount_string("vol:/c").to_dict()["Type"] == "volume"
    assert types.Mount.parse_mount_string("/anon").to_dict() == {
        "Target": "/anon",
        "Type": "volume",
        "ReadOnly": False,
    }
    with pytest.raises(ValueError, match="mount"):
        types.Mount.parse_mount_string("a:b:c:d")

    log = types.LogConfig(type=types.LogConfig.types.SYSLOG, config={"tag": "x"})
    assert isinstance(log, HostConfigLogConfig)
    assert log.to_dict() == {"Type": "syslog", "Config": {"tag": "x"}}

    ipam = types.IPAMConfig(
        pool_configs=[types.IPAMPool(subnet="10.0.0.0/24", aux_addresses={"r": "10.0.0.9"})],
        options={"o": "1"},
    )
    assert isinstance(ipam, IPAM) and isinstance(ipam.config, list)
    assert isinstance(ipam.config[0], IPAMConfig)
    assert ipam.to_dict() == {
        "Driver": "default",
        "Config": [{"Subnet": "10.0.0.0/24", "AuxiliaryAddresses": {"r": "10.0.0.9"}}],
        "Options": {"o": "1"},
    }
    with pytest.raises(TypeError, match="options"):
        types.IPAMConfig(options=["o"])  # type: ignore[arg-type]

    endpoint = types.EndpointConfig(
        "1.44", aliases=["a"], links={"db": "data"}, ipv6_address="fd00::2", driver_opt={"k": "v"}
    )
    assert isinstance(endpoint, EndpointSettings)
    assert endpoint.to_dict() == {
        "Aliases": ["a"],
        "Links": ["db:data"],
        "IPAMConfig": {"IPv6Address": "fd00::2"},
        "DriverOpts": {"k": "v"},
    }

    health = types.Healthcheck(test="curl -f x", interval="30s", timeout=10**9, start_period="1m")
    assert isinstance(health, HealthConfig)
    assert health.to_dict() == {
        "Test": ["CMD-SHELL", "curl -f x"],
        "Interval": 30 * 10**9,
        "Timeout": 10**9,
        "StartPeriod": 60 * 10**9,
    }
    assert types.Healthcheck(Test=["NONE"]).to_dict() == {"Test": ["NONE"]}

    ulimit = types.Ulimit(name="nofile", soft=10, hard=20)
    assert isinstance(ulimit, ResourcesUlimitsItem)
    assert ulimit.to_dict() == {"Name": "nofile", "Soft": 10, "Hard": 20}
    with pytest.raises(TypeError, match="soft"):
        types.Ulimit(name="nofile", soft="10")  # type: ignore[arg-type]

    request = types.DeviceRequest(driver="nvidia", count=-1, capabilities=[["gpu"]])
    assert isinstance(request, DeviceRequest)
    assert host_config(device_requests=[request, {"count": 1, "device_ids": ["0"]}]) == {
        "DeviceRequests": [
            {
                "Driver": "nvidia",
                "Count": -1,
                "DeviceIDs": [],
                "Capabilities": [["gpu"]],
                "Options": {},
            },
            {"Count": 1, "DeviceIDs": ["0"]},
        ]
    }

    policy = types.RestartPolicy(
        condition=types.RestartPolicy.condition_types.ON_FAILURE, max_attempts=3, delay=5
    )
    assert isinstance(policy, TaskSpecRestartPolicy)
    assert policy.to_dict() == {
        "Condition": "on-failure",
        "Delay": 5,
        "MaxAttempts": 3,
        "Window": 0,
    }
    with pytest.raises(ValueError, match="condition"):
        types.RestartPolicy(condition="sometimes")


def test_api_client_builds_configs_without_the_engine() -> None:
    api = APIClient(base_url="unix:///nonexistent.sock", version="1.44")
    made = api.create_host_config(
        mounts=["type=bind,source=/h,target=/c,readonly", "/h2:/c2"],
        log_config={"type": "json-file", "config": {}},
        tmpfs=["/run:size=1m"],
    ).to_dict()
    assert made["Mounts"] == [
        {"Type": "bind", "Source": "/h", "Target": "/c", "ReadOnly": True},
        {"Target": "/c2", "Source": "/h2", "Type": "bind", "ReadOnly": False},
    ]
    assert made["Tmpfs"] == {"/run": "size=1m"}
    networking = api.create_networking_config({"net": api.create_endpoint_config(aliases=["a"])})
    assert networking.to_dict() == {"EndpointsConfig": {"net": {"Aliases": ["a"]}}}
    assert api.create_networking_config().to_dict() == {}


def test_the_typed_arguments_are_exactly_the_ones_create_body_takes() -> None:
    typed = set(typing.get_type_hints(ContainerArgs))
    taken = set(CREATE_ARGS) | set(HOST_CONFIG_ARGS) | {"network"}
    assert typed == taken - {"command"}  # command: run's and create's own parameter
    assert not ContainerArgs.__required_keys__


def test_a_misspelled_argument_is_a_type_error_naming_it_with_a_suggestion() -> None:
    with pytest.raises(TypeError, match=r"'enviroment' \(did you mean 'environment'\?\)"):
        create_body("busybox", "true", enviroment={"A": "1"})
    body = create_body("busybox", "env", environment={"A": 1, "B": None}, network="net")
    assert body.env == ["A=1", "B="]
    assert body.host_config is not None and body.host_config.network_mode == "net"
