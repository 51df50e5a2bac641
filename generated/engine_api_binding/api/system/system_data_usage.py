from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.system_data_usage_response import SystemDataUsageResponse
from ...models.system_data_usage_type_item import (
    SystemDataUsageTypeItem,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "SystemDataUsage"


def _get_kwargs(
    *,
    type_: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item: str = type_item_data
            json_type_.append(type_item)

    params["type"] = json_type_

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/df",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | SystemDataUsageResponse | None:
    if response.status_code == 200:
        response_200 = SystemDataUsageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> SystemDataUsageResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = SystemDataUsageResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | SystemDataUsageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    type_: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[ErrorResponse | SystemDataUsageResponse]:
    """Get data usage information

    Args:
        type_ (list[SystemDataUsageTypeItem] | Unset):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SystemDataUsageResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        verbose=verbose,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    type_: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> ErrorResponse | SystemDataUsageResponse | None:
    """Get data usage information

    Args:
        type_ (list[SystemDataUsageTypeItem] | Unset):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SystemDataUsageResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        verbose=verbose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    type_: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[ErrorResponse | SystemDataUsageResponse]:
    """Get data usage information

    Args:
        type_ (list[SystemDataUsageTypeItem] | Unset):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SystemDataUsageResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        verbose=verbose,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    type_: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> ErrorResponse | SystemDataUsageResponse | None:
    """Get data usage information

    Args:
        type_ (list[SystemDataUsageTypeItem] | Unset):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SystemDataUsageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            verbose=verbose,
        )
    ).parsed
