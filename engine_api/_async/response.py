"""An engine's answer as the client hands it around: engine-api's own response type.

The engine transport builds one from the response head it parsed (no httpx object is
made on the default path); an answer from any other transport (an httpx transport given
as ``transport=``) is wrapped in one by :meth:`AsyncResponse.from_httpx`. It offers what
the generated operations and the facade read (``status_code``, ``headers``, ``content``,
``text``, ``json()``, ``extensions``) under httpx's names, so code written against
``httpx.Response`` for those reads the same.

This module is the one source: ``engine_api/_sync/response.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import json as jsonlib
from collections.abc import AsyncIterable, AsyncIterator
from typing import TYPE_CHECKING, Any, Protocol

from engine_api._gather import Gather
from engine_api._headers import Headers

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncBody", "AsyncResponse"]


class AsyncBody(Protocol):
    """A body read as it arrives: its chunks, and ``aclose()`` to give it up early."""

    def __aiter__(self) -> AsyncIterator[bytes]:
        """The chunks as they arrive."""
        ...

    async def aclose(self) -> None:
        """Give the rest up (closing the connection if the body was not read to its end)."""
        ...


class _HttpxBody:
    """The body of an httpx response, as an :class:`AsyncBody`."""

    __slots__ = ("_response",)

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._response.aiter_raw()

    async def aclose(self) -> None:
        await self._response.aclose()


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return "utf-8"


class AsyncResponse:
    """Status, headers and body of one answer.

    The body is either in hand (``content``; an answer that arrived whole) or still on the
    connection: :meth:`aread` reads the rest, :meth:`aiter_raw` hands it out as it
    arrives, :meth:`aclose` gives it up (closing the connection if it was not read to the
    end).
    """

    __slots__ = ("_body", "_content", "extensions", "headers", "is_closed", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: Headers,
        *,
        content: bytes | None = None,
        body: AsyncBody | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self._content = b"" if content is None and body is None else content
        self._body = body
        self.extensions: dict[str, Any] = {} if extensions is None else extensions
        self.is_closed = body is None

    @classmethod
    def from_httpx(cls, response: httpx.Response) -> AsyncResponse:
        """An answer of an httpx transport, its body unread."""
        return cls(
            response.status_code,
            Headers(list(response.headers.raw)),
            body=_HttpxBody(response),
            extensions=dict(response.extensions),
        )

    @property
    def reason_phrase(self) -> str:
        """The status line's reason (``OK``, ``Not Found``...)."""
        reason = self.extensions.get("reason_phrase", b"")
        return reason.decode("latin-1") if isinstance(reason, bytes) else str(reason)

    @property
    def content(self) -> bytes:
        """The whole body (after :meth:`aread`, or when it came whole)."""
        if self._content is None:
            raise RuntimeError("the response body is not read yet: await aread() first")
        return self._content

    @property
    def text(self) -> str:
        """The body decoded (the Content-Type's charset, else UTF-8; bad bytes replaced)."""
        return self.content.decode(_charset(self.headers.get("content-type")), "replace")

    def json(self, **kwargs: Any) -> Any:
        """The body parsed as JSON."""
        return jsonlib.loads(self.content, **kwargs)

    async def aread(self) -> bytes:
        """Read the rest of the body (the connection then goes back to the pool)."""
        if self._content is None:
            body = self._body
            assert body is not None
            read_all = getattr(body, "read_all", None)
            if read_all is not None:
                self._content = await read_all()
            else:
                gathered = Gather()
                async for chunk in body:
                    gathered.add(chunk)
                self._content = gathered.take()
            self._body = None
            self.is_closed = True
        return self._content

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        """The body as it arrives (what is in hand first)."""
        if self._content is not None:
            if self._content:
                yield self._content
            return
        body = self._body
        assert body is not None
        async for chunk in body:
            yield chunk

    @property
    def stream(self) -> AsyncIterable[bytes]:
        """The body's chunks as they arrive (:meth:`aiter_raw`)."""
        return self.aiter_raw()

    async def aclose(self) -> None:
        """Give the body up; a connection not read to its end is closed, not reused."""
        body = self._body
        self.is_closed = True
        if body is not None:
            self._body = None
            await body.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}]>"
