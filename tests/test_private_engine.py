"""The test infrastructure itself: the private engine, the busybox image, log frames."""

from __future__ import annotations

import struct
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from scripts.private_engine import (
    CONTAINERD_PIDFILE,
    EngineError,
    ping,
    start_engine,
    stop_engine,
)
from scripts.test_image import demux_logs

if TYPE_CHECKING:
    from tests.conftest import Cleanup


def frame(stream: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxL", stream, len(payload)) + payload


def test_demux_logs_splits_frames() -> None:
    data = frame(1, b"hi\n") + frame(2, b"") + frame(2, b"oops\n")
    assert list(demux_logs(data)) == [(1, b"hi\n"), (2, b""), (2, b"oops\n")]


@pytest.mark.parametrize("cut", [3, 8 + 1])
def test_demux_logs_rejects_truncated_input(cut: int) -> None:
    data = frame(1, b"hi\n")
    with pytest.raises(ValueError, match="truncated"):
        list(demux_logs(data[:cut]))


def test_stop_refuses_a_directory_it_did_not_make() -> None:
    with tempfile.TemporaryDirectory(prefix="ea-") as name:
        (Path(name) / "precious").write_text("keep me")
        with pytest.raises(EngineError, match="not made by private_engine"):
            stop_engine(name)
        assert (Path(name) / "precious").read_text() == "keep me"


def test_start_refuses_a_socket_path_that_is_too_long() -> None:
    with pytest.raises(EngineError, match="unix sockets allow"):
        start_engine("/tmp/" + "x" * 120)


@pytest.mark.engine
def test_engine_answers_ping(engine_http: httpx.Client) -> None:
    response = engine_http.get("/_ping")
    assert response.status_code == 200
    assert response.text == "OK"
    assert response.headers.get("API-Version")


@pytest.mark.engine
def test_image_exists(engine_http: httpx.Client, test_image: str) -> None:
    response = engine_http.get(f"/images/{test_image}/json")
    assert response.status_code == 200
    assert response.json()["Id"].startswith("sha256:")


@pytest.mark.engine
def test_container_runs_echo(engine_http: httpx.Client, test_image: str, cleanup: Cleanup) -> None:
    created = engine_http.post(
        "/containers/create",
        json={
            "Image": test_image,
            "Cmd": ["echo", "hi"],
            "Labels": cleanup.labels,
            "HostConfig": {"NetworkMode": "none"},
        },
    )
    assert created.status_code == 201, created.text
    container = cleanup.container(created.json()["Id"])

    assert engine_http.post(f"/containers/{container}/start").status_code == 204
    waited = engine_http.post(f"/containers/{container}/wait")
    assert waited.json()["StatusCode"] == 0

    logs = engine_http.get(f"/containers/{container}/logs", params={"stdout": 1, "stderr": 1})
    assert logs.status_code == 200
    assert list(demux_logs(logs.content)) == [(1, b"hi\n")]


@pytest.mark.engine
def test_start_and_stop_leave_nothing_behind() -> None:
    # A second engine, separate from the session's: stop must end its dockerd and containerd,
    # unmount what it mounted and remove the directory.
    directory = Path(tempfile.mkdtemp(prefix="ea-", dir="/tmp"))
    engine = start_engine(directory)
    try:
        assert ping(engine.socket_path)
        containerd = int((directory / CONTAINERD_PIDFILE).read_text())
        pids = [engine.pid, containerd]
    finally:
        engine.stop()
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists() or _is_zombie(pid)
    assert not directory.exists()
    with open("/proc/self/mountinfo") as mounts:
        assert str(directory) not in mounts.read()
    stop_engine(directory)  # stopping again is harmless


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"
