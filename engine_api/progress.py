"""Pull, push, load and import progress shown as ``docker pull`` shows it.

Pure: it writes text to a stream and talks to nothing. Give it the messages of a progress
stream (the typed ``CreateImageInfo``/``PushImageInfo``/``BuildInfo`` of
``client.api.pull(..., stream=True)`` and the like, or their dict form):

    render_progress(client.api.pull("busybox", stream=True))  # to sys.stdout
    await arender_progress(await client.api.pull("busybox", stream=True), sys.stderr)  # asyncio

On a terminal each layer id has one line, rewritten in place as its progress changes
(ANSI cursor movements), with a bar drawn from ``progressDetail``, fitted to the terminal's
width (read again for every line, so a resized window is followed): the bar narrows, then
the sizes and the bar go, then the status is cut with "…"; the layer id always shows, and a
line never wraps (a wrapped line would break the rewriting in place). Elsewhere (a file, a
pipe, a log) every status is one plain line and progress ticks are left out, as the docker
CLI does. A message without a layer id (``Digest: ...``, ``Status: ...``) is a plain line
and starts a new block of layer lines. Error messages are written too (the stream raises
them; rendering does not).
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import AsyncIterable, Iterable, Iterator, Mapping
from typing import Any, Protocol

__all__ = [
    "ProgressRenderer",
    "TextSink",
    "arender_progress",
    "format_bytes",
    "render_progress",
]

_ESC = "\x1b["
_BAR_WIDTHS = (40, 30, 20, 10)  # tried in turn until the line fits
_UNITS = ("B", "kB", "MB", "GB", "TB")


class TextSink(Protocol):
    def write(self, text: str, /) -> object: ...


def format_bytes(count: float) -> str:
    """Bytes in decimal units, as the docker CLI shows sizes: ``1.23MB``."""
    value = float(count)
    for unit in _UNITS:
        if abs(value) < 1000 or unit == _UNITS[-1]:
            if unit == "B" or abs(value) >= 1000:
                return f"{value:.0f}{unit}"
            return f"{value:.3g}{unit}"
        value /= 1000
    raise AssertionError("unreachable")


def _as_dict(message: Any) -> Mapping[str, Any]:
    if isinstance(message, Mapping):
        return message
    to_dict = getattr(message, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, Mapping):
            return result
    raise TypeError(f"not a progress message: {type(message).__name__}")


def _numbers(detail: Any) -> tuple[float, float | None] | None:
    """(current, total or None) of a progressDetail; None when it has no numbers."""
    if not isinstance(detail, Mapping):
        return None
    current, total = detail.get("current"), detail.get("total")
    if not isinstance(current, int | float) or isinstance(current, bool):
        return None
    if isinstance(total, int | float) and not isinstance(total, bool) and total > 0:
        return current, total
    return current, None


def _bar(current: float, total: float, width: int) -> str:
    filled = min(int(width * current / total), width)
    arrow = ">" if filled < width else ""
    return "[" + "=" * filled + arrow + " " * (width - filled - len(arrow)) + "]"


def _fit(
    head: str, status: str, numbers: tuple[float, float | None] | None, sizes: str, room: int | None
) -> str:
    """The layer line ``head status [bar]  sizes`` in at most ``room`` characters (None: any)."""
    for text in _layouts(head, status, numbers, sizes):
        if room is None or len(text) <= room:
            return text
    assert room is not None
    if len(head) + 2 <= room:
        return head + status[: room - len(head) - 1] + "…"
    return head[:room]


def _layouts(
    head: str, status: str, numbers: tuple[float, float | None] | None, sizes: str
) -> Iterator[str]:
    """The line's layouts from the widest: the bar narrowing, then the sizes, then the status."""
    if numbers is not None:
        current, total = numbers
        if total is not None:
            for width in _BAR_WIDTHS:
                yield f"{head}{status} {_bar(current, total, width)}  {sizes}"
    if sizes:
        yield f"{head}{status} {sizes}"
    yield f"{head}{status}"


def _error_text(message: Mapping[str, Any]) -> str | None:
    detail = message.get("errorDetail")
    if isinstance(detail, Mapping) and isinstance(detail.get("message"), str):
        return str(detail["message"])
    error = message.get("error")
    return error if isinstance(error, str) and error else None


class ProgressRenderer:
    """Writes progress messages to ``out`` one at a time (:meth:`feed`).

    ``out``: default ``sys.stdout``. ``tty``: rewrite layer lines in place (default:
    ``out.isatty()``). ``width``: the terminal's columns (default: read from ``out``'s
    terminal for every line, else ``$COLUMNS``, else 80); only layer lines on a tty are fitted.
    """

    def __init__(
        self, out: TextSink | None = None, *, tty: bool | None = None, width: int | None = None
    ) -> None:
        out = sys.stdout if out is None else out
        self.out = out
        if tty is None:
            isatty = getattr(out, "isatty", None)
            tty = bool(isatty()) if callable(isatty) else False
        self.tty = tty
        self.width = width
        self._lines: dict[str, int] = {}

    def _columns(self) -> int:
        if self.width is not None:
            return self.width
        fileno = getattr(self.out, "fileno", None)
        if callable(fileno):
            try:
                return os.get_terminal_size(fileno()).columns
            except (OSError, ValueError, io.UnsupportedOperation):
                pass
        import shutil  # only for a terminal's width

        return shutil.get_terminal_size().columns

    def feed(self, message: Any) -> None:
        """Show one message (a typed progress model or its dict form)."""
        data = _as_dict(message)
        error = _error_text(data)
        if error is not None:
            self._plain(f"ERROR: {error}")
            return
        stream = data.get("stream")
        if isinstance(stream, str):
            self._lines.clear()
            self.out.write(stream)
            return
        status = data.get("status")
        if not isinstance(status, str) or not status:
            return  # aux (push's digest), empty keep-alives
        layer = data.get("id")
        numbers = _numbers(data.get("progressDetail"))
        if numbers is not None:
            current, total = numbers
            sizes = format_bytes(current)
            if total is not None:
                sizes += "/" + format_bytes(total)
        else:
            progress = data.get("progress")
            sizes = progress if isinstance(progress, str) else ""
        if not isinstance(layer, str) or not layer:
            self._plain(_fit("", status, numbers, sizes, None))
            return
        if not self.tty:
            if not sizes:  # progress ticks are for terminals
                self.out.write(f"{layer}: {status}\n")
            return
        # One column is kept free: a line as wide as the terminal wraps on some of them.
        text = _fit(f"{layer}: ", status, numbers, sizes, max(self._columns() - 1, 1))
        line = self._lines.get(layer)
        if line is None:
            self._lines[layer] = len(self._lines)
            self.out.write(f"{_ESC}2K\r{text}\n")
            return
        up = len(self._lines) - line
        self.out.write(f"{_ESC}{up}A{_ESC}2K\r{text}{_ESC}{up}B\r")

    def _plain(self, text: str) -> None:
        self._lines.clear()
        self.out.write((f"{_ESC}2K\r" if self.tty else "") + text + "\n")


def render_progress(
    messages: Iterable[Any],
    out: TextSink | None = None,
    *,
    tty: bool | None = None,
    width: int | None = None,
) -> None:
    """Show every message of a (thread-flavour) progress stream on ``out``."""
    renderer = ProgressRenderer(out, tty=tty, width=width)
    for message in messages:
        renderer.feed(message)


async def arender_progress(
    messages: AsyncIterable[Any],
    out: TextSink | None = None,
    *,
    tty: bool | None = None,
    width: int | None = None,
) -> None:
    """Show every message of an asyncio progress stream on ``out``."""
    renderer = ProgressRenderer(out, tty=tty, width=width)
    async for message in messages:
        renderer.feed(message)
