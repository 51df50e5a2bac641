from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.network_inspect import NetworkInspect
from ...types import UNSET, Response, Unset

OPERATION_ID = "NetworkInspect"


def _get_kwargs(
    id: str,
    *,
    verbose: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verbose"] = verbose

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/networks/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | NetworkInspect | None:
    if response.status_code == 200:
        response_200 = NetworkInspect.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> NetworkInspect:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = NetworkInspect.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | NetworkInspect]:
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
    verbose: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[ErrorResponse | NetworkInspect]:
    """Inspect a network

    Args:
        id (str):
        verbose (bool | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkInspect]
    """

    kwargs = _get_kwargs(
        id=id,
        verbose=verbose,
        scope=scope,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    verbose: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> ErrorResponse | NetworkInspect | None:
    """Inspect a network

    Args:
        id (str):
        verbose (bool | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkInspect
    """

    return sync_detailed(
        id=id,
        client=client,
        verbose=verbose,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    verbose: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[ErrorResponse | NetworkInspect]:
    """Inspect a network

    Args:
        id (str):
        verbose (bool | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkInspect]
    """

    kwargs = _get_kwargs(
        id=id,
        verbose=verbose,
        scope=scope,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    verbose: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> ErrorResponse | NetworkInspect | None:
    """Inspect a network

    Args:
        id (str):
        verbose (bool | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkInspect
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            verbose=verbose,
            scope=scope,
        )
    ).parsed
