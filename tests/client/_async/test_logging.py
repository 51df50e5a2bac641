"""Request logging on the ``engine_api.http`` logger (method, path, status, time; never
a header or a body), and the engine's answer kept on errors as ``response``.

Written once for asyncio; tests/client/_sync/test_logging.py is derived from this file
by scripts/unasync.py.
"""

from __future__ import annotations

import base64
import logging
import pickle
import uuid
from pathlib import Path
from typing import Any

import pytest

from engine_api import AsyncDockerClient, errors
from engine_api.auth import AuthStore
from tests.registry import AuthRegistry


def http_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "engine_api.http"]


def everything_logged(records: list[logging.LogRecord]) -> str:
    return "\n".join(f"{r.getMessage()} {r.args!r} {vars(r)!r}" for r in records)


@pytest.mark.anyio
async def test_each_request_is_logged_with_status_and_time(
    client: AsyncDockerClient, caplog: pytest.LogCaptureFixture
) -> None:
    name = "no-such-container-" + uuid.uuid4().hex
    with caplog.at_level(logging.DEBUG, logger="engine_api.http"):
        assert await client.ping() is True
        with pytest.raises(errors.NotFound):
            await client.containers.get(name)
        await client.api.containers(all=True, filters={"label": ["no-such-label"]})
    records = http_records(caplog)
    ping = [r for r in records if r.path.endswith("/_ping")]
    assert ping and ping[-1].method == "HEAD" and ping[-1].status == 200
    assert ping[-1].levelno == logging.DEBUG and ping[-1].elapsed_ms >= 0
    missing = [r for r in records if r.path.endswith(f"/containers/{name}/json")]
    assert [(r.method, r.status) for r in missing] == [("GET", 404)]
    assert missing[0].getMessage().startswith(f"GET {missing[0].path} -> 404 (")
    listed = [r for r in records if "/containers/json?" in r.path]
    assert listed and "all=true" in listed[0].path  # the query as sent


@pytest.mark.anyio
async def test_nothing_is_logged_unless_debug_is_on(
    client: AsyncDockerClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="engine_api.http"):
        await client.ping()
    assert http_records(caplog) == []


@pytest.mark.anyio
async def test_a_transport_error_is_logged_and_has_no_response(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with AsyncDockerClient(base_url=f"unix://{tmp_path}/nothing.sock", version="1.41") as api:
        with (
            caplog.at_level(logging.DEBUG, logger="engine_api.http"),
            pytest.raises(errors.EngineUnreachable) as caught,
        ):
            await api.ping()
    assert caught.value.response is None
    failed = http_records(caplog)
    assert failed and failed[-1].status is None and "failed after" in failed[-1].getMessage()


@pytest.mark.anyio
async def test_credentials_are_never_logged(
    client: AsyncDockerClient,
    cleanup: Any,
    test_image: str,
    auth_registry: AuthRegistry,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client.api.auth_store = AuthStore(tmp_path / "config.json")
    remote = cleanup.image(f"{auth_registry}/{uuid.uuid4().hex[:12]}:v1")
    await client.api.tag(test_image, remote)
    wrong = "wrong-" + uuid.uuid4().hex
    with caplog.at_level(logging.DEBUG, logger="engine_api"):
        with pytest.raises(errors.Unauthorized):
            await client.login(auth_registry.username, wrong, auth_registry.address)
        await client.login(auth_registry.username, auth_registry.password, auth_registry.address)
        await client.api.push(remote)  # X-Registry-Auth from the login
        await client.api.remove_image(remote)
        auth = {"username": auth_registry.username, "password": auth_registry.password}
        await client.api.pull(remote, auth_config=auth)
        with pytest.raises(errors.DockerException):
            # an import from a URL with a token in it (nothing listens on port 1): the
            # URL's credentials are hidden in the logged query
            await client.api.import_image_from_url(f"http://user:{wrong}@127.0.0.1:1/x.tar")
    logged = everything_logged(caplog.records)
    # the engine answers a refused login with a 500 (typed Unauthorized from its words)
    assert "/auth -> 500" in logged and "/push" in logged and "/images/create?" in logged
    assert "%3A%2F%2F%3Credacted%3E%40127.0.0.1%3A1" in logged  # ://<redacted>@127.0.0.1:1
    for secret in (wrong, auth_registry.password):
        assert secret not in logged
        assert base64.b64encode(secret.encode()).decode() not in logged
    assert "X-Registry-Auth" not in logged and "eyJ" not in logged  # no header, no token


@pytest.mark.anyio
async def test_errors_keep_the_engine_answer(client: AsyncDockerClient) -> None:
    name = "no-such-image-" + uuid.uuid4().hex
    with pytest.raises(errors.ImageNotFound) as caught:
        await client.images.get(name)
    response = caught.value.response
    assert response is not None and response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert name in response.json()["message"] and name in response.text
    assert response.content.startswith(b"{")
    # it pickles with its error
    again = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(again, errors.ImageNotFound) and again.response == response
