from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "ServiceLogs"


def _get_kwargs(
    id: str,
    *,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["details"] = details

    params["follow"] = follow

    params["stdout"] = stdout

    params["stderr"] = stderr

    params["since"] = since

    params["timestamps"] = timestamps

    params["tail"] = tail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/services/{id}/logs".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _parse_success(response: HTTPResponse) -> File:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | File]:
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
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Get service logs

     Get `stdout` and `stderr` logs from a service. See also
    [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str):
        details (bool | Unset):
        follow (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        since (int | Unset):
        timestamps (bool | Unset):
        tail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        id=id,
        details=details,
        follow=follow,
        stdout=stdout,
        stderr=stderr,
        since=since,
        timestamps=timestamps,
        tail=tail,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Get service logs

     Get `stdout` and `stderr` logs from a service. See also
    [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str):
        details (bool | Unset):
        follow (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        since (int | Unset):
        timestamps (bool | Unset):
        tail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        id=id,
        client=client,
        details=details,
        follow=follow,
        stdout=stdout,
        stderr=stderr,
        since=since,
        timestamps=timestamps,
        tail=tail,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Get service logs

     Get `stdout` and `stderr` logs from a service. See also
    [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str):
        details (bool | Unset):
        follow (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        since (int | Unset):
        timestamps (bool | Unset):
        tail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        id=id,
        details=details,
        follow=follow,
        stdout=stdout,
        stderr=stderr,
        since=since,
        timestamps=timestamps,
        tail=tail,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Get service logs

     Get `stdout` and `stderr` logs from a service. See also
    [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str):
        details (bool | Unset):
        follow (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        since (int | Unset):
        timestamps (bool | Unset):
        tail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=tail,
        )
    ).parsed
