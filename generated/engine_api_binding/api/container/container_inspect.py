from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_inspect_response import ContainerInspectResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ContainerInspect"


def _get_kwargs(
    id: str,
    *,
    size: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{id}/json".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ContainerInspectResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContainerInspectResponse.from_dict(response.json())

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


def _parse_success(response: HTTPResponse) -> ContainerInspectResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = ContainerInspectResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ContainerInspectResponse | ErrorResponse]:
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
    size: bool | Unset = UNSET,
) -> Response[ContainerInspectResponse | ErrorResponse]:
    """Inspect a container

     Return low-level information about a container.

    Args:
        id (str):
        size (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerInspectResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        size=size,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    size: bool | Unset = UNSET,
) -> ContainerInspectResponse | ErrorResponse | None:
    """Inspect a container

     Return low-level information about a container.

    Args:
        id (str):
        size (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerInspectResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        size=size,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    size: bool | Unset = UNSET,
) -> Response[ContainerInspectResponse | ErrorResponse]:
    """Inspect a container

     Return low-level information about a container.

    Args:
        id (str):
        size (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerInspectResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        size=size,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    size: bool | Unset = UNSET,
) -> ContainerInspectResponse | ErrorResponse | None:
    """Inspect a container

     Return low-level information about a container.

    Args:
        id (str):
        size (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerInspectResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            size=size,
        )
    ).parsed
