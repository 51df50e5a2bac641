"""``client.networks``, ``client.volumes`` and ``client.system`` against the real engine.

Written once for asyncio; tests/client/_sync/test_networks_volumes.py is derived from this
file by scripts/unasync.py, so both clients run the same scenarios.

Engine notes (the test engine runs with ``--bridge=none``): user-defined bridge networks
work, and a container started on one can be connected to another one live. A container
left in the default network mode has no default bridge to be on; connecting it to a
network gives it no interface, and the endpoint outlives the container (the network then
cannot be removed until it is disconnected with ``force``). So the containers here start
on a network of their own. Prunes are always filtered by a label of the test's own, so
that they never touch what other tests (or people) have on the engine.
"""

from __future__ import annotations

import random
import time
import uuid
from typing import Any

import pytest
from engine_api_binding.models import (
    IPAM,
    ContainerPruneResponse,
    EventMessage,
    IPAMConfig,
    NetworkInspect,
    NetworkPruneResponse,
    SystemDataUsageResponse,
    SystemInfo,
    SystemVersion,
    VolumePruneResponse,
)
from engine_api_binding.models import Volume as VolumeModel

from engine_api import AsyncDockerClient, errors
from engine_api._async.container import AsyncContainer
from engine_api._async.networks import AsyncNetwork
from engine_api._async.volumes import AsyncVolume
from engine_api.results import SystemPruneResult


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def subnet() -> str:
    """A /24 unlikely to overlap another network on the engine."""
    return f"10.{random.randint(160, 250)}.{random.randint(0, 255)}.0/24"


async def network(
    client: AsyncDockerClient, cleanup: Any, name: str | None = None, **kwargs: Any
) -> AsyncNetwork:
    labels = {**cleanup.labels, **kwargs.pop("labels", {})}
    created = await client.networks.create(name or unique("ea-net"), labels=labels, **kwargs)
    cleanup.network(created.id)
    return created


async def volume(client: AsyncDockerClient, cleanup: Any, **kwargs: Any) -> AsyncVolume:
    labels = {**cleanup.labels, **kwargs.pop("labels", {})}
    created = await client.volumes.create(unique("ea-vol"), labels=labels, **kwargs)
    cleanup.volume(created.name)
    return created


async def sleeper(
    client: AsyncDockerClient, cleanup: Any, test_image: str, on: AsyncNetwork
) -> AsyncContainer:
    """A running container attached to the network ``on`` (see the module's notes)."""
    container = await client.containers.run(
        test_image, "sleep 60", detach=True, network=on.name, labels=cleanup.labels
    )
    cleanup.container(container.id)
    return container


# -- networks ----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_network_create_get_list_remove(client: AsyncDockerClient, cleanup: Any) -> None:
    tag = unique("ea-tag")
    block = subnet()
    name = unique("ea-net")
    net = await network(
        client,
        cleanup,
        name,
        driver="bridge",
        labels={tag: "yes"},
        options={"com.docker.network.bridge.enable_icc": "true"},
        ipam={"Driver": "default", "Config": [{"Subnet": block}]},
        check_duplicate=True,
    )
    assert isinstance(net, AsyncNetwork)
    assert isinstance(net.attrs, NetworkInspect)
    assert net.name == name and net.driver == "bridge"
    assert len(net.id) == 64 and net.short_id == net.id[:12]
    assert net.labels[tag] == "yes" and net.attrs_dict["Labels"][tag] == "yes"
    assert net.attrs_dict["Options"]["com.docker.network.bridge.enable_icc"] == "true"
    ipam = net.attrs.ipam
    assert isinstance(ipam, IPAM) and isinstance(ipam.config, list)
    assert [c.subnet for c in ipam.config] == [block]
    assert net.attrs.internal is False and net.container_ids == []
    assert await net.containers() == []

    assert await client.networks.get(name) == net
    by_id = await client.networks.get(net.id, verbose=False)
    assert by_id.name == name and hash(by_id) == hash(net)
    assert name in repr(by_id) and net.short_id in repr(by_id)

    assert [n.id for n in await client.networks.list(names=[name])] == [net.id]
    assert [n.id for n in await client.networks.list(ids=[net.id])] == [net.id]
    labelled = await client.networks.list(filters={"label": [f"{tag}=yes"]})
    assert [n.name for n in labelled] == [name]
    assert isinstance(labelled[0].attrs, NetworkInspect)
    assert await client.networks.list(names=[name], filters={"label": [f"{tag}=no"]}) == []
    greedy = await client.networks.list(names=[name], filters={"driver": ["bridge"]}, greedy=True)
    assert [n.name for n in greedy] == [name]
    everything = {n.name for n in await client.networks.list()}
    assert {name, "none", "host"} <= everything

    await net.remove()
    with pytest.raises(errors.NetworkNotFound):
        await client.networks.get(name)
    with pytest.raises(errors.NetworkNotFound):
        await net.remove()
    with pytest.raises(errors.NetworkNotFound):
        await net.reload()


@pytest.mark.anyio
async def test_network_create_internal_and_typed_ipam(
    client: AsyncDockerClient, cleanup: Any
) -> None:
    block = subnet()
    gateway = block.replace(".0/24", ".1")
    ipam = IPAM(driver="default", config=[IPAMConfig(subnet=block, gateway=gateway)])
    net = await network(client, cleanup, internal=True, ipam=ipam, attachable=True)
    assert net.attrs.internal is True and net.attrs.attachable is True
    configured = net.attrs_dict["IPAM"]["Config"]
    assert configured == [{"Subnet": block, "Gateway": gateway}]
    assert net.attrs.scope == "local"


@pytest.mark.anyio
async def test_network_arguments_are_checked(client: AsyncDockerClient, cleanup: Any) -> None:
    with pytest.raises(TypeError, match="labls"):
        await client.networks.create(unique("ea-net"), labls={"a": "b"})  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="namez"):
        await client.networks.list(namez=["x"])  # type: ignore[call-arg]
    net = await network(client, cleanup)
    with pytest.raises(TypeError, match="alias"):
        await net.connect("x", alias=["web"])  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="container id or name"):
        await net.connect(42)  # type: ignore[arg-type]
    with pytest.raises(errors.ContainerNotFound):
        await net.connect(unique("ea-missing"))
    with pytest.raises(errors.ContainerNotFound):
        await net.disconnect(unique("ea-missing"))
    with pytest.raises(errors.NetworkNotFound):
        await client.networks.get(unique("ea-missing"))


@pytest.mark.anyio
async def test_network_connect_and_disconnect(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    home = await network(client, cleanup)
    block = subnet()
    other = await network(client, cleanup, ipam={"Config": [{"Subnet": block}]})
    container = await sleeper(client, cleanup, test_image, home)
    address = block.replace(".0/24", ".77")

    # a wrapper, with aliases and a fixed address
    await other.connect(container, aliases=["web", "www"], ipv4_address=address)
    await other.reload()
    assert other.container_ids == [container.id]
    # a list does not tell the attachments; a greedy one inspects each network
    (listed,) = await client.networks.list(ids=[other.id])
    assert listed == other and listed.container_ids == []
    (greedy,) = await client.networks.list(ids=[other.id], greedy=True)
    assert greedy.container_ids == [container.id]
    attached = await other.containers()
    assert attached == [container] and isinstance(attached[0], AsyncContainer)
    assert attached[0].name == container.name

    await container.reload()
    settings = container.attrs_dict["NetworkSettings"]["Networks"]
    assert set(settings) == {home.name, other.name}
    endpoint = settings[other.name]
    assert {"web", "www"} <= set(endpoint["Aliases"])
    assert endpoint["IPAddress"] == address
    assert endpoint["IPAMConfig"]["IPv4Address"] == address
    # ...and the container sees its second interface, live
    result = await container.exec_run(["ip", "-4", "addr"])
    assert result.exit_code == 0 and address.encode() in result.output

    with pytest.raises(errors.Forbidden, match="already exists"):
        await other.connect(container.id)

    # a name string to disconnect
    await other.disconnect(container.name)
    await other.reload()
    assert other.container_ids == []
    assert address.encode() not in (await container.exec_run(["ip", "-4", "addr"])).output
    with pytest.raises(errors.APIError, match="not connected"):
        await other.disconnect(container.id)

    # an id string to connect, then force-disconnect
    await other.connect(container.id, driver_opt={"x.test": "1"})
    await other.reload()
    assert other.container_ids == [container.id]
    await other.disconnect(container, force=True)
    assert (await other.reload()).container_ids == []

    # a network in use cannot go
    with pytest.raises(errors.Forbidden, match="active endpoints"):
        await home.remove()
    await container.remove(force=True)
    await home.remove()
    with pytest.raises(errors.NetworkNotFound):
        await home.reload()


@pytest.mark.anyio
async def test_network_connect_with_links(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    net = await network(client, cleanup)
    first = await sleeper(client, cleanup, test_image, net)
    home = await network(client, cleanup)
    second = await sleeper(client, cleanup, test_image, home)
    await net.connect(second, links=[(first.name, "buddy")])
    await second.reload()
    links = second.attrs_dict["NetworkSettings"]["Networks"][net.name]["Links"]
    assert links == [f"{first.name}:buddy"]
    await net.disconnect(second)
    await net.connect(second, links={first.name: "pal"})
    await second.reload()
    links = second.attrs_dict["NetworkSettings"]["Networks"][net.name]["Links"]
    assert links == [f"{first.name}:pal"]


@pytest.mark.anyio
async def test_network_prune_removes_only_unused_matching_networks(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    tag = unique("ea-prune")
    unused = await network(client, cleanup, labels={tag: "1"})
    used = await network(client, cleanup, labels={tag: "1"})
    other = await network(client, cleanup)  # not labelled with the tag
    await sleeper(client, cleanup, test_image, used)

    pruned = await client.networks.prune(filters={"label": [tag]})
    assert isinstance(pruned, NetworkPruneResponse)
    assert pruned.networks_deleted == [unused.name]
    with pytest.raises(errors.NetworkNotFound):
        await unused.reload()
    await used.reload()
    await other.reload()
    again = await client.networks.prune(filters={"label": [tag]})
    assert not again.networks_deleted


# -- volumes -----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_volume_create_get_list_remove(client: AsyncDockerClient, cleanup: Any) -> None:
    tag = unique("ea-tag")
    vol = await volume(client, cleanup, labels={tag: "v"}, driver="local")
    assert isinstance(vol, AsyncVolume) and isinstance(vol.attrs, VolumeModel)
    assert vol.id == vol.name and vol.name.startswith("ea-vol-")
    assert vol.short_id == vol.name[:12]
    assert vol.driver == "local" and vol.attrs.scope == "local"
    assert vol.mountpoint.endswith(f"/{vol.name}/_data")
    assert vol.labels[tag] == "v" and vol.attrs_dict["Labels"][tag] == "v"
    assert vol.name in repr(vol)

    got = await client.volumes.get(vol.name)
    assert got == vol and hash(got) == hash(vol)
    assert got.attrs.mountpoint == vol.mountpoint
    assert (await got.reload()).labels == vol.labels

    listed = await client.volumes.list(filters={"label": [f"{tag}=v"]})
    assert [v.name for v in listed] == [vol.name]
    assert isinstance(listed[0].attrs, VolumeModel)
    assert vol.name in {v.name for v in await client.volumes.list()}
    assert await client.volumes.list(filters={"label": [f"{tag}=w"]}) == []

    # the same name again is the same volume
    assert (await client.volumes.create(vol.name, labels=cleanup.labels)) == vol

    await vol.remove()
    with pytest.raises(errors.VolumeNotFound):
        await client.volumes.get(vol.name)
    with pytest.raises(errors.VolumeNotFound):
        await vol.remove()
    await vol.remove(force=True)  # force: a missing volume is no error
    with pytest.raises(TypeError, match="driver_opt"):
        await client.volumes.create(driver_opt={"a": "b"})  # type: ignore[call-arg]


@pytest.mark.anyio
async def test_volume_without_a_name_gets_one(client: AsyncDockerClient, cleanup: Any) -> None:
    vol = await client.volumes.create(labels=cleanup.labels)
    cleanup.volume(vol.name)
    assert len(vol.name) == 64 and int(vol.name, 16) >= 0
    assert (await client.volumes.get(vol.id)).name == vol.name


@pytest.mark.anyio
async def test_volume_keeps_data_between_runs_and_is_held_while_used(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    vol = await volume(client, cleanup)
    mount = {vol.name: {"bind": "/data", "mode": "rw"}}
    wrote = await client.containers.run(
        test_image,
        ["sh", "-c", "echo kept > /data/file && echo done"],
        volumes=mount,
        network_mode="none",
        labels=cleanup.labels,
        remove=True,
    )
    assert wrote == b"done\n"
    read = await client.containers.run(
        test_image,
        ["cat", "/data/file"],
        volumes=mount,
        network_mode="none",
        labels=cleanup.labels,
        remove=True,
    )
    assert read == b"kept\n"
    with pytest.raises(errors.ContainerError):
        await client.containers.run(
            test_image,
            ["sh", "-c", "echo no > /data/file"],
            volumes={vol.name: {"bind": "/data", "mode": "ro"}},
            network_mode="none",
            labels=cleanup.labels,
            remove=True,
        )

    holder = await client.containers.create(
        test_image, "true", volumes=mount, network_mode="none", labels=cleanup.labels
    )
    cleanup.container(holder.id)
    with pytest.raises(errors.Conflict, match="in use"):
        await vol.remove()
    await holder.remove()
    await vol.remove()


@pytest.mark.anyio
async def test_volume_prune_removes_only_unused_matching_volumes(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    tag = unique("ea-prune")
    unused = await volume(client, cleanup, labels={tag: "1"})
    used = await volume(client, cleanup, labels={tag: "1"})
    other = await volume(client, cleanup)
    holder = await client.containers.create(
        test_image,
        "true",
        volumes={used.name: {"bind": "/data", "mode": "rw"}},
        network_mode="none",
        labels=cleanup.labels,
    )
    cleanup.container(holder.id)

    pruned = await client.volumes.prune(filters={"label": [f"{tag}=1"]})
    assert isinstance(pruned, VolumePruneResponse)
    assert pruned.volumes_deleted == [unused.name]
    assert isinstance(pruned.space_reclaimed, int)
    with pytest.raises(errors.VolumeNotFound):
        await unused.reload()
    await used.reload()
    await other.reload()


# -- system ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_system_info_version_ping_df(client: AsyncDockerClient, cleanup: Any) -> None:
    system = client.system
    info = await system.info()
    assert isinstance(info, SystemInfo)
    assert isinstance(info.containers, int) and info.containers >= 0
    assert isinstance(info.server_version, str) and info.server_version
    version = await system.version()
    assert isinstance(version, SystemVersion)
    assert version.version == info.server_version
    assert isinstance(version.api_version, str) and version.api_version.count(".") == 1
    assert await system.ping() is True

    vol = await volume(client, cleanup)
    df = await system.df()
    assert isinstance(df, SystemDataUsageResponse)
    assert isinstance(df.volumes, list)
    mine = [v for v in df.volumes if v.name == vol.name]
    assert len(mine) == 1 and isinstance(mine[0], VolumeModel)
    assert isinstance(df.layers_size, int) and df.layers_size > 0
    assert isinstance(df.images, list) and df.images


@pytest.mark.anyio
async def test_system_events_tell_what_happened_to_a_network(
    client: AsyncDockerClient, cleanup: Any
) -> None:
    begin = time.time()
    net = await network(client, cleanup)
    await net.remove()
    stream = await client.system.events(
        since=begin - 1,
        until=time.time() + 1,
        filters={"type": ["network"], "network": [net.id]},
    )
    events = await stream.collect()
    assert events and all(isinstance(event, EventMessage) for event in events)
    assert [event.action for event in events] == ["create", "destroy"]
    assert all(event.actor and event.actor.id == net.id for event in events)


@pytest.mark.anyio
async def test_system_prune_filtered_by_label(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    tag = unique("ea-prune")
    labels = {**cleanup.labels, tag: "1"}
    stopped = await client.containers.create(test_image, "true", network_mode="none", labels=labels)
    cleanup.container(stopped.id)
    net = await network(client, cleanup, labels={tag: "1"})
    vol = await volume(client, cleanup, labels={tag: "1"})
    kept = await volume(client, cleanup)  # not labelled with the tag

    nothing = await client.system.prune(
        containers=False, images=False, networks=False, filters={"label": [tag]}
    )
    assert nothing == SystemPruneResult() and nothing.space_reclaimed == 0
    await stopped.reload()

    result = await client.system.prune(volumes=True, filters={"label": [tag]})
    assert isinstance(result, SystemPruneResult)
    assert isinstance(result.containers, ContainerPruneResponse)
    assert result.containers.containers_deleted == [stopped.id]
    assert isinstance(result.networks, NetworkPruneResponse)
    assert result.networks.networks_deleted == [net.name]
    assert isinstance(result.volumes, VolumePruneResponse)
    assert result.volumes.volumes_deleted == [vol.name]
    assert result.images is not None and not result.images.images_deleted
    assert isinstance(result.space_reclaimed, int) and result.space_reclaimed >= 0
    with pytest.raises(errors.ContainerNotFound):
        await stopped.reload()
    with pytest.raises(errors.NetworkNotFound):
        await net.reload()
    with pytest.raises(errors.VolumeNotFound):
        await vol.reload()
    await kept.reload()

    # volumes are kept unless asked for
    again = await volume(client, cleanup, labels={tag: "1"})
    result = await client.system.prune(filters={"label": [tag]})
    assert result.volumes is None
    await again.reload()
    with pytest.raises(TypeError, match="volume"):
        await client.system.prune(volume=True)  # type: ignore[call-arg]
