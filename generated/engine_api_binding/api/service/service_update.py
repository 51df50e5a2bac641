from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.service_update_registry_auth_from import (
    ServiceUpdateRegistryAuthFrom,
)
from ...models.service_update_request import ServiceUpdateRequest
from ...models.service_update_response import ServiceUpdateResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ServiceUpdate"


def _get_kwargs(
    id: str,
    *,
    body: ServiceUpdateRequest,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_registry_auth, Unset):
        headers["X-Registry-Auth"] = x_registry_auth

    params: dict[str, Any] = {}

    params["version"] = version

    json_registry_auth_from: str | Unset = UNSET
    if not isinstance(registry_auth_from, Unset):
        json_registry_auth_from = registry_auth_from

    params["registryAuthFrom"] = json_registry_auth_from

    params["rollback"] = rollback

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/services/{id}/update".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | ServiceUpdateResponse | None:
    if response.status_code == 200:
        response_200 = ServiceUpdateResponse.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> ServiceUpdateResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = ServiceUpdateResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | ServiceUpdateResponse]:
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
    body: ServiceUpdateRequest,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceUpdateResponse]:
    """Update a service

    Args:
        id (str):
        version (int):
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset):
        rollback (str | Unset):
        x_registry_auth (str | Unset):
        body (ServiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceUpdateResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        version=version,
        registry_auth_from=registry_auth_from,
        rollback=rollback,
        x_registry_auth=x_registry_auth,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    body: ServiceUpdateRequest,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceUpdateResponse | None:
    """Update a service

    Args:
        id (str):
        version (int):
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset):
        rollback (str | Unset):
        x_registry_auth (str | Unset):
        body (ServiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceUpdateResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        version=version,
        registry_auth_from=registry_auth_from,
        rollback=rollback,
        x_registry_auth=x_registry_auth,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    body: ServiceUpdateRequest,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceUpdateResponse]:
    """Update a service

    Args:
        id (str):
        version (int):
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset):
        rollback (str | Unset):
        x_registry_auth (str | Unset):
        body (ServiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceUpdateResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        version=version,
        registry_auth_from=registry_auth_from,
        rollback=rollback,
        x_registry_auth=x_registry_auth,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    body: ServiceUpdateRequest,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceUpdateResponse | None:
    """Update a service

    Args:
        id (str):
        version (int):
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset):
        rollback (str | Unset):
        x_registry_auth (str | Unset):
        body (ServiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceUpdateResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            version=version,
            registry_auth_from=registry_auth_from,
            rollback=rollback,
            x_registry_auth=x_registry_auth,
        )
    ).parsed
