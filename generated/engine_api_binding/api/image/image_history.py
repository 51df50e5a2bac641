from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.image_history_response_item import ImageHistoryResponseItem
from ...types import UNSET, Response, Unset

OPERATION_ID = "ImageHistory"


def _get_kwargs(
    name: str,
    *,
    platform: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/{name}/history".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | list[ImageHistoryResponseItem] | None | None:
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[ImageHistoryResponseItem] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = ImageHistoryResponseItem.from_dict(
                    response_200_type_0_item_data
                )

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[ImageHistoryResponseItem] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

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


def _parse_success(response: HTTPResponse) -> list[ImageHistoryResponseItem] | None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[ImageHistoryResponseItem] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = ImageHistoryResponseItem.from_dict(
                    response_200_type_0_item_data
                )

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[ImageHistoryResponseItem] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | list[ImageHistoryResponseItem] | None]:
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
    platform: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageHistoryResponseItem] | None]:
    """Get the history of an image

     Return parent layers of an image.

    Args:
        name (str):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageHistoryResponseItem] | None]
    """

    kwargs = _get_kwargs(
        name=name,
        platform=platform,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
    platform: str | Unset = UNSET,
) -> ErrorResponse | list[ImageHistoryResponseItem] | None | None:
    """Get the history of an image

     Return parent layers of an image.

    Args:
        name (str):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageHistoryResponseItem] | None
    """

    return sync_detailed(
        name=name,
        client=client,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
    platform: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageHistoryResponseItem] | None]:
    """Get the history of an image

     Return parent layers of an image.

    Args:
        name (str):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageHistoryResponseItem] | None]
    """

    kwargs = _get_kwargs(
        name=name,
        platform=platform,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
    platform: str | Unset = UNSET,
) -> ErrorResponse | list[ImageHistoryResponseItem] | None | None:
    """Get the history of an image

     Return parent layers of an image.

    Args:
        name (str):
        platform (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageHistoryResponseItem] | None
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            platform=platform,
        )
    ).parsed
