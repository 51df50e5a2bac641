from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_prune_response import ContainerPruneResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ContainerPrune"


def _get_kwargs(
    *,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/prune",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ContainerPruneResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContainerPruneResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> ContainerPruneResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = ContainerPruneResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ContainerPruneResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    filters: str | Unset = UNSET,
) -> Response[ContainerPruneResponse | ErrorResponse]:
    """Delete stopped containers

    Args:
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerPruneResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        filters=filters,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    filters: str | Unset = UNSET,
) -> ContainerPruneResponse | ErrorResponse | None:
    """Delete stopped containers

    Args:
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerPruneResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    filters: str | Unset = UNSET,
) -> Response[ContainerPruneResponse | ErrorResponse]:
    """Delete stopped containers

    Args:
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerPruneResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        filters=filters,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    filters: str | Unset = UNSET,
) -> ContainerPruneResponse | ErrorResponse | None:
    """Delete stopped containers

    Args:
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerPruneResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filters=filters,
        )
    ).parsed
