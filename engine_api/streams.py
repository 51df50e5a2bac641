"""Sans-I/O decoders for the engine's streams: multiplexed frames and JSON lines.

Nothing here reads a socket. The decoders take bytes as they arrive (``feed``),
hand back what is complete, and say at the end (``close``) whether the stream
stopped where it may stop. The sync and the asyncio clients share them: their
``Output`` and ``JSONStream`` (``engine_api/_async/streaming.py``, the thread
flavour derived from it) only move chunks into these decoders.

**Multiplexed frames.** Attach, logs and exec output of a container without a
TTY arrive as frames: an 8-byte header (the stream id byte, three zero bytes,
the payload length as a 4-byte big-endian integer), then the payload.
:class:`FrameDecoder` hands out payload bytes as they arrive, a large frame in
pieces, so it never holds more than the chunk it was given and an unfinished
header: a 1 GB frame is never held whole. Consecutive frames of one stream
within a chunk come out as one piece, unless ``FrameDecoder(split=True)``: then
each frame's bytes in the chunk are a piece of their own, and :attr:`FrameDecoder.in_frame`
says whether the last piece's frame goes on in the next chunk.

**Errors.** Bytes that break the protocol raise
:class:`~engine_api.errors.ProtocolError` saying what arrived. No data is lost
to an error: when a chunk holds complete data before the fault, ``feed``
returns that data and the error is raised by the next ``feed`` or ``close``;
once raised, the decoder keeps raising it.

**Stream id 3** (moby's ``Systemerr``): the engine writes a frame with id 3
when it fails while streaming (moby's ``stdcopy`` turns it into the error
``error from daemon in stream``). The decoder never hands it out as data: it
collects the frame's message (its first 64 KiB) and raises
:class:`~engine_api.errors.ProtocolError` quoting it, after everything that
came before it was delivered.

**JSON lines.** Progress streams (pull, push, build, load, import), events and
stats are JSON values separated by newlines; older engines also put several
values on one line. :class:`LineDecoder` splits lines under a length bound,
:class:`JSONLinesDecoder` parses them, and :func:`progress_error` recognises the
engine's in-band error messages.
"""

from __future__ import annotations

import enum
import json
import re
import struct
from collections.abc import Mapping
from typing import Any, Final, Protocol, TypeAlias

from engine_api.errors import ProtocolError

__all__ = (
    "DEFAULT_MAX_LINE",
    "Chunk",
    "FrameDecoder",
    "JSONLinesDecoder",
    "LineDecoder",
    "StreamId",
    "SupportsWrite",
    "progress_error",
)

Chunk: TypeAlias = bytes | bytearray | memoryview
"""What the decoders accept: any contiguous run of bytes. Output is always ``bytes``."""

DEFAULT_MAX_LINE: Final = 16 * 1024 * 1024
"""The longest line (without its terminator) :class:`LineDecoder` accepts by default."""


class StreamId(enum.IntEnum):
    """The stream a multiplexed frame belongs to (the header's first byte)."""

    STDIN = 0
    """Counted as stdout by ``Output``, as moby's ``stdcopy`` does; engines do not send it."""
    STDOUT = 1
    STDERR = 2
    SYSTEMERR = 3
    """The engine's own failure while streaming. :class:`FrameDecoder` never yields it:
    it raises :class:`~engine_api.errors.ProtocolError` carrying the message."""


class SupportsWrite(Protocol):
    """A sink for ``Output.write_to``: a binary file, ``sys.stdout.buffer``, a BytesIO...

    The asyncio flavour also awaits what ``write`` returns when it is awaitable."""

    def write(self, data: bytes, /) -> object: ...


_HEADER: Final = struct.Struct(">II")
_HEADER_SIZE: Final = 8
# The header's first four bytes as one big-endian integer: the id in the top byte and
# the padding, which must be zero, below it. One comparison checks both.
_STREAM_OF_HEAD: Final[dict[int, StreamId]] = {
    StreamId.STDIN << 24: StreamId.STDIN,
    StreamId.STDOUT << 24: StreamId.STDOUT,
    StreamId.STDERR << 24: StreamId.STDERR,
}
_SYSTEMERR_HEAD: Final = StreamId.SYSTEMERR << 24
_VIEW_FROM: Final = 2048  # payloads at least this long are cut as memoryviews, not copied
_SYSTEMERR_KEPT: Final = 64 * 1024  # of a systemerr message, quoted in the error
_QUOTED: Final = 200  # bytes of a bad line quoted in an error


def _as_bytes(data: Chunk) -> bytes:
    # Slicing bytes gives bytes; a bytearray or memoryview is copied once, so that what
    # the decoders hand out never aliases a buffer the caller may reuse.
    return data if type(data) is bytes else bytes(data)


def _printable(raw: bytes) -> bool:
    return all(32 <= b < 127 or b in b"\t\r\n" for b in raw)


class FrameDecoder:
    """Incremental decoder of the engine's multiplexed stream format.

    ``feed`` returns ``(StreamId, payload)`` pieces as their bytes arrive; the pieces of
    a stream, concatenated, are exactly that stream's bytes. Zero-length frames are
    skipped. ``close`` says whether the stream ended between two frames. With ``split``
    the frames within a chunk are not joined: every piece holds bytes of one frame only.
    """

    __slots__ = (
        "_closed",
        "_error",
        "_head",
        "_header",
        "_message",
        "_offset",
        "_open",
        "_remaining",
        "_size",
        "_split",
    )

    def __init__(self, *, split: bool = False) -> None:
        self._split = split
        self._open = False  # the last piece fed out belongs to a frame that goes on
        self._header = b""  # the start of a header that the last chunk cut (< 8 bytes)
        self._head = 0  # the current frame's first header word, while _remaining
        self._size = 0  # the current frame's payload length, while _remaining
        self._remaining = 0  # payload bytes of the current frame still to come
        self._message = bytearray()  # what arrived of a systemerr frame's message
        self._offset = 0  # stream offset of the chunk being decoded
        self._error: ProtocolError | None = None
        self._closed = False

    def feed(self, data: Chunk) -> list[tuple[StreamId, bytes]]:
        """The payload pieces that ``data`` completes or continues, in stream order.

        Raises :class:`~engine_api.errors.ProtocolError` on a bad header or a
        systemerr frame (once the data before it has been returned), and
        ``ValueError`` after :meth:`close`.
        """
        if self._error is not None:
            raise self._error
        if self._closed:
            raise ValueError("FrameDecoder.feed() after close()")
        data = _as_bytes(data)
        self._open = False
        if not data:
            return []
        if self._header:
            # A header the last chunk cut: decode it with this chunk (one copy of
            # the chunk, at most 7 bytes longer).
            self._offset -= len(self._header)
            data = self._header + data
            self._header = b""
        n = len(data)
        out: list[tuple[StreamId, bytes]] = []
        parts: list[bytes | memoryview] = []  # payloads of consecutive frames of the `run` stream
        append = parts.append
        # Large payloads are cut as memoryviews, so that joining a run copies them once.
        view = memoryview(data)
        run = -1
        pos = 0
        if self._remaining:
            pos = min(self._remaining, n)
            self._remaining -= pos
            if self._head == _SYSTEMERR_HEAD:
                self._keep_message(data[:pos])
                if not self._remaining:
                    return self._fail(out, self._systemerr())
            else:
                run = self._head
                append(data if pos == n else view[:pos])
                self._open = self._remaining > 0
        unpack_from = _HEADER.unpack_from
        split = self._split
        last = n - 8  # the last offset where a whole header fits
        while pos <= last:
            head, size = unpack_from(data, pos)
            if head != run or split:
                if head not in _STREAM_OF_HEAD:
                    if parts:
                        out.append((_STREAM_OF_HEAD[run], b"".join(parts)))
                    return self._odd_frame(out, data, pos, n)
                if not size:  # an empty frame of another stream: nothing to switch to
                    pos += 8
                    continue
                if parts:
                    out.append((_STREAM_OF_HEAD[run], b"".join(parts)))
                    parts.clear()
                run = head
            pos += 8
            stop = pos + size
            if stop > n:  # the frame goes on in the next chunks
                if pos < n:
                    append(view[pos:])
                    self._open = True
                self._head = head
                self._size = size
                self._remaining = stop - n
                pos = n
                break
            if size >= _VIEW_FROM:
                append(view[pos:stop])
            elif size:
                append(data[pos:stop])
            pos = stop
        if parts:
            out.append((_STREAM_OF_HEAD[run], b"".join(parts)))
        if pos < n:
            self._header = data[pos:]
        self._offset += n
        return out

    @property
    def in_frame(self) -> bool:
        """Whether the last piece the last :meth:`feed` returned is the start of a frame
        (or of what remains of it) that goes on in the next chunks."""
        return self._open

    def close(self) -> None:
        """Declare the end of the stream.

        Raises :class:`~engine_api.errors.ProtocolError` if it ended inside a header
        or a payload (saying how much arrived and how much is missing), or if an
        error is pending.
        """
        if self._error is not None:
            raise self._error
        self._closed = True
        if self._header:
            got = len(self._header)
            self._error = ProtocolError(
                f"the stream ended at byte {self._offset}, inside a frame header: received "
                f"{got} of {_HEADER_SIZE} header bytes ({self._header.hex()}), "
                f"{_HEADER_SIZE - got} missing"
            )
        elif self._remaining:
            if self._head == _SYSTEMERR_HEAD:
                self._error = self._systemerr(ended=True)
            else:
                got = self._size - self._remaining
                name = _STREAM_OF_HEAD[self._head].name.lower()
                self._error = ProtocolError(
                    f"the stream ended at byte {self._offset}, inside a {name} frame: received "
                    f"{got} of {self._size} payload bytes, {self._remaining} missing"
                )
        if self._error is not None:
            raise self._error

    # The slow paths, out of the loop.

    def _fail(
        self, out: list[tuple[StreamId, bytes]], error: ProtocolError
    ) -> list[tuple[StreamId, bytes]]:
        # Deliver what came before the fault; raise now only if there is nothing to deliver.
        self._error = error
        if out:
            return out
        raise error

    def _odd_frame(
        self, out: list[tuple[StreamId, bytes]], data: bytes, pos: int, n: int
    ) -> list[tuple[StreamId, bytes]]:
        """A header at ``pos`` that is not stdin/stdout/stderr: systemerr or garbage."""
        header = data[pos : pos + 8]
        head, size = _HEADER.unpack_from(header)
        if head != _SYSTEMERR_HEAD:
            hint = ""
            if _printable(header):
                hint = (
                    " (it looks like text: the output of a container with a TTY is not"
                    " multiplexed and must be read as it is)"
                )
            return self._fail(
                out,
                ProtocolError(
                    f"bad frame header at byte {self._offset + pos} of the stream: received "
                    f"{header.hex()}, expected a stream id 00, 01 or 02 (or 03, an engine "
                    f"error), three zero bytes and a length{hint}"
                ),
            )
        start = pos + 8
        stop = start + size
        self._head = head
        self._size = size
        self._message = bytearray()
        self._keep_message(data[start : min(stop, n)])
        if stop <= n:
            return self._fail(out, self._systemerr())
        # The message goes on in the next chunks; nothing else can follow in this one.
        self._remaining = stop - n
        self._offset += n
        return out

    def _keep_message(self, piece: bytes) -> None:
        room = _SYSTEMERR_KEPT - len(self._message)
        if room > 0:
            self._message += piece[:room]

    def _systemerr(self, *, ended: bool = False) -> ProtocolError:
        text = bytes(self._message).decode("utf-8", errors="replace").strip()
        got = self._size - self._remaining
        if got > len(self._message):
            text += f" [... {got - len(self._message)} more bytes]"
        if ended:
            text += (
                f" [the stream ended inside this message: {got} of {self._size} bytes"
                f" received, {self._remaining} missing]"
            )
        return ProtocolError(f"the engine reported an error in the stream: {text}")


def _check_max_line(max_line: int) -> int:
    if isinstance(max_line, bool) or not isinstance(max_line, int) or max_line < 1:
        raise ValueError(f"max_line must be a positive number of bytes, not {max_line!r}")
    return max_line


def _quote(line: bytes) -> str:
    if len(line) <= _QUOTED:
        return repr(line)
    return f"{line[:_QUOTED]!r}... ({len(line)} bytes)"


class LineDecoder:
    """Incremental splitting of a byte stream into lines.

    Lines end with ``b"\\n"`` or ``b"\\r\\n"``; the terminator is not part of the
    line. A line longer than ``max_line`` bytes raises
    :class:`~engine_api.errors.ProtocolError` instead of growing without bound,
    wherever the chunks happen to be cut. ``close`` returns a last line that has no
    terminator.
    """

    __slots__ = ("_closed", "_error", "_lines", "_max", "_partial")

    def __init__(self, max_line: int = DEFAULT_MAX_LINE) -> None:
        self._max = _check_max_line(max_line)
        self._partial = bytearray()  # the line the last chunk did not finish
        self._lines = 0  # lines handed out, for messages
        self._error: ProtocolError | None = None
        self._closed = False

    def feed(self, data: Chunk) -> list[bytes]:
        """The lines that ``data`` completes, without their terminators.

        Raises :class:`~engine_api.errors.ProtocolError` when a line exceeds
        ``max_line`` (after returning the lines before it), ``ValueError`` after
        :meth:`close`.
        """
        if self._error is not None:
            raise self._error
        if self._closed:
            raise ValueError("LineDecoder.feed() after close()")
        data = _as_bytes(data)
        partial = self._partial
        if b"\n" not in data:
            partial += data
            if len(partial) > self._max and not (
                len(partial) == self._max + 1 and partial.endswith(b"\r")
            ):
                self._partial = bytearray()
                return self._fail([], self._too_long(bytes(partial[: _QUOTED + 1]), done=False))
            return []
        lines = data.split(b"\n")
        longest = len(data) + len(partial)
        if partial:
            partial += lines[0]
            lines[0] = bytes(partial)
            partial.clear()
        partial += lines.pop()
        if b"\r" in data or lines[0].endswith(b"\r"):
            lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
        if longest > self._max:
            for index, line in enumerate(lines):
                if len(line) > self._max:
                    self._partial = bytearray()
                    self._lines += index
                    return self._fail(lines[:index], self._too_long(line, done=True))
            if len(partial) > self._max + 1 or (
                len(partial) == self._max + 1 and not partial.endswith(b"\r")
            ):
                self._partial = bytearray()
                self._lines += len(lines)
                return self._fail(lines, self._too_long(bytes(partial[: _QUOTED + 1]), done=False))
        self._lines += len(lines)
        return lines

    def close(self) -> list[bytes]:
        """The last line if the stream did not end with a terminator (else nothing).

        Raises :class:`~engine_api.errors.ProtocolError` if that line is too long or an
        error is pending.
        """
        if self._error is not None:
            raise self._error
        self._closed = True
        if not self._partial:
            return []
        line = bytes(self._partial)
        self._partial = bytearray()
        if len(line) > self._max:
            self._error = self._too_long(line, done=True)
            raise self._error
        self._lines += 1
        return [line]

    def _fail(self, lines: list[bytes], error: ProtocolError) -> list[bytes]:
        self._error = error
        if lines:
            return lines
        raise error

    def _too_long(self, line: bytes, *, done: bool) -> ProtocolError:
        size = f"of {len(line)} bytes" if done else "with no end in sight"
        return ProtocolError(
            f"line {self._lines + 1} of the stream is longer than max_line ({self._max} bytes): "
            f"a line {size}, starting {_quote(line[:_QUOTED])}"
        )


_JSON_SPACE: Final = re.compile(r"[ \t\n\r]*")


def _skip_space(text: str, at: int) -> int:
    """The index of the first character at or after ``at`` that is not JSON whitespace."""
    match = _JSON_SPACE.match(text, at)
    return match.end() if match else at


class JSONLinesDecoder:
    """Incremental decoder of a stream of JSON values, one per line.

    Blank lines are skipped; a line holding several values one after another (as
    older engines send progress) yields each of them. A line that is not JSON raises
    :class:`~engine_api.errors.ProtocolError` quoting its start and saying the line
    and column where parsing failed; the values before it are delivered first.
    """

    __slots__ = ("_error", "_line", "_lines", "_scan")

    def __init__(self, max_line: int = DEFAULT_MAX_LINE) -> None:
        self._lines = LineDecoder(max_line)
        self._line = 0  # lines decoded, for messages
        self._scan = json.JSONDecoder().raw_decode
        self._error: ProtocolError | None = None

    def feed(self, data: Chunk) -> list[Any]:
        """The JSON values of the lines that ``data`` completes, in order."""
        if self._error is not None:
            raise self._error
        return self._values(self._lines.feed(data))

    def close(self) -> list[Any]:
        """The values of a last line without a terminator; raises
        :class:`~engine_api.errors.ProtocolError` if it is broken or an error is pending."""
        if self._error is not None:
            raise self._error
        return self._values(self._lines.close())

    def _values(self, lines: list[bytes]) -> list[Any]:
        values: list[Any] = []
        scan = self._scan
        for line in lines:
            self._line += 1
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                return self._fail(values, line, f"byte {exc.start + 1} is not UTF-8")
            end = len(text)
            at = _skip_space(text, 0)
            while at < end:
                try:
                    value, at = scan(text, at)
                except json.JSONDecodeError as exc:
                    return self._fail(values, line, f"{exc.msg} at column {exc.pos + 1}")
                except (ValueError, RecursionError) as exc:
                    # Integers beyond Python's digit limit, nesting beyond its recursion limit.
                    return self._fail(values, line, f"{exc} after column {at + 1}")
                values.append(value)
                at = _skip_space(text, at)
        return values

    def _fail(self, values: list[Any], line: bytes, where: str) -> list[Any]:
        self._error = ProtocolError(
            f"line {self._line} of the stream is not JSON: {where}: {_quote(line)}"
        )
        if values:
            return values
        raise self._error


def progress_error(message: Mapping[str, Any]) -> str | None:
    """The engine's message if this progress message reports a failure, else None.

    Pull, push, build, load and import report failures inside the stream as
    ``{"error": "...", "errorDetail": {"code": ..., "message": "..."}}``; either key
    marks an error (the engine's own client checks ``errorDetail``, docker-py checks
    ``error``). Anything that is not a mapping is not an error message.
    """
    if not isinstance(message, Mapping):
        return None
    detail = message.get("errorDetail")
    error = message.get("error")
    if detail is None and error is None:
        return None
    if isinstance(detail, Mapping):
        text = detail.get("message")
        if isinstance(text, str) and text:
            return text
    if isinstance(error, str) and error:
        return error
    fields = {key: message[key] for key in ("error", "errorDetail") if key in message}
    return f"the engine reported an error without a message: {json.dumps(fields, default=str)}"
