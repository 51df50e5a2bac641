from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_update_request import ContainerUpdateRequest
from ...models.container_update_response import ContainerUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response

OPERATION_ID = "ContainerUpdate"


def _get_kwargs(
    id: str,
    *,
    body: ContainerUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{id}/update".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ContainerUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContainerUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> ContainerUpdateResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = ContainerUpdateResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ContainerUpdateResponse | ErrorResponse]:
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
    body: ContainerUpdateRequest,
) -> Response[ContainerUpdateResponse | ErrorResponse]:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str):
        body (ContainerUpdateRequest):  Example: {'BlkioWeight': 300, 'CpuShares': 512,
            'CpuPeriod': 100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800,
            'MemorySwap': 514288000, 'MemoryReservation': 209715200, 'RestartPolicy':
            {'MaximumRetryCount': 4, 'Name': 'on-failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    body: ContainerUpdateRequest,
) -> ContainerUpdateResponse | ErrorResponse | None:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str):
        body (ContainerUpdateRequest):  Example: {'BlkioWeight': 300, 'CpuShares': 512,
            'CpuPeriod': 100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800,
            'MemorySwap': 514288000, 'MemoryReservation': 209715200, 'RestartPolicy':
            {'MaximumRetryCount': 4, 'Name': 'on-failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerUpdateResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    body: ContainerUpdateRequest,
) -> Response[ContainerUpdateResponse | ErrorResponse]:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str):
        body (ContainerUpdateRequest):  Example: {'BlkioWeight': 300, 'CpuShares': 512,
            'CpuPeriod': 100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800,
            'MemorySwap': 514288000, 'MemoryReservation': 209715200, 'RestartPolicy':
            {'MaximumRetryCount': 4, 'Name': 'on-failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    body: ContainerUpdateRequest,
) -> ContainerUpdateResponse | ErrorResponse | None:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str):
        body (ContainerUpdateRequest):  Example: {'BlkioWeight': 300, 'CpuShares': 512,
            'CpuPeriod': 100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800,
            'MemorySwap': 514288000, 'MemoryReservation': 209715200, 'RestartPolicy':
            {'MaximumRetryCount': 4, 'Name': 'on-failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
