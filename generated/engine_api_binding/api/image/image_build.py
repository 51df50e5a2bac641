from http import HTTPStatus
from io import BytesIO
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...models.image_build_content_type import ImageBuildContentType
from ...models.image_build_version import ImageBuildVersion
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "ImageBuild"


def _get_kwargs(
    *,
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    t: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    q: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    content_type: ImageBuildContentType | Unset = UNSET,
    x_registry_config: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(content_type, Unset):
        headers["Content-type"] = str(content_type)

    if not isinstance(x_registry_config, Unset):
        headers["X-Registry-Config"] = x_registry_config

    params: dict[str, Any] = {}

    params["dockerfile"] = dockerfile

    params["t"] = t

    params["extrahosts"] = extrahosts

    params["remote"] = remote

    params["q"] = q

    params["nocache"] = nocache

    params["cachefrom"] = cachefrom

    params["pull"] = pull

    params["rm"] = rm

    params["forcerm"] = forcerm

    params["memory"] = memory

    params["memswap"] = memswap

    params["cpushares"] = cpushares

    params["cpusetcpus"] = cpusetcpus

    params["cpuperiod"] = cpuperiod

    params["cpuquota"] = cpuquota

    params["buildargs"] = buildargs

    params["shmsize"] = shmsize

    params["squash"] = squash

    params["labels"] = labels

    params["networkmode"] = networkmode

    params["platform"] = platform

    params["target"] = target

    params["outputs"] = outputs

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/build",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
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
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    t: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    q: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    content_type: ImageBuildContentType | Unset = UNSET,
    x_registry_config: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset):
        t (str | Unset):
        extrahosts (str | Unset):
        remote (str | Unset):
        q (bool | Unset):
        nocache (bool | Unset):
        cachefrom (str | Unset):
        pull (str | Unset):
        rm (bool | Unset):
        forcerm (bool | Unset):
        memory (int | Unset):
        memswap (int | Unset):
        cpushares (int | Unset):
        cpusetcpus (str | Unset):
        cpuperiod (int | Unset):
        cpuquota (int | Unset):
        buildargs (str | Unset):
        shmsize (int | Unset):
        squash (bool | Unset):
        labels (str | Unset):
        networkmode (str | Unset):
        platform (str | Unset):
        target (str | Unset):
        outputs (str | Unset):
        version (ImageBuildVersion | Unset):
        content_type (ImageBuildContentType | Unset):
        x_registry_config (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        body=body,
        dockerfile=dockerfile,
        t=t,
        extrahosts=extrahosts,
        remote=remote,
        q=q,
        nocache=nocache,
        cachefrom=cachefrom,
        pull=pull,
        rm=rm,
        forcerm=forcerm,
        memory=memory,
        memswap=memswap,
        cpushares=cpushares,
        cpusetcpus=cpusetcpus,
        cpuperiod=cpuperiod,
        cpuquota=cpuquota,
        buildargs=buildargs,
        shmsize=shmsize,
        squash=squash,
        labels=labels,
        networkmode=networkmode,
        platform=platform,
        target=target,
        outputs=outputs,
        version=version,
        content_type=content_type,
        x_registry_config=x_registry_config,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    t: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    q: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    content_type: ImageBuildContentType | Unset = UNSET,
    x_registry_config: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset):
        t (str | Unset):
        extrahosts (str | Unset):
        remote (str | Unset):
        q (bool | Unset):
        nocache (bool | Unset):
        cachefrom (str | Unset):
        pull (str | Unset):
        rm (bool | Unset):
        forcerm (bool | Unset):
        memory (int | Unset):
        memswap (int | Unset):
        cpushares (int | Unset):
        cpusetcpus (str | Unset):
        cpuperiod (int | Unset):
        cpuquota (int | Unset):
        buildargs (str | Unset):
        shmsize (int | Unset):
        squash (bool | Unset):
        labels (str | Unset):
        networkmode (str | Unset):
        platform (str | Unset):
        target (str | Unset):
        outputs (str | Unset):
        version (ImageBuildVersion | Unset):
        content_type (ImageBuildContentType | Unset):
        x_registry_config (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        body=body,
        dockerfile=dockerfile,
        t=t,
        extrahosts=extrahosts,
        remote=remote,
        q=q,
        nocache=nocache,
        cachefrom=cachefrom,
        pull=pull,
        rm=rm,
        forcerm=forcerm,
        memory=memory,
        memswap=memswap,
        cpushares=cpushares,
        cpusetcpus=cpusetcpus,
        cpuperiod=cpuperiod,
        cpuquota=cpuquota,
        buildargs=buildargs,
        shmsize=shmsize,
        squash=squash,
        labels=labels,
        networkmode=networkmode,
        platform=platform,
        target=target,
        outputs=outputs,
        version=version,
        content_type=content_type,
        x_registry_config=x_registry_config,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    t: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    q: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    content_type: ImageBuildContentType | Unset = UNSET,
    x_registry_config: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset):
        t (str | Unset):
        extrahosts (str | Unset):
        remote (str | Unset):
        q (bool | Unset):
        nocache (bool | Unset):
        cachefrom (str | Unset):
        pull (str | Unset):
        rm (bool | Unset):
        forcerm (bool | Unset):
        memory (int | Unset):
        memswap (int | Unset):
        cpushares (int | Unset):
        cpusetcpus (str | Unset):
        cpuperiod (int | Unset):
        cpuquota (int | Unset):
        buildargs (str | Unset):
        shmsize (int | Unset):
        squash (bool | Unset):
        labels (str | Unset):
        networkmode (str | Unset):
        platform (str | Unset):
        target (str | Unset):
        outputs (str | Unset):
        version (ImageBuildVersion | Unset):
        content_type (ImageBuildContentType | Unset):
        x_registry_config (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        body=body,
        dockerfile=dockerfile,
        t=t,
        extrahosts=extrahosts,
        remote=remote,
        q=q,
        nocache=nocache,
        cachefrom=cachefrom,
        pull=pull,
        rm=rm,
        forcerm=forcerm,
        memory=memory,
        memswap=memswap,
        cpushares=cpushares,
        cpusetcpus=cpusetcpus,
        cpuperiod=cpuperiod,
        cpuquota=cpuquota,
        buildargs=buildargs,
        shmsize=shmsize,
        squash=squash,
        labels=labels,
        networkmode=networkmode,
        platform=platform,
        target=target,
        outputs=outputs,
        version=version,
        content_type=content_type,
        x_registry_config=x_registry_config,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    t: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    q: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    content_type: ImageBuildContentType | Unset = UNSET,
    x_registry_config: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset):
        t (str | Unset):
        extrahosts (str | Unset):
        remote (str | Unset):
        q (bool | Unset):
        nocache (bool | Unset):
        cachefrom (str | Unset):
        pull (str | Unset):
        rm (bool | Unset):
        forcerm (bool | Unset):
        memory (int | Unset):
        memswap (int | Unset):
        cpushares (int | Unset):
        cpusetcpus (str | Unset):
        cpuperiod (int | Unset):
        cpuquota (int | Unset):
        buildargs (str | Unset):
        shmsize (int | Unset):
        squash (bool | Unset):
        labels (str | Unset):
        networkmode (str | Unset):
        platform (str | Unset):
        target (str | Unset):
        outputs (str | Unset):
        version (ImageBuildVersion | Unset):
        content_type (ImageBuildContentType | Unset):
        x_registry_config (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dockerfile=dockerfile,
            t=t,
            extrahosts=extrahosts,
            remote=remote,
            q=q,
            nocache=nocache,
            cachefrom=cachefrom,
            pull=pull,
            rm=rm,
            forcerm=forcerm,
            memory=memory,
            memswap=memswap,
            cpushares=cpushares,
            cpusetcpus=cpusetcpus,
            cpuperiod=cpuperiod,
            cpuquota=cpuquota,
            buildargs=buildargs,
            shmsize=shmsize,
            squash=squash,
            labels=labels,
            networkmode=networkmode,
            platform=platform,
            target=target,
            outputs=outputs,
            version=version,
            content_type=content_type,
            x_registry_config=x_registry_config,
        )
    ).parsed
