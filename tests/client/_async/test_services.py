"""``client.services``, ``client.tasks``, ``service.wait_converged`` and docker-py's
low-level service and task names, on a real single-node swarm.

The swarm lives on the swarm tests' private engine (tests/swarm.py), never on the engine of
the other tests; each test inits its swarm on 127.0.0.1 and leaves it (force) when it ends,
which removes its services. The services run the busybox test image by its local tag (no
registry: the engine uses the image it has). Their work is tiny: a loop echoing a line every
second, which stops at once on SIGTERM.

Written once for asyncio; tests/client/_sync/test_services.py is derived from this file by
scripts/unasync.py.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest
from engine_api_binding.models import ServiceSpec

from engine_api import AsyncAPIClient, AsyncDockerClient, errors
from engine_api._synchronization import asleep
from engine_api.types import (
    EndpointSpec,
    Mount,
    RestartPolicy,
    RollbackConfig,
    ServiceMode,
    UpdateConfig,
)
from scripts.test_image import TEST_IMAGE, build_busybox_image, socket_path_from_host
from tests.swarm import SwarmEngine
from tests.transport.engines import free_port

# A line a second, naming the task's slot (the hostname template); exits at once on TERM.
LOOP = [
    "sh",
    "-c",
    'trap "exit 0" TERM; while true; do echo "line from $(cat /etc/hostname)"; sleep 1; done',
]
# updates and rollbacks watch each new task for 1 s (the engine's default: 5 s)
UPDATES = UpdateConfig(parallelism=0, delay=0, monitor="1s")
ROLLBACKS = RollbackConfig(parallelism=0, delay=0, monitor="1s")
LABELS = {"engine-api-test": "1"}


@pytest.fixture
async def swarm(swarm_engine: SwarmEngine) -> AsyncIterator[AsyncDockerClient]:
    """A client of a new single-node swarm, whose engine has the busybox test image."""
    build_busybox_image(socket_path_from_host(swarm_engine.host), TEST_IMAGE)
    async with AsyncDockerClient(base_url=swarm_engine.host) as client:
        await client.api.init_swarm("127.0.0.1", f"127.0.0.1:{free_port()}")
        try:
            yield client
        finally:
            await client.api.leave_swarm(force=True)


@pytest.mark.anyio
async def test_service_created_converged_scaled_updated_rolled_back_logged_removed(
    swarm: AsyncDockerClient,
) -> None:
    service = await swarm.services.create(
        TEST_IMAGE,
        LOOP,
        name="web",
        mode=ServiceMode("replicated", 3),
        hostname="task-{{.Task.Slot}}",
        env={"STAGE": "one"},
        labels=LABELS,
        container_labels={"role": "web"},
        restart_policy=RestartPolicy("on-failure", max_attempts=3),
        mounts=[Mount("/scratch", None, type="tmpfs")],
        update_config=UPDATES,
        rollback_config=ROLLBACKS,
        stop_grace_period="2s",
    )
    assert service.name == "web" and service.attrs_dict["Spec"]["Name"] == "web"
    assert service.spec["Mode"] == {"Replicated": {"Replicas": 3}}
    container = service.spec["TaskTemplate"]["ContainerSpec"]
    assert container["Env"] == ["STAGE=one"] and container["Labels"] == {"role": "web"}
    assert container["StopGracePeriod"] == 2_000_000_000
    assert (
        container["Mounts"][0]["Type"] == "tmpfs" and container["Mounts"][0]["Target"] == "/scratch"
    )
    assert service.spec["TaskTemplate"]["RestartPolicy"]["Condition"] == "on-failure"
    assert service.spec["UpdateConfig"]["Monitor"] == 1_000_000_000
    assert (await service.wait_converged(timeout=60)) is service
    tasks = await service.tasks({"desired-state": ["running"]})
    assert [task.state for task in tasks] == ["running"] * 3
    assert sorted(task.slot or 0 for task in tasks) == [1, 2, 3]
    assert {task.service_id for task in tasks} == {service.id}

    # scale down, then up: the running tasks follow
    assert await service.scale(2) is True
    await service.wait_converged(timeout=60)
    assert service.spec["Mode"] == {"Replicated": {"Replicas": 2}}
    assert len(await service.tasks({"desired-state": ["running"]})) == 2
    assert await service.scale(4) is True
    await service.wait_converged(timeout=60)
    running = await service.tasks({"desired-state": ["running"]})
    assert [task.state for task in running] == ["running"] * 4

    # an update: every desired task runs the new spec, and the engine says completed
    version = service.version
    await service.update(env={"STAGE": "two"})
    assert service.version > version
    await service.wait_converged(timeout=90)
    assert service.attrs_dict["UpdateStatus"]["State"] == "completed"
    running = await service.tasks({"desired-state": ["running"]})
    assert len(running) == 4
    for task in running:
        assert task.state == "running"
        assert task.attrs_dict["Spec"]["ContainerSpec"]["Env"] == ["STAGE=two"]
    assert service.spec["TaskTemplate"]["ContainerSpec"]["Labels"] == {"role": "web"}  # kept
    assert service.spec["Mode"] == {"Replicated": {"Replicas": 4}}

    # and back
    await service.rollback()
    await service.wait_converged(timeout=90)
    assert service.attrs_dict["UpdateStatus"]["State"] == "rollback_completed"
    assert service.spec["TaskTemplate"]["ContainerSpec"]["Env"] == ["STAGE=one"]
    running = await service.tasks({"desired-state": ["running"]})
    assert len(running) == 4
    envs = {tuple(t.attrs_dict["Spec"]["ContainerSpec"]["Env"]) for t in running}
    assert envs == {("STAGE=one",)}

    # the logs of several tasks, followed as they come
    output = await service.logs(follow=True, timeout=20)
    seen: set[str] = set()
    deadline = time.monotonic() + 30
    async for line in output.lines():
        seen.add(line.strip())
        if len(seen) >= 3 or time.monotonic() > deadline:
            break
    await output.aclose()
    assert len(seen) >= 3, seen
    assert all(line.startswith("line from task-") for line in seen), seen
    whole = await service.logs(tail=2)
    assert b"line from task-" in await whole.read()

    # tasks through client.tasks
    listed = await swarm.tasks.list({"service": ["web"], "desired-state": ["running"]})
    assert {task.id for task in listed} == {task.id for task in running}
    one = await swarm.tasks.get(listed[0].id)
    assert one == listed[0] and one.service_id == service.id
    assert one.node_id and one.desired_state == "running"
    assert (await one.reload()).state == "running"

    # get and list
    assert await swarm.services.get("web") == service
    assert [s.id for s in await swarm.services.list({"name": ["web"]})] == [service.id]
    counted = await swarm.services.list({"id": [service.id]}, status=True)
    assert counted[0].attrs_dict["ServiceStatus"]["DesiredTasks"] == 4

    await service.force_update()
    assert service.spec["TaskTemplate"]["ForceUpdate"] == 1
    await service.wait_converged(timeout=90)

    assert await service.remove() is True
    with pytest.raises(errors.NotFound):
        await swarm.services.get(service.id)
    assert await swarm.services.list() == []


@pytest.mark.anyio
async def test_wait_converged_names_the_failed_task(swarm: AsyncDockerClient) -> None:
    exits = await swarm.services.create(
        TEST_IMAGE, ["sh", "-c", "exit 1"], name="exits", restart_policy={"Condition": "none"}
    )
    with pytest.raises(errors.ServiceTaskFailed) as caught:
        await exits.wait_converged(timeout=60)
    failed = caught.value
    assert failed.state == "failed" and failed.err == "task: non-zero exit (1)"
    assert failed.service_id == exits.id and failed.task_id
    assert failed.task_id in str(failed) and "non-zero exit (1)" in str(failed)
    task = await swarm.tasks.get(failed.task_id)
    assert task.state == "failed" and task.error == "task: non-zero exit (1)"

    # an image that is nowhere: the engine cannot pull it (127.0.0.1:1 refuses at once)
    missing = await swarm.services.create("127.0.0.1:1/engine-api-test/nowhere:1", name="missing")
    with pytest.raises(errors.ServiceTaskFailed) as caught:
        await missing.wait_converged(timeout=60)
    assert caught.value.state == "rejected"
    assert "No such image: 127.0.0.1:1/engine-api-test/nowhere:1" in caught.value.err
    assert caught.value.task_id and caught.value.task_id in str(caught.value)


@pytest.mark.anyio
async def test_wait_converged_times_out_typed(swarm: AsyncDockerClient) -> None:
    # No node has the label: the task stays pending, the service never converges.
    pending = await swarm.services.create(
        TEST_IMAGE, LOOP, name="pending", constraints=["node.labels.engine-api-none==yes"]
    )
    started = time.monotonic()
    with pytest.raises(errors.ServiceNotConverged) as caught:
        await pending.wait_converged(timeout=1.5, poll=0.2)
    assert 1.5 <= time.monotonic() - started < 10
    assert isinstance(caught.value, errors.WaitTimeout)
    assert caught.value.service_id == pending.id
    assert "0/1 tasks running" in str(caught.value) and "pending" in str(caught.value)
    tasks = await pending.tasks()
    assert [task.state for task in tasks] == ["pending"]


@pytest.mark.anyio
async def test_update_retries_after_another_update(swarm: AsyncDockerClient) -> None:
    created = await swarm.services.create(TEST_IMAGE, LOOP, name="shared", update_config=UPDATES)
    first = await swarm.services.get("shared")
    second = await swarm.services.get(created.id)
    await first.update(env=["FROM=first"])
    # second still has the old version: the engine refuses it, update re-reads and retries,
    # and first's change is kept.
    await second.update(labels={"from": "second"})
    assert second.spec["Labels"] == {"from": "second"}
    assert second.spec["TaskTemplate"]["ContainerSpec"]["Env"] == ["FROM=first"]
    assert second.version > first.version
    # the low-level name does not retry: a stale version is the engine's error
    with pytest.raises(errors.APIError, match="out of sequence"):
        await swarm.api.update_service(created.id, first.version, fetch_current_spec=True)
    await second.wait_converged(timeout=90)


@pytest.mark.anyio
async def test_create_from_a_typed_spec_and_bad_arguments(swarm: AsyncDockerClient) -> None:
    spec = ServiceSpec.from_dict(
        {
            "Name": "typed",
            "Labels": LABELS,
            "TaskTemplate": {"ContainerSpec": {"Image": TEST_IMAGE, "Command": LOOP}},
            "Mode": {"Global": {}},
            "EndpointSpec": EndpointSpec(mode="dnsrr").to_dict(),
        }
    )
    service = await swarm.services.create(spec=spec)
    assert service.spec["Mode"] == {"Global": {}}
    assert service.spec["EndpointSpec"] == {"Mode": "dnsrr"}
    await service.wait_converged(timeout=60)
    assert len(await service.tasks({"desired-state": ["running"]})) == 1
    with pytest.raises(ValueError, match="only a replicated service scales"):
        await service.scale(2)

    with pytest.raises(TypeError, match=r"'nmae' \(did you mean 'name'\?\)"):
        await swarm.services.create(TEST_IMAGE, nmae="x")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'enviroment'"):
        await service.update(enviroment={"A": "1"})  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="not both"):
        await swarm.services.create(TEST_IMAGE, spec=spec)
    with pytest.raises(errors.APIError, match="name conflicts"):
        await swarm.services.create(spec=spec)
    with pytest.raises(errors.NotFound):
        await swarm.services.get("no-such-service")
    with pytest.raises(errors.NotFound):
        await swarm.tasks.get("no-such-task")
    with pytest.raises(ValueError, match="replicas can only"):
        ServiceMode("global", 2)


@pytest.mark.anyio
async def test_low_level_service_and_task_names(swarm_engine: SwarmEngine) -> None:
    build_busybox_image(socket_path_from_host(swarm_engine.host), TEST_IMAGE)
    async with AsyncAPIClient(base_url=swarm_engine.host) as api:
        await api.init_swarm("127.0.0.1", f"127.0.0.1:{free_port()}")
        try:
            template = {
                "ContainerSpec": {"Image": TEST_IMAGE, "Command": LOOP, "Env": ["A=1"]},
                "RestartPolicy": {"Condition": "none"},
            }
            created = await api.create_service(
                template, name="low", labels=LABELS, mode={"Replicated": {"Replicas": 2}}
            )
            service_id = created.to_dict()["ID"]
            assert isinstance(service_id, str) and service_id and created.id == service_id
            inspected = await api.inspect_service("low")
            assert inspected.id == service_id and inspected.to_dict()["Spec"]["Labels"] == LABELS
            defaults = await api.inspect_service("low", insert_defaults=True)
            assert defaults.to_dict()["Spec"]["UpdateConfig"]["FailureAction"] == "pause"
            assert [s.id for s in await api.services({"name": "low"})] == [service_id]
            assert await api.services({"name": ["nothing-named-so"]}) == []

            # fetch_current_spec: the ContainerSpec merged key by key, the rest kept
            version = inspected.to_dict()["Version"]["Index"]
            answer = await api.update_service(
                service_id,
                version,
                task_template={"ContainerSpec": {"Env": ["A=2"]}},
                fetch_current_spec=True,
            )
            assert answer.to_dict().get("Warnings") in (None, [])
            updated = await api.inspect_service(service_id)
            container = updated.to_dict()["Spec"]["TaskTemplate"]["ContainerSpec"]
            assert container["Env"] == ["A=2"] and container["Command"] == LOOP
            assert updated.to_dict()["Spec"]["Labels"] == LABELS
            assert updated.to_dict()["Spec"]["Mode"] == {"Replicated": {"Replicas": 2}}

            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                tasks = await api.tasks({"service": "low", "desired-state": "running"})
                states = [t.to_dict()["Status"]["State"] for t in tasks]
                if states == ["running", "running"]:
                    break
                await asleep(0.3)
            assert len(tasks) == 2
            task = await api.inspect_task(str(tasks[0].id))
            assert task.to_dict()["ServiceID"] == service_id

            output = await api.service_logs(service_id, stdout=True, follow=True, timeout=20)
            async for line in output.lines():
                assert line.startswith("line from ")
                break
            await output.aclose()
            with pytest.raises(ValueError, match="stdout and/or stderr"):
                await api.service_logs(service_id)
            with pytest.raises(errors.DockerException, match="Image"):
                await api.create_service({"ContainerSpec": {}})

            assert await api.remove_service(service_id) is True
            with pytest.raises(errors.NotFound):
                await api.inspect_service(service_id)
        finally:
            await api.leave_swarm(force=True)
