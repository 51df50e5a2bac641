from http import HTTPStatus
from typing import Any, cast

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import Response

OPERATION_ID = "Session"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session",
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | ErrorResponse | None:
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> None:
    """The answer of a success status; any other status is the caller's to handle."""
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
) -> Response[Any | ErrorResponse]:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
) -> Any | ErrorResponse | None:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
) -> Response[Any | ErrorResponse]:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
) -> Any | ErrorResponse | None:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
