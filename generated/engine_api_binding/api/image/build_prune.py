from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.build_prune_response import BuildPruneResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "BuildPrune"


def _get_kwargs(
    *,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    keep_storage: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reserved-space"] = reserved_space

    params["max-used-space"] = max_used_space

    params["min-free-space"] = min_free_space

    params["all"] = all_

    params["filters"] = filters

    params["keep-storage"] = keep_storage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/build/prune",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> BuildPruneResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BuildPruneResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> BuildPruneResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = BuildPruneResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[BuildPruneResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    keep_storage: int | Unset = UNSET,
) -> Response[BuildPruneResponse | ErrorResponse]:
    """Delete builder cache

    Args:
        reserved_space (int | Unset):
        max_used_space (int | Unset):
        min_free_space (int | Unset):
        all_ (bool | Unset):
        filters (str | Unset):
        keep_storage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildPruneResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        reserved_space=reserved_space,
        max_used_space=max_used_space,
        min_free_space=min_free_space,
        all_=all_,
        filters=filters,
        keep_storage=keep_storage,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    keep_storage: int | Unset = UNSET,
) -> BuildPruneResponse | ErrorResponse | None:
    """Delete builder cache

    Args:
        reserved_space (int | Unset):
        max_used_space (int | Unset):
        min_free_space (int | Unset):
        all_ (bool | Unset):
        filters (str | Unset):
        keep_storage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildPruneResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        reserved_space=reserved_space,
        max_used_space=max_used_space,
        min_free_space=min_free_space,
        all_=all_,
        filters=filters,
        keep_storage=keep_storage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    keep_storage: int | Unset = UNSET,
) -> Response[BuildPruneResponse | ErrorResponse]:
    """Delete builder cache

    Args:
        reserved_space (int | Unset):
        max_used_space (int | Unset):
        min_free_space (int | Unset):
        all_ (bool | Unset):
        filters (str | Unset):
        keep_storage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildPruneResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        reserved_space=reserved_space,
        max_used_space=max_used_space,
        min_free_space=min_free_space,
        all_=all_,
        filters=filters,
        keep_storage=keep_storage,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    keep_storage: int | Unset = UNSET,
) -> BuildPruneResponse | ErrorResponse | None:
    """Delete builder cache

    Args:
        reserved_space (int | Unset):
        max_used_space (int | Unset):
        min_free_space (int | Unset):
        all_ (bool | Unset):
        filters (str | Unset):
        keep_storage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildPruneResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            reserved_space=reserved_space,
            max_used_space=max_used_space,
            min_free_space=min_free_space,
            all_=all_,
            filters=filters,
            keep_storage=keep_storage,
        )
    ).parsed
