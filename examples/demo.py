"""Demo: talk to the engine at $DOCKER_HOST (a unix socket) and run one container.

A placeholder written with raw httpx until the generated client can do the same:
print the engine's version, build the busybox test image, run ``echo hello from busybox``,
print its logs and remove the container. ``scripts/demo`` runs it against a private engine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for scripts.test_image

from scripts.test_image import (
    TEST_IMAGE,
    build_busybox_image,
    demux_logs,
    engine_http,
    socket_path_from_host,
)

STREAMS = {1: "stdout", 2: "stderr"}


def main() -> int:
    socket_path = socket_path_from_host(
        os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    )
    with engine_http(socket_path) as http:
        version = http.get("/version").raise_for_status().json()
        print(f"engine {version['Version']}, API {version['ApiVersion']} on {version['Os']}")

        image_id = build_busybox_image(socket_path)
        print(f"image {TEST_IMAGE} is {image_id[:19]}")

        created = http.post(
            "/containers/create",
            json={
                "Image": TEST_IMAGE,
                "Cmd": ["echo", "hello from busybox"],
                "HostConfig": {"NetworkMode": "none"},
            },
        ).raise_for_status()
        container = created.json()["Id"]
        try:
            http.post(f"/containers/{container}/start").raise_for_status()
            status = http.post(f"/containers/{container}/wait").raise_for_status().json()
            print(f"container {container[:12]} exited with {status['StatusCode']}")
            logs = http.get(
                f"/containers/{container}/logs", params={"stdout": 1, "stderr": 1}
            ).raise_for_status()
            for stream, payload in demux_logs(logs.content):
                text = payload.decode(errors="replace")
                print(f"  {STREAMS.get(stream, stream)}: {text}", end="")
        finally:
            http.delete(f"/containers/{container}", params={"force": 1}).raise_for_status()
            print(f"container {container[:12]} removed")
        return int(status["StatusCode"])


if __name__ == "__main__":
    sys.exit(main())
