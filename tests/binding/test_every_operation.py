"""Every operation one engine can serve without swarm or a registry, called
through the generated functions against the real engine, each JSON answer
parsed into its typed model with nothing lost.

``Binding.call`` records what was called; the last test checks that the
record covers every operation of the spec except the ones listed in
``NOT_SERVABLE`` with the reason this engine cannot serve them here.
"""

from __future__ import annotations

import importlib
import io
import json
import tarfile
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from engine_api_binding import Client
from engine_api_binding._operations import OPERATIONS
from engine_api_binding.types import File

from tests.roundtrip import assert_nothing_lost

LABEL = "engine-api-test"
SWARM = "needs a swarm (this test covers a single engine without one)"
REGISTRY = "needs a registry or Docker Hub (covered with the local registry later)"
NOT_SERVABLE = {
    **{
        op: SWARM
        for op in OPERATIONS
        if op.startswith(("Swarm", "Node", "Service", "Task", "Secret", "Config"))
    },
    "VolumeUpdate": "updates cluster volumes only, which need a swarm",
    "ImagePush": REGISTRY,
    "DistributionInspect": REGISTRY,
    "SystemAuth": REGISTRY,
    "ImageSearch": REGISTRY,
    "PluginPull": REGISTRY,
    "PluginUpgrade": REGISTRY,
    "PluginPush": REGISTRY,
    "GetPluginPrivileges": REGISTRY,
    "PluginEnable": "needs a plugin binary that answers the plugin handshake",
    "PluginDisable": "needs an enabled plugin (see PluginEnable)",
    "ImageAttestations": "new in API 1.55; the engine here speaks 1.41",
    "ContainerAttachWebsocket": "a websocket upgrade: the streams layer covers it",
    "Session": "an HTTP/2 hijack for BuildKit sessions: the streams layer covers it",
}


class Binding:
    """Calls generated operations by id and checks what comes back."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.called: set[str] = set()

    def call(self, op_id: str, *, ok: tuple[int, ...] = (200, 201, 204), **kwargs: Any) -> Any:
        op = OPERATIONS[op_id]
        module = importlib.import_module(f"engine_api_binding.{op.module}")
        response = module.sync_detailed(client=self.client, **kwargs)
        assert response.status_code in ok, (
            f"{op_id}: {response.status_code} {response.content[:300]!r}"
        )
        self.called.add(op_id)
        parsed = response.parsed
        media = response.headers.get("content-type", "")
        if isinstance(parsed, File):
            data = parsed.payload.read()
            if op.stream_item:
                self._check_lines(op_id, op.stream_item, data)
            return data
        if media.startswith("application/json") and response.content.strip():
            assert_nothing_lost(json.loads(response.content), parsed, op_id)
        return parsed

    def _check_lines(self, op_id: str, item: str, data: bytes) -> None:
        models = importlib.import_module("engine_api_binding.models")
        model = getattr(models, item)
        lines = [line for line in data.splitlines() if line.strip()]
        for line in lines:
            raw = json.loads(line)
            assert "error" not in raw, f"{op_id}: {raw}"
            assert_nothing_lost(raw, model.from_dict(raw), f"{op_id} line")


@pytest.fixture(scope="module")
def binding(engine_socket: str) -> Iterator[Binding]:
    base = httpx.Client(transport=httpx.HTTPTransport(uds=engine_socket), base_url="http://docker")
    version = base.get("/version").json()["ApiVersion"]
    base.close()
    client = Client(
        base_url=f"http://docker/v{version}",
        raise_on_unexpected_status=True,
        timeout=httpx.Timeout(120.0),
        httpx_args={"transport": httpx.HTTPTransport(uds=engine_socket)},
    )
    with client:
        yield Binding(client)


def unique(prefix: str) -> str:
    return f"ea-{prefix}-{uuid.uuid4().hex[:8]}"


def tar_of(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mode = 0o755
            tar.addfile(info, io.BytesIO(content))
    return out.getvalue()


def label_filter() -> str:
    return json.dumps({"label": [f"{LABEL}=1"]})


def create_container(binding: Binding, cleanup: Any, image: str, **config: Any) -> str:
    from engine_api_binding.models import ContainerCreateRequest

    body = ContainerCreateRequest.from_dict({"Image": image, "Labels": {LABEL: "1"}, **config})
    created = binding.call("ContainerCreate", body=body, name=unique("c"))
    assert isinstance(created.id, str) and created.warnings in (None, [])
    return str(cleanup.container(created.id))


def test_system(binding: Binding) -> None:
    assert binding.call("SystemPing") == "OK"
    binding.call("SystemPingHead")
    version = binding.call("SystemVersion")
    assert version.api_version and version.os == "linux"
    info = binding.call("SystemInfo")
    assert info.containers is not None and info.os_type == "linux"
    usage = binding.call("SystemDataUsage")
    assert usage.layers_size is not None


def test_container_lifecycle(binding: Binding, cleanup: Any, test_image: str) -> None:
    cid = create_container(
        binding,
        cleanup,
        test_image,
        Cmd=["sh", "-c", "echo out; echo err 1>&2; mkdir -p /data; exec sleep 300"],
        HostConfig={"NetworkMode": "none", "Init": False},
    )
    inspected = binding.call("ContainerInspect", id=cid)
    assert inspected.id == cid and inspected.state.status == "created"
    listed = binding.call("ContainerList", all_=True, filters=label_filter())
    assert cid in [c.id for c in listed]

    binding.call("ContainerStart", id=cid)
    deadline = time.monotonic() + 30
    while b"err" not in binding.call("ContainerLogs", id=cid, stdout=True, stderr=True):
        assert time.monotonic() < deadline, "no output from the container"
        time.sleep(0.1)
    top = binding.call("ContainerTop", id=cid)
    assert any("sleep" in " ".join(p) for p in top.processes)
    stats = binding.call("ContainerStats", id=cid, stream=False)
    assert stats.id == cid or stats.name
    changes = binding.call("ContainerChanges", id=cid)
    assert changes is None or any(c.path == "/data" for c in changes)

    binding.call("ContainerArchiveInfo", id=cid, path="/bin/busybox")
    archive = binding.call("ContainerArchive", id=cid, path="/bin/busybox")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        assert tar.getnames() == ["busybox"]
    binding.call(
        "PutContainerArchive", id=cid, path="/data", body=File(io.BytesIO(tar_of({"f": b"hi"})))
    )
    copied = binding.call("ContainerArchive", id=cid, path="/data/f")
    with tarfile.open(fileobj=io.BytesIO(copied)) as tar:
        member = tar.extractfile("f")
        assert member is not None and member.read() == b"hi"
    exported = binding.call("ContainerExport", id=cid)
    with tarfile.open(fileobj=io.BytesIO(exported)) as tar:
        assert "bin/busybox" in tar.getnames()

    attached = binding.call(
        "ContainerAttach", id=cid, logs=True, stream=False, stdout=True, stderr=True
    )
    assert b"out" in attached
    from engine_api_binding.models import ContainerUpdateRequest

    update = ContainerUpdateRequest.from_dict({"RestartPolicy": {"Name": "no"}})
    binding.call("ContainerUpdate", id=cid, body=update)
    binding.call("ContainerRename", id=cid, name=unique("renamed"))
    binding.call("ContainerPause", id=cid)
    assert binding.call("ContainerInspect", id=cid).state.paused is True
    binding.call("ContainerUnpause", id=cid)
    binding.call("ContainerRestart", id=cid, t=1)

    image_id = binding.call("ImageCommit", container=cid, repo=unique("commit"), tag="t")
    cleanup.image(image_id.id)

    binding.call("ContainerKill", id=cid, signal="SIGKILL")
    waited = binding.call("ContainerWait", id=cid, condition="not-running")
    assert waited.status_code == 137
    binding.call("ContainerDelete", id=cid, force=True)


def test_exec_and_resize(binding: Binding, cleanup: Any, test_image: str) -> None:
    cid = create_container(
        binding,
        cleanup,
        test_image,
        Cmd=["sleep", "300"],
        Tty=True,
        OpenStdin=True,
        HostConfig={"NetworkMode": "none"},
    )
    binding.call("ContainerStart", id=cid)
    binding.call("ContainerResize", id=cid, h=24, w=80)

    from engine_api_binding.models import ContainerExecRequest, ExecStartRequest

    created = binding.call(
        "ContainerExec",
        id=cid,
        body=ContainerExecRequest.from_dict({"Cmd": ["echo", "hi"], "AttachStdout": True}),
    )
    output = binding.call("ExecStart", id=created.id, body=ExecStartRequest.from_dict({}))
    assert b"hi" in output
    inspected = binding.call("ExecInspect", id=created.id)
    assert inspected.exit_code == 0 and inspected.running is False

    tty = binding.call(
        "ContainerExec",
        id=cid,
        body=ContainerExecRequest.from_dict({"Cmd": ["sleep", "30"], "Tty": True}),
    )
    binding.call("ExecStart", id=tty.id, body=ExecStartRequest.from_dict({"Detach": True}))
    deadline = time.monotonic() + 10
    while not binding.call("ExecInspect", id=tty.id).running:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    binding.call("ExecResize", id=tty.id, h=30, w=100)

    binding.call("ContainerStop", id=cid, t=1)
    pruned = binding.call("ContainerPrune", filters=label_filter())
    assert cid in (pruned.containers_deleted or [])


def test_images(binding: Binding, cleanup: Any, test_image: str) -> None:
    images = binding.call("ImageList", filters=json.dumps({"reference": [test_image]}))
    assert len(images) == 1
    inspected = binding.call("ImageInspect", name=test_image)
    assert inspected.id == images[0].id
    history = binding.call("ImageHistory", name=test_image)
    assert history and all(isinstance(h.created_by, str) for h in history)

    repo = unique("img")
    binding.call("ImageTag", name=test_image, repo=repo, tag="v1")
    cleanup.image(f"{repo}:v1")
    saved = binding.call("ImageGet", name=f"{repo}:v1")
    with tarfile.open(fileobj=io.BytesIO(saved)) as tar:
        assert "manifest.json" in tar.getnames()
    saved_all = binding.call("ImageGetAll", names=[f"{repo}:v1"])
    assert saved_all[:512] and tarfile.is_tarfile(io.BytesIO(saved_all))
    deleted = binding.call("ImageDelete", name=f"{repo}:v1")
    assert any(d.untagged == f"{repo}:v1" for d in deleted)
    binding.call("ImageLoad", body=File(io.BytesIO(saved)))
    binding.call("ImageInspect", name=f"{repo}:v1")

    imported = f"{unique('import')}:v1"
    rootfs = tar_of({"hello.txt": b"hello\n"})
    binding.call(
        "ImageCreate",
        from_src="-",
        repo=imported,
        message="imported by the binding test",
        body=File(io.BytesIO(rootfs)),
    )
    cleanup.image(imported)
    assert binding.call("ImageInspect", name=imported).comment == "imported by the binding test"

    built = f"{unique('built')}:v1"
    context = tar_of({"Dockerfile": f"FROM {test_image}\nRUN echo built > /built\n".encode()})
    binding.call(
        "ImageBuild",
        body=File(io.BytesIO(context)),
        t=built,
        labels=json.dumps({LABEL: "1"}),
        rm=True,
    )
    cleanup.image(built)
    assert binding.call("ImageInspect", name=built).config.labels[LABEL] == "1"
    pruned = binding.call("ImagePrune", filters=json.dumps({"dangling": ["true"]}))
    assert pruned.space_reclaimed is not None
    binding.call("BuildPrune")


def test_networks(binding: Binding, cleanup: Any, test_image: str) -> None:
    from engine_api_binding.models import (
        NetworkConnectRequest,
        NetworkCreateRequest,
        NetworkDisconnectRequest,
    )

    name = unique("net")
    created = binding.call(
        "NetworkCreate",
        body=NetworkCreateRequest.from_dict(
            {"Name": name, "Driver": "bridge", "Internal": True, "Labels": {LABEL: "1"}}
        ),
    )
    cleanup.network(created.id)
    assert binding.call("NetworkInspect", id=created.id).name == name
    assert name in [n.name for n in binding.call("NetworkList")]

    cid = create_container(binding, cleanup, test_image, Cmd=["sleep", "300"])
    binding.call("ContainerStart", id=cid)
    binding.call(
        "NetworkConnect", id=created.id, body=NetworkConnectRequest.from_dict({"Container": cid})
    )
    networks = binding.call("ContainerInspect", id=cid).network_settings.networks
    assert name in networks.additional_properties
    binding.call(
        "NetworkDisconnect",
        id=created.id,
        body=NetworkDisconnectRequest.from_dict({"Container": cid, "Force": True}),
    )
    binding.call("ContainerDelete", id=cid, force=True)
    binding.call("NetworkDelete", id=created.id)
    pruned = binding.call("NetworkPrune", filters=label_filter())
    assert pruned.networks_deleted in (None, []) or name not in pruned.networks_deleted


def test_volumes(binding: Binding, cleanup: Any) -> None:
    from engine_api_binding.models import VolumeCreateRequest

    name = unique("vol")
    created = binding.call(
        "VolumeCreate", body=VolumeCreateRequest.from_dict({"Name": name, "Labels": {LABEL: "1"}})
    )
    cleanup.volume(name)
    assert created.name == name and created.driver == "local"
    assert binding.call("VolumeInspect", name=name).mountpoint
    assert name in [v.name for v in binding.call("VolumeList").volumes]
    binding.call("VolumeDelete", name=name)
    second = unique("vol")
    binding.call(
        "VolumeCreate", body=VolumeCreateRequest.from_dict({"Name": second, "Labels": {LABEL: "1"}})
    )
    cleanup.volume(second)
    pruned = binding.call("VolumePrune", filters=label_filter())
    assert second in (pruned.volumes_deleted or [])


def test_plugins(binding: Binding, test_image: str) -> None:
    name = unique("plugin") + ":latest"
    config = {
        "Description": "engine-api test plugin",
        "Documentation": "-",
        "Entrypoint": ["/bin/sleep", "300"],
        "Interface": {"Types": ["docker.volumedriver/1.0"], "Socket": "test.sock"},
        "Env": [{"Name": "DEBUG", "Description": "", "Settable": ["value"], "Value": "0"}],
        "Network": {"Type": "host"},
        "Linux": {"Capabilities": [], "AllowAllDevices": False, "Devices": []},
        "Mounts": [],
        "Args": {"Name": "", "Description": "", "Settable": [], "Value": []},
        "WorkDir": "",
        "User": {},
        "PropagatedMount": "",
    }
    busybox = binding.call(
        "ContainerArchive", id=_busybox_container(binding, test_image), path="/bin/busybox"
    )
    with tarfile.open(fileobj=io.BytesIO(busybox)) as tar:
        member = tar.extractfile("busybox")
        assert member is not None
        binary = member.read()
    context = tar_of({"config.json": json.dumps(config).encode(), "rootfs/bin/sleep": binary})
    binding.call("PluginCreate", name=name, body=File(io.BytesIO(context)))
    try:
        plugin = binding.call("PluginInspect", name=name)
        assert plugin.enabled is False and plugin.config.description == "engine-api test plugin"
        assert name in [p.name for p in binding.call("PluginList")]
        binding.call("PluginSet", name=name, body=["DEBUG=1"])
        assert "DEBUG=1" in binding.call("PluginInspect", name=name).settings.env
    finally:
        binding.call("PluginDelete", name=name, force=True)


_helpers: dict[str, str] = {}


def _busybox_container(binding: Binding, test_image: str) -> str:
    """A created (never started) container to copy /bin/busybox out of."""
    from engine_api_binding.models import ContainerCreateRequest

    if "busybox" not in _helpers:
        body = ContainerCreateRequest.from_dict(
            {"Image": test_image, "Cmd": ["true"], "Labels": {LABEL: "1"}}
        )
        created = binding.call("ContainerCreate", body=body)
        _helpers["busybox"] = created.id
    return _helpers["busybox"]


def test_events(binding: Binding) -> None:
    """Run last but one: the engine has events from every test above."""
    data = binding.call("SystemEvents", since="0", until=str(int(time.time()) + 1))
    assert data.count(b"\n") > 5
    if "busybox" in _helpers:
        binding.call("ContainerDelete", id=_helpers.pop("busybox"), force=True)


def test_every_servable_operation_was_called(
    binding: Binding, request: pytest.FixtureRequest
) -> None:
    mine = [item for item in request.session.items if item.module is request.module]
    if len(mine) != len([n for n in globals() if n.startswith("test_")]):
        pytest.skip("only part of this module was selected; coverage needs all of it")
    failed = request.session.testsfailed
    if failed:
        pytest.skip(f"{failed} test(s) failed before; their operations were not all called")
    expected = set(OPERATIONS) - set(NOT_SERVABLE)
    assert sorted(expected - binding.called) == []
    assert not set(NOT_SERVABLE) - set(OPERATIONS), "NOT_SERVABLE names unknown operations"
