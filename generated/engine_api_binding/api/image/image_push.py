from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "ImagePush"


def _get_kwargs(
    name: str,
    *,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    x_registry_auth: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Registry-Auth"] = x_registry_auth

    params: dict[str, Any] = {}

    params["tag"] = tag

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/{name}/push".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
    name: str,
    *,
    client: Sender,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    x_registry_auth: str,
) -> Response[ErrorResponse | File]:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str):
        tag (str | Unset):
        platform (str | Unset):
        x_registry_auth (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        name=name,
        tag=tag,
        platform=platform,
        x_registry_auth=x_registry_auth,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    x_registry_auth: str,
) -> ErrorResponse | File | None:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str):
        tag (str | Unset):
        platform (str | Unset):
        x_registry_auth (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        name=name,
        client=client,
        tag=tag,
        platform=platform,
        x_registry_auth=x_registry_auth,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    x_registry_auth: str,
) -> Response[ErrorResponse | File]:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str):
        tag (str | Unset):
        platform (str | Unset):
        x_registry_auth (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        name=name,
        tag=tag,
        platform=platform,
        x_registry_auth=x_registry_auth,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    x_registry_auth: str,
) -> ErrorResponse | File | None:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str):
        tag (str | Unset):
        platform (str | Unset):
        x_registry_auth (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            tag=tag,
            platform=platform,
            x_registry_auth=x_registry_auth,
        )
    ).parsed
