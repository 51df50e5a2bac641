"""Session fixtures: a Docker Engine for the tests, the busybox test image, and cleanup.

``docker_host`` uses $DOCKER_HOST when it is set; otherwise it starts a private engine
(scripts/private_engine.py) in a short directory under /tmp and stops it at the end of the
session. Nothing starts an engine unless a test asks for one of these fixtures, so unit tests
run without dockerd. Tests never see the real ~/.docker: DOCKER_CONFIG points at an empty
directory for the whole session.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scripts.private_engine import find_dockerd, ping, start_engine
from scripts.test_image import TEST_IMAGE, build_busybox_image, socket_path_from_host
from scripts.test_image import engine_http as open_engine_http

# The TLS engine and the sshd, shared by the transport and client tests; local registries.
pytest_plugins = ["tests.transport.engines", "tests.registry", "tests.swarm"]

# Every container, image, volume and network a test creates should carry this label;
# whatever still carries it when the session ends is removed.
TEST_LABEL = "engine-api-test"
TEST_LABELS = {TEST_LABEL: "1"}

ENGINE_FIXTURES = {
    "docker_host",
    "engine_socket",
    "engine_http",
    "test_image",
    "cleanup",
    "swarm_engine",
    "swarm_worker_engine",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses an engine fixture is an engine test, marked or not (for -m "not engine")."""
    for item in items:
        if ENGINE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.engine)


@contextlib.contextmanager
def environment(**changes: str | None) -> Iterator[None]:
    """Set (or, with None, unset) environment variables; restore them afterwards."""
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM (e.g. a CI timeout) into KeyboardInterrupt, so that fixtures tear down
    and the private engine is stopped instead of left running."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is not signal.SIG_DFL:
        yield  # someone else handles it
        return
    signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@pytest.fixture(scope="session", autouse=True)
def docker_config() -> Iterator[Path]:
    """An empty DOCKER_CONFIG for the whole session, so that ~/.docker is never read."""
    path = Path(tempfile.mkdtemp(prefix="ea-config-"))
    try:
        with environment(DOCKER_CONFIG=str(path)):
            yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def private_engine_missing() -> str | None:
    """Why a private dockerd cannot start here, or None when it can."""
    if find_dockerd() is None:
        return "dockerd is not installed (scripts/install installs docker.io as root)"
    if os.geteuid() != 0:
        return "dockerd needs root, and the tests run as an ordinary user"
    return None


@pytest.fixture(scope="session")
def docker_host() -> Iterator[str]:
    """DOCKER_HOST of the engine under test: $DOCKER_HOST, else a private engine.

    At the end of the session, whatever still carries the test label is removed, and a
    private engine is stopped (and its directory removed), also when tests failed.
    """
    given = os.environ.get("DOCKER_HOST")
    if given:
        if given.startswith("unix://") and not ping(socket_path_from_host(given), timeout=10):
            pytest.fail(f"DOCKER_HOST={given} does not answer GET /_ping")
        yield given
        if given.startswith("unix://"):
            sweep_labelled(socket_path_from_host(given))
        return

    missing = private_engine_missing()
    if missing:
        # In CI scripts/install ran as root, so a missing engine is a failed install.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            f"needs a private Docker Engine: {missing} (or set DOCKER_HOST)"
        )
    engine = start_engine()
    try:
        with (
            stop_on_sigterm(),
            environment(
                DOCKER_HOST=engine.host,
                DOCKER_CONTEXT=None,
                DOCKER_TLS_VERIFY=None,
                DOCKER_CERT_PATH=None,
            ),
        ):
            yield engine.host
    finally:
        engine.stop()


@pytest.fixture(scope="session")
def engine_socket(docker_host: str) -> str:
    """Filesystem path of the engine's unix socket (skips the test for a non-unix DOCKER_HOST)."""
    if not docker_host.startswith("unix://"):
        pytest.skip(f"needs a unix:// engine, DOCKER_HOST is {docker_host}")
    return socket_path_from_host(docker_host)


@pytest.fixture(scope="session")
def engine_http(engine_socket: str) -> Iterator[httpx.Client]:
    """A raw httpx client on the engine's socket (base_url http://docker, unversioned paths)."""
    with engine_http_client(engine_socket) as client:
        yield client


@pytest.fixture(scope="session")
def test_image(engine_socket: str) -> str:
    """Tag of the busybox image (built once per session, reused if the engine has it)."""
    build_busybox_image(engine_socket, TEST_IMAGE)
    return TEST_IMAGE


class Cleanup:
    """Things a test created, removed when the test ends (containers first, images last).

    Register each id as soon as the engine returns it: ``cid = cleanup.container(created["Id"])``.
    Label what you create with ``cleanup.labels`` too, so that the session sweep finds it if the
    per-test removal fails.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client
        self._items: list[tuple[str, str]] = []

    @property
    def labels(self) -> dict[str, str]:
        """Labels to put on everything a test creates."""
        return dict(TEST_LABELS)

    def container(self, container_id: str) -> str:
        self._items.append(("container", container_id))
        return container_id

    def image(self, reference: str) -> str:
        self._items.append(("image", reference))
        return reference

    def volume(self, name: str) -> str:
        self._items.append(("volume", name))
        return name

    def network(self, network_id: str) -> str:
        self._items.append(("network", network_id))
        return network_id

    def run(self) -> list[str]:
        """Remove everything registered; return what could not be removed."""
        order = ("container", "network", "volume", "image")
        items = sorted(reversed(self._items), key=lambda item: order.index(item[0]))
        self._items.clear()
        return [f for kind, ident in items if (f := remove(self._client, kind, ident))]


@pytest.fixture
def cleanup(engine_http: httpx.Client) -> Iterator[Cleanup]:
    """Per-test registry of created engine objects, removed after the test."""
    registry = Cleanup(engine_http)
    yield registry
    failures = registry.run()
    if failures:
        warnings.warn("cleanup left things behind: " + "; ".join(failures), stacklevel=1)


# --- helpers ------------------------------------------------------------------------------


def engine_http_client(socket_path: str) -> httpx.Client:
    return open_engine_http(socket_path, timeout=120.0)


_REMOVE: dict[str, tuple[str, dict[str, Any]]] = {
    "container": ("/containers/{}", {"force": "1", "v": "1"}),
    "network": ("/networks/{}", {}),
    "volume": ("/volumes/{}", {"force": "1"}),
    "image": ("/images/{}", {"force": "1"}),
}


def remove(client: httpx.Client, kind: str, ident: str) -> str:
    """Remove one object; "" when it is gone (or already was), else what went wrong."""
    path, params = _REMOVE[kind]
    try:
        response = client.delete(path.format(ident), params=params)
    except httpx.HTTPError as exc:
        return f"{kind} {ident}: {exc}"
    if response.status_code in (200, 204, 404):
        return ""
    return f"{kind} {ident}: {response.status_code} {response.text.strip()}"


def sweep_labelled(socket_path: str) -> None:
    """Remove every container, network, volume and image carrying the test label."""
    filters = json.dumps({"label": [f"{TEST_LABEL}=1"]})
    failures: list[str] = []
    with engine_http_client(socket_path) as client:
        listings = [
            ("container", "/containers/json", {"all": "1"}, "Id", None),
            ("network", "/networks", {}, "Id", None),
            ("volume", "/volumes", {}, "Name", "Volumes"),
            ("image", "/images/json", {}, "Id", None),
        ]
        for kind, path, params, key, envelope in listings:
            try:
                response = client.get(path, params={**params, "filters": filters})
                response.raise_for_status()
            except httpx.HTTPError as exc:
                failures.append(f"listing {kind}s: {exc}")
                continue
            found = response.json()
            if envelope:
                found = found.get(envelope) or []
            failures += [f for obj in found if (f := remove(client, kind, obj[key]))]
    if failures:
        warnings.warn("session sweep left things behind: " + "; ".join(failures), stacklevel=1)
