from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.attestation_statement import AttestationStatement
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ImageAttestations"


def _get_kwargs(
    name: str,
    *,
    platform: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: list[str] | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["statement"] = statement

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/{name}/attestations".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ErrorResponse | list[AttestationStatement] | None | None:
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[AttestationStatement] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = AttestationStatement.from_dict(
                    response_200_type_0_item_data
                )

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[AttestationStatement] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

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

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> list[AttestationStatement] | None:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 200:
        _response_200_data = response.json()
        response_200: list[AttestationStatement] | None
        if _response_200_data is None:
            response_200 = _response_200_data
        elif isinstance(_response_200_data, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200_data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = AttestationStatement.from_dict(
                    response_200_type_0_item_data
                )

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        else:
            raise TypeError(
                f"response_200: expected list[AttestationStatement] | None, got {type(_response_200_data).__name__}: {_response_200_data!r:.200}"
            )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ErrorResponse | list[AttestationStatement] | None]:
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
    type_: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[AttestationStatement] | None]:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str):
        platform (list[str] | Unset):
        type_ (list[str] | Unset):
        statement (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AttestationStatement] | None]
    """

    kwargs = _get_kwargs(
        name=name,
        platform=platform,
        type_=type_,
        statement=statement,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: Sender,
    platform: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> ErrorResponse | list[AttestationStatement] | None | None:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str):
        platform (list[str] | Unset):
        type_ (list[str] | Unset):
        statement (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AttestationStatement] | None
    """

    return sync_detailed(
        name=name,
        client=client,
        platform=platform,
        type_=type_,
        statement=statement,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncSender,
    platform: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[AttestationStatement] | None]:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str):
        platform (list[str] | Unset):
        type_ (list[str] | Unset):
        statement (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AttestationStatement] | None]
    """

    kwargs = _get_kwargs(
        name=name,
        platform=platform,
        type_=type_,
        statement=statement,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AsyncSender,
    platform: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> ErrorResponse | list[AttestationStatement] | None | None:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str):
        platform (list[str] | Unset):
        type_ (list[str] | Unset):
        statement (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AttestationStatement] | None
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            platform=platform,
            type_=type_,
            statement=statement,
        )
    ).parsed
