"""An engine stand-in that answers one request from memory, to measure clients alone.

``python -m benchmarks.replay ENGINE_SOCKET LISTEN_SOCKET TARGET`` records the engine's
whole answer to ``GET TARGET`` (head and chunked body, bytes as the engine sent them),
then listens on LISTEN_SOCKET: a request for TARGET's path gets the recorded answer in
one ``sendall``; any other request is passed to the engine and its answer sent back
(with a Content-Length). It prints ``ready`` once it listens. Standard library only;
a thread per connection; stop it with SIGTERM.
"""

from __future__ import annotations

import socket
import socketserver
import sys

from benchmarks.raw import RawClient


def record(engine: str, target: str) -> bytes:
    """The engine's answer to ``GET target``, whole, its ``Connection: close`` dropped."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(engine)
    sock.sendall(f"GET {target} HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n".encode())
    parts = []
    while chunk := sock.recv(1 << 20):
        parts.append(chunk)
    sock.close()
    answer = b"".join(parts)
    head, sep, body = answer.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    if b" 200 " not in lines[0] or not body.endswith(b"0\r\n\r\n"):
        raise SystemExit(f"unexpected answer to GET {target}: {head!r}")
    return b"\r\n".join(lines) + sep + body


def serve(engine: str, listen: str, target: str) -> None:
    recorded = record(engine, target)
    path = target.partition("?")[0].encode()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            upstream: RawClient | None = None
            buf = b""
            try:
                while True:
                    while (end := buf.find(b"\r\n\r\n")) < 0:
                        chunk = sock.recv(65536)
                        if not chunk:
                            return
                        buf += chunk
                    head, buf = buf[:end], buf[end + 4 :]
                    lines = head.split(b"\r\n")
                    method, url, _ = lines[0].split(b" ", 2)
                    length = 0
                    for line in lines[1:]:
                        name, _, value = line.partition(b":")
                        if name.strip().lower() == b"content-length":
                            length = int(value)
                    while len(buf) < length:
                        buf += sock.recv(65536)
                    body, buf = buf[:length], buf[length:]
                    if method == b"GET" and url.partition(b"?")[0].endswith(path):
                        sock.sendall(recorded)
                        continue
                    if upstream is None:
                        upstream = RawClient(engine)
                    status, answer = upstream.request(method.decode(), url.decode(), body)
                    sock.sendall(
                        b"HTTP/1.1 %d X\r\nContent-Type: application/json\r\n"
                        b"Content-Length: %d\r\n\r\n%b" % (status, len(answer), answer)
                    )
            except OSError:
                return
            finally:
                if upstream is not None:
                    upstream.close()

    class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
        daemon_threads = True

    with Server(listen, Handler) as server:
        print("ready", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    serve(*sys.argv[1:4])
