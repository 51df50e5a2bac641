"""The high-level API: ``client.containers`` and the Container wrapper, against the engine.

Written once for asyncio; tests/client/_sync/test_containers.py is derived from this file
by scripts/unasync.py, so both clients run the same scenarios. docker-py's documented
behaviour is the expectation; where we differ on purpose the test says so.
"""

from __future__ import annotations

import io
import logging
import os
import re
import socket
import uuid
from pathlib import Path
from typing import Any

import pytest
from engine_api_binding.models import (
    ContainerConfigLabels,
    ContainerCreateRequest,
    ContainerInspectResponse,
    HostConfig,
    NetworkCreateRequest,
    NetworkCreateRequestLabels,
)

from engine_api import AsyncDockerClient, errors
from engine_api._async.container import AsyncContainer
from engine_api._async.containers import CONFIG_HASH_LABEL
from engine_api._synchronization import asleep
from tests.client._async.helpers import LABEL

LABELS = {LABEL: "1"}


def unique(prefix: str) -> str:
    return f"ea-{prefix}-{uuid.uuid4().hex[:8]}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def detached(
    client: AsyncDockerClient, cleanup: Any, image: str, command: Any, **kwargs: Any
) -> AsyncContainer:
    kwargs.setdefault("network_mode", "none")
    container = await client.containers.run(
        image, command, detach=True, labels=LABELS, name=unique("hl"), **kwargs
    )
    cleanup.container(container.id)
    return container


# -- run and create ---------------------------------------------------------------------


@pytest.mark.anyio
async def test_run_returns_output_and_raises_container_error(
    client: AsyncDockerClient, test_image: str
) -> None:
    out = await client.containers.run(
        test_image, "sh -c 'echo out; echo err >&2'", remove=True, network_mode="none"
    )
    assert out == b"out\n"  # docker-py: stdout only by default
    both = await client.containers.run(
        test_image,
        ["sh", "-c", "echo out; echo err >&2"],
        stderr=True,
        remove=True,
        network_mode="none",
        labels=LABELS,
    )
    assert sorted(both.splitlines()) == [b"err", b"out"]
    name = unique("fails")
    with pytest.raises(errors.ContainerError) as failed:
        await client.containers.run(
            test_image,
            ["sh", "-c", "echo broken >&2; exit 3"],
            name=name,
            remove=True,
            network_mode="none",
            labels=LABELS,
        )
    assert failed.value.exit_status == 3
    assert failed.value.stderr == b"broken\n"
    assert failed.value.image == test_image
    assert failed.value.command == ["sh", "-c", "echo broken >&2; exit 3"]
    with pytest.raises(errors.ContainerNotFound):  # remove=True removed it anyway
        await client.containers.get(name)


@pytest.mark.anyio
async def test_run_refuses_a_pool_too_small_for_it_before_creating_anything(
    docker_host: str, test_image: str
) -> None:
    # run() reads the output while it waits for the exit: attach, wait and start at once
    # (stream=True: attach and start). A smaller pool would wait for itself until it timed
    # out, so it is refused up front, and no container is left behind.
    mark = unique("small-pool")
    for limit, stream in ((1, False), (2, False), (1, True)):
        async with AsyncDockerClient(max_connections=limit) as small:
            with pytest.raises(errors.ConfigError, match=f"max_connections={limit}: give it"):
                await small.containers.run(
                    test_image, "true", stream=stream, network_mode="none", labels={mark: "1"}
                )
    async with AsyncDockerClient(max_connections=3) as enough:
        assert not await enough.containers.list(all=True, filters={"label": [mark]})
        out = await enough.containers.run(
            test_image, "echo three", remove=True, network_mode="none", labels=LABELS
        )
        assert out == b"three\n"
    async with AsyncDockerClient(max_connections=2) as two:
        streamed = await two.containers.run(
            test_image, "echo two", stream=True, remove=True, network_mode="none", labels=LABELS
        )
        assert b"".join([piece async for piece in streamed]) == b"two\n"
        # detach=True makes one request at a time
        one = AsyncDockerClient(max_connections=1)
        async with one:
            made = await one.containers.run(
                test_image, "true", detach=True, network_mode="none", labels=LABELS
            )
            await made.remove(force=True)


@pytest.mark.anyio
async def test_run_attaches_before_start_auto_remove_and_log_driver_none(
    client: AsyncDockerClient, test_image: str
) -> None:
    # auto_remove: the engine removes the container as it exits; the output was read from
    # the attach stream, so it is whole, and a failure is a ContainerError, not a 409.
    name = unique("autorm")
    out = await client.containers.run(
        test_image,
        ["sh", "-c", "echo one; echo two >&2; echo three"],
        name=name,
        auto_remove=True,
        stderr=True,
        network_mode="none",
        labels=LABELS,
    )
    assert sorted(out.splitlines()) == [b"one", b"three", b"two"]  # the two pipes: any order
    with pytest.raises(errors.ContainerNotFound):  # removed by the engine, waited for
        await client.containers.get(name)
    command = "sh -c 'echo partial; echo broken >&2; exit 3'"
    with pytest.raises(errors.ContainerError) as failed:
        await client.containers.run(
            test_image, command, auto_remove=True, network_mode="none", labels=LABELS
        )
    assert failed.value.exit_status == 3 and failed.value.stderr == b"broken\n"
    assert failed.value.command == command  # the command as the caller gave it: a string
    assert failed.value.image == test_image
    assert "returned non-zero exit status 3: broken" in str(failed.value)

    # A log driver that keeps nothing: the logs endpoint answers 501, the attach has it all.
    quiet = await client.containers.run(
        test_image,
        ["sh", "-c", "echo kept; echo also >&2"],
        log_config={"type": "none"},
        stderr=True,
        remove=True,
        network_mode="none",
        labels=LABELS,
    )
    assert sorted(quiet.splitlines()) == [b"also", b"kept"]
    with pytest.raises(errors.ContainerError) as none_failed:
        await client.containers.run(
            test_image,
            ["sh", "-c", "echo lost >&2; exit 7"],
            log_config={"type": "none"},
            remove=True,
            network_mode="none",
            labels=LABELS,
        )
    assert none_failed.value.exit_status == 7 and none_failed.value.stderr == b"lost\n"
    assert none_failed.value.command == ["sh", "-c", "echo lost >&2; exit 7"]


@pytest.mark.anyio
async def test_run_streamed_gives_one_item_per_frame_and_removes_after(
    client: AsyncDockerClient, test_image: str
) -> None:
    name = unique("frames")
    output = await client.containers.run(
        test_image,
        ["sh", "-c", "echo 1; sleep 0.3; echo 2; sleep 0.3; echo 3 >&2; sleep 0.3; echo 4"],
        stream=True,
        stderr=True,
        remove=True,
        name=name,
        network_mode="none",
        labels=LABELS,
    )
    # Four writes apart, four frames: read once the container is done (they arrive in one
    # read), they still come as four items, the two first ones of stdout not merged.
    assert (await (await client.containers.get(name)).wait(timeout=30)).status_code == 0
    assert [item async for item in output] == [b"1\n", b"2\n", b"3\n", b"4\n"]
    with pytest.raises(errors.ContainerNotFound):  # remove=True: once the output was read
        await client.containers.get(name)


@pytest.mark.anyio
async def test_commit_sends_an_empty_config_without_conf(
    client: AsyncDockerClient, cleanup: Any, test_image: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    container = await detached(client, cleanup, test_image, ["sleep", "300"])
    sent: list[tuple[str, str, Any]] = []
    send = client.api._send

    async def recording(method: str, path: str, **kwargs: Any) -> Any:
        sent.append((method, path, kwargs.get("json")))
        return await send(method, path, **kwargs)

    monkeypatch.setattr(client.api, "_send", recording)
    repository = unique("bare")
    made = await container.commit(repository, "v1")
    cleanup.image(f"{repository}:v1")
    monkeypatch.undo()
    assert [body for method, path, body in sent if path.endswith("/commit")] == [{}]
    assert f"{repository}:v1" in (await client.images.get(made.id)).tags


@pytest.mark.anyio
async def test_run_detached_streamed_and_with_docker_py_arguments(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    container = await detached(
        client,
        cleanup,
        test_image,
        ["sh", "-c", "echo $GREETING-$WHO; sleep 300"],
        environment={"GREETING": "hello", "WHO": "you"},
        working_dir="/bin",
        mem_limit="64m",
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 2},
        hostname="box",
    )
    assert isinstance(container, AsyncContainer)
    assert container.status == "running" and container.name.startswith("ea-hl-")
    attrs = container.attrs
    assert isinstance(attrs, ContainerInspectResponse)
    assert attrs.host_config is not None and attrs.host_config.memory == 64 * 1024 * 1024
    assert container.attrs_dict["Config"]["Hostname"] == "box"
    assert container.labels == LABELS
    await container.wait_for_log("hello-you", timeout=10)

    output = await client.containers.run(
        test_image,
        ["sh", "-c", "for i in 1 2 3; do echo $i; done"],
        stream=True,
        network_mode="none",
        labels=LABELS,
    )
    assert [line async for line in output.lines()] == ["1", "2", "3"]

    with pytest.raises(TypeError, match="'enviroment' \\(did you mean 'environment'\\?\\)"):
        await client.containers.run(test_image, "true", enviroment={"A": "1"})
    with pytest.raises(ValueError, match="detach"):
        await client.containers.run(test_image, "true", detach=True, remove=True)
    with pytest.raises(ValueError, match="mem_limit"):
        await client.containers.create(test_image, "true", mem_limit="lots")


@pytest.mark.anyio
async def test_create_with_the_typed_body_get_list_and_prune(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    body = ContainerCreateRequest(
        image=test_image,
        cmd=["true"],
        labels=ContainerConfigLabels.from_dict(LABELS),
        host_config=HostConfig(network_mode="none"),
    )
    name = unique("typed")
    created = await client.containers.create(body=body, name=name)
    cleanup.container(created.id)
    assert created.status == "created" and created.name == name
    with pytest.raises(TypeError, match="either the typed body"):
        await client.containers.create(body=body, command="echo")
    with pytest.raises(TypeError, match="run\\(\\) does"):
        await client.containers.create(test_image, "true", remove=True)  # type: ignore[call-arg]
    # docker-py's create() takes detach (and ignores it): the container is created, not run.
    kept = await client.containers.create(
        test_image, "true", detach=True, labels=LABELS, network_mode="none"
    )
    cleanup.container(kept.id)
    assert kept.status == "created"

    assert (await client.containers.get(name)) == created
    assert (await client.containers.get(created.short_id)).id == created.id
    running = await detached(client, cleanup, test_image, ["sleep", "300"])
    listed = await client.containers.list(filters={"label": [f"{LABEL}=1"]})
    assert running in listed and created not in listed  # only running ones by default
    everything = await client.containers.list(all=True, filters={"label": [f"{LABEL}=1"]})
    assert created in everything and running in everything
    sparse = await client.containers.list(all=True, sparse=True, filters={"name": [name]})
    assert [c.id for c in sparse] == [created.id] and sparse[0].name == name
    assert len(await client.containers.list(all=True, limit=1)) == 1
    since = await client.containers.list(all=True, since=created.id)
    assert running in since and created not in since

    pruned = await client.containers.prune(filters={"label": [f"{LABEL}=1"]})
    assert created.id in (pruned.containers_deleted or [])
    with pytest.raises(errors.ContainerNotFound):
        await created.reload()


@pytest.mark.anyio
async def test_list_gives_inspected_containers_in_the_engine_order(
    docker_host: str, cleanup: Any, test_image: str
) -> None:
    # list() gives every container inspected (asyncio: several at once over the pool, more
    # than one connection serving; threads: each on first need), in the engine's order.
    mark = unique("listed")
    labels = {LABEL: "1", mark: "1"}
    ids = []
    async with AsyncDockerClient() as client:
        for _ in range(12):
            made = await client.containers.create(
                test_image, "true", labels=labels, network_mode="none"
            )
            ids.append(cleanup.container(made.id))
    async with AsyncDockerClient() as fresh:
        listed = await fresh.containers.list(all=True, filters={"label": [mark]})
        # unasync: async only
        transport = fresh.api._engine_transport
        assert transport is not None
        assert transport.pool.opened > 1, "the inspects went one at a time over one connection"
        # unasync: end
        sparse = await fresh.containers.list(all=True, sparse=True, filters={"label": [mark]})
        assert [c.id for c in listed] == [c.id for c in sparse]
        assert sorted(c.id for c in listed) == sorted(ids)
        assert all(isinstance(c.attrs, ContainerInspectResponse) for c in listed)
        assert all(c.attrs.host_config is not None for c in listed)  # inspected, not listed
        assert all(c.status == "created" and c.labels.get(mark) == "1" for c in listed)


@pytest.mark.anyio
async def test_create_or_replace_replaces_only_on_change(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    name = unique("cor")
    first = await client.containers.create_or_replace(
        name, test_image, "sleep 300", network_mode="none", labels=LABELS
    )
    cleanup.container(first.id)
    await first.start()
    same = await client.containers.create_or_replace(
        name, test_image, "sleep 300", network_mode="none", labels=LABELS
    )
    assert same.id == first.id and await same.is_running()  # left as it was
    changed = await client.containers.create_or_replace(
        name, test_image, "sleep 301", network_mode="none", labels=LABELS
    )
    cleanup.container(changed.id)
    assert changed.id != first.id and changed.labels[CONFIG_HASH_LABEL]
    with pytest.raises(errors.ContainerNotFound):
        await client.containers.get(first.id)


# -- the Container -----------------------------------------------------------------------


@pytest.mark.anyio
async def test_lifecycle_methods(client: AsyncDockerClient, cleanup: Any, test_image: str) -> None:
    container = await detached(client, cleanup, test_image, ["sleep", "300"], tty=True)
    assert await container.is_running() and await container.exit_code() is None
    await container.pause()
    assert await container.get_status() == "paused"
    await container.unpause()
    top = await container.top()
    assert top.processes and any("sleep" in " ".join(p) for p in top.processes)
    await container.resize(30, 100)
    new_name = unique("renamed")
    await container.rename(new_name)
    assert container.name == new_name
    updated = await container.update(mem_limit="96m", memswap_limit=-1, cpu_shares=512)
    assert updated is not None and (await container.show()).host_config.memory == 96 * 2**20  # type: ignore[union-attr]
    # the same translation as the client's update_container, with the engine's extras
    policy: dict[str, str | int] = {"Name": "on-failure", "MaximumRetryCount": 2}
    await container.update(pids_limit=64, nano_cpus=500_000_000, restart_policy=policy)
    host = (await container.show()).host_config
    assert host and host.pids_limit == 64 and host.nano_cpus == 500_000_000
    assert host.restart_policy and host.restart_policy.to_dict() == policy
    assert host.memory == 96 * 2**20  # what the first update set is kept
    with pytest.raises(TypeError, match="mem_limitt"):
        await container.update(mem_limitt="1m")  # type: ignore[call-arg]
    await container.restart(timeout=1)
    assert await container.is_running()
    await container.kill(signal="KILL")
    assert (await container.wait(timeout=30)).status_code == 137
    assert await container.exit_code() == 137 and container.status == "exited"
    await container.start()
    await container.stop(timeout=0)
    assert await container.get_status() == "exited"
    await container.remove()
    with pytest.raises(errors.ContainerNotFound):
        await container.reload()


@pytest.mark.anyio
async def test_attrs_and_answers_read_as_the_engine_json(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    """As docker-py's dicts: ``attrs["State"]["Status"]``, ``"NetworkSettings" in attrs``,
    ``wait()["StatusCode"]``, ``top()["Processes"]``, ``diff()[i]["Path"]``; typed."""
    container = await detached(
        client, cleanup, test_image, ["sh", "-c", "touch /made-here; exec sleep 300"]
    )
    attrs = (await container.reload()).attrs
    assert attrs["State"]["Status"] == "running" and attrs["State"]["Running"] is True
    assert "NetworkSettings" in attrs and {"State", "Config"} <= set(attrs.keys())
    assert attrs["Id"] == container.id == attrs.id
    assert attrs["Config"]["Image"] == test_image
    assert attrs["Config"]["Labels"][LABEL] == "1"
    assert attrs.get("NoSuchKey") is None and "NoSuchKey" not in attrs
    with pytest.raises(KeyError, match="ContainerInspectResponse has no 'NoSuchKey'"):
        attrs["NoSuchKey"]
    raw = (await client.ops.container_inspect(container.id)).to_dict()
    assert set(attrs) == {key for key, value in raw.items() if value is not None}
    assert attrs["HostConfig"]["NetworkMode"] == "none"
    top = await container.top()
    assert "Processes" in top and any("sleep" in " ".join(row) for row in top["Processes"])
    assert "PID" in top["Titles"]
    for _ in range(50):
        changes = await container.diff()
        if any(change["Path"] == "/made-here" for change in changes):
            break
        await asleep(0.1)
    made = [change for change in changes if change["Path"] == "/made-here"]
    assert made and made[0]["Kind"] == 1  # 1: added
    await container.kill(signal="KILL")
    waited = await container.wait(timeout=30)
    assert waited["StatusCode"] == 137 and "StatusCode" in waited
    assert waited == {**waited.to_dict(), "StatusCode": 137}
    assert (await container.reload()).attrs["State"]["Status"] == "exited"


@pytest.mark.anyio
async def test_logs_exec_and_execute(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    container = await detached(
        client, cleanup, test_image, ["sh", "-c", "echo one; echo two >&2; sleep 300"]
    )
    await container.wait_for_log("two", timeout=10)
    assert await container.logs(stderr=False) == b"one\n"
    assert await container.logs(demux=True) == (b"one\n", b"two\n")
    stream = await container.logs(stream=True)
    assert sorted([line async for line in stream.lines()]) == ["one", "two"]
    assert sorted((await container.logs_unicode()).split()) == ["one", "two"]
    assert sorted(await container.log(stdout=True, stderr=True)) == ["one", "two"]  # aiodocker

    code, out = await container.exec_run("sh -c 'echo inside; exit 4'")
    assert (code, out) == (4, b"inside\n")
    assert (await container.exec_run(["true"])).output == b""  # b"", not docker-py's None
    assert await container.execute(["echo", "ok"]) == b"ok\n"
    with pytest.raises(errors.ContainerError) as failed:
        await container.execute(["sh", "-c", "echo why >&2; exit 5"])
    assert failed.value.exit_status == 5 and failed.value.stderr == b"why\n"
    lines = await container.execute(["sh", "-c", "echo a; echo b"], blocking=False)
    assert [line async for line in lines.lines()] == ["a", "b"]
    await container.exec_run(["touch", "/made-by-exec"])
    changes = await container.diff()
    assert any(change.path == "/made-by-exec" and change.kind == 1 for change in changes)


@pytest.mark.anyio
async def test_exec_result_is_docker_pys_named_tuple(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    container = await detached(client, cleanup, test_image, ["sleep", "300"])
    result = await container.exec_run(["sh", "-c", "echo hi; exit 2"])
    assert result[0] == 2 and result[1] == b"hi\n"
    assert (result.exit_code, result.output) == (2, b"hi\n") == tuple(result)
    code, out = result
    assert (code, out) == (2, b"hi\n") and result == (2, b"hi\n")
    assert repr(result) == "ExecResult(exit_code=2, output=b'hi\\n')"
    assert (await client.api.exec_inspect(result.exec_id)).exit_code == 2  # the id rides along
    assert await container.exec_run(["sh", "-c", "echo a; echo b >&2"], demux=True) == (
        0,
        (b"a\n", b"b\n"),
    )


@pytest.mark.anyio
async def test_conu_and_aiodocker_names(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    container = await detached(
        client, cleanup, test_image, ["sh", "-c", "echo out; echo err >&2; sleep 300"]
    )
    await container.wait_for_log("err", timeout=10)
    assert container.get_id() == container.id
    assert sorted((await container.logs_in_bytes()).splitlines()) == [b"err", b"out"]
    metadata = await container.get_metadata()
    assert isinstance(metadata, ContainerInspectResponse) and metadata.id == container.id
    await container.pause()
    paused = await container.get_metadata()  # asked again, not the cached data
    assert paused.state is not None and paused.state.paused is True
    await container.unpause()

    # aiodocker's containers.container(id): no call until one is needed.
    handle = client.containers.container(container.id)
    assert isinstance(handle, AsyncContainer) and handle.id == container.id
    assert (await handle.show()).name == f"/{container.name}"
    missing = client.containers.container("ea-no-such-container")
    with pytest.raises(errors.ContainerNotFound):
        await missing.show()

    # aiodocker's container.exec(...): an exec to start; its output and exit code.
    run = await container.exec(["sh", "-c", "echo from-exec; echo to-err >&2; exit 3"])
    assert run.id and run.container is container
    sock = await run.start()
    async with sock:
        assert await sock.output.read_demuxed() == (b"from-exec\n", b"to-err\n")
    assert (await run.inspect()).exit_code == 3
    fed = await container.exec(["cat"], stdin=True)
    sock = await fed.start()
    async with sock:
        await sock.write(b"through stdin\n")
        await sock.close_stdin()
        assert await sock.output.read() == b"through stdin\n"
    detached_exec = await container.exec(["sh", "-c", "sleep 0.2"])
    assert await detached_exec.start(detach=True) == b""
    tty = await container.exec(["sh", "-c", "sleep 0.5; stty size"], tty=True)
    tty_sock = await tty.start()
    async with tty_sock:
        await tty.resize(h=21, w=77)
        assert b"21 77" in await tty_sock.output.read()

    # aiodocker's container.port(): the host bindings of a container port.
    network = await client.ops.network_create(
        body=NetworkCreateRequest(
            name=unique("net"), labels=NetworkCreateRequestLabels.from_dict(LABELS)
        )
    )
    cleanup.network(network.id)
    published = await detached(
        client,
        cleanup,
        test_image,
        ["sleep", "300"],
        network_mode=None,
        network=network.id,
        ports={"8080/tcp": ("127.0.0.1", None), 53: None, "5353/udp": ("127.0.0.1", None)},
    )
    bindings = await published.port(8080)
    assert bindings and bindings[0]["HostIp"] == "127.0.0.1" and int(bindings[0]["HostPort"]) > 0
    assert await published.port("8080/tcp") == bindings
    udp = await client.containers.container(published.id).port(5353)  # inspects first
    assert udp and udp[0]["HostIp"] == "127.0.0.1"
    assert await published.port(9999) is None
    assert await container.port(8080) is None  # nothing published


@pytest.mark.anyio
async def test_stdin_stats_and_files(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    container = await detached(
        client,
        cleanup,
        test_image,
        ["sh", "-c", "while read line; do echo got-$line; done"],
        stdin_open=True,
    )
    await container.write_to_stdin(b"first\n")
    await container.wait_for_log("got-first", timeout=10)
    sock = await container.attach_socket(stdin=True)
    async with sock:
        await sock.write(b"second\n")
        async for chunk in sock.output:
            if b"got-second" in chunk:
                break
    sample = await container.stats(stream=False)
    assert sample.id == container.id

    await container.copy_to(b"payload", "/note.txt")
    await container.copy_from("/note.txt", tmp_path / "note.txt")
    assert (tmp_path / "note.txt").read_bytes() == b"payload"
    stat = await container.stat_path("/note.txt")
    assert stat.size == 7
    stream, _ = await container.get_archive("/note.txt")
    assert len(await stream.read()) >= 512
    size = await container.export(tmp_path / "fs.tar")
    assert isinstance(size, int) and size > 1_000_000
    async with container.mount() as root:
        assert Path(root, "note.txt").read_bytes() == b"payload"
        # Absolute symlinks of the image point into the mount, never out of it.
        assert os.path.realpath(Path(root, "bin", "sh")).startswith(os.path.realpath(root))
        mounted = root
    assert not os.path.exists(mounted)  # removed on exit


@pytest.mark.anyio
async def test_ports_on_127_0_0_1_and_waiting(
    client: AsyncDockerClient, cleanup: Any, test_image: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    # Host networking, so the port is reached on 127.0.0.1 with no published mapping.
    server = await detached(
        client,
        cleanup,
        test_image,
        ["sh", "-c", f"sleep 1; echo serving; exec httpd -f -p 127.0.0.1:{port} -h /"],
        network_mode="host",
    )
    assert not await server.is_port_open(port)
    await server.wait_for_port(port, timeout=15)
    assert await server.is_port_open(port)
    assert server.get_port_mappings(port) == []  # nothing published: host networking

    # A user-defined bridge network (the test engine has no default bridge), the port
    # published on 127.0.0.1 only: wait_for_port connects there, not to the bridge address.
    network = await client.ops.network_create(
        body=NetworkCreateRequest(
            name=unique("net"), labels=NetworkCreateRequestLabels.from_dict(LABELS)
        )
    )
    cleanup.network(network.id)
    published = await detached(
        client,
        cleanup,
        test_image,
        ["httpd", "-f", "-p", "8080", "-h", "/"],
        network_mode=None,
        network=network.id,
        ports={"8080/tcp": ("127.0.0.1", None), "9999/tcp": ("127.0.0.1", None)},
    )
    mapping = published.get_port_mappings(8080)
    assert mapping and mapping[0]["HostIp"] == "127.0.0.1" and int(mapping[0]["HostPort"]) > 0
    assert "8080/tcp" in published.get_ports()
    await published.wait_for_port(8080, timeout=15)
    assert await published.is_port_open("8080/tcp")
    assert not await published.is_port_open(9999)  # published, but nothing listens inside
    # An engine on another host: no /proc to look in; the proxy's behaviour tells instead.
    monkeypatch.setattr(AsyncContainer, "_listening_inside", lambda self, port: None)
    assert await published.is_port_open(8080)
    assert not await published.is_port_open(9999)
    monkeypatch.undo()
    assert len(published.get_IPv4s()) == 1  # for information; never connected to
    none_net = await detached(client, cleanup, test_image, ["sleep", "300"])
    assert none_net.get_IPv4s() == [] and not await none_net.is_port_open(8080)

    with pytest.raises(errors.WaitTimeout, match="did not open"):
        await published.wait_for_port(9999, timeout=0.5)  # published, nothing listens
    with pytest.raises(errors.WaitTimeout, match="nothing-like-this"):
        await published.wait_for_log("nothing-like-this", timeout=0.5)
    quitter = await detached(client, cleanup, test_image, ["sh", "-c", "echo bye; exit 2"])
    with pytest.raises(errors.ContainerError):
        await quitter.wait_for_log("never printed", timeout=10)
    with pytest.raises(ValueError, match="no healthcheck"):
        await published.wait_for_healthy(timeout=1)


@pytest.mark.anyio
async def test_healthcheck_and_context_manager(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    container = await detached(
        client,
        cleanup,
        test_image,
        ["sleep", "300"],
        healthcheck={"test": ["CMD", "true"], "interval": "200ms", "retries": 1},
    )
    await container.wait_for_healthy(timeout=30)
    assert container.health == "healthy"
    async with container as same:
        assert same is container
    with pytest.raises(errors.ContainerNotFound):  # stopped and removed on exit
        await container.reload()

    raising = await detached(client, cleanup, test_image, ["sleep", "300"])
    with pytest.raises(RuntimeError, match="inside"):
        async with raising:
            raise RuntimeError("inside")
    with pytest.raises(errors.ContainerNotFound):  # also when the block raised
        await raising.reload()


# -- images, pulls, and the rest of the Container ---------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.anyio
async def test_run_pulls_a_missing_image_from_the_registry(
    client: AsyncDockerClient,
    cleanup: Any,
    test_image: str,
    registry: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    remote = f"{registry}/{unique('pull')}:v1"
    cleanup.image(remote)
    await client.api.tag(test_image, remote.rsplit(":", 1)[0], "v1")
    await client.api.push(remote)
    await client.api.remove_image(remote)
    with pytest.raises(errors.ImageNotFound):
        await client.images.get(remote)
    # Missing locally: run pulls it first, as docker-py and aiodocker do, and says so on
    # the engine_api.containers logger.
    with caplog.at_level(logging.INFO, logger="engine_api.containers"):
        out = await client.containers.run(remote, "echo pulled", remove=True, network_mode="none")
    assert out == b"pulled\n"
    image = await client.images.get(remote)
    assert remote in image.tags
    said = [r.getMessage() for r in caplog.records if r.name == "engine_api.containers"]
    assert said == [f"image {remote} is not here: pulling it", f"pulled {remote}: {image.id}"]
    await client.api.remove_image(remote)
    with pytest.raises(errors.ImageNotFound):  # pull=False: no pull
        await client.containers.create(remote, "true", pull=False, network_mode="none")
    # pull_progress: the pull shown on a terminal as docker run shows it, each line fitted
    # to the terminal's width (60 columns here). An image of its own, with a layer of 3 MB
    # that this engine has not got, so that there is a download to show.
    fresh = f"{registry}/{unique('pullshown')}:v1"
    cleanup.image(fresh)
    dockerfile = f"FROM {test_image}\nRUN head -c 3000000 /dev/urandom > /blob\n"
    built = await client.api.build(fileobj=dockerfile, tag=fresh, rm=True)
    await client.api.push(fresh)
    await client.api.remove_image(built.image_id, force=True)
    terminal = Terminal()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", "60")
        out = await client.containers.run(
            fresh, "echo again", remove=True, network_mode="none", pull_progress=terminal
        )
    assert out == b"again\n"
    shown = terminal.getvalue()
    assert "\x1b[2K" in shown  # rewritten in place: a terminal
    lines = [line for line in re.split(r"\x1b\[\d*[ABK]|\r|\n", shown) if line]
    assert any(line.endswith(": Pull complete") for line in lines), lines
    assert any(re.search(r"Downloading.*MB", line) for line in lines), lines
    assert f"Status: Downloaded newer image for {fresh}" in lines
    layer_lines = [line for line in lines if re.match(r"[0-9a-f]{12}: ", line)]
    assert layer_lines and all(len(line) <= 59 for line in layer_lines), layer_lines


@pytest.mark.anyio
async def test_images_collection_and_container_commit(
    client: AsyncDockerClient, cleanup: Any, test_image: str, tmp_path: Path
) -> None:
    base = await client.images.get(test_image)
    assert base.id.startswith("sha256:") and test_image in base.tags
    assert base in await client.images.list(name=test_image.split(":")[0])
    container = await detached(
        client, cleanup, test_image, ["sh", "-c", "echo x > /made; echo done; sleep 300"]
    )
    await container.wait_for_log("done", timeout=10)
    assert (await container.get_image()) == base
    repository = unique("commit")
    made = await container.commit(
        repository, "v1", message="from the test", conf={"Labels": LABELS}
    )
    cleanup.image(f"{repository}:v1")
    image = await client.images.get(made.id)
    assert f"{repository}:v1" in image.tags and image.labels == LABELS
    assert await image.tag(repository, "v2") is True
    cleanup.image(f"{repository}:v2")
    assert {f"{repository}:v1", f"{repository}:v2"} <= set(image.tags)
    assert (await image.history())[0].comment == "from the test"
    saved = await image.save(tmp_path / "image.tar")
    assert saved == (tmp_path / "image.tar").stat().st_size
    await client.images.remove(f"{repository}:v2")
    assert f"{repository}:v2" not in (await image.reload()).tags


@pytest.mark.anyio
async def test_container_attach_and_websocket(
    client: AsyncDockerClient, cleanup: Any, test_image: str
) -> None:
    container = await detached(
        client, cleanup, test_image, ["sh", "-c", "sleep 1; echo a; echo b >&2"]
    )
    assert await container.attach(demux=True) == (b"a\n", b"b\n")
    echo = await detached(client, cleanup, test_image, ["cat"], stdin_open=True)
    async with await container.client.api.attach_websocket(echo.id) as ws:
        await ws.send(b"over the websocket\n")
        seen = b""
        async for chunk in ws.output:
            seen += chunk
            if b"\n" in seen:
                break
    assert seen == b"over the websocket\n"
    ws2 = await echo.websocket()  # aiodocker's name
    await ws2.aclose()
