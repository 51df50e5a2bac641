from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.network_create_request import NetworkCreateRequest
from ...models.network_create_response import NetworkCreateResponse
from ...types import Response

OPERATION_ID = "NetworkCreate"


def _get_kwargs(
    *,
    body: NetworkCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/networks/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | NetworkCreateResponse | None:
    if response.status_code == 201:
        response_201 = NetworkCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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


def _parse_success(response: HTTPResponse) -> NetworkCreateResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = NetworkCreateResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | NetworkCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: NetworkCreateRequest,
) -> Response[ErrorResponse | NetworkCreateResponse]:
    """Create a network

    Args:
        body (NetworkCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: NetworkCreateRequest,
) -> ErrorResponse | NetworkCreateResponse | None:
    """Create a network

    Args:
        body (NetworkCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: NetworkCreateRequest,
) -> Response[ErrorResponse | NetworkCreateResponse]:
    """Create a network

    Args:
        body (NetworkCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: NetworkCreateRequest,
) -> ErrorResponse | NetworkCreateResponse | None:
    """Create a network

    Args:
        body (NetworkCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
