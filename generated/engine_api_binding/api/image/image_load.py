from http import HTTPStatus
from io import BytesIO
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "ImageLoad"


def _get_kwargs(
    *,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["quiet"] = quiet

    json_platform: list[str] | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/load",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> File:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset):
        platform (list[str] | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        body=body,
        quiet=quiet,
        platform=platform,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset):
        platform (list[str] | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        body=body,
        quiet=quiet,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset):
        platform (list[str] | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        body=body,
        quiet=quiet,
        platform=platform,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset):
        platform (list[str] | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            quiet=quiet,
            platform=platform,
        )
    ).parsed
