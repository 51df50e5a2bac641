"""``client.swarm`` and ``client.nodes`` (docker-py's ``Swarm``, ``Node``, ``NodeCollection``)
against real swarms on private engines of their own (tests/swarm.py): a single node on
127.0.0.1, and two engines, the manager on 127.0.0.1 and the worker on 127.0.0.2.

Each test inits its swarm and leaves it (force) when it ends.

Written once for asyncio; tests/client/_sync/test_swarm_model.py is derived from this file
by scripts/unasync.py.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Self

import pytest

from engine_api import AsyncDockerClient, errors
from engine_api._async.nodes import AsyncNode
from engine_api._async.swarm_model import AsyncSwarm
from engine_api._synchronization import asleep
from tests.swarm import KEY_CHANGE_SETTLE, SwarmEngine
from tests.transport.engines import free_port


@pytest.fixture
async def swarm_client(swarm_engine: SwarmEngine) -> AsyncIterator[AsyncDockerClient]:
    """A client of the swarm engine, which is in no swarm; whatever swarm the test made is
    left (force) at the end."""
    async with AsyncDockerClient(base_url=swarm_engine.host) as client:
        try:
            yield client
        finally:
            await client.api.leave_swarm(force=True)


@pytest.mark.anyio
async def test_swarm_init_reload_update_and_leave(swarm_client: AsyncDockerClient) -> None:
    swarm = swarm_client.swarm
    assert swarm is swarm_client.swarm  # one per client: what it inspected stays
    with pytest.raises(errors.DockerException, match="reload"):
        _ = swarm.attrs
    with pytest.raises(errors.ServerError, match="not a swarm manager") as caught:
        await swarm.reload()
    assert caught.value.status_code == 503
    with pytest.raises(TypeError, match="election_tic"):
        await swarm.init("127.0.0.1", election_tic=3)  # type: ignore[call-arg]

    address = f"127.0.0.1:{free_port()}"
    node_id = await swarm.init(
        "127.0.0.1",
        address,
        task_history_retention_limit=3,
        labels={"made-by": "engine-api-test"},
        default_addr_pool=["10.124.0.0/16"],
        subnet_size=26,
    )
    assert isinstance(node_id, str) and node_id
    # init inspected the new swarm
    assert swarm.id == swarm.attrs.id and len(swarm.short_id) == 12
    assert swarm.attrs_dict["ID"] == swarm.id
    assert swarm.attrs.default_addr_pool == ["10.124.0.0/16"] and swarm.attrs.subnet_size == 26
    spec = swarm.attrs.spec
    assert spec and spec.orchestration and spec.orchestration.task_history_retention_limit == 3
    assert spec.labels and spec.labels.additional_properties == {"made-by": "engine-api-test"}
    assert repr(swarm) == f"<{type(swarm).__name__}: {swarm.short_id}>"
    version = swarm.version
    assert isinstance(version, int)
    tokens = swarm.attrs.join_tokens
    assert tokens and isinstance(tokens.worker, str) and isinstance(tokens.manager, str)

    # update changes what it is given and keeps the rest (docker-py would reset the rest);
    # the version is read for us, and attrs is the updated swarm's
    assert await swarm.update(snapshot_interval=5000, rotate_worker_token=True) is True
    assert swarm.version > version
    spec = swarm.attrs.spec
    assert spec and spec.raft and spec.raft.snapshot_interval == 5000
    assert spec.raft.election_tick == 10  # the default, kept
    assert spec.orchestration and spec.orchestration.task_history_retention_limit == 3
    assert spec.labels and spec.labels.additional_properties == {"made-by": "engine-api-test"}
    rotated = swarm.attrs.join_tokens
    assert rotated and rotated.worker != tokens.worker and rotated.manager == tokens.manager

    # a stale object updates all the same: the version is read just before
    stale = AsyncDockerClient(base_url=swarm_client.config.host)
    async with stale:
        await stale.swarm.reload()
        assert await swarm_client.swarm.update(labels={"second": "yes"}, rotate_manager_token=True)
        assert await stale.swarm.update(task_history_retention_limit=4) is True
        spec = stale.swarm.attrs.spec
        assert spec and spec.orchestration
        assert spec.orchestration.task_history_retention_limit == 4
        assert spec.labels and spec.labels.additional_properties == {"second": "yes"}
        assert stale.swarm.attrs.join_tokens
        assert stale.swarm.attrs.join_tokens.manager != tokens.manager

    with pytest.raises(TypeError, match="snapshot_intervall"):
        await swarm.update(snapshot_intervall=1)  # type: ignore[call-arg]

    # the unlock key: none until autolock; a swarm that is not locked cannot be unlocked
    assert await swarm.update(autolock_managers=True) is True
    key = await swarm.get_unlock_key()
    assert isinstance(key.unlock_key, str) and key.unlock_key.startswith("SWMKEY-1-")
    spec = swarm.attrs.spec
    assert spec and spec.encryption_config and spec.encryption_config.auto_lock_managers is True
    assert await swarm.update(rotate_manager_unlock_key=True)
    assert (await swarm.get_unlock_key()).unlock_key != key.unlock_key
    with pytest.raises(errors.APIError, match="not locked"):
        await swarm.unlock(key)
    await asleep(KEY_CHANGE_SETTLE)  # the engine's own race with a leave: tests/swarm.py

    # a manager leaves only with force; then attrs is forgotten
    with pytest.raises(errors.APIError, match="manager"):
        await swarm.leave()
    assert await swarm.leave(force=True) is True
    with pytest.raises(errors.DockerException, match="reload"):
        _ = swarm.attrs
    assert repr(swarm) == f"<{type(swarm).__name__}: not inspected>"
    with pytest.raises(errors.ServerError):
        await swarm.reload()


@pytest.mark.anyio
async def test_nodes_of_one_node_swarm(swarm_client: AsyncDockerClient) -> None:
    node_id = await swarm_client.swarm.init("127.0.0.1", f"127.0.0.1:{free_port()}")
    nodes = await swarm_client.nodes.list()
    assert [node.id for node in nodes] == [node_id]
    assert await swarm_client.nodes.list(filters={"role": ["worker"]}) == []
    node = await swarm_client.nodes.get(node_id)
    assert node == nodes[0] and hash(node) == hash(node_id)
    assert node.role == "manager" and node.availability == "active" and node.state == "ready"
    assert node.hostname and (await swarm_client.nodes.get(node.hostname)) == node
    assert node.attrs_dict["ID"] == node_id and node.labels == {}
    assert repr(node) == f"<{type(node).__name__}: {node_id[:12]}>"
    with pytest.raises(errors.NotFound):
        await swarm_client.nodes.get("no-such-node")

    # the conveniences change one setting, keep the others, and handle the version
    version = node.version
    assert await node.set_labels({"zone": "a", "disk": "ssd"}) is node
    assert node.labels == {"zone": "a", "disk": "ssd"} and node.version > version
    assert await node.set_availability("pause") is node
    assert node.availability == "pause" and node.labels == {"zone": "a", "disk": "ssd"}
    assert node.role == "manager"
    with pytest.raises(ValueError, match="drain"):
        await node.set_availability("sleeping")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="dict"):
        await node.set_labels(["zone=a"])  # type: ignore[arg-type]

    # a stale wrapper still works through them: they read the version just before
    stale = await swarm_client.nodes.get(node_id)
    await node.set_labels({})
    assert node.labels == {}
    assert (await stale.set_availability("active")).availability == "active"
    assert stale.labels == {}

    # docker-py's update sends the version of the last reload, and the spec as given
    with pytest.raises(errors.APIError, match="out of sequence"):
        await node.update({"Availability": "active", "Role": "manager"})
    await node.reload()
    spec = {"Availability": "drain", "Role": "manager", "Labels": {"k": "v"}}
    assert await node.update(spec) is True
    assert node.availability == "drain" and node.labels == {"k": "v"}
    assert (await swarm_client.nodes.list(filters={"node.label": ["k=v"]})) == [node]
    # what it leaves out is cleared (labels), or refused when the engine needs it
    assert await node.update({"Availability": "active", "Role": "manager"}) is True
    assert node.labels == {} and node.availability == "active"
    with pytest.raises(errors.InvalidArgument, match="Availability"):
        await node.update({"Role": "manager"})

    # the last manager of a swarm cannot be removed
    with pytest.raises(errors.APIError):
        await node.remove(force=True)


async def _wait_for_state(node_state: str, node_id: str, client: AsyncDockerClient) -> None:
    deadline = time.monotonic() + 60
    while True:
        node = await client.nodes.get(node_id)
        if node.state == node_state:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"node {node_id} is {node.state}, not {node_state}")
        await asleep(0.2)


@pytest.mark.anyio
async def test_two_nodes_on_two_loopback_addresses(
    swarm_client: AsyncDockerClient, swarm_worker_engine: SwarmEngine
) -> None:
    manager_address = f"127.0.0.1:{free_port()}"
    manager_id = await swarm_client.swarm.init("127.0.0.1", manager_address)
    tokens = swarm_client.swarm.attrs.join_tokens
    assert tokens and isinstance(tokens.worker, str)
    async with AsyncDockerClient(base_url=swarm_worker_engine.host) as worker:
        worker_address = f"127.0.0.2:{free_port()}"
        try:
            with pytest.raises(TypeError, match="list"):
                await worker.swarm.join(manager_address, tokens.worker)  # type: ignore[arg-type]
            joined = await worker.swarm.join(
                [manager_address],
                tokens.worker,
                listen_addr=worker_address,
                advertise_addr=worker_address,
            )
            assert joined is True
            # a worker cannot inspect the swarm, nor list its nodes
            with pytest.raises(errors.ServerError, match="manager"):
                await worker.swarm.reload()
            with pytest.raises(errors.ServerError, match="manager"):
                await worker.nodes.list()

            nodes = await swarm_client.nodes.list()
            assert len(nodes) == 2 and manager_id in {node.id for node in nodes}
            (worker_node,) = await swarm_client.nodes.list(filters={"role": ["worker"]})
            assert worker_node.id != manager_id and worker_node.role == "worker"
            # the worker is on the second address (the manager sees where its connection
            # came from, 127.0.0.1: the kernel's choice of source on loopback)
            info = (await worker.info()).swarm
            assert info and info.node_addr == "127.0.0.2" and info.node_id == worker_node.id
            assert info.local_node_state == "active" and info.control_available is False
            await _wait_for_state("ready", worker_node.id, swarm_client)

            assert (await worker_node.set_availability("drain")).availability == "drain"
            assert (await swarm_client.nodes.get(worker_node.id)).availability == "drain"
            drained = await swarm_client.nodes.list(filters={"role": ["worker"]})
            assert [node.availability for node in drained] == ["drain"]
            assert (await worker_node.set_labels({"zone": "b"})).labels == {"zone": "b"}
            assert worker_node.availability == "drain"

            # a node that is up is removed only with force; after it left, it goes down
            with pytest.raises(errors.InvalidArgument, match="is not down"):
                await worker_node.remove()
            assert await worker.swarm.leave() is True  # a worker needs no force
            await _wait_for_state("down", worker_node.id, swarm_client)
            assert await worker_node.remove() is True
            assert [node.id for node in await swarm_client.nodes.list()] == [manager_id]
        finally:
            await worker.api.leave_swarm(force=True)


class _RacedNode(AsyncNode):
    """A node that another update changes right after its first reload, as a second
    client would: the version it read is stale when it sends its update."""

    __slots__ = ()
    reads: list[int] = []  # noqa: RUF012 (the versions it read, for one test)

    async def reload(self) -> Self:
        await super().reload()
        self.reads.append(self.version)
        if len(self.reads) == 1:
            await self.client.api.update_node(self.id, self.version, self.spec)
        return self


class _RacedSwarm(AsyncSwarm):
    """The same for the swarm."""

    __slots__ = ()
    reads: list[int] = []  # noqa: RUF012 (the versions it read, for one test)

    async def reload(self) -> Self:
        await super().reload()
        self.reads.append(self.version)
        if len(self.reads) == 1:
            await self.client.api.update_swarm(self.version)
        return self


@pytest.mark.anyio
async def test_a_version_conflict_is_retried_once(swarm_client: AsyncDockerClient) -> None:
    node_id = await swarm_client.swarm.init("127.0.0.1", f"127.0.0.1:{free_port()}")
    node = _RacedNode(swarm_client, await swarm_client.api.inspect_node(node_id))
    # its first update is refused (out of sequence): read again, sent again, accepted
    assert (await node.set_labels({"raced": "yes"})).labels == {"raced": "yes"}
    # read, refused, read again, accepted, read: three versions, the race's between
    first, again, last = node.reads
    assert first < again < last
    assert (await swarm_client.nodes.get(node_id)).labels == {"raced": "yes"}

    swarm = _RacedSwarm(swarm_client)
    assert await swarm.update(snapshot_interval=4321) is True
    first, again, last = swarm.reads
    assert first < again < last
    spec = (await swarm_client.api.inspect_swarm()).spec
    assert spec and spec.raft and spec.raft.snapshot_interval == 4321
