from http import HTTPStatus
from typing import Any, cast

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.auth_config import AuthConfig
from ...models.auth_response import AuthResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "SystemAuth"


def _get_kwargs(
    *,
    body: AuthConfig | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | AuthResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> AuthResponse | None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AuthResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[Any | AuthResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: AuthConfig | Unset = UNSET,
) -> Response[Any | AuthResponse | ErrorResponse]:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: AuthConfig | Unset = UNSET,
) -> Any | AuthResponse | ErrorResponse | None:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: AuthConfig | Unset = UNSET,
) -> Response[Any | AuthResponse | ErrorResponse]:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: AuthConfig | Unset = UNSET,
) -> Any | AuthResponse | ErrorResponse | None:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
