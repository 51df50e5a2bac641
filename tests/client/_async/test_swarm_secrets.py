"""``client.secrets`` and ``client.configs`` (docker-py's ``SecretCollection``/``Secret``,
``ConfigCollection``/``Config``) and their low-level names (``create_secret``,
``inspect_secret``, ``secrets``, ``remove_secret``, and the config ones), against a real
single-node swarm on a private engine of its own (tests/swarm.py), left at the end.

A secret's data must never show: not in the wrapper's repr or str, not in the request's,
not in a refused create's error.

Written once for asyncio; tests/client/_sync/test_swarm_secrets.py is derived from this
file by scripts/unasync.py.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator

import pytest
from engine_api_binding.models import SecretCreateRequest

from engine_api import AsyncDockerClient, errors
from engine_api._async.swarm import hidden_request
from tests.swarm import SwarmEngine
from tests.transport.engines import free_port

SECRET = "hunter2-correct-horse-battery-staple"
SECRET_B64 = base64.b64encode(SECRET.encode()).decode()


@pytest.fixture
async def swarm_client(swarm_engine: SwarmEngine) -> AsyncIterator[AsyncDockerClient]:
    """A client of a new single-node swarm, left (force) at the end."""
    async with AsyncDockerClient(base_url=swarm_engine.host) as client:
        await client.swarm.init("127.0.0.1", f"127.0.0.1:{free_port()}")
        try:
            yield client
        finally:
            await client.api.leave_swarm(force=True)


def _never_shows_the_secret(*texts: str) -> None:
    for text in texts:
        assert SECRET not in text and SECRET_B64 not in text, text


@pytest.mark.anyio
async def test_secrets_create_get_list_remove(swarm_client: AsyncDockerClient) -> None:
    secrets = swarm_client.secrets
    secret = await secrets.create("db-password", SECRET, labels={"app": "db"})
    assert secret.name == "db-password" and secret.labels == {"app": "db"}
    assert isinstance(secret.id, str) and len(secret.short_id) == 12
    assert isinstance(secret.version, int)
    assert secret.attrs_dict["Spec"]["Name"] == "db-password"
    assert "Data" not in secret.attrs_dict["Spec"]  # the engine never sends it back
    _never_shows_the_secret(repr(secret), str(secret), repr(secret.attrs))
    assert repr(secret) == f"<{type(secret).__name__}: 'db-password'>"

    raw = await secrets.create("tls-key", b"\x00\xffbinary", labels={"app": "web"})
    assert await secrets.get("db-password") == secret  # by name
    assert await secrets.get(secret.id) == secret  # by id
    assert {s.name for s in await secrets.list()} == {"db-password", "tls-key"}
    assert await secrets.list(filters={"label": ["app=web"]}) == [raw]
    assert await secrets.list(filters={"name": ["db-"]}) == [secret]
    assert (await secret.reload()) is secret and secret.name == "db-password"

    # a name in use is refused with the engine's message, which shows no data
    with pytest.raises(errors.Conflict, match="db-password") as caught:
        await secrets.create("db-password", SECRET)
    _never_shows_the_secret(str(caught.value), repr(caught.value), caught.value.explanation)
    with pytest.raises(errors.InvalidArgument) as invalid:
        await secrets.create("bad/name", SECRET)
    _never_shows_the_secret(str(invalid.value), repr(invalid.value))
    with pytest.raises(TypeError, match="bytes or str, not int") as wrong:
        await secrets.create("number", 1234)  # type: ignore[arg-type]
    assert "1234" not in str(wrong.value)
    with pytest.raises(TypeError, match="name"):
        await secrets.create("", SECRET)

    assert await secret.remove() is True
    assert await raw.remove() is True
    assert await secrets.list() == []
    with pytest.raises(errors.NotFound):
        await secrets.get("db-password")
    with pytest.raises(errors.NotFound):
        await secret.remove()


def test_the_secret_request_hides_its_data() -> None:
    request = hidden_request(SecretCreateRequest).from_dict({"Name": "n", "Data": SECRET_B64})
    assert isinstance(request, SecretCreateRequest)
    assert request.to_dict() == {"Name": "n", "Data": SECRET_B64}  # what the engine gets
    _never_shows_the_secret(repr(request), str(request), f"{request}", repr([request]))
    assert "data=<hidden>" in repr(request) and "name='n'" in repr(request)
    assert hidden_request(SecretCreateRequest) is hidden_request(SecretCreateRequest)


@pytest.mark.anyio
async def test_configs_create_get_list_remove(swarm_client: AsyncDockerClient) -> None:
    configs = swarm_client.configs
    config = await configs.create("nginx.conf", "worker_processes 1;\n", labels={"app": "web"})
    assert config.name == "nginx.conf" and config.labels == {"app": "web"}
    assert config.data == b"worker_processes 1;\n"  # a config's data comes back
    templated = await configs.create("page", b"{{ .Service.Name }}", templating="golang")
    spec = templated.attrs.spec
    assert spec and spec.templating and spec.templating.name == "golang"
    assert templated.data == b"{{ .Service.Name }}"

    assert await configs.get("nginx.conf") == config
    assert await configs.get(config.id) == config
    assert set(await configs.list()) == {config, templated}
    assert await configs.list(filters={"label": ["app=web"]}) == [config]
    assert repr(config) == f"<{type(config).__name__}: 'nginx.conf'>"
    with pytest.raises(errors.Conflict, match=r"nginx\.conf"):
        await configs.create("nginx.conf", "again")
    with pytest.raises(TypeError, match="no driver"):
        await configs.create("with-driver", "x", driver="vault")

    assert await config.remove() is True and await templated.remove() is True
    assert await configs.list() == []
    with pytest.raises(errors.NotFound):
        await config.reload()


@pytest.mark.anyio
async def test_low_level_secret_and_config_names(swarm_client: AsyncDockerClient) -> None:
    api = swarm_client.api
    created = await api.create_secret("api-token", SECRET.encode(), labels={"k": "v"})
    assert isinstance(created.id, str) and created.id
    secret = await api.inspect_secret(created.id)
    assert secret.id == created.id and secret.spec and secret.spec.name == "api-token"
    assert secret.spec.labels and secret.spec.labels.additional_properties == {"k": "v"}
    assert [s.id for s in await api.secrets()] == [created.id]
    assert [s.id for s in await api.secrets(filters={"names": ["api-token"]})] == [created.id]
    assert await api.secrets({"name": ["other"]}) == []
    with pytest.raises(errors.Conflict) as caught:
        await api.create_secret("api-token", SECRET)
    _never_shows_the_secret(str(caught.value))
    assert (await api.inspect_secret({"ID": created.id})).id == created.id  # docker-py's dict
    with pytest.raises(TypeError, match="secret id"):
        await api.inspect_secret({"Name": "api-token"})
    assert await api.remove_secret(created) is True  # what create_secret answered
    with pytest.raises(errors.NotFound):
        await api.inspect_secret(created.id)

    made = await api.create_config("settings", "a=1\n", {"k": "v"}, {"Name": "golang"})
    config = await api.inspect_config(made.id)
    assert config.spec and config.spec.name == "settings"
    assert config.spec.data == base64.b64encode(b"a=1\n").decode()
    assert config.spec.templating and config.spec.templating.name == "golang"
    assert [c.id for c in await api.configs(filters={"label": ["k=v"]})] == [made.id]
    assert await api.remove_config(made) is True
    assert await api.configs() == []
    with pytest.raises(errors.NotFound):
        await api.remove_config(made.id)
