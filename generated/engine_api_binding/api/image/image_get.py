from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "ImageGet"


def _get_kwargs(
    name: str,
    *,
    platform: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: list[str] | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/{name}/get".format(
            name=quote(str(name), safe=""),
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
    name: str,
    *,
    client: Sender,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export an image

     Get a tarball containing all images and metadata for a repository.

    If `name` is a specific name and tag (e.g. `ubuntu:latest`), then only that image (and its parents)
    are returned. If `name` is an image ID, similarly only that image (and its parents) are returned,
    but with the exclusion of the `repositories` file in the tarball, as there were no image names
    referenced.

    ### Image tarball format

    An image tarball contains [Content as defined in the OCI Image Layout
    Specification](https://github.com/opencontainers/image-spec/blob/v1.1.1/image-layout.md#content).

    Additionally, includes the manifest.json file associated with a backwards compatible docker save
    format.

    If the tarball defines a repository, the tarball should also include a `repositories` file at the
    root that contains a list of repository and tag names mapped to layer IDs.

    ```json
    {
      "hello-world": {
        "latest": "565a9d68a73f6706862bfe8409a7f659776d4d60a8d096eb4a3cbce6999cc2a1"
      }
    }
    ```

    Args:
        name (str):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        name=name,
        platform=platform,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export an image

     Get a tarball containing all images and metadata for a repository.

    If `name` is a specific name and tag (e.g. `ubuntu:latest`), then only that image (and its parents)
    are returned. If `name` is an image ID, similarly only that image (and its parents) are returned,
    but with the exclusion of the `repositories` file in the tarball, as there were no image names
    referenced.

    ### Image tarball format

    An image tarball contains [Content as defined in the OCI Image Layout
    Specification](https://github.com/opencontainers/image-spec/blob/v1.1.1/image-layout.md#content).

    Additionally, includes the manifest.json file associated with a backwards compatible docker save
    format.

    If the tarball defines a repository, the tarball should also include a `repositories` file at the
    root that contains a list of repository and tag names mapped to layer IDs.

    ```json
    {
      "hello-world": {
        "latest": "565a9d68a73f6706862bfe8409a7f659776d4d60a8d096eb4a3cbce6999cc2a1"
      }
    }
    ```

    Args:
        name (str):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        name=name,
        client=client,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export an image

     Get a tarball containing all images and metadata for a repository.

    If `name` is a specific name and tag (e.g. `ubuntu:latest`), then only that image (and its parents)
    are returned. If `name` is an image ID, similarly only that image (and its parents) are returned,
    but with the exclusion of the `repositories` file in the tarball, as there were no image names
    referenced.

    ### Image tarball format

    An image tarball contains [Content as defined in the OCI Image Layout
    Specification](https://github.com/opencontainers/image-spec/blob/v1.1.1/image-layout.md#content).

    Additionally, includes the manifest.json file associated with a backwards compatible docker save
    format.

    If the tarball defines a repository, the tarball should also include a `repositories` file at the
    root that contains a list of repository and tag names mapped to layer IDs.

    ```json
    {
      "hello-world": {
        "latest": "565a9d68a73f6706862bfe8409a7f659776d4d60a8d096eb4a3cbce6999cc2a1"
      }
    }
    ```

    Args:
        name (str):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        name=name,
        platform=platform,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export an image

     Get a tarball containing all images and metadata for a repository.

    If `name` is a specific name and tag (e.g. `ubuntu:latest`), then only that image (and its parents)
    are returned. If `name` is an image ID, similarly only that image (and its parents) are returned,
    but with the exclusion of the `repositories` file in the tarball, as there were no image names
    referenced.

    ### Image tarball format

    An image tarball contains [Content as defined in the OCI Image Layout
    Specification](https://github.com/opencontainers/image-spec/blob/v1.1.1/image-layout.md#content).

    Additionally, includes the manifest.json file associated with a backwards compatible docker save
    format.

    If the tarball defines a repository, the tarball should also include a `repositories` file at the
    root that contains a list of repository and tag names mapped to layer IDs.

    ```json
    {
      "hello-world": {
        "latest": "565a9d68a73f6706862bfe8409a7f659776d4d60a8d096eb4a3cbce6999cc2a1"
      }
    }
    ```

    Args:
        name (str):
        platform (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            platform=platform,
        )
    ).parsed
