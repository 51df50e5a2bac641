"""Network backend for asyncio: bytes to and from an engine over sockets and pipes.

Three ways to reach an engine, each giving an :class:`AsyncNetworkStream`:

- :func:`connect_unix`: a unix socket;
- :func:`connect_tcp`: a TCP connection (TLS is layered on top by ``engine_api._async.tls``);
- :func:`connect_ssh`: ``ssh ... -- host docker system dial-stdio``, as the docker CLI does,
  talking HTTP through the process's stdin and stdout.

Every wait takes a timeout in seconds (None: no limit) and raises the httpx timeout
exception of its phase when it runs out; failures raise httpx's transport errors. This module
and ``engine_api/_io_sync.py`` are the only ones written twice, once per flavour; everything
above them is written once, for asyncio, and turned into the thread version by
``scripts/unasync.py``.

The streams sit directly on asyncio protocols: what arrives is kept as the chunks the loop
delivered (no copying when a read takes a whole chunk), and a read or a write only creates a
future when it has to wait. One timer per stream enforces the timeouts of its waits; it is
moved on when it fires, not set and cancelled for every wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections import deque
from collections.abc import Coroutine, Sequence
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from engine_api._io_sync import FILE_BLOCK, ssh_command

if TYPE_CHECKING:
    import subprocess

    import httpx
else:
    from engine_api._lazy import httpx, subprocess

__all__ = ["AsyncNetworkStream", "connect_ssh", "connect_tcp", "connect_unix"]

_STDERR_LIMIT = 4096  # bytes of ssh's stderr quoted in an error
_EXIT_WAIT = 2.0  # seconds to wait for ssh to exit, for its status and stderr
_HIGH_WATER = 1024 * 1024  # stop reading from the engine with this much unread
_LOW_WATER = 256 * 1024  # and start again below this
_SENDFILE_PIECE = 8 * 1024 * 1024  # a file sent with sendfile(2): each timeout covers this


class AsyncNetworkStream:
    """A bidirectional byte stream to an engine, used by one task at a time."""

    __slots__ = ()

    async def read(self, max_bytes: int, timeout: float | None) -> bytes:
        """Up to ``max_bytes`` bytes, waiting at most ``timeout`` seconds; b"" at end of stream."""
        raise NotImplementedError

    def read_nowait(self, max_bytes: int) -> bytes | None:
        """What can be read without waiting: None when nothing, b"" at end of stream or error."""
        raise NotImplementedError

    async def write(self, data: bytes, timeout: float | None) -> None:
        """Send all of ``data``, waiting at most ``timeout`` seconds for it to go out."""
        raise NotImplementedError

    async def shutdown_write(self, timeout: float | None = None) -> None:
        """Half-close: tell the engine that nothing more will be sent; reading goes on."""
        raise NotImplementedError

    def idle_ok(self) -> bool:
        """For a pooled connection between requests: True when nothing has arrived (no data,
        no end of stream), so that it can carry another request."""
        return self.read_nowait(1) is None

    async def send_file(
        self, file: BinaryIO, offset: int, count: int, timeout: float | None
    ) -> int:
        """Send up to ``count`` bytes of the regular ``file`` from ``offset``, each write
        waiting at most ``timeout`` seconds; how many were sent (fewer when the file ends
        first). The file's position is left just past them."""
        return await send_file_by_blocks(self, file, offset, count, timeout)

    async def aclose(self) -> None:
        raise NotImplementedError


async def send_file_by_blocks(
    stream: AsyncNetworkStream, file: BinaryIO, offset: int, count: int, timeout: float | None
) -> int:
    """:meth:`AsyncNetworkStream.send_file` by reading blocks and writing them."""
    file.seek(offset)
    sent = 0
    while sent < count:
        block = file.read(min(FILE_BLOCK, count - sent))
        if not block:
            break
        await stream.write(block, timeout)
        sent += len(block)
    return sent


class _Inbox:
    """State shared by the protocols: unread chunks, end of stream, and who waits for what."""

    # Not slotted: the asyncio protocol classes it is mixed into have their own layout.

    def _init_inbox(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.chunks: deque[bytes] = deque()
        self.size = 0
        self.eof = False
        self.lost = False  # no more writing either
        self.error: BaseException | None = None
        self.read_waiter: asyncio.Future[bool] | None = None
        self.write_waiter: asyncio.Future[bool] | None = None
        # When each wait gives up (loop time; None: never), and the one timer that enforces
        # both: armed at the earliest deadline, and left armed after a wait ends early (the
        # usual case), to be moved on when it fires. A wait then costs no timer of its own.
        self.read_deadline: float | None = None
        self.write_deadline: float | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.timer_at = 0.0
        self.write_paused = False
        self.read_paused = False

    # -- called by the loop ---------------------------------------------------------------

    def _feed(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > _HIGH_WATER and not self.read_paused:
            self.read_paused = True
            self._pause_reading()
        waiter = self.read_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(True)

    def _feed_eof(self, error: BaseException | None = None) -> None:
        self.eof = True
        if error is not None and self.error is None:
            self.error = error
        waiter = self.read_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(True)

    def _lose(self, error: BaseException | None) -> None:
        self.lost = True
        self._feed_eof(error)
        self._wake_writer()
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _wake_writer(self) -> None:
        waiter = self.write_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(True)

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self.write_paused = False
        self._wake_writer()

    def _pause_reading(self) -> None:
        raise NotImplementedError

    def _resume_reading(self) -> None:
        raise NotImplementedError

    # -- called by the stream ---------------------------------------------------------------

    def take(self, max_bytes: int) -> bytes:
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            self.chunks.appendleft(chunk[max_bytes:])
            chunk = chunk[:max_bytes]
        self.size -= len(chunk)
        if self.read_paused and self.size <= _LOW_WATER:
            self.read_paused = False
            self._resume_reading()
        return chunk

    async def wait(self, timeout: float | None, *, writing: bool = False) -> bool:
        """Wait for data (or for room to write); False when ``timeout`` ran out first."""
        loop = self.loop
        waiter: asyncio.Future[bool] = loop.create_future()
        deadline = None if timeout is None else loop.time() + timeout
        if writing:
            self.write_waiter, self.write_deadline = waiter, deadline
        else:
            self.read_waiter, self.read_deadline = waiter, deadline
        if deadline is not None:
            self._arm(deadline)
        try:
            return await waiter
        finally:
            if writing:
                self.write_waiter = self.write_deadline = None
            else:
                self.read_waiter = self.read_deadline = None

    def _arm(self, deadline: float) -> None:
        """Make sure the timer fires by ``deadline``."""
        timer = self.timer
        if timer is not None:
            if self.timer_at <= deadline:
                return
            timer.cancel()
        self.timer_at = deadline
        self.timer = self.loop.call_at(deadline, self._on_timer)

    def _on_timer(self) -> None:
        """Expire the waits whose deadline has come; re-arm for the next one, if any."""
        self.timer = None
        now = self.timer_at
        following: float | None = None
        for waiter, deadline in (
            (self.read_waiter, self.read_deadline),
            (self.write_waiter, self.write_deadline),
        ):
            if waiter is None or deadline is None or waiter.done():
                continue
            if deadline <= now:
                waiter.set_result(False)
            elif following is None or deadline < following:
                following = deadline
        if following is not None:
            self._arm(following)


class _SocketProtocol(_Inbox, asyncio.Protocol):
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._init_inbox(loop)
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._feed(data)

    def eof_received(self) -> bool:
        self._feed_eof()
        return True  # keep our half open: we may still be sending (attach after the output)

    def connection_lost(self, exc: Exception | None) -> None:
        self._lose(exc)

    def _pause_reading(self) -> None:
        if self.transport is not None:
            self.transport.pause_reading()

    def _resume_reading(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.resume_reading()


class _ProtocolStream(AsyncNetworkStream):
    """What the socket and the process streams share: reading from an :class:`_Inbox`."""

    __slots__ = ("_inbox", "address")

    def __init__(self, inbox: _Inbox, address: str) -> None:
        self._inbox = inbox
        self.address = address

    async def read(self, max_bytes: int, timeout: float | None) -> bytes:
        inbox = self._inbox
        if not inbox.chunks:
            if inbox.eof:
                return await self._at_end()
            if not await inbox.wait(timeout):
                raise httpx.ReadTimeout(f"no answer from {self.address} within {timeout}s")
            if not inbox.chunks:
                return await self._at_end()
        return inbox.take(max_bytes)

    async def _at_end(self) -> bytes:
        error = self._inbox.error
        if error is not None:
            raise httpx.ReadError(f"reading from {self.address}: {error}") from error
        return b""

    def read_nowait(self, max_bytes: int) -> bytes | None:
        inbox = self._inbox
        if inbox.chunks:
            return inbox.take(max_bytes)
        if inbox.eof:
            return b""
        return None

    async def _drain(self, timeout: float | None) -> None:
        inbox = self._inbox
        while inbox.write_paused and not inbox.lost:
            if not await inbox.wait(timeout, writing=True):
                raise httpx.WriteTimeout(f"sending to {self.address} took over {timeout}s")


class SocketStream(_ProtocolStream):
    """A connected socket (unix or TCP)."""

    __slots__ = ("_protocol", "_transport")

    def __init__(self, protocol: _SocketProtocol, transport: asyncio.Transport, address: str):
        super().__init__(protocol, address)
        self._protocol = protocol
        self._transport = transport

    async def write(self, data: bytes, timeout: float | None) -> None:
        protocol = self._protocol
        if protocol.lost or self._transport.is_closing():
            raise httpx.WriteError(f"sending to {self.address}: {self._lost_reason()}")
        self._transport.write(data)
        if protocol.write_paused:
            await self._drain(timeout)
        if protocol.lost and protocol.error is not None:
            raise httpx.WriteError(f"sending to {self.address}: {self._lost_reason()}")

    def _lost_reason(self) -> str:
        error = self._protocol.error
        return str(error) if error is not None else "the connection is closed"

    async def send_file(
        self, file: BinaryIO, offset: int, count: int, timeout: float | None
    ) -> int:
        # sendfile(2) through the loop: the kernel moves the file to the socket, with no
        # copy through Python and no loop turn per block. It goes in pieces so that
        # ``timeout`` bounds each piece, as it bounds each write.
        loop = self._protocol.loop
        sent = 0
        try:
            while sent < count:
                if self._protocol.lost or self._transport.is_closing():
                    raise httpx.WriteError(f"sending to {self.address}: {self._lost_reason()}")
                piece = min(_SENDFILE_PIECE, count - sent)
                try:
                    async with asyncio.timeout(timeout):
                        done = await loop.sendfile(
                            self._transport, file, offset + sent, piece, fallback=False
                        )
                except asyncio.SendfileNotAvailableError:
                    return sent + await send_file_by_blocks(
                        self, file, offset + sent, count - sent, timeout
                    )
                except TimeoutError as exc:
                    raise httpx.WriteTimeout(
                        f"sending to {self.address} took over {timeout}s"
                    ) from exc
                except (OSError, RuntimeError) as exc:  # RuntimeError: the transport closed
                    raise httpx.WriteError(f"sending to {self.address}: {exc}") from exc
                sent += done
                if done < piece:
                    break
        finally:
            # asyncio moves the descriptor's offset with os.lseek, behind a buffered file's
            # back: a seek from the end makes it drop its buffer and its cached position,
            # so that the seek to the real position is not done within a stale buffer.
            file.seek(0, os.SEEK_END)
            file.seek(offset + sent)
        return sent

    async def shutdown_write(self, timeout: float | None = None) -> None:
        await self._drain(timeout)
        if self._transport.can_write_eof() and not self._transport.is_closing():
            self._transport.write_eof()

    async def aclose(self) -> None:
        self._transport.close()


async def _connect(
    address: str,
    timeout: float | None,
    opening: Coroutine[Any, Any, tuple[asyncio.BaseTransport, asyncio.BaseProtocol]],
) -> SocketStream:
    try:
        async with asyncio.timeout(timeout):
            transport, protocol = await opening
    except TimeoutError as exc:
        raise httpx.ConnectTimeout(f"connecting to {address} took over {timeout}s") from exc
    except OSError as exc:
        raise httpx.ConnectError(f"cannot connect to {address}: {exc}") from exc
    assert isinstance(protocol, _SocketProtocol) and isinstance(transport, asyncio.Transport)
    return SocketStream(protocol, transport, address)


async def connect_unix(path: str, timeout: float | None) -> AsyncNetworkStream:
    """Connect to the unix socket at ``path``."""
    loop = asyncio.get_running_loop()
    opening = loop.create_unix_connection(lambda: _SocketProtocol(loop), path)
    return await _connect(f"unix://{path}", timeout, opening)


async def connect_tcp(host: str, port: int, timeout: float | None) -> AsyncNetworkStream:
    """Connect to ``host:port`` over TCP (asyncio tries each address the name resolves to)."""
    loop = asyncio.get_running_loop()
    name = f"[{host}]" if ":" in host else host
    opening = loop.create_connection(lambda: _SocketProtocol(loop), host, port)
    return await _connect(f"tcp://{name}:{port}", timeout, opening)


class _ProcessProtocol(_Inbox, asyncio.SubprocessProtocol):
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._init_inbox(loop)
        self.transport: asyncio.SubprocessTransport | None = None
        self.exited: asyncio.Future[None] = loop.create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.SubprocessTransport)
        self.transport = transport

    def pipe_data_received(self, fd: int, data: bytes | str) -> None:
        if fd == 1 and isinstance(data, bytes):
            self._feed(data)

    def pipe_connection_lost(self, fd: int, exc: Exception | None) -> None:
        if fd == 1:
            self._feed_eof(exc)
        elif fd == 0:
            self.lost = True
            self._wake_writer()

    def process_exited(self) -> None:
        if not self.exited.done():
            self.exited.set_result(None)

    def _pipe(self, fd: int) -> asyncio.BaseTransport | None:
        return None if self.transport is None else self.transport.get_pipe_transport(fd)

    def _pause_reading(self) -> None:
        pipe = self._pipe(1)
        if isinstance(pipe, asyncio.ReadTransport):
            pipe.pause_reading()

    def _resume_reading(self) -> None:
        pipe = self._pipe(1)
        if isinstance(pipe, asyncio.ReadTransport) and not pipe.is_closing():
            pipe.resume_reading()


class ProcessStream(_ProtocolStream):
    """The stdin and stdout of a process (``ssh ... docker system dial-stdio``)."""

    __slots__ = ("_protocol", "_received", "_stderr", "_transport")

    def __init__(
        self,
        protocol: _ProcessProtocol,
        transport: asyncio.SubprocessTransport,
        stderr: IO[bytes],
        address: str,
    ) -> None:
        super().__init__(protocol, address)
        self._protocol = protocol
        self._transport = transport
        self._stderr = stderr
        self._received = False

    async def read(self, max_bytes: int, timeout: float | None) -> bytes:
        data = await super().read(max_bytes, timeout)
        if data:
            self._received = True
        elif not self._received:
            raise await self._failure("no answer")
        return data

    def read_nowait(self, max_bytes: int) -> bytes | None:
        data = super().read_nowait(max_bytes)
        if data is None and self._protocol.exited.done():
            return b""
        return data

    async def _failure(self, what: str) -> httpx.ConnectError:
        """ssh ended (or closed its output) before the engine said anything: why, if it says."""
        try:
            await asyncio.wait_for(asyncio.shield(self._protocol.exited), _EXIT_WAIT)
        except TimeoutError:
            ended = "closed its output"
        else:
            ended = f"exited with status {self._transport.get_returncode()}"
        self._stderr.seek(0)
        detail = self._stderr.read(_STDERR_LIMIT).decode(errors="replace").strip()
        return httpx.ConnectError(
            f"cannot connect to {self.address}: {what}: ssh {ended}"
            + (f": {detail}" if detail else " (it wrote nothing on stderr)")
        )

    async def write(self, data: bytes, timeout: float | None) -> None:
        protocol = self._protocol
        stdin = self._transport.get_pipe_transport(0)
        if protocol.lost or not isinstance(stdin, asyncio.WriteTransport) or stdin.is_closing():
            if not self._received:
                raise await self._failure("sending the request")
            raise httpx.WriteError(f"sending to {self.address}: ssh's input is closed")
        stdin.write(data)
        if protocol.write_paused:
            await self._drain(timeout)

    async def shutdown_write(self, timeout: float | None = None) -> None:
        await self._drain(timeout)
        stdin = self._transport.get_pipe_transport(0)
        if stdin is not None:
            stdin.close()

    async def aclose(self) -> None:
        stdin = self._transport.get_pipe_transport(0)
        if stdin is not None:
            stdin.close()
        # Without stdin, dial-stdio ends and so does ssh; closing the transport kills it if not.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._protocol.exited), 0.5)
        self._transport.close()
        with contextlib.suppress(OSError):
            self._stderr.close()


async def connect_ssh(
    host: str,
    user: str | None,
    port: int | None,
    options: Sequence[str],
    timeout: float | None,
) -> AsyncNetworkStream:
    """Start ``ssh`` to ``host`` running ``docker system dial-stdio``; its stderr is kept (in
    an anonymous temporary file) and quoted when it ends before the engine answers.

    The connection itself is made by ssh, after this returns: ``timeout`` becomes ssh's
    ConnectTimeout, and a failure shows on the first read as httpx.ConnectError."""
    user_part = f"{user}@" if user is not None else ""
    port_part = f":{port}" if port is not None else ""
    address = f"ssh://{user_part}{host}{port_part}"
    argv = ssh_command(host, user, port, options, timeout)
    loop = asyncio.get_running_loop()
    import tempfile  # ssh only

    stderr = tempfile.TemporaryFile()  # noqa: SIM115 (the stream owns and closes it)
    try:
        async with asyncio.timeout(timeout):
            transport, protocol = await loop.subprocess_exec(
                lambda: _ProcessProtocol(loop),
                *argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                close_fds=True,
                start_new_session=True,  # a Ctrl-C at the terminal is for us, not for ssh
            )
    except TimeoutError as exc:
        stderr.close()
        raise httpx.ConnectTimeout(f"starting ssh for {address} took over {timeout}s") from exc
    except OSError as exc:
        stderr.close()
        raise httpx.ConnectError(f"cannot connect to {address}: cannot run ssh: {exc}") from exc
    return ProcessStream(protocol, transport, stderr, address)
