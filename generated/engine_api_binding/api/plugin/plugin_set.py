from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "PluginSet"


def _get_kwargs(
    name: str,
    *,
    body: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plugins/{name}/set".format(
            name=quote(str(name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    if response.status_code == 204:
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
    name: str,
    *,
    client: Sender,
    body: list[str] | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Configure a plugin

    Args:
        name (str):
        body (list[str] | Unset):  Example: ['DEBUG=1'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
    body: list[str] | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Configure a plugin

    Args:
        name (str):
        body (list[str] | Unset):  Example: ['DEBUG=1'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
    body: list[str] | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Configure a plugin

    Args:
        name (str):
        body (list[str] | Unset):  Example: ['DEBUG=1'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
    body: list[str] | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Configure a plugin

    Args:
        name (str):
        body (list[str] | Unset):  Example: ['DEBUG=1'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
