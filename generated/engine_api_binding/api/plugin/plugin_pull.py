from http import HTTPStatus
from typing import Any, cast

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.plugin_privilege import PluginPrivilege
from ...types import UNSET, Response, Unset

OPERATION_ID = "PluginPull"


def _get_kwargs(
    *,
    body: list[PluginPrivilege] | Unset = UNSET,
    remote: str,
    name: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_registry_auth, Unset):
        headers["X-Registry-Auth"] = x_registry_auth

    params: dict[str, Any] = {}

    params["remote"] = remote

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plugins/pull",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 204:
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
    body: list[PluginPrivilege] | Unset = UNSET,
    remote: str,
    name: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Install a plugin

     Pulls and installs a plugin. After the plugin is installed, it can be
    enabled using the [`POST /plugins/{name}/enable` endpoint](#operation/PostPluginsEnable).

    Args:
        remote (str):
        name (str | Unset):
        x_registry_auth (str | Unset):
        body (list[PluginPrivilege] | Unset):  Example: [{'Name': 'network', 'Description': '',
            'Value': ['host']}, {'Name': 'mount', 'Description': '', 'Value': ['/data']}, {'Name':
            'device', 'Description': '', 'Value': ['/dev/cpu_dma_latency']}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        remote=remote,
        name=name,
        x_registry_auth=x_registry_auth,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: list[PluginPrivilege] | Unset = UNSET,
    remote: str,
    name: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Install a plugin

     Pulls and installs a plugin. After the plugin is installed, it can be
    enabled using the [`POST /plugins/{name}/enable` endpoint](#operation/PostPluginsEnable).

    Args:
        remote (str):
        name (str | Unset):
        x_registry_auth (str | Unset):
        body (list[PluginPrivilege] | Unset):  Example: [{'Name': 'network', 'Description': '',
            'Value': ['host']}, {'Name': 'mount', 'Description': '', 'Value': ['/data']}, {'Name':
            'device', 'Description': '', 'Value': ['/dev/cpu_dma_latency']}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        remote=remote,
        name=name,
        x_registry_auth=x_registry_auth,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: list[PluginPrivilege] | Unset = UNSET,
    remote: str,
    name: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Install a plugin

     Pulls and installs a plugin. After the plugin is installed, it can be
    enabled using the [`POST /plugins/{name}/enable` endpoint](#operation/PostPluginsEnable).

    Args:
        remote (str):
        name (str | Unset):
        x_registry_auth (str | Unset):
        body (list[PluginPrivilege] | Unset):  Example: [{'Name': 'network', 'Description': '',
            'Value': ['host']}, {'Name': 'mount', 'Description': '', 'Value': ['/data']}, {'Name':
            'device', 'Description': '', 'Value': ['/dev/cpu_dma_latency']}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        remote=remote,
        name=name,
        x_registry_auth=x_registry_auth,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: list[PluginPrivilege] | Unset = UNSET,
    remote: str,
    name: str | Unset = UNSET,
    x_registry_auth: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Install a plugin

     Pulls and installs a plugin. After the plugin is installed, it can be
    enabled using the [`POST /plugins/{name}/enable` endpoint](#operation/PostPluginsEnable).

    Args:
        remote (str):
        name (str | Unset):
        x_registry_auth (str | Unset):
        body (list[PluginPrivilege] | Unset):  Example: [{'Name': 'network', 'Description': '',
            'Value': ['host']}, {'Name': 'mount', 'Description': '', 'Value': ['/data']}, {'Name':
            'device', 'Description': '', 'Value': ['/dev/cpu_dma_latency']}].

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
            remote=remote,
            name=name,
            x_registry_auth=x_registry_auth,
        )
    ).parsed
