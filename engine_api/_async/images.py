"""Images: pull, push, login, list, inspect, history, tag, remove, prune, search, commit,
save, load and import.

Names are docker-py's ``APIClient`` ones where they read as verbs on their own (``pull``,
``push``, ``login``, ``commit``); the rest carry an ``image_`` prefix, as the generated
binding's operations do, so that they do not clash with containers' methods:

==================  ===================================
docker-py           here
==================  ===================================
``images``          :meth:`~AsyncImages.image_list`
``inspect_image``   :meth:`~AsyncImages.image_inspect`
``history``         :meth:`~AsyncImages.image_history`
``tag``             :meth:`~AsyncImages.image_tag`
``remove_image``    :meth:`~AsyncImages.image_remove`
``prune_images``    :meth:`~AsyncImages.image_prune`
``search``          :meth:`~AsyncImages.image_search`
``get_image``       :meth:`~AsyncImages.image_save`
``load_image``      :meth:`~AsyncImages.image_load`
``import_image``    :meth:`~AsyncImages.image_import`
==================  ===================================

Answers are the generated models: ``ImageInspect``, ``ImageSummary``... Pull, push, load
and import report progress one JSON message a line; ``stream=True`` hands them out typed
(``CreateImageInfo``, ``PushImageInfo``, ``BuildInfo``) as they arrive, in an
:class:`~engine_api._async.streaming.AsyncJSONStream`; without it the call reads to the
end. A failure the engine reports inside such a stream (with HTTP 200) raises the typed
error its words call for (:func:`engine_api.errors.from_stream_message`:
``Unauthorized``, ``ImageNotFound``...). :func:`engine_api.progress.render_progress`
shows such a stream as ``docker pull`` does.

Registry credentials (``X-Registry-Auth``) come from ``auth=`` when given, else from the
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

import httpx
from engine_api_binding.types import UNSET, Unset

from engine_api import errors
from engine_api._async.files import AsyncArchiveStream
from engine_api._async.parts import AsyncClientParts
from engine_api._async.streaming import AsyncJSONStream, response_chunks

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery
    from engine_api_binding.models import (
        AuthConfig,
        AuthResponse,
        BuildInfo,
        ContainerConfig,
        CreateImageInfo,
        IDResponse,
        ImageDeleteResponseItem,
        ImageHistoryResponseItem,
        ImageInspect,
        ImagePruneResponse,
        ImageSearchResponseItem,
        ImageSummary,
        PushImageInfo,
    )

    from engine_api.auth import AuthStore, Credentials

__all__ = ["AsyncImages", "ImageSource", "RegistryAuth"]

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
"""A tar archive to upload: bytes, a binary file object, chunks (an iterable, or an async
iterable for the asyncio client), or the path of a file (``str`` or path-like)."""

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
    """The same error with any secret in its message hidden."""
    return type(error)(
        _scrub(error.explanation, secrets),
        status_code=error.status_code,
        method=error.method,
        path=error.path,
        operation=error.operation,
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
    ) -> httpx.Response:
        """open_stream, a registry's refusal typed and any secret cleared from the message."""
        try:
            return await self.open_stream(operation_id, request, timeout=None)
        except errors.APIError as exc:
            raise _registry_error(exc, secrets) from None

    def _progress(
        self,
        response: httpx.Response,
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
        *,
        platform: str | None = ...,
        auth: RegistryAuth | None = ...,
        all_tags: Literal[False] = ...,
        stream: Literal[False] = ...,
    ) -> ImageInspect: ...

    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        platform: str | None = ...,
        auth: RegistryAuth | None = ...,
        all_tags: Literal[True],
        stream: Literal[False] = ...,
    ) -> list[ImageInspect]: ...

    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        platform: str | None = ...,
        auth: RegistryAuth | None = ...,
        all_tags: bool = ...,
        stream: Literal[True],
    ) -> AsyncJSONStream[CreateImageInfo]: ...

    async def pull(
        self,
        repository: str,
        tag: str | None = None,
        *,
        platform: str | None = None,
        auth: RegistryAuth | None = None,
        all_tags: bool = False,
        stream: bool = False,
    ) -> ImageInspect | list[ImageInspect] | AsyncJSONStream[CreateImageInfo]:
        """Pull an image, as docker-py's ``pull``.

        ``repository`` may carry a tag or a digest (``busybox:1.36``,
        ``127.0.0.1:5000/app@sha256:...``); ``tag`` (a tag or a digest) overrides it;
        neither means ``latest``, or every tag with ``all_tags``. Returns the pulled
        image's inspect (a list of them with ``all_tags``), or with ``stream=True`` the
        typed progress messages as they arrive (the pull goes on while they are read).
        Credentials: ``auth``, else :attr:`auth_store`'s for the image's registry.
        """
        from engine_api_binding.api.image import image_create
        from engine_api_binding.models import CreateImageInfo

        from engine_api.auth import parse_image_reference as _parse_reference

        reference = _parse_reference(repository)
        name = reference.familiar_name
        chosen = tag or reference.digest or reference.tag
        if chosen is None and not all_tags:
            chosen = "latest"
        header, secrets = self._auth_header(reference.registry, auth, required=False)
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
        *,
        auth: RegistryAuth | None = ...,
        stream: Literal[False] = ...,
    ) -> list[PushImageInfo]: ...

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        auth: RegistryAuth | None = ...,
        stream: Literal[True],
    ) -> AsyncJSONStream[PushImageInfo]: ...

    async def push(
        self,
        repository: str,
        tag: str | None = None,
        *,
        auth: RegistryAuth | None = None,
        stream: bool = False,
    ) -> list[PushImageInfo] | AsyncJSONStream[PushImageInfo]:
        """Push an image to its registry, as docker-py's ``push``.

        ``repository`` may carry a tag; ``tag`` overrides it; neither pushes every tag of
        the repository. Returns every progress message once the push is done (the last
        one's ``additional_properties["aux"]`` holds ``Tag``, ``Digest`` and ``Size``), or
        with ``stream=True`` the messages as they arrive. A failure reported in the stream
        (``unauthorized``, ``denied``...) raises its typed error (``Unauthorized``...).
        Credentials: ``auth``, else :attr:`auth_store`'s; none is sent as ``{}``.
        """
        from engine_api_binding.api.image import image_push
        from engine_api_binding.models import PushImageInfo

        from engine_api.auth import parse_image_reference as _parse_reference

        reference = _parse_reference(repository)
        if reference.digest is not None:
            raise errors.InvalidReference(repository, "a digest cannot be pushed to")
        chosen = tag or reference.tag
        header, secrets = self._auth_header(reference.registry, auth, required=True)
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

    async def images(
        self,
        all: bool = False,
        filters: JSONQuery | None = None,
        name: str | None = None,
    ) -> list[ImageSummary]:
        """The engine's images (docker-py's ``images``): top-level ones, every layer with
        ``all``. ``name`` keeps those of a reference pattern (``busybox``,
        ``app:1.*``); ``filters`` as ``{"dangling": ["true"], "label": ["a=b"]}``."""
        given: JSONQuery | Unset = UNSET
        if name is not None:
            base = dict(filters) if isinstance(filters, Mapping) else {}
            if filters is not None and not isinstance(filters, Mapping):
                raise TypeError("name= needs filters as a dict (or None)")
            given = {**base, "reference": [name]}
        elif filters is not None:
            given = filters
        return await self.ops.image_list(all_=all or UNSET, filters=given)

    async def inspect_image(self, image: str) -> ImageInspect:
        """An image's details (docker-py's ``inspect_image``): by name, id or digest."""
        return await self.ops.image_inspect(image)

    async def history(self, image: str) -> list[ImageHistoryResponseItem]:
        """An image's layers, newest first (docker-py's ``history``)."""
        return await self.ops.image_history(image)

    async def tag(
        self, image: str, repository: str, tag: str | None = None, force: bool = False
    ) -> None:
        """Give ``image`` the name ``repository[:tag]`` (docker-py's ``tag``; ``latest``
        when neither carries a tag). ``force`` is accepted for docker-py's sake: engines
        since API 1.25 always move a tag that exists."""
        del force
        await self.ops.image_tag(image, repo=repository, tag=tag if tag is not None else UNSET)

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
        changes: str | Sequence[str] | None = None,
        conf: ContainerConfig | Mapping[str, Any] | None = None,
        pause: bool = True,
    ) -> IDResponse:
        """Make an image of a container's filesystem (docker-py's ``commit``): named
        ``repository[:tag]`` if given; ``changes`` are Dockerfile instructions (``CMD``,
        ``ENV``, ``LABEL``...) applied to its config; ``conf`` is the config itself."""
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

    async def get_image(
        self, images: str | Sequence[str], out: IO[bytes] | str | os.PathLike[str]
    ) -> int:
        """Write ``docker save``'s tar of one or several images (names or ids) to ``out``
        (a binary file object, or a path, created or truncated; removed again if the
        transfer fails), chunk by chunk as it arrives (docker-py's ``get_image``). Returns
        the number of bytes written."""
        from engine_api_binding.api.image import image_get, image_get_all

        if isinstance(images, str):
            request = image_get._get_kwargs(images)
            operation = image_get.OPERATION_ID
        else:
            request = image_get_all._get_kwargs(names=list(images))
            operation = image_get_all.OPERATION_ID
        response = await self.open_stream(operation, request, timeout=None)
        chunks = response_chunks(response, self._read_error("GET", request["url"]))
        async with AsyncArchiveStream(chunks, response.aclose) as archive:
            return await archive.write_to(out)

    @overload
    async def load_image(
        self, source: ImageSource, quiet: bool = ..., *, stream: Literal[False] = ...
    ) -> list[BuildInfo]: ...

    @overload
    async def load_image(
        self, source: ImageSource, quiet: bool = ..., *, stream: Literal[True]
    ) -> AsyncJSONStream[BuildInfo]: ...

    async def load_image(
        self, source: ImageSource, quiet: bool = False, *, stream: bool = False
    ) -> list[BuildInfo] | AsyncJSONStream[BuildInfo]:
        """Load images from a ``docker save`` tar (docker-py's ``load_image``), uploaded in
        chunks as they are read. Returns the engine's messages (``stream``: ``Loaded image:
        name:tag`` / ``Loaded image ID: sha256:...``; without ``quiet`` also the layers'
        progress), or with ``stream=True`` the same as they arrive."""
        from engine_api_binding.api.image import image_load
        from engine_api_binding.models import BuildInfo

        request = image_load._get_kwargs(quiet=quiet)
        request["content"] = _upload(source)
        request["headers"]["Content-Type"] = "application/x-tar"
        response = await self.open_stream(image_load.OPERATION_ID, request, timeout=None)
        progress = self._progress(response, request, image_load.OPERATION_ID, BuildInfo.from_dict)
        if stream:
            return progress
        return await progress.collect()

    async def import_image(
        self,
        source: ImageSource,
        repository: str | None = None,
        tag: str | None = None,
        changes: str | Sequence[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
    ) -> ImageInspect:
        """Make a one-layer image of a root filesystem tar (docker-py's ``import_image``),
        uploaded in chunks as it is read; ``http(s)://`` URLs are fetched by the engine.
        Named ``repository[:tag]`` if given; ``changes`` are Dockerfile instructions
        applied to its config. Returns the new image's inspect."""
        from engine_api_binding.api.image import image_create
        from engine_api_binding.models import CreateImageInfo

        url = isinstance(source, str) and source.startswith(("http://", "https://"))
        request = image_create._get_kwargs(
            from_src=str(source) if url else "-",
            repo=repository if repository is not None else UNSET,
            tag=tag if tag is not None else UNSET,
            message=message if message is not None else UNSET,
            changes=_changes_list(changes),
            platform=platform if platform is not None else UNSET,
        )
        if not url:
            request["content"] = _upload(source)
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
