from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.service import Service
from ...types import UNSET, Response, Unset

OPERATION_ID = "ServiceInspect"


def _get_kwargs(
    id: str,
    *,
    insert_defaults: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["insertDefaults"] = insert_defaults

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/services/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | Service | None:
    if response.status_code == 200:
        response_200 = Service.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> Service:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Service.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | Service]:
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
    insert_defaults: bool | Unset = UNSET,
) -> Response[ErrorResponse | Service]:
    """Inspect a service

    Args:
        id (str):
        insert_defaults (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Service]
    """

    kwargs = _get_kwargs(
        id=id,
        insert_defaults=insert_defaults,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    insert_defaults: bool | Unset = UNSET,
) -> ErrorResponse | Service | None:
    """Inspect a service

    Args:
        id (str):
        insert_defaults (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Service
    """

    return sync_detailed(
        id=id,
        client=client,
        insert_defaults=insert_defaults,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    insert_defaults: bool | Unset = UNSET,
) -> Response[ErrorResponse | Service]:
    """Inspect a service

    Args:
        id (str):
        insert_defaults (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Service]
    """

    kwargs = _get_kwargs(
        id=id,
        insert_defaults=insert_defaults,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    insert_defaults: bool | Unset = UNSET,
) -> ErrorResponse | Service | None:
    """Inspect a service

    Args:
        id (str):
        insert_defaults (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Service
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            insert_defaults=insert_defaults,
        )
    ).parsed
