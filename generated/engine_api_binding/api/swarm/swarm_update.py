from http import HTTPStatus
from typing import Any, cast

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.swarm_spec import SwarmSpec
from ...types import UNSET, Response, Unset

OPERATION_ID = "SwarmUpdate"


def _get_kwargs(
    *,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    params["rotateWorkerToken"] = rotate_worker_token

    params["rotateManagerToken"] = rotate_manager_token

    params["rotateManagerUnlockKey"] = rotate_manager_unlock_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/swarm/update",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a swarm

    Args:
        version (int):
        rotate_worker_token (bool | Unset):
        rotate_manager_token (bool | Unset):
        rotate_manager_unlock_key (bool | Unset):
        body (SwarmSpec): User modifiable swarm configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
        rotate_worker_token=rotate_worker_token,
        rotate_manager_token=rotate_manager_token,
        rotate_manager_unlock_key=rotate_manager_unlock_key,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a swarm

    Args:
        version (int):
        rotate_worker_token (bool | Unset):
        rotate_manager_token (bool | Unset):
        rotate_manager_unlock_key (bool | Unset):
        body (SwarmSpec): User modifiable swarm configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
        rotate_worker_token=rotate_worker_token,
        rotate_manager_token=rotate_manager_token,
        rotate_manager_unlock_key=rotate_manager_unlock_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a swarm

    Args:
        version (int):
        rotate_worker_token (bool | Unset):
        rotate_manager_token (bool | Unset):
        rotate_manager_unlock_key (bool | Unset):
        body (SwarmSpec): User modifiable swarm configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
        rotate_worker_token=rotate_worker_token,
        rotate_manager_token=rotate_manager_token,
        rotate_manager_unlock_key=rotate_manager_unlock_key,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a swarm

    Args:
        version (int):
        rotate_worker_token (bool | Unset):
        rotate_manager_token (bool | Unset):
        rotate_manager_unlock_key (bool | Unset):
        body (SwarmSpec): User modifiable swarm configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
            rotate_worker_token=rotate_worker_token,
            rotate_manager_token=rotate_manager_token,
            rotate_manager_unlock_key=rotate_manager_unlock_key,
        )
    ).parsed
