"""How the generated endpoints send: the sender protocols, and a plain httpx client.

Every endpoint function takes a ``client`` that sends one operation's request
(``send`` for the sync functions, ``send_async`` for the asyncio ones) and
returns the engine's answer. engine_api's clients implement them over their
own transport; :class:`Client` implements both over httpx, for using the
binding on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self

if TYPE_CHECKING:
    import ssl

    import httpx  # imported by Client when it first sends: the protocols need none


class HTTPResponse(Protocol):
    """What the endpoint functions read of an answer. ``httpx.Response`` has it, and so has
    engine_api's own response type (its clients send without httpx)."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def text(self) -> str: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    def json(self, **kwargs: Any) -> Any: ...


class Sender(Protocol):
    """Sends one operation's request; used by the ``sync*`` endpoint functions."""

    @property
    def raise_on_unexpected_status(self) -> bool: ...

    def send(self, operation_id: str, request: dict[str, Any]) -> HTTPResponse:
        """Send ``request`` (``method``, ``url``, ``params``, ``json`` or ``content``,
        ``headers``, as each endpoint's ``_get_kwargs`` builds it) and return the
        answer, its body read."""
        ...


class AsyncSender(Protocol):
    """Sends one operation's request; used by the ``asyncio*`` endpoint functions."""

    @property
    def raise_on_unexpected_status(self) -> bool: ...

    async def send_async(self, operation_id: str, request: dict[str, Any]) -> HTTPResponse:
        """As :meth:`Sender.send`, awaited."""
        ...


class Client:
    """The binding on its own, over httpx: ``Client(base_url="http://docker/v1.41",
    httpx_args={"transport": httpx.HTTPTransport(uds="/var/run/docker.sock")})``.

    ``raise_on_unexpected_status``: raise ``errors.UnexpectedStatus`` for a status the
    spec does not document, instead of returning ``None``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"Client(base_url={self._base_url!r})"

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                **self._httpx_args,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            import httpx

            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                **self._httpx_args,
            )
        return self._async_client

    def send(self, operation_id: str, request: dict[str, Any]) -> httpx.Response:
        return self.get_httpx_client().request(**request)

    async def send_async(self, operation_id: str, request: dict[str, Any]) -> httpx.Response:
        return await self.get_async_httpx_client().request(**request)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: object) -> None:
        self.get_httpx_client().__exit__(*args)  # type: ignore[arg-type]

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.get_async_httpx_client().__aexit__(*args)  # type: ignore[arg-type]
