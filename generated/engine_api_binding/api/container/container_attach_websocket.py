from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ContainerAttachWebsocket"


def _get_kwargs(
    id: str,
    *,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["detachKeys"] = detach_keys

    params["logs"] = logs

    params["stream"] = stream

    params["stdin"] = stdin

    params["stdout"] = stdout

    params["stderr"] = stderr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{id}/attach/ws".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | ErrorResponse | None:
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    id: str,
    *,
    client: Sender,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Attach to a container via a websocket

    Args:
        id (str):
        detach_keys (str | Unset):
        logs (bool | Unset):
        stream (bool | Unset):
        stdin (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        detach_keys=detach_keys,
        logs=logs,
        stream=stream,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Sender,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Attach to a container via a websocket

    Args:
        id (str):
        detach_keys (str | Unset):
        logs (bool | Unset):
        stream (bool | Unset):
        stdin (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        detach_keys=detach_keys,
        logs=logs,
        stream=stream,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncSender,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Attach to a container via a websocket

    Args:
        id (str):
        detach_keys (str | Unset):
        logs (bool | Unset):
        stream (bool | Unset):
        stdin (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        detach_keys=detach_keys,
        logs=logs,
        stream=stream,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Attach to a container via a websocket

    Args:
        id (str):
        detach_keys (str | Unset):
        logs (bool | Unset):
        stream (bool | Unset):
        stdin (bool | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
    ).parsed
