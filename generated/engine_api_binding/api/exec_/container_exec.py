from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_exec_request import ContainerExecRequest
from ...models.error_response import ErrorResponse
from ...models.id_response import IDResponse
from ...types import Response

OPERATION_ID = "ContainerExec"


def _get_kwargs(
    id: str,
    *,
    body: ContainerExecRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{id}/exec".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | IDResponse | None:
    if response.status_code == 201:
        response_201 = IDResponse.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> IDResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = IDResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | IDResponse]:
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
    body: ContainerExecRequest,
) -> Response[ErrorResponse | IDResponse]:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str):
        body (ContainerExecRequest):  Example: {'AttachStdin': False, 'AttachStdout': True,
            'AttachStderr': True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env':
            ['FOO=bar', 'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
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
    body: ContainerExecRequest,
) -> ErrorResponse | IDResponse | None:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str):
        body (ContainerExecRequest):  Example: {'AttachStdin': False, 'AttachStdout': True,
            'AttachStderr': True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env':
            ['FOO=bar', 'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
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
    body: ContainerExecRequest,
) -> Response[ErrorResponse | IDResponse]:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str):
        body (ContainerExecRequest):  Example: {'AttachStdin': False, 'AttachStdout': True,
            'AttachStderr': True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env':
            ['FOO=bar', 'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
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
    body: ContainerExecRequest,
) -> ErrorResponse | IDResponse | None:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str):
        body (ContainerExecRequest):  Example: {'AttachStdin': False, 'AttachStdout': True,
            'AttachStderr': True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env':
            ['FOO=bar', 'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
