from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_top_response import ContainerTopResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ContainerTop"


def _get_kwargs(
    id: str,
    *,
    ps_args: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ps_args"] = ps_args

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{id}/top".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ContainerTopResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContainerTopResponse.from_dict(response.json())

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


def _parse_success(response: HTTPResponse) -> ContainerTopResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = ContainerTopResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ContainerTopResponse | ErrorResponse]:
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
    ps_args: str | Unset = UNSET,
) -> Response[ContainerTopResponse | ErrorResponse]:
    """List processes running inside a container

     On Unix systems, this is done by running the `ps` command. This endpoint
    is not supported on Windows.

    Args:
        id (str):
        ps_args (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerTopResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        ps_args=ps_args,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    ps_args: str | Unset = UNSET,
) -> ContainerTopResponse | ErrorResponse | None:
    """List processes running inside a container

     On Unix systems, this is done by running the `ps` command. This endpoint
    is not supported on Windows.

    Args:
        id (str):
        ps_args (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerTopResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        ps_args=ps_args,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    ps_args: str | Unset = UNSET,
) -> Response[ContainerTopResponse | ErrorResponse]:
    """List processes running inside a container

     On Unix systems, this is done by running the `ps` command. This endpoint
    is not supported on Windows.

    Args:
        id (str):
        ps_args (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerTopResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        ps_args=ps_args,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    ps_args: str | Unset = UNSET,
) -> ContainerTopResponse | ErrorResponse | None:
    """List processes running inside a container

     On Unix systems, this is done by running the `ps` command. This endpoint
    is not supported on Windows.

    Args:
        id (str):
        ps_args (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerTopResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            ps_args=ps_args,
        )
    ).parsed
