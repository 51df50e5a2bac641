"""A fake engine that misbehaves on demand, for what a real daemon will not do when asked:
cut a stream inside a frame, drop the connection mid-stream, or stall.

It answers just enough (``/_ping``, a container inspect) for the client to reach the
streaming call, then plays the scripted answer for the path. Fault injection only: every
behaviour that a real engine can show is tested against the real engine.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Script = Callable[[socket.socket], None]


def frame(stream: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxI", stream, len(payload)) + payload


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def _head(content_type: str = "application/vnd.docker.raw-stream") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )


def truncated_frame(conn: socket.socket) -> None:
    """Whole frames, then half of one, then the chunked body ends properly."""
    conn.sendall(_head() + chunk(frame(1, b"before\n") + frame(2, b"0123456789")[:12]))
    conn.sendall(b"0\r\n\r\n")


def dropped(conn: socket.socket) -> None:
    """Whole frames, then the connection closes inside the chunked body."""
    conn.sendall(_head() + chunk(frame(1, b"before\n")) + b"40\r\npartial")
    conn.shutdown(socket.SHUT_RDWR)


def stalled(conn: socket.socket) -> None:
    """One event, then nothing: the connection stays open and silent."""
    event = json.dumps({"Type": "container", "Action": "start", "time": 1}).encode() + b"\n"
    conn.sendall(_head("application/json") + chunk(event))
    time.sleep(5)


def cut_answer(conn: socket.socket) -> None:
    """An answer whose head promises more body than comes: part of it, a pause (so that it
    arrives in more than one read), then the connection closes."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
    )
    time.sleep(0.05)
    conn.sendall(b'{"ID": "cut')
    time.sleep(0.05)
    conn.shutdown(socket.SHUT_RDWR)


def upload_after(hook: Callable[[], None]) -> Script:
    """Run ``hook`` once the request head has arrived, before reading any of the body (the
    client is left waiting with its socket buffer full), then read what comes until the
    client closes the connection; no answer."""

    def script(conn: socket.socket) -> None:
        hook()
        conn.settimeout(10)
        while conn.recv(1 << 20):
            pass

    return script


def _answer(conn: socket.socket, scripts: dict[str, Script]) -> None:
    with conn:
        buffered = b""
        while True:
            while b"\r\n\r\n" not in buffered:
                data = conn.recv(65536)
                if not data:
                    return
                buffered += data
            head, _, buffered = buffered.partition(b"\r\n\r\n")
            method, target, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
            path = target.decode().split("?", 1)[0]
            if path.endswith("/_ping"):
                body = b"" if method == b"HEAD" else b"OK"
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nAPI-Version: 1.41\r\nOSType: linux\r\n"
                    b"Content-Length: %d\r\n\r\n%b" % (2, body)
                )
                continue
            if path.endswith("/json"):
                body = json.dumps({"Id": "x", "Config": {"Tty": False}}).encode()
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n%b" % (len(body), body)
                )
                continue
            for suffix, script in scripts.items():
                if path.endswith(suffix):
                    script(conn)
                    return
            conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")


@contextmanager
def fake_engine(scripts: dict[str, Script]) -> Iterator[str]:
    """Serve ``scripts`` (path suffix -> what to send) on a unix socket; yields DOCKER_HOST."""
    directory = tempfile.mkdtemp(prefix="ea-fake-")
    path = os.path.join(directory, "docker.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(8)
    server.settimeout(0.2)
    done = threading.Event()

    def serve() -> None:
        while not done.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=_answer, args=(conn, scripts), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"unix://{path}"
    finally:
        done.set()
        thread.join(2)
        server.close()
        os.unlink(path)
        os.rmdir(directory)
