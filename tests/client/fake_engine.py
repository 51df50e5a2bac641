"""A fake engine that misbehaves on demand, for what a real daemon will not do when asked:
cut a stream inside a frame, drop the connection mid-stream, or stall.

It answers just enough (``/_ping``, a container inspect) for the client to reach the
streaming call, then plays the scripted answer for the path. Fault injection only: every
behaviour that a real engine can show is tested against the real engine.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Connection:
    """The client's connection as a script sees it: ``head`` is the request's head, and
    ``recv`` first hands out what arrived past it."""

    def __init__(self, sock: socket.socket, head: bytes, pending: bytes) -> None:
        self.sock = sock
        self.head = head
        self.pending = pending

    def header(self, name: str) -> str | None:
        for line in self.head.split(b"\r\n")[1:]:
            key, _, value = line.partition(b":")
            if key.strip().lower() == name.lower().encode():
                return value.strip().decode()
        return None

    def recv(self, size: int) -> bytes:
        if self.pending:
            data, self.pending = self.pending[:size], self.pending[size:]
            return data
        return self.sock.recv(size)

    def sendall(self, data: bytes) -> None:
        self.sock.sendall(data)

    def shutdown(self, how: int) -> None:
        self.sock.shutdown(how)

    def settimeout(self, timeout: float | None) -> None:
        self.sock.settimeout(timeout)


Script = Callable[[Connection], None]


def frame(stream: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxI", stream, len(payload)) + payload


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def _head(content_type: str = "application/vnd.docker.raw-stream") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )


def truncated_frame(conn: Connection) -> None:
    """Whole frames, then half of one, then the chunked body ends properly."""
    conn.sendall(_head() + chunk(frame(1, b"before\n") + frame(2, b"0123456789")[:12]))
    conn.sendall(b"0\r\n\r\n")


def dropped(conn: Connection) -> None:
    """Whole frames, then the connection closes inside the chunked body."""
    conn.sendall(_head() + chunk(frame(1, b"before\n")) + b"40\r\npartial")
    conn.shutdown(socket.SHUT_RDWR)


def stalled(conn: Connection) -> None:
    """One event, then nothing: the connection stays open and silent."""
    event = json.dumps({"Type": "container", "Action": "start", "time": 1}).encode() + b"\n"
    conn.sendall(_head("application/json") + chunk(event))
    time.sleep(5)


def cut_answer(conn: Connection) -> None:
    """An answer whose head promises more body than comes: part of it, a pause (so that it
    arrives in more than one read), then the connection closes."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
    )
    time.sleep(0.05)
    conn.sendall(b'{"ID": "cut')
    time.sleep(0.05)
    conn.shutdown(socket.SHUT_RDWR)


def upload_dropped_once(received: list[tuple[int, str]]) -> Script:
    """The first upload: the connection closes as soon as its head is in (as when the engine
    had closed an idle connection just as the request went out). Later ones are read to
    their Content-Length, their size and SHA-256 appended to ``received``, and answered 200."""
    attempts: list[int] = []

    def script(conn: Connection) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            conn.shutdown(socket.SHUT_RDWR)
            return
        conn.settimeout(10)
        left = int(conn.header("Content-Length") or 0)
        digest, size = hashlib.sha256(), 0
        while left > 0:
            data = conn.recv(min(left, 1 << 20))
            if not data:
                return
            digest.update(data)
            size += len(data)
            left -= len(data)
        received.append((size, digest.hexdigest()))
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")

    return script


def upload_after(hook: Callable[[], None]) -> Script:
    """Run ``hook`` once the request head has arrived, before reading any of the body (the
    client is left waiting with its socket buffer full), then read what comes until the
    client closes the connection; no answer."""

    def script(conn: Connection) -> None:
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
                    script(Connection(conn, head, buffered))
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
