"""Demo: engine-api against the engine the environment names ($DOCKER_HOST...).

Prints the engine's version, builds the busybox test image (from the host's
/bin/busybox, no registry), runs ``echo hello from busybox`` in a container,
prints its output and removes the container: every call typed, through
``client.api``. ``scripts/demo`` runs it against a private engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

from engine_api_binding.models import ContainerCreateRequest, HostConfig

import engine_api

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for scripts.test_image

from scripts.test_image import TEST_IMAGE, build_busybox_image, demux_logs

STREAMS = {1: "stdout", 2: "stderr"}


def main() -> int:
    with engine_api.from_env() as client:
        version = client.api.system_version()
        print(f"engine {version.version} on {version.os}/{version.arch}")
        print(f"speaking API {client.api_version} (found via {client.config.source})")

        if client.config.scheme == "unix":
            image_id = build_busybox_image(client.config.unix_path)
            print(f"image {TEST_IMAGE} is {image_id[:19]}")

        body = ContainerCreateRequest(
            image=TEST_IMAGE,
            cmd=["echo", "hello from busybox"],
            host_config=HostConfig(network_mode="none"),
        )
        created = client.api.container_create(body=body)
        try:
            client.api.container_start(created.id)
            status = client.with_options(timeout=None).api.container_wait(created.id)
            print(f"container {created.id[:12]} exited with {status.status_code}")
            logs = client.api.container_logs(created.id, stdout=True, stderr=True)
            for stream, payload in demux_logs(logs.payload.read()):
                print(
                    f"  {STREAMS.get(stream, stream)}: {payload.decode(errors='replace')}", end=""
                )
        finally:
            client.api.container_delete(created.id, force=True)
            print(f"container {created.id[:12]} removed")
        return status.status_code


if __name__ == "__main__":
    sys.exit(main())
