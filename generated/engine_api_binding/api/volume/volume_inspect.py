from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.volume import Volume
from ...types import Response

OPERATION_ID = "VolumeInspect"


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/volumes/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | Volume | None:
    if response.status_code == 200:
        response_200 = Volume.from_dict(response.json())

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


def _parse_success(response: HTTPResponse) -> Volume:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Volume.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | Volume]:
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
) -> Response[ErrorResponse | Volume]:
    """Inspect a volume

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Volume]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
) -> ErrorResponse | Volume | None:
    """Inspect a volume

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Volume
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
) -> Response[ErrorResponse | Volume]:
    """Inspect a volume

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Volume]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
) -> ErrorResponse | Volume | None:
    """Inspect a volume

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Volume
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
