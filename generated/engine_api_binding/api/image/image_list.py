from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.image_summary import ImageSummary
from ...types import UNSET, Response, Unset

OPERATION_ID = "ImageList"


def _get_kwargs(
    *,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all"] = all_

    params["filters"] = filters

    params["shared-size"] = shared_size

    params["digests"] = digests

    params["manifests"] = manifests

    params["identity"] = identity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | list[ImageSummary] | None | None:
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[ImageSummary] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = ImageSummary.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[ImageSummary] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> list[ImageSummary] | None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[ImageSummary] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = ImageSummary.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[ImageSummary] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | list[ImageSummary] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageSummary] | None]:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all_ (bool | Unset):
        filters (str | Unset):
        shared_size (bool | Unset):
        digests (bool | Unset):
        manifests (bool | Unset):
        identity (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageSummary] | None]
    """

    kwargs = _get_kwargs(
        all_=all_,
        filters=filters,
        shared_size=shared_size,
        digests=digests,
        manifests=manifests,
        identity=identity,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> ErrorResponse | list[ImageSummary] | None | None:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all_ (bool | Unset):
        filters (str | Unset):
        shared_size (bool | Unset):
        digests (bool | Unset):
        manifests (bool | Unset):
        identity (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageSummary] | None
    """

    return sync_detailed(
        client=client,
        all_=all_,
        filters=filters,
        shared_size=shared_size,
        digests=digests,
        manifests=manifests,
        identity=identity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageSummary] | None]:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all_ (bool | Unset):
        filters (str | Unset):
        shared_size (bool | Unset):
        digests (bool | Unset):
        manifests (bool | Unset):
        identity (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageSummary] | None]
    """

    kwargs = _get_kwargs(
        all_=all_,
        filters=filters,
        shared_size=shared_size,
        digests=digests,
        manifests=manifests,
        identity=identity,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> ErrorResponse | list[ImageSummary] | None | None:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all_ (bool | Unset):
        filters (str | Unset):
        shared_size (bool | Unset):
        digests (bool | Unset):
        manifests (bool | Unset):
        identity (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageSummary] | None
    """

    return (
        await asyncio_detailed(
            client=client,
            all_=all_,
            filters=filters,
            shared_size=shared_size,
            digests=digests,
            manifests=manifests,
            identity=identity,
        )
    ).parsed
