from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.filesystem_change import FilesystemChange
from ...types import Response

OPERATION_ID = "ContainerChanges"


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{id}/changes".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | list[FilesystemChange] | None | None:
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[FilesystemChange] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = FilesystemChange.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[FilesystemChange] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
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


def _parse_success(response: HTTPResponse) -> list[FilesystemChange] | None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[FilesystemChange] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = FilesystemChange.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[FilesystemChange] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | list[FilesystemChange] | None]:
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
) -> Response[ErrorResponse | list[FilesystemChange] | None]:
    """Get changes on a container’s filesystem

     Returns which files in a container's filesystem have been added, deleted,
    or modified. The `Kind` of modification can be one of:

    - `0`: Modified ("C")
    - `1`: Added ("A")
    - `2`: Deleted ("D")

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[FilesystemChange] | None]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
) -> ErrorResponse | list[FilesystemChange] | None | None:
    """Get changes on a container’s filesystem

     Returns which files in a container's filesystem have been added, deleted,
    or modified. The `Kind` of modification can be one of:

    - `0`: Modified ("C")
    - `1`: Added ("A")
    - `2`: Deleted ("D")

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[FilesystemChange] | None
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
) -> Response[ErrorResponse | list[FilesystemChange] | None]:
    """Get changes on a container’s filesystem

     Returns which files in a container's filesystem have been added, deleted,
    or modified. The `Kind` of modification can be one of:

    - `0`: Modified ("C")
    - `1`: Added ("A")
    - `2`: Deleted ("D")

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[FilesystemChange] | None]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
) -> ErrorResponse | list[FilesystemChange] | None | None:
    """Get changes on a container’s filesystem

     Returns which files in a container's filesystem have been added, deleted,
    or modified. The `Kind` of modification can be one of:

    - `0`: Modified ("C")
    - `1`: Added ("A")
    - `2`: Deleted ("D")

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[FilesystemChange] | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
