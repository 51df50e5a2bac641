"""docker-py's low-level swarm and node names (``init_swarm``, ``inspect_swarm``,
``update_swarm``, ``leave_swarm``, ``join_swarm``, ``get_unlock_key``, ``unlock_swarm``,
``create_swarm_spec``, ``nodes``, ``inspect_node``, ``update_node``, ``remove_node``) on
the low-level client alone, against real single-node swarms on 127.0.0.1.

The swarm lives on private engines of its own (tests/swarm.py), never on the engine of the
other tests; each test inits its swarm and leaves it (force) when it ends.

Written once for asyncio; tests/client/_sync/test_lowlevel_swarm.py is derived from this
file by scripts/unasync.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from engine_api import AsyncAPIClient, errors
from engine_api._synchronization import asleep
from tests.swarm import KEY_CHANGE_SETTLE, SwarmEngine
from tests.transport.engines import free_port


@dataclass
class Manager:
    api: AsyncAPIClient
    node_id: str
    address: str


@pytest.fixture
async def manager(swarm_engine: SwarmEngine) -> AsyncIterator[Manager]:
    """A new single-node swarm on the swarm engine: its client, node id and address."""
    async with AsyncAPIClient(base_url=swarm_engine.host) as api:
        address = f"127.0.0.1:{free_port()}"
        node_id = await api.init_swarm(advertise_addr="127.0.0.1", listen_addr=address)
        try:
            yield Manager(api, node_id, address)
        finally:
            assert await api.leave_swarm(force=True) is True


@pytest.mark.anyio
async def test_init_inspect_update_and_leave(manager: Manager) -> None:
    api = manager.api
    assert isinstance(manager.node_id, str) and manager.node_id
    swarm = await api.inspect_swarm()
    assert swarm.id and swarm.join_tokens and swarm.join_tokens.worker
    assert swarm.join_tokens.worker.startswith("SWMTKN-")
    assert swarm.spec and swarm.spec.raft and swarm.spec.raft.election_tick == 10
    worker_token = swarm.join_tokens.worker
    assert swarm.version and isinstance(swarm.version.index, int)

    # No spec: only the token rotates, the spec stays (docker-py would send {} and reset it).
    assert await api.update_swarm(swarm.version.index, rotate_worker_token=True) is True
    rotated = await api.inspect_swarm()
    assert rotated.join_tokens and rotated.join_tokens.worker != worker_token
    assert rotated.spec and rotated.spec.raft and rotated.spec.raft.election_tick == 10
    assert (
        rotated.spec.orchestration and rotated.spec.orchestration.task_history_retention_limit == 5
    )
    with pytest.raises(errors.APIError, match="out of sequence"):
        await api.update_swarm(swarm.version.index)  # stale version

    spec = api.create_swarm_spec(
        task_history_retention_limit=7,
        snapshot_interval=5000,
        heartbeat_tick=1,
        election_tick=10,
        dispatcher_heartbeat_period=10_000_000_000,
        node_cert_expiry=30 * 24 * 3600 * 10**9,
        name="default",
        labels={"made-by": "engine-api-test"},
        log_driver={"Name": "json-file", "Options": {"max-size": "1m"}},
    )
    assert spec.to_dict()["Raft"] == {
        "SnapshotInterval": 5000,
        "HeartbeatTick": 1,
        "ElectionTick": 10,
    }
    assert spec.to_dict()["TaskDefaults"] == {
        "LogDriver": {"Name": "json-file", "Options": {"max-size": "1m"}}
    }
    assert rotated.version and isinstance(rotated.version.index, int)
    assert await api.update_swarm(rotated.version.index, spec) is True
    updated = await api.inspect_swarm()
    assert updated.spec and updated.spec.orchestration
    assert updated.spec.orchestration.task_history_retention_limit == 7
    assert updated.spec.raft and updated.spec.raft.snapshot_interval == 5000
    assert updated.spec.labels and updated.spec.labels.additional_properties == {
        "made-by": "engine-api-test"
    }
    assert updated.spec.dispatcher and updated.spec.dispatcher.heartbeat_period == 10_000_000_000

    # A manager leaves only with force; then it is in no swarm, which force takes as left.
    with pytest.raises(errors.APIError, match="manager"):
        await api.leave_swarm()
    assert await api.leave_swarm(force=True) is True
    with pytest.raises(errors.APIError) as caught:
        await api.inspect_swarm()
    assert caught.value.status_code == 503
    assert await api.leave_swarm(force=True) is True
    with pytest.raises(errors.APIError, match="not part of a swarm"):
        await api.leave_swarm()


@pytest.mark.anyio
async def test_init_with_docker_py_arguments(swarm_engine: SwarmEngine) -> None:
    async with AsyncAPIClient(base_url=swarm_engine.host) as api:
        port = free_port()
        node_id = await api.init_swarm(
            "127.0.0.1",
            f"127.0.0.1:{port}",
            False,
            {"Orchestration": {"TaskHistoryRetentionLimit": 3}},
            ["10.123.0.0/16"],  # subnet_size: 24, as docker-py sends it
            None,
            "127.0.0.1",
            7790,
        )
        try:
            swarm = await api.inspect_swarm()
            assert swarm.default_addr_pool == ["10.123.0.0/16"] and swarm.subnet_size == 24
            assert swarm.data_path_port == 7790
            assert swarm.spec and swarm.spec.orchestration
            assert swarm.spec.orchestration.task_history_retention_limit == 3
            node = await api.inspect_node(node_id)
            assert node.id == node_id
            assert node.manager_status and node.manager_status.addr == f"127.0.0.1:{port}"
            # Already in a swarm: refused, unless a new cluster is forced from this node.
            with pytest.raises(errors.APIError, match="already part of a swarm"):
                await api.init_swarm("127.0.0.1", f"127.0.0.1:{port}")
            assert await api.init_swarm("127.0.0.1", f"127.0.0.1:{port}", force_new_cluster=True)
        finally:
            assert await api.leave_swarm(True) is True
        with pytest.raises(TypeError, match="swarm_spec"):
            await api.init_swarm("127.0.0.1", swarm_spec="not a spec")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_join_nodes_update_and_remove(
    manager: Manager, swarm_worker_engine: SwarmEngine
) -> None:
    api = manager.api
    swarm = await api.inspect_swarm()
    assert swarm.join_tokens and isinstance(swarm.join_tokens.worker, str)
    async with AsyncAPIClient(base_url=swarm_worker_engine.host) as worker:
        address = f"127.0.0.1:{free_port()}"
        with pytest.raises(errors.APIError):
            await worker.join_swarm([manager.address], "SWMTKN-1-not-a-token", address, address)
        with pytest.raises(TypeError, match="list"):
            await worker.join_swarm(manager.address, swarm.join_tokens.worker)  # type: ignore[arg-type]
        joined = await worker.join_swarm(
            [manager.address], swarm.join_tokens.worker, address, address
        )
        assert joined is True
        try:
            every = await api.nodes()
            assert len(every) == 2 and manager.node_id in {node.id for node in every}
            workers = await api.nodes(filters={"role": ["worker"]})
            assert len(workers) == 1
            worker_id = workers[0].id
            assert isinstance(worker_id, str) and worker_id != manager.node_id
            assert [node.id for node in await api.nodes({"role": "manager"})] == [manager.node_id]

            node = await api.inspect_node(worker_id)
            assert node.spec and node.spec.role == "worker"
            assert node.version and isinstance(node.version.index, int)
            spec = {"Availability": "drain", "Role": "worker", "Labels": {"zone": "test"}}
            assert await api.update_node(worker_id, node.version.index, spec) is True
            drained = await api.inspect_node(worker_id)
            assert drained.spec and drained.spec.availability == "drain"
            assert drained.spec.labels and drained.spec.labels.additional_properties == {
                "zone": "test"
            }
            # No spec: the current one is kept (docker-py would send {} and clear it).
            assert drained.version and isinstance(drained.version.index, int)
            assert await api.update_node(worker_id, drained.version.index) is True
            kept = await api.inspect_node(worker_id)
            assert kept.spec and kept.spec.availability == "drain"
            assert kept.spec.labels and kept.spec.labels.additional_properties == {"zone": "test"}
            with pytest.raises(errors.APIError, match="out of sequence"):
                await api.update_node(worker_id, drained.version.index, spec)

            # A node that is up is removed only with force.
            with pytest.raises(errors.InvalidArgument, match="is not down"):
                await api.remove_node(worker_id)
            assert await worker.leave_swarm() is True  # a worker needs no force
            assert await api.remove_node(worker_id, force=True) is True
            assert [node.id for node in await api.nodes()] == [manager.node_id]
            with pytest.raises(errors.NotFound):
                await api.inspect_node(worker_id)
        finally:
            await worker.leave_swarm(force=True)


@pytest.mark.anyio
async def test_autolock_get_unlock_key_and_unlock(swarm_engine: SwarmEngine) -> None:
    address = f"127.0.0.1:{free_port()}"
    async with AsyncAPIClient(base_url=swarm_engine.host) as api:
        spec = api.create_swarm_spec(autolock_managers=True)
        await api.init_swarm("127.0.0.1", address, swarm_spec=spec)
        key = await api.get_unlock_key()
        assert isinstance(key.unlock_key, str) and key.unlock_key.startswith("SWMKEY-1-")
    try:
        swarm_engine.restart()  # an autolocked manager comes back locked
        async with AsyncAPIClient(base_url=swarm_engine.host) as api:
            with pytest.raises(errors.ServerError, match="unlock"):
                await api.inspect_swarm()
            with pytest.raises(errors.Unauthorized, match="invalid key"):
                await api.unlock_swarm({"UnlockKey": "SWMKEY-1-" + "A" * 52})
            with pytest.raises(ValueError, match="UnlockKey"):
                await api.unlock_swarm({"Key": key.unlock_key})
            assert await api.unlock_swarm(key) is True  # what get_unlock_key returned
            swarm = await api.inspect_swarm()
            assert swarm.spec and swarm.spec.encryption_config
            assert swarm.spec.encryption_config.auto_lock_managers is True
            assert swarm.version and isinstance(swarm.version.index, int)
            assert await api.update_swarm(swarm.version.index, rotate_manager_unlock_key=True)
            rotated = await api.get_unlock_key()
            assert rotated.unlock_key != key.unlock_key
            await asleep(KEY_CHANGE_SETTLE)  # the engine's own race with a leave: tests/swarm.py
    finally:
        async with AsyncAPIClient(base_url=swarm_engine.host) as api:
            await api.leave_swarm(force=True)
