"""docker-py's low-level names (``client.api``, alone as ``AsyncAPIClient``) and
``engine_api.types`` against the real engine: docker-py scripts ported by changing the
import.

Written once for asyncio; tests/client/_sync/test_lowlevel.py is derived from this file by
scripts/unasync.py, so both clients run the same scenarios.

The test engine runs with ``--bridge=none``: the containers that need a network (ports
published on 127.0.0.1, aliases) are on a user-defined bridge network of the test's own.
The models are read with ``to_dict()``, the engine's JSON, as docker-py's dicts are.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from engine_api_binding.models import (
    ContainerCreateResponse,
    ContainerInspectResponse,
    ContainerSummary,
    HostConfig,
    NetworkCreateResponse,
    NetworkInspect,
    SystemDataUsageResponse,
    SystemInfo,
    SystemVersion,
    Volume,
    VolumeListResponse,
)

from engine_api import AsyncAPIClient, AsyncDockerClient, errors, types
from engine_api._async.streaming import AsyncOutput


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def subnet() -> str:
    """A /24 unlikely to overlap another network on the engine."""
    return f"10.{random.randint(160, 250)}.{random.randint(0, 255)}"


async def bridge(api: AsyncAPIClient, cleanup: Any, block: str) -> tuple[str, str]:
    """A bridge network of the test's own, with docker-py's IPAM types: (name, id)."""
    name = unique("ea-llnet")
    ipam = types.IPAMConfig(
        pool_configs=[types.IPAMPool(subnet=f"{block}.0/24", gateway=f"{block}.1")]
    )
    created = await api.create_network(
        name, driver="bridge", ipam=ipam, labels=cleanup.labels, check_duplicate=True
    )
    assert isinstance(created, NetworkCreateResponse) and len(str(created.id)) == 64
    return name, cleanup.network(str(created.id))


async def until_logged(api: AsyncAPIClient, cid: str, text: bytes) -> bytes:
    deadline = time.monotonic() + 15
    while True:
        logs = await api.logs(cid)
        if text in logs or time.monotonic() > deadline:
            return logs
        time.sleep(0.2)


@pytest.mark.anyio
async def test_docker_py_container_script(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    api = client.api
    net_name, _ = await bridge(api, cleanup, subnet())
    (tmp_path / "data.txt").write_text("from-the-host\n")
    volume_name = cleanup.volume(unique("ea-llvol"))
    host_config = api.create_host_config(
        binds={str(tmp_path): {"bind": "/bound", "mode": "ro"}},
        port_bindings={8080: ("127.0.0.1", None), "9090/udp": ("127.0.0.1",)},
        mem_limit="64m",
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 2},
        log_config=types.LogConfig(type=types.LogConfig.types.JSON, config={"max-size": "1m"}),
        ulimits=[types.Ulimit(name="nofile", soft=1024, hard=2048)],
        mounts=[
            types.Mount("/vol", volume_name, type="volume", labels=cleanup.labels),
            types.Mount("/scratch", None, type="tmpfs", tmpfs_size="1m"),
        ],
        network_mode=net_name,
    )
    assert isinstance(host_config, HostConfig)
    name = unique("ea-ll")
    script = "echo hello-ll; cat /bound/data.txt; while true; do stty size; sleep 0.2; done"
    created = await api.create_container(
        test_image,
        ["sh", "-c", script],
        name=name,
        tty=True,
        ports=[8080, (9090, "udp")],
        environment={"GREETING": "hi"},
        labels=cleanup.labels,
        host_config=host_config,
        working_dir="/tmp",
        stop_signal="SIGTERM",
    )
    assert isinstance(created, ContainerCreateResponse)
    cid = cleanup.container(str(created.id))

    await api.start(created)  # docker-py's dict-like answer works as the container
    inspected = await api.inspect_container(cid)
    assert isinstance(inspected, ContainerInspectResponse)
    state = inspected.to_dict()
    assert state["State"]["Running"] is True
    assert state["Name"] == f"/{name}" and "GREETING=hi" in state["Config"]["Env"]
    assert state["Config"]["WorkingDir"] == "/tmp" and state["Config"]["Tty"] is True
    host = state["HostConfig"]
    assert host["Memory"] == 64 * 1024 * 1024
    assert host["RestartPolicy"] == {"Name": "on-failure", "MaximumRetryCount": 2}
    assert host["LogConfig"] == {"Type": "json-file", "Config": {"max-size": "1m"}}
    assert host["Ulimits"] == [{"Name": "nofile", "Soft": 1024, "Hard": 2048}]
    assert host["Binds"] == [f"{tmp_path}:/bound:ro"]
    assert [m["Target"] for m in host["Mounts"]] == ["/vol", "/scratch"]
    assert host["Mounts"][1]["TmpfsOptions"]["SizeBytes"] == 1024 * 1024
    assert {m["Destination"] for m in state["Mounts"]} >= {"/vol", "/bound", "/scratch"}

    logs = await until_logged(api, cid, b"from-the-host")
    assert b"hello-ll" in logs and b"from-the-host" in logs

    top = (await api.top(cid)).to_dict()
    assert "PID" in top["Titles"]
    assert any("stty size" in " ".join(p) for p in top["Processes"])
    assert (await api.top(cid, ps_args="-o pid,comm")).to_dict()["Titles"] == ["PID", "COMMAND"]

    published = await api.port(cid, 8080)
    assert published is not None and len(published) == 1
    assert published[0].to_dict()["HostIp"] == "127.0.0.1"
    assert int(published[0].to_dict()["HostPort"]) > 0
    assert (await api.port(cid, "9090/udp")) is not None
    assert await api.port(cid, 7777) is None

    assert await api.execute(cid, "cat /bound/data.txt") == b"from-the-host\n"
    await api.execute(cid, ["touch", "/made-here"])
    changes = [c.to_dict() for c in await api.diff(cid)]
    assert {"Path": "/made-here", "Kind": 1} in changes

    renamed = unique("ea-ll-renamed")
    await api.rename(cid, renamed)
    assert (await api.inspect_container(renamed)).to_dict()["Id"] == cid

    await api.resize(cid, height=31, width=101)
    assert b"31 101" in await until_logged(api, cid, b"31 101")

    await api.pause(cid)
    assert (await api.inspect_container(cid)).to_dict()["State"]["Paused"] is True
    await api.unpause(cid)
    assert (await api.inspect_container(cid)).to_dict()["State"]["Paused"] is False

    updated = await api.update_container(
        cid, mem_limit="48m", restart_policy={"Name": "no", "MaximumRetryCount": 0}
    )
    assert isinstance(updated.to_dict().get("Warnings", []), list)
    host = (await api.inspect_container(cid)).to_dict()["HostConfig"]
    assert host["Memory"] == 48 * 1024 * 1024 and host["RestartPolicy"]["Name"] == "no"

    listed = await api.containers(all=True, filters={"label": ["engine-api-test=1"], "id": [cid]})
    assert [c.id for c in listed] == [cid] and isinstance(listed[0], ContainerSummary)
    assert [c.to_dict() for c in await api.containers(quiet=True, filters={"id": [cid]})] == [
        {"Id": cid}
    ]
    assert [c.id for c in await api.containers(trunc=True, filters={"id": [cid]})] == [cid[:12]]

    await api.stop(cid, timeout=1)  # sh as PID 1 ignores SIGTERM: killed after 1 s
    assert (await api.inspect_container(cid)).to_dict()["State"]["Running"] is False
    await api.restart(cid, timeout=1)
    assert (await api.inspect_container(cid)).to_dict()["State"]["Running"] is True
    await api.kill(cid, signal="SIGKILL")
    assert (await api.wait(cid)).status_code == 137
    assert (await api.inspect_container(cid)).to_dict()["State"]["Running"] is False

    await api.remove_container(cid, v=True, force=True)
    with pytest.raises(errors.ContainerNotFound):
        await api.inspect_container(cid)


@pytest.mark.anyio
async def test_container_given_as_id_dict_or_wrapper(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    api = client.api
    created = await api.create_container(
        test_image,
        "sleep 60",
        labels=cleanup.labels,
        host_config=api.create_host_config(network_mode="none", auto_remove=False),
    )
    cid = cleanup.container(str(created.id))
    assert (await api.inspect_container({"Id": cid})).to_dict()["Id"] == cid
    assert (await api.inspect_container(created)).to_dict()["Id"] == cid
    wrapper = await client.containers.get(cid)
    await api.start(wrapper)
    assert (await api.inspect_container(cid)).to_dict()["State"]["Running"] is True
    # the streaming and file calls take the same forms
    assert (await api.stat_path({"Id": cid}, "/bin")).name == "bin"
    assert await api.execute(wrapper, "echo via-wrapper") == b"via-wrapper\n"
    assert await api.logs(created) == b""
    await api.kill({"Id": cid})
    assert (await api.wait(created)).status_code == 137
    with pytest.raises(TypeError, match="container id or name"):
        await api.inspect_container({"Name": "no id"})
    with pytest.raises(TypeError, match="create_container"):
        await api.start(cid, port_bindings={80: 8080})
    with pytest.raises(errors.ContainerNotFound):
        await api.inspect_container(unique("ea-missing"))


@pytest.mark.anyio
async def test_create_container_config_networking_and_healthcheck(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    api = client.api
    block = subnet()
    net_name, _ = await bridge(api, cleanup, block)
    networking = api.create_networking_config(
        {net_name: api.create_endpoint_config(aliases=["db"], ipv4_address=f"{block}.20")}
    )
    config = api.create_container_config(
        test_image,
        "sleep 60",
        labels=["engine-api-test"],
        stdin_open=True,
        host_config=api.create_host_config(network_mode=net_name),
        networking_config=networking,
        healthcheck=types.Healthcheck(test="true", interval="1s", retries=3),
        stop_timeout=3,
    )
    assert config.to_dict()["AttachStdin"] is True and config.to_dict()["StdinOnce"] is True
    created = await api.create_container_from_config(config, name=unique("ea-llcfg"))
    cid = cleanup.container(str(created.id))
    await api.start(cid)
    state = (await api.inspect_container(cid)).to_dict()
    assert state["Config"]["Labels"]["engine-api-test"] == ""
    assert state["Config"]["Healthcheck"] == {
        "Test": ["CMD-SHELL", "true"],
        "Interval": 1_000_000_000,
        "Retries": 3,
    }
    assert state["Config"]["StopTimeout"] == 3 and state["Config"]["OpenStdin"] is True
    endpoint = state["NetworkSettings"]["Networks"][net_name]
    assert "db" in endpoint["Aliases"] and endpoint["IPAddress"] == f"{block}.20"
    await api.remove_container(cid, force=True)


@pytest.mark.anyio
async def test_networks(client: AsyncDockerClient, cleanup: Any, test_image: str) -> None:
    api = client.api
    block = subnet()
    net_name, net_id = await bridge(api, cleanup, block)
    other_name, other_id = await bridge(api, cleanup, subnet())

    inspected = await api.inspect_network(net_id)
    assert isinstance(inspected, NetworkInspect)
    doc = inspected.to_dict()
    assert doc["Name"] == net_name and doc["Driver"] == "bridge"
    assert doc["IPAM"]["Config"] == [{"Subnet": f"{block}.0/24", "Gateway": f"{block}.1"}]
    assert (await api.inspect_network({"Id": net_id}, verbose=False)).to_dict()["Id"] == net_id
    assert [n.id for n in await api.networks(names=[net_name])] == [net_id]
    assert [n.id for n in await api.networks(ids=[net_id])] == [net_id]
    labelled = {n.id for n in await api.networks(filters={"label": ["engine-api-test=1"]})}
    assert {net_id, other_id} <= labelled

    created = await api.create_container(
        test_image,
        "sleep 60",
        labels=cleanup.labels,
        host_config=api.create_host_config(network_mode=other_name),
    )
    cid = cleanup.container(str(created.id))
    await api.start(cid)
    await api.connect_container_to_network(
        cid, net_id, ipv4_address=f"{block}.30", aliases=["web", "www"]
    )
    networks = (await api.inspect_container(cid)).to_dict()["NetworkSettings"]["Networks"]
    assert networks[net_name]["IPAddress"] == f"{block}.30"
    assert {"web", "www"} <= set(networks[net_name]["Aliases"])
    attached = (await api.inspect_network(net_id)).to_dict()["Containers"]
    assert list(attached) == [cid]

    await api.disconnect_container_from_network(cid, net_id)
    networks = (await api.inspect_container(cid)).to_dict()["NetworkSettings"]["Networks"]
    assert net_name not in networks
    await api.remove_container(cid, force=True)

    await api.remove_network(net_id)
    with pytest.raises(errors.NetworkNotFound):
        await api.inspect_network(net_id)
    tag = unique("ea-prune")
    pruned_id = cleanup.network(
        str((await api.create_network(unique("ea-llnet"), labels={**cleanup.labels, tag: "1"})).id)
    )
    pruned = await api.prune_networks(filters={"label": [tag]})
    assert len(pruned.to_dict()["NetworksDeleted"]) == 1
    with pytest.raises(errors.NetworkNotFound):
        await api.inspect_network(pruned_id)


@pytest.mark.anyio
async def test_volumes(client: AsyncDockerClient, cleanup: Any) -> None:
    api = client.api
    name = cleanup.volume(unique("ea-llvol"))
    created = await api.create_volume(
        name,
        driver="local",
        driver_opts={"type": "tmpfs", "device": "tmpfs"},
        labels=cleanup.labels,
    )
    assert isinstance(created, Volume) and created.to_dict()["Name"] == name
    doc = (await api.inspect_volume(name)).to_dict()
    assert doc["Driver"] == "local" and doc["Options"] == {"type": "tmpfs", "device": "tmpfs"}
    listing = await api.volumes(filters={"name": [name]})
    assert isinstance(listing, VolumeListResponse)
    assert [v["Name"] for v in listing.to_dict()["Volumes"]] == [name]
    await api.remove_volume(name)
    with pytest.raises(errors.VolumeNotFound):
        await api.inspect_volume(name)
    await api.remove_volume(name, force=True)  # force: a missing volume is no error
    with pytest.raises(TypeError, match="driver_opts"):
        await api.create_volume(unique("ea-llvol"), driver_opts=["type=tmpfs"])  # type: ignore[arg-type]

    tag = unique("ea-prune")
    anonymous = await api.create_volume(labels={**cleanup.labels, tag: "1"})
    cleanup.volume(str(anonymous.name))
    pruned = await api.prune_volumes(filters={"label": [tag]})  # an anonymous volume
    assert pruned.to_dict()["VolumesDeleted"] == [anonymous.name]


@pytest.mark.anyio
async def test_execute_and_prune_containers(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    api = client.api
    tag = unique("ea-prune")
    created = await api.create_container(
        test_image,
        "sleep 60",
        labels={**cleanup.labels, tag: "1"},
        host_config=api.create_host_config(network_mode="none"),
    )
    cid = cleanup.container(str(created.id))
    await api.start(cid)
    assert await api.execute(cid, "sh -c 'echo out; echo err >&2'", stderr=False) == b"out\n"
    both = await api.execute(cid, "sh -c 'echo out; echo err >&2'")
    assert sorted(both.split()) == [b"err", b"out"]
    stream = await api.execute(cid, ["echo", "streamed"], stream=True)
    assert isinstance(stream, AsyncOutput)
    async with stream:
        assert b"".join([chunk async for chunk in stream]) == b"streamed\n"
    assert await api.execute(cid, "touch /detached", detach=True) == b""
    deadline = time.monotonic() + 10
    while b"/detached" not in await api.execute(cid, "ls /") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert b"detached" in await api.execute(cid, "ls /")
    assert await api.execute(cid, "tty", tty=True) == b"/dev/pts/0\r\n"

    await api.kill(cid)
    await api.wait(cid)
    pruned = await api.prune_containers(filters={"label": [tag]})
    assert pruned.to_dict()["ContainersDeleted"] == [cid]


@pytest.mark.anyio
async def test_system(client: AsyncDockerClient) -> None:
    api = client.api
    info = await api.info()
    assert isinstance(info, SystemInfo) and info.to_dict()["ID"]
    version = await api.version()
    assert isinstance(version, SystemVersion) and version.to_dict()["ApiVersion"]
    assert (await api.version(api_version=False)).to_dict()["Version"] == version.to_dict()[
        "Version"
    ]
    df = await api.df()
    assert isinstance(df, SystemDataUsageResponse) and isinstance(df.to_dict()["Images"], list)


@pytest.mark.anyio
async def test_use_config_proxy(
    docker_host: str, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    proxies = {"default": {"httpProxy": "http://proxy.invalid:3128", "noProxy": "localhost"}}
    (tmp_path / "config.json").write_text(json.dumps({"proxies": proxies}))
    environ = {"DOCKER_HOST": docker_host, "DOCKER_CONFIG": str(tmp_path)}
    async with AsyncAPIClient(environ=environ) as api:
        host_config = api.create_host_config(network_mode="none")
        with_proxy = await api.create_container(
            test_image,
            "true",
            environment=["HTTP_PROXY=http://mine:1"],
            labels=cleanup.labels,
            host_config=host_config,
        )
        env = (await api.inspect_container(cleanup.container(str(with_proxy.id)))).to_dict()
        values = env["Config"]["Env"]
        assert "http_proxy=http://proxy.invalid:3128" in values
        assert "no_proxy=localhost" in values and "NO_PROXY=localhost" in values
        # the container's own setting comes last, so it wins
        assert values.index("HTTP_PROXY=http://mine:1") > values.index(
            "HTTP_PROXY=http://proxy.invalid:3128"
        )
        without = await api.create_container(
            test_image,
            "true",
            use_config_proxy=False,
            labels=cleanup.labels,
            host_config=host_config,
        )
        doc = (await api.inspect_container(cleanup.container(str(without.id)))).to_dict()
        assert not any("proxy" in item.lower() for item in doc["Config"]["Env"] or [])


@pytest.mark.anyio
async def test_types_in_the_high_level_run(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    container = await client.containers.run(
        test_image,
        "sleep 60",
        detach=True,
        network_mode="none",
        labels=cleanup.labels,
        ulimits=[types.Ulimit(name="nproc", soft=100, hard=200)],
        log_config=types.LogConfig(type="none"),
        restart_policy=types.RestartPolicy(condition="on-failure", max_attempts=4),
        mounts=[types.Mount("/scratch", None, type="tmpfs"), "/anon"],
        healthcheck=types.Healthcheck(test=["CMD", "true"], interval=2_000_000_000),
    )
    cleanup.container(container.id)
    doc = container.attrs_dict
    assert doc["HostConfig"]["Ulimits"] == [{"Name": "nproc", "Soft": 100, "Hard": 200}]
    assert doc["HostConfig"]["LogConfig"]["Type"] == "none"
    assert doc["HostConfig"]["RestartPolicy"] == {"Name": "on-failure", "MaximumRetryCount": 4}
    assert [(m["Type"], m["Target"]) for m in doc["HostConfig"]["Mounts"]] == [
        ("tmpfs", "/scratch"),
        ("volume", "/anon"),
    ]
    assert doc["Config"]["Healthcheck"]["Test"] == ["CMD", "true"]
    await container.remove(force=True, v=True)
