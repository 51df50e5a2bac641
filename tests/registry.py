"""Local Docker registries for push and pull tests: session fixtures.

Debian's ``docker-registry`` (distribution 2.8, ``/usr/bin/docker-registry``; ``scripts/install``
installs it) listens on ``127.0.0.1:<free port>`` with its storage, its config and its log in a
temporary directory. The engine trusts registries on 127.0.0.0/8 over plain HTTP, so there is
no TLS.

``registry``: a registry without authentication; gives its address ``"127.0.0.1:PORT"``.

``auth_registry``: a registry with htpasswd authentication; gives an :class:`AuthRegistry`
(``address``, ``username``, ``password``; ``str()`` is the address). The registry only accepts
bcrypt hashes in its htpasswd file. Nothing on this machine's Python makes them without a new
dependency (no ``bcrypt`` module, no ``htpasswd``; ``openssl passwd`` has no bcrypt; Python's
``crypt`` is deprecated and gone in 3.13), so the hash of the fixed test password is a
constant, made once with libxcrypt (``crypt.crypt(PASSWORD, crypt.mksalt(METHOD_BLOWFISH))``).
The fixture proves it: it waits until the registry accepts the password on ``/v2/``.

Both are stopped by their PID at the end of the session (SIGTERM, then SIGKILL), also when a
test failed or the registry did not come up. Without ``/usr/bin/docker-registry`` the tests
that ask for them are skipped, naming what is missing.

Use: ``from tests.registry import registry, auth_registry`` (ruff: ``# noqa: F401``), or list
``"tests.registry"`` in the root conftest's ``pytest_plugins``.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.transport.engines import free_port

REGISTRY_BINARY = "docker-registry"
REGISTRY_MISSING = "Debian's docker-registry (/usr/bin/docker-registry) is not installed"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0

USERNAME = "engine-api-test"
PASSWORD = "engine-api-test-password"
# bcrypt (cost 5) of PASSWORD, see the module docstring.
PASSWORD_BCRYPT = "$2b$05$d9w6Y4J5JHoUgZDzCv5hCe0JVFLA/59OrT8Sf1cxcITNQF2Q4O14K"

_CONFIG = """\
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: {root}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:{port}
  secret: {secret}
{auth}"""

_HTPASSWD_AUTH = """\
auth:
  htpasswd:
    realm: engine-api-test
    path: {path}
"""


@dataclass(frozen=True)
class AuthRegistry:
    """A registry with htpasswd authentication: its address and the one user it knows."""

    address: str
    username: str
    password: str

    def __str__(self) -> str:
        return self.address


def _get_v2(port: int, authorization: str | None) -> tuple[int, str]:
    """Status and Docker-Distribution-Api-Version of GET /v2/ (raises OSError if nobody answers)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2.0)
    try:
        headers = {"Authorization": authorization} if authorization else {}
        connection.request("GET", "/v2/", headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Docker-Distribution-Api-Version") or ""
    finally:
        connection.close()


def _wait_ready(
    process: subprocess.Popen[bytes], port: int, authorization: str | None, log: Path
) -> None:
    """Until GET /v2/ answers 200 (with the credentials, if any); raise with the log if not."""
    deadline = time.monotonic() + START_TIMEOUT
    last = "no answer"
    while True:
        if process.poll() is not None:
            raise RuntimeError(
                f"docker-registry exited with status {process.returncode}; its log:\n"
                + log.read_text(errors="replace")
            )
        try:
            status, api_version = _get_v2(port, authorization)
        except OSError as exc:
            last = f"no answer ({exc})"
        else:
            if status == 200 and api_version == "registry/2.0":
                return
            last = f"status {status}, Docker-Distribution-Api-Version {api_version!r}"
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"docker-registry on 127.0.0.1:{port} not ready after {START_TIMEOUT}s: {last}; "
                "its log:\n" + log.read_text(errors="replace")
            )
        time.sleep(0.05)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the registry by its PID: SIGTERM, then SIGKILL."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def run_registry(*, htpasswd: str | None = None) -> Iterator[str]:
    """Run a docker-registry on 127.0.0.1 until the block ends; give ``"127.0.0.1:PORT"``.

    ``htpasswd``: the content of an htpasswd file (bcrypt hashes); the registry then demands
    basic authentication, and readiness is checked with :data:`USERNAME`/:data:`PASSWORD`.
    """
    binary = shutil.which(REGISTRY_BINARY) or shutil.which(REGISTRY_BINARY, path="/usr/bin")
    if binary is None:
        raise FileNotFoundError(REGISTRY_MISSING)
    directory = Path(tempfile.mkdtemp(prefix="ea-registry-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        auth = ""
        authorization = None
        if htpasswd is not None:
            (directory / "htpasswd").write_text(htpasswd)
            auth = _HTPASSWD_AUTH.format(path=directory / "htpasswd")
            token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
            authorization = f"Basic {token}"
        (directory / "data").mkdir()
        port = free_port()
        config = directory / "config.yml"
        config.write_text(
            _CONFIG.format(
                root=directory / "data",
                port=port,
                secret=secrets.token_hex(16),
                auth=auth,
            )
        )
        log = directory / "registry.log"
        with open(log, "wb") as log_file:
            process = subprocess.Popen(
                [binary, "serve", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd=directory,
            )
        _wait_ready(process, port, authorization, log)
        yield f"127.0.0.1:{port}"
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(directory, ignore_errors=True)


def _skip_without_registry() -> None:
    if shutil.which(REGISTRY_BINARY) is None and not Path("/usr/bin", REGISTRY_BINARY).exists():
        pytest.skip(REGISTRY_MISSING)


@pytest.fixture(scope="session")
def registry() -> Iterator[str]:
    """A registry without authentication on 127.0.0.1: its address ``"127.0.0.1:PORT"``."""
    _skip_without_registry()
    with run_registry() as address:
        yield address


@pytest.fixture(scope="session")
def auth_registry() -> Iterator[AuthRegistry]:
    """A registry demanding basic authentication (htpasswd) on 127.0.0.1."""
    _skip_without_registry()
    with run_registry(htpasswd=f"{USERNAME}:{PASSWORD_BCRYPT}\n") as address:
        yield AuthRegistry(address=address, username=USERNAME, password=PASSWORD)
