from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.distribution_inspect import DistributionInspect
from ...models.error_response import ErrorResponse
from ...types import Response

OPERATION_ID = "DistributionInspect"


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/distribution/{name}/json".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> DistributionInspect | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DistributionInspect.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> DistributionInspect:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = DistributionInspect.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[DistributionInspect | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: Sender,
) -> Response[DistributionInspect | ErrorResponse]:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistributionInspect | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
) -> DistributionInspect | ErrorResponse | None:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistributionInspect | ErrorResponse
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
) -> Response[DistributionInspect | ErrorResponse]:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistributionInspect | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
) -> DistributionInspect | ErrorResponse | None:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistributionInspect | ErrorResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
