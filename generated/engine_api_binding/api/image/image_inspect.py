from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.image_inspect import ImageInspect
from ...types import UNSET, Response, Unset

OPERATION_ID = "ImageInspect"


def _get_kwargs(
    name: str,
    *,
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["manifests"] = manifests

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/{name}/json".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | ImageInspect | None:
    if response.status_code == 200:
        response_200 = ImageInspect.from_dict(response.json())

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


def _parse_success(response: HTTPResponse) -> ImageInspect:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = ImageInspect.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | ImageInspect]:
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
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ErrorResponse | ImageInspect]:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str):
        manifests (bool | Unset):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageInspect]
    """

    kwargs = _get_kwargs(
        name=name,
        manifests=manifests,
        platform=platform,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ErrorResponse | ImageInspect | None:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str):
        manifests (bool | Unset):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageInspect
    """

    return sync_detailed(
        name=name,
        client=client,
        manifests=manifests,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ErrorResponse | ImageInspect]:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str):
        manifests (bool | Unset):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageInspect]
    """

    kwargs = _get_kwargs(
        name=name,
        manifests=manifests,
        platform=platform,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ErrorResponse | ImageInspect | None:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str):
        manifests (bool | Unset):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageInspect
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            manifests=manifests,
            platform=platform,
        )
    ).parsed
