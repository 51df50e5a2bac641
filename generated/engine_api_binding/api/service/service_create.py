from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.service_create_request import ServiceCreateRequest
from ...models.service_create_response import ServiceCreateResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ServiceCreate"


def _get_kwargs(
    *,
    body: ServiceCreateRequest,
    x_registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_registry_auth, Unset):
        headers["X-Registry-Auth"] = x_registry_auth

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/services/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | ServiceCreateResponse | None:
    if response.status_code == 201:
        response_201 = ServiceCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> ServiceCreateResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = ServiceCreateResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | ServiceCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: ServiceCreateRequest,
    x_registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceCreateResponse]:
    """Create a service

    Args:
        x_registry_auth (str | Unset):
        body (ServiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_registry_auth=x_registry_auth,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: ServiceCreateRequest,
    x_registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceCreateResponse | None:
    """Create a service

    Args:
        x_registry_auth (str | Unset):
        body (ServiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_registry_auth=x_registry_auth,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: ServiceCreateRequest,
    x_registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceCreateResponse]:
    """Create a service

    Args:
        x_registry_auth (str | Unset):
        body (ServiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_registry_auth=x_registry_auth,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: ServiceCreateRequest,
    x_registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceCreateResponse | None:
    """Create a service

    Args:
        x_registry_auth (str | Unset):
        body (ServiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_registry_auth=x_registry_auth,
        )
    ).parsed
