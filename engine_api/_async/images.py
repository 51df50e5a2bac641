"""Images: pull, push, login, list, inspect, history, tag, remove, prune, search, commit,
save, load and import, under docker-py's ``APIClient`` names and arguments (``images``,
``inspect_image``, ``tag``, ``remove_image``, ``get_image``, ``load_image``,
``import_image`` and its ``import_image_from_*`` forms, ``inspect_distribution``...).

Answers are the generated models: ``ImageInspect``, ``ImageSummary``... Pull, push, load
and import report progress one JSON message a line; ``stream=True`` hands them out typed
(``CreateImageInfo``, ``PushImageInfo``, ``BuildInfo``) as they arrive, in an
:class:`~engine_api._async.streaming.AsyncJSONStream`; without it the call reads to the
end. A failure the engine reports inside such a stream (with HTTP 200) raises the typed
error its words call for (:func:`engine_api.errors.from_stream_message`:
``Unauthorized``, ``ImageNotFound``...). :func:`engine_api.progress.render_progress`
shows such a stream as ``docker pull`` does.

Registry credentials (``X-Registry-Auth``) come from ``auth_config=`` when given, else from the
client's :attr:`~AsyncImages.auth_store`: what :meth:`~AsyncImages.login` remembered, then
``config.json`` of the docker config directory (``$DOCKER_CONFIG``, else ``~/.docker``)
and its credential helpers (see :mod:`engine_api.auth`). They never appear in a repr, a
log or an error message: an engine message that quotes a secret has it replaced by
``***``.

Save, load and import stream their archives: nothing is held whole in memory.

This module is the one source: ``engine_api/_sync/images.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, overload

from engine_api_binding.types import UNSET, Unset

from engine_api import errors
from engine_api._async.files import AsyncArchiveStream
from engine_api._async.parts import AsyncClientParts
from engine_api._async.streaming import AsyncJSONStream, response_chunks

if TYPE_CHECKING:
    import httpx
    from engine_api_binding._api import JSONQuery
    from engine_api_binding.models import (
        AuthConfig,
        AuthResponse,
        BuildInfo,
        ContainerConfig,
        CreateImageInfo,
        DistributionInspect,
        IDResponse,
        ImageDeleteResponseItem,
        ImageHistoryResponseItem,
        ImageInspect,
        ImagePruneResponse,
        ImageSearchResponseItem,
        ImageSummary,
        PushImageInfo,
    )

    from engine_api._async.response import AsyncResponse
    from engine_api.auth import AuthStore, Credentials

__all__ = ["DEFAULT_DATA_CHUNK_SIZE", "AsyncImages", "ImageSource", "RegistryAuth"]

T = TypeVar("T")

RegistryAuth: TypeAlias = "Credentials | AuthConfig | Mapping[str, Any]"
"""Explicit registry credentials: a :class:`~engine_api.auth.Credentials`, the generated
``AuthConfig``, or the engine's AuthConfig JSON as a dict (``username``, ``password``,
``serveraddress``, ``identitytoken``, ``registrytoken``)."""

ImageSource = (
    bytes
    | bytearray
    | memoryview
    | IO[bytes]
    | Iterable[bytes]
    | AsyncIterable[bytes]
    | str
    | os.PathLike[str]
)
"""A tar archive to upload: bytes, a binary file object, the path of a file (``str`` or
path-like), or chunks: an iterable (or an async iterable for the asyncio client)."""

DEFAULT_DATA_CHUNK_SIZE = 2 * 1024 * 1024
"""Bytes per chunk of :meth:`AsyncImages.get_image`'s stream (docker-py's default)."""

_NO_AUTH = base64.urlsafe_b64encode(b"{}").decode()  # "e30=", the {} push needs at least
_HIDDEN = "***"
_SHA256 = "sha256:"


# -- credentials ------------------------------------------------------------------------------


def _auth_fields(auth: RegistryAuth) -> dict[str, Any]:
    from engine_api_binding.models import AuthConfig

    from engine_api.auth import Credentials

    if isinstance(auth, Credentials):
        return auth.to_header_dict()
    if isinstance(auth, AuthConfig):
        return auth.to_dict()
    if isinstance(auth, Mapping):
        return {key: value for key, value in auth.items() if value}
    raise TypeError(f"auth must be Credentials, AuthConfig or a dict, not {type(auth).__name__}")


def _secrets(fields: Mapping[str, Any], header: str | None) -> list[str]:
    """What must never be quoted: the password, the tokens, the encoded header."""
    found = [
        str(fields[key])
        for key in ("password", "identitytoken", "registrytoken", "auth")
        if fields.get(key)
    ]
    if header and header != _NO_AUTH:
        found.append(header)
    return sorted(found, key=len, reverse=True)


def _scrub(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, _HIDDEN)
    return text


def _scrubbed(error: errors.APIError, secrets: Sequence[str]) -> errors.APIError:
    """The same error with any secret in its message (and its kept answer) hidden."""
    response = error.response
    if response is not None:
        content = _scrub(response.content.decode("utf-8", "replace"), secrets)
        response = errors.ErrorResponse(response.status_code, content.encode(), response.headers)
    return type(error)(
        _scrub(error.explanation, secrets),
        status_code=error.status_code,
        method=error.method,
        path=error.path,
        operation=error.operation,
        response=response,
    )


def _registry_error(error: errors.APIError, secrets: Sequence[str]) -> errors.APIError:
    """The typed error of a registry's refusal that the engine answers with a 5xx.

    Engines answer 500 when the registry refused credentials (``unauthorized:
    authentication required``, ``login attempt ... failed with status: 401
    Unauthorized``) or does not know the image: the class (and ``status_code``) is chosen
    from the words, as for errors inside a progress stream; secrets are hidden."""
    if error.status_code >= 500:
        typed = errors.from_stream_message(
            error.explanation, method=error.method, path=error.path, operation=error.operation
        )
        if typed.status_code < 500:
            error = typed
    return _scrubbed(error, secrets) if secrets else error


# -- request bodies -----------------------------------------------------------------------------


async def _path_chunks(path: str | os.PathLike[str]) -> AsyncIterator[bytes]:
    from engine_api.archive import CHUNK_SIZE

    with open(path, "rb") as file:
        while block := file.read(CHUNK_SIZE):
            yield block


def _upload(source: ImageSource) -> Any:
    """A request body the client streams: paths are read in chunks as they are sent."""
    if isinstance(source, (str, os.PathLike)):
        os.stat(source)  # FileNotFoundError names the path before anything is sent
        return _path_chunks(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    return source


def _join_changes(changes: str | Sequence[str] | None) -> str | Unset:
    # The engine joins repeated `changes` values with newlines before parsing them as
    # Dockerfile instructions: one newline-joined value means the same.
    if changes is None:
        return UNSET
    if isinstance(changes, str):
        return changes
    return "\n".join(changes)


def _changes_list(changes: str | Sequence[str] | None) -> list[str] | Unset:
    if changes is None:
        return UNSET
    if isinstance(changes, str):
        return [changes]
    return list(changes)


async def _sized(chunks: AsyncIterator[bytes], size: int) -> AsyncIterator[bytes]:
    """The same bytes in chunks of exactly ``size`` (the last one shorter)."""
    pending = bytearray()
    async for chunk in chunks:
        pending += chunk
        while len(pending) >= size:
            yield bytes(pending[:size])
            del pending[:size]
    if pending:
        yield bytes(pending)


def _is_digest(tag: str) -> bool:
    return ":" in tag  # tags cannot hold a colon; digests are algorithm:hex


class AsyncImages(AsyncClientParts):
    """Image operations of :class:`~engine_api.AsyncAPIClient` (mixed into it)."""

    # -- credentials ----------------------------------------------------------------------------

    @property
    def auth_store(self) -> AuthStore:
        """Where pulls and pushes find credentials, and where :meth:`login` keeps them:
        made at first use from the docker config directory; assign another
        :class:`~engine_api.auth.AuthStore` to choose. Views made by ``with_options`` after
        its first use share it."""
        from engine_api.auth import AuthStore

        store = self.__dict__.get("_auth_store")
        if store is None:
            store = self.__dict__["_auth_store"] = AuthStore()
        return store

    @auth_store.setter
    def auth_store(self, store: AuthStore) -> None:
        self.__dict__["_auth_store"] = store

    def _logins(self) -> dict[str, tuple[Credentials, Credentials, AuthResponse]]:
        logins = self.__dict__.get("_image_logins")
        if logins is None:
            logins = self.__dict__["_image_logins"] = {}
        return logins

    def _auth_header(
        self, registry: str, auth: RegistryAuth | None, *, required: bool
    ) -> tuple[str | None, list[str]]:
        """The X-Registry-Auth value for ``registry`` (None: send none) and its secrets."""
        from engine_api_binding._api import registry_auth

        if auth is None:
            found = self.auth_store.for_registry(registry)
            fields = found.to_header_dict() if found is not None else {}
        else:
            fields = _auth_fields(auth)
        if not fields:
            return (_NO_AUTH if required else None), []
        header = registry_auth(fields)
        return header, _secrets(fields, header)

    # -- helpers ----------------------------------------------------------------------------------

    def _read_error(self, method: str, path: str) -> Callable[[httpx.TransportError], Any]:
        def convert(exc: httpx.TransportError) -> errors.DockerException:
            return self._transport_error(exc, method, path)

        return convert

    async def _open(
        self, operation_id: str, request: dict[str, Any], secrets: Sequence[str]
    ) -> AsyncResponse:
        """open_stream, a registry's refusal typed and any secret cleared from the message."""
        try:
            return await self.open_stream(operation_id, request, timeout=None)
        except errors.APIError as exc:
            raise _registry_error(exc, secrets) from None

    def _progress(
        self,
        response: AsyncResponse,
        request: dict[str, Any],
        operation_id: str,
        parse: Callable[[Any], T],
        secrets: Sequence[str] = (),
    ) -> AsyncJSONStream[T]:
        method, path = request["method"].upper(), request["url"]

        def error(message: str, value: Any) -> errors.DockerException:
            return errors.from_stream_message(
                _scrub(message, secrets), method=method, path=path, operation=operation_id
            )

        return AsyncJSONStream(
            response_chunks(response, self._read_error(method, path)),
            parse,
            close=response.aclose,
            error_factory=error,
        )

    @staticmethod
    async def _drain(stream: AsyncJSONStream[Any]) -> None:
        """Read a progress stream to its end (raising its in-band error), keeping nothing."""
        async with stream:
            async for _ in stream:
                pass

    # -- pull, push, login ------------------------------------------------------------------------

    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        stream: Literal[False] = ...,
        auth_config: RegistryAuth | None = ...,
        decode: bool = ...,
        platform: str | None = ...,
        all_tags: Literal[False] = ...,
    ) -> ImageInspect: ...

    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        stream: Literal[False] = ...,
        auth_config: RegistryAuth | None = ...,
        decode: bool = ...,
        platform: str | None = ...,
        *,
        all_tags: Literal[True],
    ) -> list[ImageInspect]: ...

    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None,
        stream: Literal[True],
        auth_config: RegistryAuth | None = ...,
        decode: bool = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
    ) -> AsyncJSONStream[CreateImageInfo]: ...

    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        auth_config: RegistryAuth | None = ...,
        decode: bool = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
    ) -> AsyncJSONStream[CreateImageInfo]: ...

    async def pull(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: RegistryAuth | None = None,
        decode: bool = False,
        platform: str | None = None,
        all_tags: bool = False,
    ) -> ImageInspect | list[ImageInspect] | AsyncJSONStream[CreateImageInfo]:
        """Pull an image: docker-py's ``pull``, with its arguments.

        ``repository`` may carry a tag or a digest (``busybox:1.36``,
        ``127.0.0.1:5000/app@sha256:...``); ``tag`` (a tag or a digest) overrides it;
        neither means ``latest``, or every tag with ``all_tags``. Returns the pulled
        image's inspect (a list of them with ``all_tags``; docker-py returns the progress
        output as one string), or with ``stream=True`` the typed progress messages as they
        arrive (the pull goes on while they are read; ``decode`` is accepted for docker-py's
        sake: the messages are always decoded). Credentials: ``auth_config`` (a dict, a
        :class:`~engine_api.auth.Credentials` or an ``AuthConfig``), else
        :attr:`auth_store`'s for the image's registry.
        """
        from engine_api_binding.api.image import image_create
        from engine_api_binding.models import CreateImageInfo

        from engine_api.auth import parse_image_reference as _parse_reference

        del decode  # always decoded, typed
        reference = _parse_reference(repository)
        name = reference.familiar_name
        chosen = tag or reference.digest or reference.tag
        if chosen is None and not all_tags:
            chosen = "latest"
        header, secrets = self._auth_header(reference.registry, auth_config, required=False)
        request = image_create._get_kwargs(
            from_image=name,
            tag=chosen if chosen is not None else UNSET,
            platform=platform if platform is not None else UNSET,
            x_registry_auth=header if header is not None else UNSET,
        )
        response = await self._open(image_create.OPERATION_ID, request, secrets)
        progress = self._progress(
            response, request, image_create.OPERATION_ID, CreateImageInfo.from_dict, secrets
        )
        if stream:
            return progress
        await self._drain(progress)
        if chosen is None:
            found = await self.images(filters={"reference": [name]})
            return [await self.ops.image_inspect(image.id) for image in found]
        return await self.ops.image_inspect(
            f"{name}@{chosen}" if _is_digest(chosen) else f"{name}:{chosen}"
        )

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        stream: Literal[False] = ...,
        auth_config: RegistryAuth | None = ...,
        decode: bool = ...,
    ) -> list[PushImageInfo]: ...

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None,
        stream: Literal[True],
        auth_config: RegistryAuth | None = ...,
        decode: bool = ...,
    ) -> AsyncJSONStream[PushImageInfo]: ...

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        auth_config: RegistryAuth | None = ...,
        decode: bool = ...,
    ) -> AsyncJSONStream[PushImageInfo]: ...

    async def push(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: RegistryAuth | None = None,
        decode: bool = False,
    ) -> list[PushImageInfo] | AsyncJSONStream[PushImageInfo]:
        """Push an image to its registry: docker-py's ``push``, with its arguments.

        ``repository`` may carry a tag; ``tag`` overrides it; neither pushes every tag of
        the repository. Returns every progress message once the push is done (the last
        one's ``additional_properties["aux"]`` holds ``Tag``, ``Digest`` and ``Size``;
        docker-py returns them as one string), or with ``stream=True`` the messages as they
        arrive (``decode`` is accepted: they are always decoded, typed). A failure reported
        in the stream (``unauthorized``, ``denied``...) raises its typed error
        (``Unauthorized``...). Credentials: ``auth_config``, else :attr:`auth_store`'s;
        none is sent as ``{}``.
        """
        from engine_api_binding.api.image import image_push
        from engine_api_binding.models import PushImageInfo

        from engine_api.auth import parse_image_reference as _parse_reference

        del decode  # always decoded, typed
        reference = _parse_reference(repository)
        if reference.digest is not None:
            raise errors.InvalidReference(repository, "a digest cannot be pushed to")
        chosen = tag or reference.tag
        header, secrets = self._auth_header(reference.registry, auth_config, required=True)
        request = image_push._get_kwargs(
            reference.familiar_name,
            tag=chosen if chosen is not None else UNSET,
            x_registry_auth=header or _NO_AUTH,
        )
        response = await self._open(image_push.OPERATION_ID, request, secrets)
        progress = self._progress(
            response, request, image_push.OPERATION_ID, PushImageInfo.from_dict, secrets
        )
        if stream:
            return progress
        return await progress.collect()

    async def inspect_distribution(
        self, image: str, auth_config: RegistryAuth | None = None
    ) -> DistributionInspect:
        """What the registry says of an image (docker-py's ``inspect_distribution``): its
        manifest's descriptor (digest, media type, size) and platforms, asked through the
        engine. Credentials: ``auth_config``, else :attr:`auth_store`'s for the image's
        registry."""
        from engine_api_binding.api.distribution import distribution_inspect

        from engine_api.auth import parse_image_reference as _parse_reference

        reference = _parse_reference(image)
        header, secrets = self._auth_header(reference.registry, auth_config, required=False)
        request = distribution_inspect._get_kwargs(image)
        if header is not None:
            request["headers"] = {"X-Registry-Auth": header}
        try:
            response = await self.send_async(distribution_inspect.OPERATION_ID, request)
        except errors.APIError as exc:
            raise _registry_error(exc, secrets) from None
        return distribution_inspect._parse_success(response)

    async def login(
        self,
        username: str,
        password: str,
        registry: str | None = None,
        *,
        reauth: bool = False,
        save: bool = False,
    ) -> AuthResponse:
        """Check credentials with a registry through the engine (``docker login``), as
        docker-py's ``login``; ``registry`` None is Docker Hub.

        On success :attr:`auth_store` remembers them (an identity token the registry gave
        instead of the password) for this client's later pulls and pushes; ``save=True``
        also keeps them as ``docker login`` does (credential helper, else ``config.json``).
        Refused credentials raise :class:`~engine_api.errors.Unauthorized` (the engine
        answers 500 quoting the registry's 401: the class and ``status_code`` say 401).
        Without ``reauth``, a login this client already made with the same credentials is
        not asked again.
        """
        from engine_api_binding.models import AuthConfig, AuthResponse

        from engine_api.auth import DOCKER_HUB_KEY, Credentials, auth_key

        key = auth_key(registry)
        given = Credentials(username=username, password=password, serveraddress=key)
        previous = self._logins().get(key)
        if not reauth and previous is not None and previous[0] == given:
            self.auth_store.store(key, previous[1], save=save)
            return previous[2]
        secrets = _secrets(given.to_header_dict(), None)
        body = AuthConfig(
            username=username,
            password=password,
            serveraddress=registry if registry else DOCKER_HUB_KEY,
        )
        try:
            answer = await self.ops.system_auth(body=body)
        except errors.APIError as exc:
            raise _registry_error(exc, secrets) from None
        if answer is None:  # 204: accepted without a word
            answer = AuthResponse(status="Login Succeeded")
        token = answer.identity_token
        remembered = given
        if isinstance(token, str) and token:
            remembered = Credentials(username=username, serveraddress=key, identitytoken=token)
        self.auth_store.store(key, remembered, save=save)
        self._logins()[key] = (given, remembered, answer)
        return answer

    # -- local images ---------------------------------------------------------------------------

    @overload
    async def images(
        self,
        name: str | None = ...,
        quiet: Literal[False] = ...,
        all: bool = ...,
        filters: JSONQuery | None = ...,
    ) -> list[ImageSummary]: ...

    @overload
    async def images(
        self,
        name: str | None,
        quiet: Literal[True],
        all: bool = ...,
        filters: JSONQuery | None = ...,
    ) -> list[str]: ...

    @overload
    async def images(
        self,
        name: str | None = ...,
        *,
        quiet: Literal[True],
        all: bool = ...,
        filters: JSONQuery | None = ...,
    ) -> list[str]: ...

    async def images(
        self,
        name: str | None = None,
        quiet: bool = False,
        all: bool = False,
        filters: JSONQuery | None = None,
    ) -> list[ImageSummary] | list[str]:
        """The engine's images (docker-py's ``images``): top-level ones, every layer with
        ``all``; only their ids with ``quiet``. ``name`` keeps those of a reference pattern
        (``busybox``, ``app:1.*``); ``filters`` as ``{"dangling": ["true"], "label":
        ["a=b"]}``."""
        given: JSONQuery | Unset = UNSET
        if name is not None:
            base = dict(filters) if isinstance(filters, Mapping) else {}
            if filters is not None and not isinstance(filters, Mapping):
                raise TypeError("name= needs filters as a dict (or None)")
            given = {**base, "reference": [name]}
        elif filters is not None:
            given = filters
        found = await self.ops.image_list(all_=all or UNSET, filters=given)
        if quiet:
            return [image.id for image in found]
        return found

    async def inspect_image(self, image: str) -> ImageInspect:
        """An image's details (docker-py's ``inspect_image``): by name, id or digest."""
        return await self.ops.image_inspect(image)

    async def history(self, image: str) -> list[ImageHistoryResponseItem]:
        """An image's layers, newest first (docker-py's ``history``)."""
        return await self.ops.image_history(image)

    async def tag(
        self, image: str, repository: str, tag: str | None = None, force: bool = False
    ) -> bool:
        """Give ``image`` the name ``repository[:tag]`` (docker-py's ``tag``; ``latest``
        when neither carries a tag); True, as docker-py returns. ``force`` is accepted for
        docker-py's sake: engines since API 1.25 always move a tag that exists."""
        del force
        await self.ops.image_tag(image, repo=repository, tag=tag if tag is not None else UNSET)
        return True

    async def remove_image(
        self, image: str, force: bool = False, noprune: bool = False
    ) -> list[ImageDeleteResponseItem]:
        """Remove an image or one of its names (docker-py's ``remove_image``): what was
        untagged and deleted."""
        return await self.ops.image_delete(image, force=force or UNSET, noprune=noprune or UNSET)

    async def prune_images(self, filters: JSONQuery | None = None) -> ImagePruneResponse:
        """Remove unused images (docker-py's ``prune_images``): dangling ones, or every
        unused one with ``filters={"dangling": ["false"]}``; what went and the space freed."""
        return await self.ops.image_prune(filters=filters if filters is not None else UNSET)

    async def search(self, term: str, limit: int | None = None) -> list[ImageSearchResponseItem]:
        """Search a registry (Docker Hub unless ``term`` names one) through the engine
        (docker-py's ``search``); needs the engine to reach that registry."""
        return await self.ops.image_search(term=term, limit=limit if limit is not None else UNSET)

    async def commit(
        self,
        container: str,
        repository: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        author: str | None = None,
        pause: bool = True,
        changes: str | Sequence[str] | None = None,
        conf: ContainerConfig | Mapping[str, Any] | None = None,
    ) -> IDResponse:
        """Make an image of a container's filesystem (docker-py's ``commit``, with its
        arguments): named ``repository[:tag]`` if given; ``changes`` are Dockerfile
        instructions (``CMD``, ``ENV``, ``LABEL``...) applied to its config; ``conf`` is the
        config itself. The answer reads as docker-py's ``{"Id": ...}``."""
        from engine_api_binding.models import ContainerConfig

        # Always a body: ``{}`` without ``conf`` (podman's Docker API answers 500 to none).
        body = ContainerConfig()
        if isinstance(conf, ContainerConfig):
            body = conf
        elif conf is not None:
            body = ContainerConfig.from_dict(conf)
        return await self.ops.image_commit(
            body=body,
            container=container,
            repo=repository if repository is not None else UNSET,
            tag=tag if tag is not None else UNSET,
            comment=message if message is not None else UNSET,
            author=author if author is not None else UNSET,
            pause=pause,
            changes=_join_changes(changes),
        )

    # -- archives -------------------------------------------------------------------------------

    @overload
    async def get_image(
        self,
        image: str | Sequence[str],
        chunk_size: int | None = ...,
        *,
        out: None = ...,
    ) -> AsyncArchiveStream: ...

    @overload
    async def get_image(
        self,
        image: str | Sequence[str],
        chunk_size: int | None = ...,
        *,
        out: IO[bytes] | str | os.PathLike[str],
    ) -> int: ...

    async def get_image(
        self,
        image: str | Sequence[str],
        chunk_size: int | None = DEFAULT_DATA_CHUNK_SIZE,
        *,
        out: IO[bytes] | str | os.PathLike[str] | None = None,
    ) -> AsyncArchiveStream | int:
        """``docker save``'s tar of an image (docker-py's ``get_image``), or of several
        (a list of names or ids), as it arrives: a stream of chunks of ``chunk_size``
        bytes (the last one shorter; None: as they come). Close the stream (or leave its
        ``with``) to stop early. With ``out`` (a binary file object, or a path, created or
        truncated; removed again if the transfer fails) the tar is written there instead,
        and its size returned."""
        from engine_api_binding.api.image import image_get, image_get_all

        if chunk_size is not None and chunk_size < 1:
            raise ValueError(
                f"chunk_size must be a positive number of bytes or None, not {chunk_size}"
            )
        if isinstance(image, str):
            request = image_get._get_kwargs(image)
            operation = image_get.OPERATION_ID
        else:
            request = image_get_all._get_kwargs(names=list(image))
            operation = image_get_all.OPERATION_ID
        response = await self.open_stream(operation, request, timeout=None)
        chunks = response_chunks(response, self._read_error("GET", request["url"]))
        if chunk_size is not None and out is None:
            chunks = _sized(chunks, chunk_size)
        archive = AsyncArchiveStream(chunks, response.aclose)
        if out is None:
            return archive
        async with archive:
            return await archive.write_to(out)

    @overload
    async def load_image(
        self, data: ImageSource, quiet: bool | None = ..., *, stream: Literal[False] = ...
    ) -> list[BuildInfo]: ...

    @overload
    async def load_image(
        self, data: ImageSource, quiet: bool | None = ..., *, stream: Literal[True]
    ) -> AsyncJSONStream[BuildInfo]: ...

    async def load_image(
        self, data: ImageSource, quiet: bool | None = None, *, stream: bool = False
    ) -> list[BuildInfo] | AsyncJSONStream[BuildInfo]:
        """Load images from a ``docker save`` tar (docker-py's ``load_image``), uploaded in
        chunks as it is read (bytes, a binary file, chunks, or a path). Returns the
        engine's messages (``stream``: ``Loaded image: name:tag`` / ``Loaded image ID:
        sha256:...``; unless ``quiet``, the layers' progress too), or with ``stream=True``
        the same as they arrive. A failure the engine reports in them (a broken archive)
        raises :class:`~engine_api.errors.ImageLoadError` with its message, as docker-py's
        ``images.load`` does."""
        from engine_api_binding.api.image import image_load
        from engine_api_binding.models import BuildInfo

        request = image_load._get_kwargs(quiet=quiet if quiet is not None else UNSET)
        request["content"] = _upload(data)
        request["headers"]["Content-Type"] = "application/x-tar"
        response = await self.open_stream(image_load.OPERATION_ID, request, timeout=None)
        method, path = request["method"].upper(), request["url"]

        def error(message: str, value: Any) -> errors.DockerException:
            return errors.ImageLoadError(message, method=method, path=path)

        progress = AsyncJSONStream(
            response_chunks(response, self._read_error(method, path)),
            BuildInfo.from_dict,
            close=response.aclose,
            error_factory=error,
        )
        if stream:
            return progress
        return await progress.collect()

    async def import_image(
        self,
        src: ImageSource | None = None,
        repository: str | None = None,
        tag: str | None = None,
        image: str | None = None,
        changes: str | Sequence[str] | None = None,
        stream_src: bool = False,
        *,
        message: str | None = None,
        platform: str | None = None,
    ) -> ImageInspect:
        """Make an image (docker-py's ``import_image``, with its arguments); returns its
        inspect (docker-py returns the engine's progress output as a string).

        ``src`` is a root filesystem tar: the path of a file, an ``http(s)://`` URL (the
        engine fetches it), bytes, a binary file object or chunks, uploaded as it is read
        (``stream_src`` is accepted for docker-py's sake: every source is streamed). The
        one-layer image is named ``repository[:tag]`` if given; ``changes`` are Dockerfile
        instructions applied to its config; ``message`` its history comment. Without
        ``src``, ``image`` names an existing image: see :meth:`import_image_from_image`.
        """
        del stream_src  # every source is streamed
        if src is None:
            if image is None:
                raise TypeError(
                    "import_image needs src (a tar: path, URL, bytes, file or chunks) or image"
                )
            return await self.import_image_from_image(image, repository, tag, changes)
        from engine_api_binding.api.image import image_create
        from engine_api_binding.models import CreateImageInfo

        url = (
            isinstance(src, str)
            and not os.path.isfile(src)
            and src.startswith(("http://", "https://"))
        )
        request = image_create._get_kwargs(
            from_src=str(src) if url else "-",
            repo=repository if repository is not None else UNSET,
            tag=tag if tag is not None else UNSET,
            message=message if message is not None else UNSET,
            changes=_changes_list(changes),
            platform=platform if platform is not None else UNSET,
        )
        if not url:
            request["content"] = _upload(src)
            request["headers"]["Content-Type"] = "application/x-tar"
        response = await self.open_stream(image_create.OPERATION_ID, request, timeout=None)
        progress = self._progress(
            response, request, image_create.OPERATION_ID, CreateImageInfo.from_dict
        )
        image_id: str | None = None
        async with progress:
            async for item in progress:
                status = item.status
                if isinstance(status, str) and status.startswith(_SHA256):
                    image_id = status.strip()
        if image_id is None:
            raise errors.ProtocolError(
                f"POST {request['url']}: the engine's answer to an import named no image id"
            )
        return await self.ops.image_inspect(image_id)

    async def import_image_from_data(
        self,
        data: bytes | bytearray | memoryview,
        repository: str | None = None,
        tag: str | None = None,
        changes: str | Sequence[str] | None = None,
    ) -> ImageInspect:
        """:meth:`import_image` of a tar held in memory (docker-py's name)."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(
                f"import_image_from_data takes the tar as bytes, not {type(data).__name__}"
            )
        return await self.import_image(data, repository, tag, changes=changes)

    async def import_image_from_file(
        self,
        filename: str | os.PathLike[str],
        repository: str | None = None,
        tag: str | None = None,
        changes: str | Sequence[str] | None = None,
    ) -> ImageInspect:
        """:meth:`import_image` of a tar file, read as it is sent (docker-py's name); a
        missing file raises ``FileNotFoundError`` naming it."""
        os.stat(filename)
        return await self.import_image(os.fspath(filename), repository, tag, changes=changes)

    async def import_image_from_stream(
        self,
        stream: IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
        repository: str | None = None,
        tag: str | None = None,
        changes: str | Sequence[str] | None = None,
    ) -> ImageInspect:
        """:meth:`import_image` of a tar read from a binary file object or chunks as it is
        sent (docker-py's name)."""
        return await self.import_image(stream, repository, tag, changes=changes, stream_src=True)

    async def import_image_from_url(
        self,
        url: str,
        repository: str | None = None,
        tag: str | None = None,
        changes: str | Sequence[str] | None = None,
    ) -> ImageInspect:
        """:meth:`import_image` of a tar that the engine fetches from an ``http(s)://`` URL
        (docker-py's name)."""
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"import_image_from_url needs an http:// or https:// URL, not {url!r}")
        return await self.import_image(url, repository, tag, changes=changes)

    async def import_image_from_image(
        self,
        image: str,
        repository: str | None = None,
        tag: str | None = None,
        changes: str | Sequence[str] | None = None,
    ) -> ImageInspect:
        """docker-py's ``import_image_from_image``: the image ``image`` (its own tag, or
        ``latest``) is pulled from its registry, as the engine does for docker-py, then
        named ``repository[:tag]`` when ``repository`` is given. Returns its inspect.

        docker-py sends ``tag`` as the tag to pull and drops ``repository`` (the engine
        ignores it for a pull); here ``tag`` belongs to the new name. ``changes`` cannot
        apply to a pulled image (the engine ignores them): giving any is a ``TypeError``
        (use :meth:`commit` with ``changes``)."""
        if changes:
            raise TypeError(
                "import_image_from_image cannot apply changes to a pulled image; "
                "commit a container of it with changes= instead"
            )
        pulled = await self.pull(image)
        if repository is None:
            return pulled
        image_id = pulled.id if isinstance(pulled.id, str) and pulled.id else image
        await self.tag(image_id, repository, tag)
        return await self.ops.image_inspect(image_id)
