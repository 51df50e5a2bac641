from http import HTTPStatus
from io import BytesIO
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "ImageGetAll"


def _get_kwargs(
    *,
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_names: list[str] | Unset = UNSET
    if not isinstance(names, Unset):
        json_names = names

    params["names"] = json_names

    json_platform: list[str] | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/get",
        "params": params,
    }

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
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        names=names,
        platform=platform,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        names=names,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        names=names,
        platform=platform,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            names=names,
            platform=platform,
        )
    ).parsed
