from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.network_disconnect_request import NetworkDisconnectRequest
from ...types import Response

OPERATION_ID = "NetworkDisconnect"


def _get_kwargs(
    id: str,
    *,
    body: NetworkDisconnectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/networks/{id}/disconnect".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        return None
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
    id: str,
    *,
    client: Sender,
    body: NetworkDisconnectRequest,
) -> Response[Any | ErrorResponse]:
    """Disconnect a container from a network

    Args:
        id (str):
        body (NetworkDisconnectRequest): NetworkDisconnectRequest represents the data to be used
            to disconnect a container from a network.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    body: NetworkDisconnectRequest,
) -> Any | ErrorResponse | None:
    """Disconnect a container from a network

    Args:
        id (str):
        body (NetworkDisconnectRequest): NetworkDisconnectRequest represents the data to be used
            to disconnect a container from a network.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    body: NetworkDisconnectRequest,
) -> Response[Any | ErrorResponse]:
    """Disconnect a container from a network

    Args:
        id (str):
        body (NetworkDisconnectRequest): NetworkDisconnectRequest represents the data to be used
            to disconnect a container from a network.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    body: NetworkDisconnectRequest,
) -> Any | ErrorResponse | None:
    """Disconnect a container from a network

    Args:
        id (str):
        body (NetworkDisconnectRequest): NetworkDisconnectRequest represents the data to be used
            to disconnect a container from a network.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
