"""The client has exactly three surfaces over one core: the resource model, docker-py's
low-level names (``client.api``, also alone as ``APIClient``), and the generated operations
(``client.ops``). No generated operation name and no second spelling of a low-level one
is reachable on the client itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engine_api_binding._api import Api, AsyncApi

import engine_api
from engine_api import APIClient, AsyncAPIClient, AsyncDockerClient, DockerClient

ROOT = Path(__file__).resolve().parent.parent
GENERATED = set(
    re.findall(
        r"^    async def ([a-z_0-9]+)",
        (ROOT / "generated" / "engine_api_binding" / "_api.py").read_text(),
        re.MULTILINE,
    )
)
# docker-py's DockerClient, plus what says where the engine is and which API is spoken
TOP_LEVEL = {
    "api",
    "ops",
    "config",
    "api_version",
    "ping_info",
    "negotiate",
    "containers",
    "images",
    "networks",
    "volumes",
    "services",
    "tasks",
    "swarm",
    "nodes",
    "secrets",
    "configs",
    "system",
    "info",
    "version",
    "df",
    "ping",
    "events",
    "login",
    "with_options",
    "close",
    "aclose",
}


def _public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


@pytest.mark.parametrize("cls", [DockerClient, AsyncDockerClient])
def test_the_client_itself_has_only_the_docker_py_top_level(cls: type) -> None:
    assert _public(cls) <= TOP_LEVEL, sorted(_public(cls) - TOP_LEVEL)
    assert not _public(cls) & (GENERATED - TOP_LEVEL)


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
def test_the_low_level_surface_has_no_generated_or_prefixed_names(cls: type) -> None:
    names = _public(cls)
    assert not {n for n in names if n.startswith("image_")}, "docker-py says images(), tag()..."
    # exec_create/exec_inspect/exec_resize/exec_start and service_logs are docker-py's names too
    docker_py = {"exec_inspect", "exec_resize", "exec_start", "service_logs"}
    assert not names & (GENERATED - docker_py)
    assert {"logs", "pull", "push", "images", "inspect_image", "tag", "exec_create"} <= names


def test_surfaces_share_one_core() -> None:
    client = DockerClient(base_url="unix:///nonexistent.sock", version="1.41")
    assert isinstance(client.api, APIClient)
    assert isinstance(client.ops, Api)
    assert client.ops is client.api.ops
    view = client.with_options(timeout=5)
    assert view.api is not client.api and view.api.config is client.config
    assert view.api_version == client.api_version == "1.41"
    assert isinstance(AsyncDockerClient(base_url="unix:///x.sock").ops, AsyncApi)


def test_docker_py_old_client_name_and_auto_version() -> None:
    assert engine_api.Client is APIClient
    old = engine_api.Client(base_url="unix:///nonexistent.sock", version="auto")
    assert old.api_version is None  # "auto" negotiates at the first call
    with pytest.raises(engine_api.errors.InvalidVersion):
        APIClient(base_url="unix:///nonexistent.sock", version="one")
