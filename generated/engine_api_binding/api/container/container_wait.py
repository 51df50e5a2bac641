from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_wait_condition import (
    ContainerWaitCondition,
)
from ...models.container_wait_response import ContainerWaitResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ContainerWait"


def _get_kwargs(
    id: str,
    *,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_condition: str | Unset = UNSET
    if not isinstance(condition, Unset):
        json_condition = condition

    params["condition"] = json_condition

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{id}/wait".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ContainerWaitResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContainerWaitResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> ContainerWaitResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = ContainerWaitResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ContainerWaitResponse | ErrorResponse]:
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
    condition: ContainerWaitCondition | Unset = UNSET,
) -> Response[ContainerWaitResponse | ErrorResponse]:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str):
        condition (ContainerWaitCondition | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerWaitResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        condition=condition,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> ContainerWaitResponse | ErrorResponse | None:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str):
        condition (ContainerWaitCondition | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerWaitResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        condition=condition,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> Response[ContainerWaitResponse | ErrorResponse]:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str):
        condition (ContainerWaitCondition | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerWaitResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        condition=condition,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> ContainerWaitResponse | ErrorResponse | None:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str):
        condition (ContainerWaitCondition | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerWaitResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            condition=condition,
        )
    ).parsed
