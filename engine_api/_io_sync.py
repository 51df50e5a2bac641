"""Network backend for threads: bytes to and from an engine over blocking sockets and pipes.

Three ways to reach an engine, each giving a :class:`NetworkStream`:

- :func:`connect_unix`: a unix socket;
- :func:`connect_tcp`: a TCP connection (TLS is layered on top by ``engine_api._sync.tls``);
- :func:`connect_ssh`: ``ssh ... -- host docker system dial-stdio``, as the docker CLI does,
  talking HTTP through the process's stdin and stdout.

Every wait takes a timeout in seconds (None: no limit) and raises the httpx timeout
exception of its phase when it runs out; failures raise httpx's transport errors. This module
and ``engine_api/_io_async.py`` are the only ones written twice, once per flavour; everything
above them is written once, for asyncio, and turned into the thread version by
``scripts/unasync.py``.
"""

from __future__ import annotations

import contextlib
import math
import os
import select
import socket
import time
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    import subprocess

    import httpx
else:
    from engine_api._lazy import httpx, subprocess


__all__ = ["NetworkStream", "connect_ssh", "connect_tcp", "connect_unix"]

_STDERR_LIMIT = 4096  # bytes of ssh's stderr quoted in an error
_EXIT_WAIT = 2.0  # seconds to wait for ssh to exit, for its status and stderr
FILE_BLOCK = 262144  # a file sent by reading and writing goes in blocks of this size


class NetworkStream:
    """A bidirectional byte stream to an engine, used by one thread at a time."""

    __slots__ = ()

    def read(self, max_bytes: int, timeout: float | None) -> bytes:
        """Up to ``max_bytes`` bytes, waiting at most ``timeout`` seconds; b"" at end of stream."""
        raise NotImplementedError

    def read_nowait(self, max_bytes: int) -> bytes | None:
        """What can be read without waiting: None when nothing, b"" at end of stream or error."""
        raise NotImplementedError

    def write(self, data: bytes, timeout: float | None) -> None:
        """Send all of ``data``, waiting at most ``timeout`` seconds for it to go out."""
        raise NotImplementedError

    def shutdown_write(self, timeout: float | None = None) -> None:
        """Half-close: tell the engine that nothing more will be sent; reading goes on."""
        raise NotImplementedError

    def idle_ok(self) -> bool:
        """For a pooled connection between requests: True when nothing has arrived (no data,
        no end of stream), so that it can carry another request."""
        return self.read_nowait(1) is None

    def send_file(self, file: BinaryIO, offset: int, count: int, timeout: float | None) -> int:
        """Send up to ``count`` bytes of the regular ``file`` from ``offset``, each write
        waiting at most ``timeout`` seconds; how many were sent (fewer when the file ends
        first). The file's position is left just past them."""
        return send_file_by_blocks(self, file, offset, count, timeout)

    def close(self) -> None:
        raise NotImplementedError


def send_file_by_blocks(
    stream: NetworkStream, file: BinaryIO, offset: int, count: int, timeout: float | None
) -> int:
    """:meth:`NetworkStream.send_file` by reading blocks and writing them."""
    file.seek(offset)
    sent = 0
    while sent < count:
        block = file.read(min(FILE_BLOCK, count - sent))
        if not block:
            break
        stream.write(block, timeout)
        sent += len(block)
    return sent


class SocketStream(NetworkStream):
    """A connected socket (unix or TCP)."""

    __slots__ = ("_poll", "_sock", "_timeout", "address")

    def __init__(self, sock: socket.socket, address: str) -> None:
        self._sock = sock
        self._poll = select.poll()
        self._poll.register(sock, select.POLLIN)
        self._timeout: float | None = sock.gettimeout()
        self.address = address

    def _set_timeout(self, timeout: float | None) -> None:
        if timeout is not None and timeout < 0:
            timeout = 0.0
        if timeout != self._timeout:
            self._sock.settimeout(timeout)
            self._timeout = timeout

    def read(self, max_bytes: int, timeout: float | None) -> bytes:
        if timeout != self._timeout:
            self._set_timeout(timeout)
        try:
            return self._sock.recv(max_bytes)
        except (TimeoutError, BlockingIOError) as exc:
            raise httpx.ReadTimeout(f"no answer from {self.address} within {timeout}s") from exc
        except OSError as exc:
            raise httpx.ReadError(f"reading from {self.address}: {exc}") from exc

    def read_nowait(self, max_bytes: int) -> bytes | None:
        # A socket with a timeout polls before it reads, even with MSG_DONTWAIT: poll here.
        if not self._poll.poll(0):
            return None
        try:
            return self._sock.recv(max_bytes, socket.MSG_DONTWAIT)
        except BlockingIOError:
            return None
        except OSError:
            return b""

    def write(self, data: bytes, timeout: float | None) -> None:
        if timeout != self._timeout:
            self._set_timeout(timeout)
        try:
            self._sock.sendall(data)
        except (TimeoutError, BlockingIOError) as exc:
            raise httpx.WriteTimeout(f"sending to {self.address} took over {timeout}s") from exc
        except OSError as exc:
            raise httpx.WriteError(f"sending to {self.address}: {exc}") from exc

    def send_file(self, file: BinaryIO, offset: int, count: int, timeout: float | None) -> int:
        # sendfile(2): the kernel moves the file to the socket, no copy through Python.
        # socket.sendfile waits at most the socket's timeout for each piece to go, falls
        # back to reading and sending where sendfile cannot serve, and leaves the file's
        # position after what it sent.
        if count <= 0:  # socket.sendfile would take 0 for "to the end of the file"
            file.seek(offset)
            return 0
        if timeout is not None and timeout <= 0:
            return send_file_by_blocks(self, file, offset, count, timeout)
        if timeout != self._timeout:
            self._set_timeout(timeout)
        try:
            return self._sock.sendfile(file, offset, count)
        except (TimeoutError, BlockingIOError) as exc:
            raise httpx.WriteTimeout(f"sending to {self.address} took over {timeout}s") from exc
        except OSError as exc:
            raise httpx.WriteError(f"sending to {self.address}: {exc}") from exc

    def shutdown_write(self, timeout: float | None = None) -> None:
        try:
            self._sock.shutdown(socket.SHUT_WR)
        except OSError as exc:
            raise httpx.WriteError(f"half-closing the connection to {self.address}: {exc}") from exc

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.close()


def _connect_socket(
    family: socket.AddressFamily, target: str | tuple[Any, ...], address: str, timeout: float | None
) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(target)
    except TimeoutError as exc:
        sock.close()
        raise httpx.ConnectTimeout(f"connecting to {address} took over {timeout}s") from exc
    except OSError as exc:
        sock.close()
        raise httpx.ConnectError(f"cannot connect to {address}: {exc}") from exc
    return sock


def connect_unix(path: str, timeout: float | None) -> NetworkStream:
    """Connect to the unix socket at ``path``."""
    address = f"unix://{path}"
    return SocketStream(_connect_socket(socket.AF_UNIX, path, address, timeout), address)


def connect_tcp(host: str, port: int, timeout: float | None) -> NetworkStream:
    """Connect to ``host:port`` over TCP (each address the name resolves to, in turn)."""
    name = f"[{host}]" if ":" in host else host
    address = f"tcp://{name}:{port}"
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise httpx.ConnectError(f"cannot connect to {address}: {exc}") from exc
    error: httpx.ConnectError | None = None
    for family, _, _, _, target in infos:
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            sock = _connect_socket(family, target, address, remaining)
        except httpx.ConnectTimeout:
            raise
        except httpx.ConnectError as exc:
            error = exc
            continue
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return SocketStream(sock, address)
    assert error is not None  # getaddrinfo gives at least one address or raises
    raise error


class ProcessStream(NetworkStream):
    """The stdin and stdout of a process (``ssh ... docker system dial-stdio``)."""

    __slots__ = (
        "_in",
        "_out",
        "_poll_in",
        "_poll_out",
        "_process",
        "_received",
        "_stderr",
        "address",
    )

    def __init__(self, process: subprocess.Popen[bytes], stderr: IO[bytes], address: str) -> None:
        assert process.stdin is not None and process.stdout is not None
        self._process = process
        self._stderr = stderr
        self._in = process.stdin.fileno()
        self._out = process.stdout.fileno()
        os.set_blocking(self._in, False)
        os.set_blocking(self._out, False)
        self._poll_out = select.poll()
        self._poll_out.register(self._out, select.POLLIN)
        self._poll_in = select.poll()
        self._poll_in.register(self._in, select.POLLOUT)
        self._received = False
        self.address = address

    def _failure(self, what: str) -> httpx.ConnectError:
        """ssh ended (or closed its output) before the engine said anything: why, if it says."""
        try:
            status = self._process.wait(_EXIT_WAIT)
        except subprocess.TimeoutExpired:
            ended = "closed its output"
        else:
            ended = f"exited with status {status}"
        self._stderr.seek(0)
        detail = self._stderr.read(_STDERR_LIMIT).decode(errors="replace").strip()
        return httpx.ConnectError(
            f"cannot connect to {self.address}: {what}: ssh {ended}"
            + (f": {detail}" if detail else " (it wrote nothing on stderr)")
        )

    def read(self, max_bytes: int, timeout: float | None) -> bytes:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                data = os.read(self._out, max_bytes)
            except BlockingIOError:
                pass
            except OSError as exc:
                raise httpx.ReadError(f"reading from {self.address}: {exc}") from exc
            else:
                if data:
                    self._received = True
                elif not self._received:
                    raise self._failure("no answer")
                return data
            if deadline is None:
                self._poll_out.poll()
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._poll_out.poll(remaining * 1000):
                raise httpx.ReadTimeout(f"no answer from {self.address} within {timeout}s")

    def read_nowait(self, max_bytes: int) -> bytes | None:
        try:
            return os.read(self._out, max_bytes)
        except BlockingIOError:
            return None if self._process.poll() is None else b""
        except OSError:
            return b""

    def write(self, data: bytes, timeout: float | None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self._in, view) :]
                continue
            except BlockingIOError:
                pass
            except BrokenPipeError as exc:
                if not self._received:
                    raise self._failure("sending the request") from exc
                raise httpx.WriteError(f"sending to {self.address}: {exc}") from exc
            except OSError as exc:
                raise httpx.WriteError(f"sending to {self.address}: {exc}") from exc
            if deadline is None:
                self._poll_in.poll()
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._poll_in.poll(remaining * 1000):
                raise httpx.WriteTimeout(f"sending to {self.address} took over {timeout}s")

    def shutdown_write(self, timeout: float | None = None) -> None:
        stdin = self._process.stdin
        if stdin is not None:
            with contextlib.suppress(OSError):
                stdin.close()

    def close(self) -> None:
        process = self._process
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        # Without stdin, dial-stdio ends and so does ssh; insist if it does not.
        try:
            process.wait(0.5)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(_EXIT_WAIT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        with contextlib.suppress(OSError):
            self._stderr.close()


def ssh_command(
    host: str,
    user: str | None,
    port: int | None,
    options: Sequence[str],
    connect_timeout: float | None = None,
) -> list[str]:
    """The command line that reaches the engine of ``host`` over ssh, as the docker CLI builds
    it: ``ssh [options] [-l user] [-p port] -- host docker system dial-stdio``.

    A ``connect_timeout`` becomes ``-o ConnectTimeout=<whole seconds>`` after the caller's
    options (ssh keeps the first value it sees, so the caller's own ConnectTimeout wins).
    """
    argv = ["ssh", *options]
    if connect_timeout is not None:
        argv += ["-o", f"ConnectTimeout={max(1, math.ceil(connect_timeout))}"]
    if user is not None:
        argv += ["-l", user]
    if port is not None:
        argv += ["-p", str(port)]
    return [*argv, "--", host, "docker", "system", "dial-stdio"]


def connect_ssh(
    host: str,
    user: str | None,
    port: int | None,
    options: Sequence[str],
    timeout: float | None,
) -> NetworkStream:
    """Start ``ssh`` to ``host`` running ``docker system dial-stdio``; its stderr is kept (in
    an anonymous temporary file) and quoted when it ends before the engine answers.

    The connection itself is made by ssh, after this returns: ``timeout`` becomes ssh's
    ConnectTimeout, and a failure shows on the first read as httpx.ConnectError."""
    user_part = f"{user}@" if user is not None else ""
    port_part = f":{port}" if port is not None else ""
    address = f"ssh://{user_part}{host}{port_part}"
    argv = ssh_command(host, user, port, options, timeout)
    import tempfile  # ssh only

    stderr = tempfile.TemporaryFile()  # noqa: SIM115 (the stream owns and closes it)
    try:
        process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            bufsize=0,
            close_fds=True,
            start_new_session=True,  # a Ctrl-C at the terminal is for us, not for ssh
        )
    except OSError as exc:
        stderr.close()
        raise httpx.ConnectError(f"cannot connect to {address}: cannot run ssh: {exc}") from exc
    return ProcessStream(process, stderr, address)
