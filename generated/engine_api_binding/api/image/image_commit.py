from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_config import ContainerConfig
from ...models.error_response import ErrorResponse
from ...models.id_response import IDResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ImageCommit"


def _get_kwargs(
    *,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["container"] = container

    params["repo"] = repo

    params["tag"] = tag

    params["comment"] = comment

    params["author"] = author

    params["pause"] = pause

    params["changes"] = changes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commit",
        "params": params,
    }

    if not isinstance(body, Unset):
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
    *,
    client: Sender,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> Response[ErrorResponse | IDResponse]:
    """Create a new image from a container

    Args:
        container (str | Unset):
        repo (str | Unset):
        tag (str | Unset):
        comment (str | Unset):
        author (str | Unset):
        pause (bool | Unset):
        changes (str | Unset):
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        container=container,
        repo=repo,
        tag=tag,
        comment=comment,
        author=author,
        pause=pause,
        changes=changes,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> ErrorResponse | IDResponse | None:
    """Create a new image from a container

    Args:
        container (str | Unset):
        repo (str | Unset):
        tag (str | Unset):
        comment (str | Unset):
        author (str | Unset):
        pause (bool | Unset):
        changes (str | Unset):
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        container=container,
        repo=repo,
        tag=tag,
        comment=comment,
        author=author,
        pause=pause,
        changes=changes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> Response[ErrorResponse | IDResponse]:
    """Create a new image from a container

    Args:
        container (str | Unset):
        repo (str | Unset):
        tag (str | Unset):
        comment (str | Unset):
        author (str | Unset):
        pause (bool | Unset):
        changes (str | Unset):
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        container=container,
        repo=repo,
        tag=tag,
        comment=comment,
        author=author,
        pause=pause,
        changes=changes,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> ErrorResponse | IDResponse | None:
    """Create a new image from a container

    Args:
        container (str | Unset):
        repo (str | Unset):
        tag (str | Unset):
        comment (str | Unset):
        author (str | Unset):
        pause (bool | Unset):
        changes (str | Unset):
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            container=container,
            repo=repo,
            tag=tag,
            comment=comment,
            author=author,
            pause=pause,
            changes=changes,
        )
    ).parsed
