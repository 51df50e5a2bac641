"""Containers for the client tests: of the test image, with no network, labelled for the
session's sweep and registered for cleanup.

Written once for asyncio; tests/client/_sync/helpers.py is derived from this file by
scripts/unasync.py.
"""

from __future__ import annotations

import uuid
from typing import Any

from engine_api_binding.models import ContainerConfigLabels, ContainerCreateRequest, HostConfig

from engine_api import AsyncDockerClient
from tests.conftest import TEST_LABEL as LABEL
from tests.conftest import Cleanup

__all__ = ["LABEL", "run"]


async def run(
    client: AsyncDockerClient,
    cleanup: Cleanup,
    image: str,
    cmd: list[str] | None = None,
    *,
    start: bool = True,
    **config: Any,
) -> str:
    """Create a container running ``cmd`` (the image's default when None), start it unless
    ``start`` is False, and return its id. ``config`` goes to the create request."""
    if cmd is not None:
        config["cmd"] = cmd
    body = ContainerCreateRequest(
        image=image,
        labels=ContainerConfigLabels.from_dict({LABEL: "1"}),
        host_config=HostConfig(network_mode="none"),
        **config,
    )
    name = f"ea-test-{uuid.uuid4().hex[:8]}"
    cid = cleanup.container((await client.ops.container_create(body=body, name=name)).id)
    if start:
        await client.ops.container_start(cid)
    return str(cid)
