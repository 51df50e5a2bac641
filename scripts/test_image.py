"""Build the tests' busybox image without the internet, through the Engine API itself.

The build context is made in memory: the host's static ``/bin/busybox`` and a Dockerfile
that starts ``FROM scratch`` and installs busybox's applets as symlinks in /bin.

Raw httpx on a unix socket (the generated client is not there yet). Command line::

    python scripts/test_image.py [--host unix:///path/docker.sock] [--tag T]

prints the image id; the host defaults to $DOCKER_HOST.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import struct
import sys
import tarfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

TEST_IMAGE = "engine-api-test/busybox:latest"
BUSYBOX = Path("/bin/busybox")
DOCKERFILE = b"""\
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
"""


class ImageBuildError(RuntimeError):
    """The engine refused or failed the build; the message carries the build output."""


def socket_path_from_host(host: str) -> str:
    """``unix:///run/docker.sock`` -> ``/run/docker.sock``; anything else is an error."""
    if not host.startswith("unix://"):
        raise ValueError(f"only unix:// engine addresses are supported here, not {host!r}")
    return host.removeprefix("unix://")


def engine_http(socket_path: str | os.PathLike[str], timeout: float = 60.0) -> httpx.Client:
    """An httpx client for the engine's unix socket (unversioned paths: the engine's newest)."""
    return httpx.Client(
        transport=httpx.HTTPTransport(uds=os.fspath(socket_path)),
        base_url="http://docker",
        timeout=timeout,
    )


def demux_logs(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Split a non-TTY container's multiplexed log stream into ``(stream, payload)`` frames.

    Each frame is an 8-byte header (stream: 0 stdin, 1 stdout, 2 stderr; three zero bytes;
    payload size as a big-endian uint32) followed by the payload.
    """
    offset = 0
    while offset < len(data):
        if len(data) - offset < 8:
            raise ValueError(f"truncated frame header at byte {offset}")
        stream, size = struct.unpack_from(">BxxxL", data, offset)
        start = offset + 8
        if start + size > len(data):
            raise ValueError(f"truncated frame payload at byte {start}: want {size} bytes")
        yield stream, data[start : start + size]
        offset = start + size


def check_static(path: Path) -> None:
    """Refuse a dynamically linked busybox: it cannot run in a ``FROM scratch`` image."""
    with path.open("rb") as f:
        header = f.read(64)
        if header[:4] != b"\x7fELF":
            raise ImageBuildError(f"{path} is not an ELF executable")
        is64, order = header[4] == 2, "<" if header[5] == 1 else ">"
        if is64:
            phoff, phentsize, phnum = (
                struct.unpack_from(order + "Q", header, 32)[0],
                *struct.unpack_from(order + "HH", header, 54),
            )
        else:
            phoff, phentsize, phnum = (
                struct.unpack_from(order + "I", header, 28)[0],
                *struct.unpack_from(order + "HH", header, 42),
            )
        for i in range(phnum):
            f.seek(phoff + i * phentsize)
            (p_type,) = struct.unpack(order + "I", f.read(4))
            if p_type == 3:  # PT_INTERP: needs a dynamic loader
                raise ImageBuildError(
                    f"{path} is dynamically linked; install the busybox-static package"
                )


def build_context(busybox: Path = BUSYBOX) -> bytes:
    """The tar archive sent as the build context."""
    check_static(busybox)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        dockerfile = tarfile.TarInfo("Dockerfile")
        dockerfile.size = len(DOCKERFILE)
        dockerfile.mode = 0o644
        tar.addfile(dockerfile, io.BytesIO(DOCKERFILE))
        info = tar.gettarinfo(str(busybox), arcname="busybox")
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mode = 0o755
        with busybox.open("rb") as f:
            tar.addfile(info, f)
    return buffer.getvalue()


def image_id(client: httpx.Client, reference: str) -> str | None:
    """The id of a local image, or None when the engine does not have it."""
    response = client.get(f"/images/{reference}/json")
    if response.status_code == 404:
        return None
    response.raise_for_status()
    return str(response.json()["Id"])


def build_busybox_image(
    socket_path: str | os.PathLike[str],
    tag: str = TEST_IMAGE,
    *,
    busybox: Path = BUSYBOX,
    labels: Mapping[str, str] | None = None,
    timeout: float = 300.0,
) -> str:
    """Build ``tag`` from the host's static busybox unless the engine has it; return its id."""
    with engine_http(socket_path, timeout=timeout) as client:
        existing = image_id(client, tag)
        if existing is not None:
            return existing
        params: dict[str, Any] = {"t": tag, "rm": "1", "forcerm": "1"}
        if labels:
            params["labels"] = json.dumps(dict(labels))
        output: list[str] = []
        with client.stream(
            "POST",
            "/build",
            params=params,
            content=build_context(busybox),
            headers={"Content-Type": "application/x-tar"},
        ) as response:
            if response.status_code != 200:
                response.read()
                raise ImageBuildError(
                    f"POST /build for {tag} answered {response.status_code}: {response.text}"
                )
            for line in response.iter_lines():
                if not line.strip():
                    continue
                message = json.loads(line)
                if "stream" in message:
                    output.append(str(message["stream"]))
                elif "status" in message:
                    output.append(f"{message['status']}\n")
                if "error" in message or "errorDetail" in message:
                    detail = message.get("errorDetail") or {}
                    error = message.get("error") or detail.get("message") or message
                    raise ImageBuildError(
                        f"building {tag} failed: {error}\n--- build output ---\n" + "".join(output)
                    )
        built = image_id(client, tag)
        if built is None:
            raise ImageBuildError(
                f"the build reported no error but {tag} does not exist\n--- build output ---\n"
                + "".join(output)
            )
        return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="test_image.py", description="Build the tests' busybox image."
    )
    parser.add_argument("--host", default=os.environ.get("DOCKER_HOST"), help="unix://...")
    parser.add_argument("--tag", default=TEST_IMAGE)
    args = parser.parse_args(argv)
    if not args.host:
        parser.error("no --host and no DOCKER_HOST")
    try:
        print(build_busybox_image(socket_path_from_host(args.host), args.tag))
    except (ImageBuildError, ValueError, httpx.HTTPError) as exc:
        print(f"test_image: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
