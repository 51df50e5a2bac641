from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "ContainerAttach"


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
        "method": "post",
        "url": "/containers/{id}/attach".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Any | ErrorResponse | File | None:
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _parse_success(response: HTTPResponse) -> File:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[Any | ErrorResponse | File]:
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
) -> Response[Any | ErrorResponse | File]:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

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
        Response[Any | ErrorResponse | File]
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
) -> Any | ErrorResponse | File | None:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

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
        Any | ErrorResponse | File
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
) -> Response[Any | ErrorResponse | File]:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

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
        Response[Any | ErrorResponse | File]
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
) -> Any | ErrorResponse | File | None:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

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
        Any | ErrorResponse | File
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
