"""Demo: the high-level API against the engine the environment names ($DOCKER_HOST...).

Builds the busybox test image (from the host's /bin/busybox, through the API: no
registry), then with one container: runs it, streams its demultiplexed logs as they
arrive, execs into it, copies a file in and back out, and waits for its web server on
127.0.0.1. Every value is typed (``mypy --strict`` checks this file). ``scripts/demo``
runs it against a private engine that it starts and stops.
"""

from __future__ import annotations

import socket
import sys
import tempfile
from pathlib import Path

import engine_api
from engine_api import Container, errors
from engine_api.streams import StreamId

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for scripts.test_image

from scripts.test_image import TEST_IMAGE, build_busybox_image

SCRIPT = (
    "echo starting; echo 'a warning' >&2; mkdir -p /www; echo hello > /www/index.html; "
    'echo serving; exec httpd -f -p "127.0.0.1:$PORT" -h /www'
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    with engine_api.from_env() as client:
        version = client.ops.system_version()
        print(f"engine {version.version}, API {client.api_version} (via {client.config.source})")
        if client.config.scheme == "unix":
            build_busybox_image(client.config.unix_path)

        port = free_port()
        container: Container = client.containers.run(
            TEST_IMAGE,
            ["sh", "-c", SCRIPT],
            detach=True,
            environment={"PORT": str(port)},
            network_mode="host",  # the server listens on 127.0.0.1 of this host
            labels={"engine-api-demo": "1"},
        )
        with container:  # stopped and removed at the end, also on an error
            print(f"container {container.short_id} ({container.name}) is {container.status}")

            container.wait_for_log("serving", timeout=30)
            with container.logs(stream=True) as output:
                for stream, piece in output.frames():
                    where = "stdout" if stream == StreamId.STDOUT else "stderr"
                    for line in piece.decode().splitlines():  # a piece may hold several
                        print(f"  {where}: {line}")

            code, out = container.exec_run(["sh", "-c", "cat /www/index.html; uname -s"])
            print(f"exec exited {code}: {out.decode().split()}")

            container.copy_to(b"copied in\n", "/www/note.txt")
            with tempfile.TemporaryDirectory() as scratch:
                container.copy_from("/www/note.txt", Path(scratch) / "note.txt")
                print(f"copied back: {(Path(scratch) / 'note.txt').read_text().strip()}")

            container.wait_for_port(port, timeout=30)
            with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
                conn.sendall(b"GET /note.txt HTTP/1.0\r\n\r\n")
                answer = conn.recv(4096).decode()
            print(f"GET 127.0.0.1:{port}/note.txt -> {answer.splitlines()[0]}")

            try:
                container.execute(["sh", "-c", "echo no such thing >&2; exit 3"])
            except errors.ContainerError as failed:
                print(f"execute raised ContainerError (exit {failed.exit_status})")
        print("container removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
