from http import HTTPStatus
from typing import Any, cast

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.swarm_join_request import SwarmJoinRequest
from ...types import Response

OPERATION_ID = "SwarmJoin"


def _get_kwargs(
    *,
    body: SwarmJoinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/swarm/join",
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
    body: SwarmJoinRequest,
) -> Response[Any | ErrorResponse]:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: SwarmJoinRequest,
) -> Any | ErrorResponse | None:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: SwarmJoinRequest,
) -> Response[Any | ErrorResponse]:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: SwarmJoinRequest,
) -> Any | ErrorResponse | None:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

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
        )
    ).parsed
