"""Whole answers gathered in one buffer, handed out as ``bytes`` without a second copy.

Reading a whole answer (``logs()``, ``logs(demux=True)``, an exec's output, an archive or an
export read into bytes) by keeping its pieces in a list and joining them at the end holds
the answer twice at the peak: every piece, and the joined result. :class:`Gather` writes
each piece into one growing buffer instead, and :meth:`Gather.take` hands that buffer out
as the ``bytes`` result: CPython's ``BytesIO.getvalue()`` gives its own buffer away when
nothing else shares it (trimming the spare room in place), so the answer is held once,
plus the buffer's growth room (at most an eighth; untouched pages of it are not resident).
"""

from __future__ import annotations

import io
from typing import TypeAlias

Chunk: TypeAlias = bytes | bytearray | memoryview


class Gather:
    """Pieces appended in order; :meth:`take` returns them all as one ``bytes``."""

    __slots__ = ("_buffer", "size")

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self.size = 0

    def add(self, piece: Chunk) -> None:
        self.size += self._buffer.write(piece)

    def take(self) -> bytes:
        """Everything added, as bytes; the gatherer starts over empty."""
        buffer = self._buffer
        self._buffer = io.BytesIO()
        self.size = 0
        value = buffer.getvalue()
        buffer.close()  # the bytes it gave away stay valid: they are no longer its own
        return value
