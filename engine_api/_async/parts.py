"""What the client's mixins (build, files, images, lowlevel, operations) use of the client itself,
declared once for the type checker: at run time the class is empty, and
:class:`~engine_api.AsyncAPIClient` supplies every one of these.

This module is the one source: ``engine_api/_sync/parts.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    import httpx
    from engine_api_binding._api import AsyncApi

    from engine_api import errors
    from engine_api._async.response import AsyncResponse
    from engine_api.config import EngineConfig

__all__ = ["AsyncClientParts"]


class AsyncClientParts:
    """The client as its mixins see it."""

    if TYPE_CHECKING:
        ops: AsyncApi
        config: EngineConfig
        _base: str
        _timeout: dict[str, float | None]
        _environ: Mapping[str, str] | None
        _transport: httpx.AsyncBaseTransport

        @property
        def api_version(self) -> str | None: ...

        async def negotiate(self) -> str: ...

        async def send_async(self, operation_id: str, request: dict[str, Any]) -> AsyncResponse: ...

        async def open_stream(
            self,
            operation_id: str,
            request: dict[str, Any],
            *,
            timeout: float | httpx.Timeout | None = None,
            headers: Mapping[str, str] | None = None,
        ) -> AsyncResponse: ...

        def with_options(self, *, timeout: float | httpx.Timeout | None) -> Self: ...

        def _with_timeouts(self, timeouts: dict[str, float | None]) -> Self: ...

        def _on_error(self, method: str, path: str) -> Any: ...

        def _transport_error(
            self, exc: httpx.TransportError, method: str, path: str
        ) -> errors.DockerException: ...
