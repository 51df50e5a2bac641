from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.service import Service
from ...types import UNSET, Response, Unset

OPERATION_ID = "ServiceList"


def _get_kwargs(
    *,
    filters: str | Unset = UNSET,
    status: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filters"] = filters

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/services",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | list[Service] | None | None:
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[Service] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = Service.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[Service] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> list[Service] | None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[Service] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = Service.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[Service] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | list[Service] | None]:
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
    status: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[Service] | None]:
    """List services

    Args:
        filters (str | Unset):
        status (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Service] | None]
    """

    kwargs = _get_kwargs(
        filters=filters,
        status=status,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    filters: str | Unset = UNSET,
    status: bool | Unset = UNSET,
) -> ErrorResponse | list[Service] | None | None:
    """List services

    Args:
        filters (str | Unset):
        status (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Service] | None
    """

    return sync_detailed(
        client=client,
        filters=filters,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    filters: str | Unset = UNSET,
    status: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[Service] | None]:
    """List services

    Args:
        filters (str | Unset):
        status (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Service] | None]
    """

    kwargs = _get_kwargs(
        filters=filters,
        status=status,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    filters: str | Unset = UNSET,
    status: bool | Unset = UNSET,
) -> ErrorResponse | list[Service] | None | None:
    """List services

    Args:
        filters (str | Unset):
        status (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Service] | None
    """

    return (
        await asyncio_detailed(
            client=client,
            filters=filters,
            status=status,
        )
    ).parsed
