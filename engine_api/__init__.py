"""engine-api: a typed client for the Docker Engine API, sync and asyncio.

``engine_api.from_env()`` connects the way the docker CLI does and gives a
:class:`DockerClient` with three surfaces: the resource model
(``client.containers.get(id).logs()``), docker-py's low-level names
(``client.api.inspect_container(id)``, also alone as :class:`APIClient`), and every
operation of the Engine API, typed (``client.ops.container_inspect(id)``). Errors
are ``engine_api.errors`` (each keeps the engine's answer as ``response``).
``AsyncDockerClient`` is the same client for asyncio.

Logging: each request at DEBUG on ``engine_api.http`` (method, path, status, time; never
a header or a body), automatic pulls at INFO on ``engine_api.containers``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from engine_api import errors
from engine_api._sync.api_client import APIClient
from engine_api._sync.client import DEFAULT_TIMEOUT, USER_AGENT, DockerClient
from engine_api._sync.streaming import AttachSocket, JSONStream, Output
from engine_api._version import __version__
from engine_api.config import EngineConfig, TLSConfig
from engine_api.results import BuildResult, ExecResult

Client = APIClient
"""docker-py's old name for its low-level client (``docker.Client(base_url, version="auto")``)."""

if TYPE_CHECKING:
    import httpx

    from engine_api import types
    from engine_api._async.api_client import AsyncAPIClient
    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.container import AsyncContainer
    from engine_api._async.streaming import AsyncAttachSocket, AsyncJSONStream, AsyncOutput
    from engine_api._sync.container import Container

# The asyncio flavour and the high-level wrappers load on first use, so that `import
# engine_api` stays light (a thread-only program never imports asyncio).
_LAZY = {
    "AsyncAPIClient": ("engine_api._async.api_client", "AsyncAPIClient"),
    "AsyncDockerClient": ("engine_api._async.client", "AsyncDockerClient"),
    "AsyncAttachSocket": ("engine_api._async.streaming", "AsyncAttachSocket"),
    "AsyncJSONStream": ("engine_api._async.streaming", "AsyncJSONStream"),
    "AsyncOutput": ("engine_api._async.streaming", "AsyncOutput"),
    "AsyncContainer": ("engine_api._async.container", "AsyncContainer"),
    "Container": ("engine_api._sync.container", "Container"),
    "Credentials": ("engine_api.auth", "Credentials"),
}


def __getattr__(name: str) -> Any:
    if name == "types":  # docker-py's engine_api.types.Mount & co. (and all their models)
        import importlib

        return importlib.import_module("engine_api.types")
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'engine_api' has no attribute {name!r}")


__all__ = (
    "APIClient",
    "AsyncAPIClient",
    "AsyncAttachSocket",
    "AsyncContainer",
    "AsyncDockerClient",
    "AsyncJSONStream",
    "AsyncOutput",
    "AttachSocket",
    "BuildResult",
    "Client",
    "Container",
    "Credentials",
    "DockerClient",
    "EngineConfig",
    "ExecResult",
    "JSONStream",
    "Output",
    "TLSConfig",
    "__version__",
    "errors",
    "from_context",
    "from_env",
    "types",
)


def from_env(
    *,
    version: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    max_connections: int | None = None,
    ssh_options: Sequence[str] = (),
    user_agent: str = USER_AGENT,
    environ: Mapping[str, str] | None = None,
) -> DockerClient:
    """A client for the engine the environment names, as the docker CLI finds it:
    ``DOCKER_HOST`` (with ``DOCKER_TLS_VERIFY`` and ``DOCKER_CERT_PATH``),
    ``DOCKER_CONTEXT``, the current context of ``$DOCKER_CONFIG/config.json``,
    else the default socket. The options are :class:`DockerClient`'s."""
    return DockerClient(
        version=version,
        timeout=timeout,
        transport=transport,
        max_connections=max_connections,
        ssh_options=ssh_options,
        user_agent=user_agent,
        environ=environ,
    )


def from_context(
    name: str,
    *,
    version: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    ssh_options: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> DockerClient:
    """A client for the engine of the docker context ``name``."""
    return DockerClient(
        context=name, version=version, timeout=timeout, ssh_options=ssh_options, environ=environ
    )
