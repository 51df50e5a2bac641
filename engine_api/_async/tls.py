"""TLS over any :class:`AsyncNetworkStream`, with :class:`ssl.SSLObject` and memory buffers.

Doing TLS here rather than in the event loop or the socket module keeps one implementation
for both flavours, with the same timeouts as the plain streams and a real half-close
(``shutdown_write`` sends TLS close_notify and keeps reading, as Go's ``CloseWrite`` does).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from engine_api._io_async import AsyncNetworkStream

if TYPE_CHECKING:
    import ssl

    import httpx
else:
    from engine_api._lazy import httpx, ssl

__all__ = ["AsyncTLSStream", "start_tls"]

_READ_SIZE = 65536
_CLIENT_CERT_HINT = (
    " (the engine asks for a client certificate, verifies it with its --tlscacert, and this one"
    " was missing or not accepted)"
)


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def _reason(exc: ssl.SSLError) -> str:
    text = str(getattr(exc, "verify_message", "") or exc.reason or exc)
    if "CERTIFICATE_REQUIRED" in text.upper() or "BAD_CERTIFICATE" in text.upper():
        text += _CLIENT_CERT_HINT
    return text


class AsyncTLSStream(AsyncNetworkStream):
    """TLS on top of another stream. Made by :func:`start_tls`."""

    __slots__ = ("_app_data", "_in", "_obj", "_out", "_raw", "address")

    def __init__(
        self,
        raw: AsyncNetworkStream,
        obj: ssl.SSLObject,
        incoming: ssl.MemoryBIO,
        outgoing: ssl.MemoryBIO,
        address: str,
    ) -> None:
        self._raw = raw
        self._obj = obj
        self._in = incoming
        self._out = outgoing
        self._app_data = False  # has the engine sent anything over TLS yet?
        self.address = address

    async def _flush(self, timeout: float | None) -> None:
        pending = self._out.read()
        if pending:
            await self._raw.write(pending, timeout)

    async def _receive(self, timeout: float | None) -> None:
        data = await self._raw.read(_READ_SIZE, timeout)
        if data:
            self._in.write(data)
        else:
            self._in.write_eof()

    async def _handshake(self, timeout: float | None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while True:
                try:
                    self._obj.do_handshake()
                    break
                except ssl.SSLWantReadError:
                    await self._flush(_remaining(deadline))
                    await self._receive(_remaining(deadline))
            await self._flush(_remaining(deadline))
        except ssl.SSLError as exc:
            raise httpx.ConnectError(
                f"TLS handshake with {self.address} failed: {_reason(exc)}"
            ) from exc
        except (httpx.ReadTimeout, httpx.WriteTimeout) as exc:
            raise httpx.ConnectTimeout(
                f"TLS handshake with {self.address} took over {timeout}s"
            ) from exc
        except (httpx.ReadError, httpx.WriteError) as exc:
            raise httpx.ConnectError(f"TLS handshake with {self.address} failed: {exc}") from exc

    async def read(self, max_bytes: int, timeout: float | None) -> bytes:
        obj = self._obj
        while True:
            try:
                data = obj.read(max_bytes)
            except ssl.SSLWantReadError:
                pass
            except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
                return b""  # close_notify, or the connection ended without one
            except ssl.SSLError as exc:
                if not self._app_data:
                    # TLS 1.3 ends the handshake before the server checks the client's
                    # certificate; its refusal arrives as the first thing read.
                    raise httpx.ConnectError(
                        f"TLS with {self.address} failed: {_reason(exc)}"
                    ) from exc
                raise httpx.ReadError(f"TLS error from {self.address}: {exc}") from exc
            else:
                self._app_data = True
                return data
            await self._flush(timeout)
            await self._receive(timeout)

    def read_nowait(self, max_bytes: int) -> bytes | None:
        fed = False
        while True:
            data = self._raw.read_nowait(_READ_SIZE)
            if data is None:
                break
            if not data:
                self._in.write_eof()
                fed = True
                break
            self._in.write(data)
            fed = True
        if not fed and not self._obj.pending():
            return None
        try:
            return self._obj.read(max_bytes)
        except ssl.SSLWantReadError:
            return None  # e.g. a session ticket: nothing for the reader
        except ssl.SSLError:
            return b""

    async def write(self, data: bytes, timeout: float | None) -> None:
        try:
            self._obj.write(data)
        except ssl.SSLError as exc:
            raise httpx.WriteError(f"TLS error sending to {self.address}: {exc}") from exc
        await self._flush(timeout)

    async def shutdown_write(self, timeout: float | None = None) -> None:
        try:
            self._obj.unwrap()  # queues close_notify; would go on to wait for the engine's
        except ssl.SSLWantReadError:
            pass
        except ssl.SSLError as exc:
            raise httpx.WriteError(f"TLS error closing to {self.address}: {exc}") from exc
        await self._flush(timeout)

    async def aclose(self) -> None:
        """Close the underlying socket."""
        await self._raw.aclose()


async def start_tls(
    raw: AsyncNetworkStream,
    context: ssl.SSLContext,
    server_hostname: str | None,
    address: str,
    timeout: float | None,
) -> AsyncTLSStream:
    """Run the TLS handshake over ``raw`` within ``timeout`` seconds.

    Failures raise httpx.ConnectError whose ``__cause__`` is the :class:`ssl.SSLError`
    (httpx.ConnectTimeout when the time runs out); ``raw`` is closed then.
    """
    incoming = ssl.MemoryBIO()
    outgoing = ssl.MemoryBIO()
    try:
        obj = context.wrap_bio(
            incoming, outgoing, server_side=False, server_hostname=server_hostname
        )
        stream = AsyncTLSStream(raw, obj, incoming, outgoing, address)
        await stream._handshake(timeout)
    except BaseException:
        await raw.aclose()
        raise
    return stream
