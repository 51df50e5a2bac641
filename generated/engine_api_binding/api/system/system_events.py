from http import HTTPStatus
from io import BytesIO
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "SystemEvents"


def _get_kwargs(
    *,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["until"] = until

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

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
    *,
    client: Sender,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset):
        until (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        filters=filters,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset):
        until (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset):
        until (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        filters=filters,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset):
        until (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            filters=filters,
        )
    ).parsed
