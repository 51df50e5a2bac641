"""Image builds: a context sent as it is made, progress handed out as it arrives.

The context is a directory (tarred by :func:`engine_api.archive.tar_context` with the
engine's ``.dockerignore`` rules, never following a symlink out), a Dockerfile alone
(``fileobj``), or a ready tar (``context``). The engine's progress is typed
:class:`BuildInfo` messages; a failing step raises :class:`~engine_api.errors.BuildError`
carrying the build log up to the failure.

This module is the one source: ``engine_api/_sync/build.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import base64
import collections
import io
import json
import os
import re
from collections.abc import AsyncIterable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, overload

from engine_api_binding.types import UNSET, File, Unset

from engine_api import errors
from engine_api._async.parts import AsyncClientParts
from engine_api._async.streaming import AsyncJSONStream, response_chunks
from engine_api.progress import ProgressRenderer, TextSink
from engine_api.results import BuildResult

if TYPE_CHECKING:
    from engine_api_binding.models import BuildInfo

    from engine_api.auth import AuthStore, Credentials

__all__ = ["AsyncBuild", "BuildResult"]

_NO_BODY = File(payload=io.BytesIO())
_LOG_KEPT = 10_000  # messages kept for BuildError.build_log while streaming
_BUILT = re.compile(r"Successfully built ([0-9a-f]{12,64})")
_LIMITS = {"memory", "memswap", "cpushares", "cpusetcpus", "cpuperiod", "cpuquota"}


def image_id_of(message: BuildInfo) -> str | None:
    """The image id a progress message announces, if it does."""
    aux = message.aux
    if aux is not None and aux.id is not None:
        return aux.id
    if isinstance(message.stream, str):
        found = _BUILT.search(message.stream)
        if found:
            return found.group(1)
        text = message.stream.strip()
        if text.startswith("sha256:") and len(text) == 71:  # quiet builds say only the id
            return text
    return None


def _json_param(value: Mapping[str, Any] | Sequence[Any] | None) -> str | Unset:
    return UNSET if value is None else json.dumps(value, separators=(",", ":"))


def _registry_config(auth: Mapping[str, Credentials] | None, store: AuthStore) -> str | Unset:
    found = auth if auth is not None else store.all_registries()
    if not found:
        return UNSET
    doc = {key: cred.to_header_dict() for key, cred in found.items()}
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode()


def _dockerfile_context(fileobj: BinaryIO | bytes | str) -> Iterable[bytes]:
    from engine_api.archive import tar_paths

    if isinstance(fileobj, str):
        data = fileobj.encode()
    elif isinstance(fileobj, bytes):
        data = fileobj
    else:
        data = fileobj.read()
        if isinstance(data, str):
            data = data.encode()
    return tar_paths(data, "Dockerfile")


class AsyncBuild(AsyncClientParts):
    """``build`` of :class:`~engine_api.AsyncAPIClient` (mixed in)."""

    if TYPE_CHECKING:
        auth_store: AuthStore

    @overload
    async def build(
        self,
        path: str | os.PathLike[str] | None = ...,
        *,
        fileobj: BinaryIO | bytes | str | None = ...,
        custom_context: bool = ...,
        context: bytes | BinaryIO | Iterable[bytes] | AsyncIterable[bytes] | None = ...,
        tag: str | Sequence[str] | None = ...,
        dockerfile: str | None = ...,
        buildargs: Mapping[str, str] | None = ...,
        target: str | None = ...,
        labels: Mapping[str, str] | None = ...,
        nocache: bool = ...,
        pull: bool = ...,
        rm: bool = ...,
        forcerm: bool = ...,
        network_mode: str | None = ...,
        platform: str | None = ...,
        container_limits: Mapping[str, int | str] | None = ...,
        extra_hosts: Mapping[str, str] | None = ...,
        shmsize: int | None = ...,
        cache_from: Sequence[str] | None = ...,
        squash: bool | None = ...,
        quiet: bool = ...,
        gzip: bool = ...,
        encoding: str | None = ...,
        auth: Mapping[str, Credentials] | None = ...,
        stream: Literal[False] = ...,
        timeout: float | None = ...,
        progress: TextSink | None = ...,
    ) -> BuildResult: ...

    @overload
    async def build(
        self,
        path: str | os.PathLike[str] | None = ...,
        *,
        fileobj: BinaryIO | bytes | str | None = ...,
        custom_context: bool = ...,
        context: bytes | BinaryIO | Iterable[bytes] | AsyncIterable[bytes] | None = ...,
        tag: str | Sequence[str] | None = ...,
        dockerfile: str | None = ...,
        buildargs: Mapping[str, str] | None = ...,
        target: str | None = ...,
        labels: Mapping[str, str] | None = ...,
        nocache: bool = ...,
        pull: bool = ...,
        rm: bool = ...,
        forcerm: bool = ...,
        network_mode: str | None = ...,
        platform: str | None = ...,
        container_limits: Mapping[str, int | str] | None = ...,
        extra_hosts: Mapping[str, str] | None = ...,
        shmsize: int | None = ...,
        cache_from: Sequence[str] | None = ...,
        squash: bool | None = ...,
        quiet: bool = ...,
        gzip: bool = ...,
        encoding: str | None = ...,
        auth: Mapping[str, Credentials] | None = ...,
        stream: Literal[True],
        timeout: float | None = ...,
        progress: None = ...,
    ) -> AsyncJSONStream[BuildInfo]: ...

    async def build(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        fileobj: BinaryIO | bytes | str | None = None,
        custom_context: bool = False,
        context: bytes | BinaryIO | Iterable[bytes] | AsyncIterable[bytes] | None = None,
        tag: str | Sequence[str] | None = None,
        dockerfile: str | None = None,
        buildargs: Mapping[str, str] | None = None,
        target: str | None = None,
        labels: Mapping[str, str] | None = None,
        nocache: bool = False,
        pull: bool = False,
        rm: bool = True,
        forcerm: bool = False,
        network_mode: str | None = None,
        platform: str | None = None,
        container_limits: Mapping[str, int | str] | None = None,
        extra_hosts: Mapping[str, str] | None = None,
        shmsize: int | None = None,
        cache_from: Sequence[str] | None = None,
        squash: bool | None = None,
        quiet: bool = False,
        gzip: bool = False,
        encoding: str | None = None,
        auth: Mapping[str, Credentials] | None = None,
        stream: bool = False,
        timeout: float | None = None,
        progress: TextSink | None = None,
    ) -> BuildResult | AsyncJSONStream[BuildInfo]:
        """Build an image (the classic builder), with docker-py's arguments.

        The context is exactly one of: ``path``, a directory (its ``.dockerignore``
        applies; ``dockerfile`` is relative to it); ``fileobj``, a Dockerfile's text
        alone, or a tar with ``custom_context=True`` as docker-py takes it; ``context``, a
        tar (bytes, a file or chunks; ``encoding="gzip"`` when it is compressed). ``tag``
        may be several. ``container_limits`` takes docker-py's keys (memory, memswap,
        cpushares, cpusetcpus, cpuperiod, cpuquota). Registry credentials for ``FROM`` pulls
        come from ``auth``, else from the client's ``auth_store`` (the docker config, and
        what ``login`` remembered).

        Returns a :class:`BuildResult` (image id and log) once the build has finished,
        or with ``stream=True`` the typed progress as it arrives. ``progress`` (not with
        ``stream``): where to show the build's output as it comes, as ``docker build``
        shows it (``sys.stderr``, say; :class:`~engine_api.progress.ProgressRenderer`). A
        failing step raises :class:`~engine_api.errors.BuildError` with the engine's
        message and the log.
        """
        from engine_api_binding.api.image import image_build
        from engine_api_binding.models import BuildInfo

        from engine_api.archive import tar_context

        if stream and progress is not None:
            raise ValueError(
                "progress= shows a build that build() reads itself; with stream=True the "
                "messages are yours: feed them to engine_api.progress.ProgressRenderer"
            )
        given = [x for x in (path, fileobj, context) if x is not None]
        if len(given) != 1:
            raise ValueError("build needs exactly one of path, fileobj or context")
        body: Any
        content_type: Any = UNSET
        if path is not None:
            body = tar_context(path, dockerfile=dockerfile or "Dockerfile", gzip=gzip)
            if gzip:
                encoding = "gzip"
        elif fileobj is not None and custom_context:
            if isinstance(fileobj, str):
                raise TypeError("custom_context=True takes a tar as bytes or a binary file")
            body = fileobj
        elif fileobj is not None:
            body = _dockerfile_context(fileobj)
        else:
            body = context
        if encoding is not None:
            content_type = "application/x-tar"
        limits = dict(container_limits or {})
        unknown = sorted(set(limits) - _LIMITS)
        if unknown:
            raise ValueError(
                f"unknown container_limits {unknown}: expected some of {sorted(_LIMITS)}"
            )
        tags = [tag] if isinstance(tag, str) else list(tag or ())
        request = image_build._get_kwargs(
            body=_NO_BODY,
            dockerfile=dockerfile if dockerfile is not None else UNSET,
            q=quiet,
            nocache=nocache,
            pull="1" if pull else UNSET,
            rm=rm,
            forcerm=forcerm,
            buildargs=_json_param(buildargs),
            labels=_json_param(labels),
            cachefrom=_json_param(list(cache_from) if cache_from is not None else None),
            networkmode=network_mode if network_mode is not None else UNSET,
            platform=platform if platform is not None else UNSET,
            target=target if target is not None else UNSET,
            shmsize=shmsize if shmsize is not None else UNSET,
            squash=squash if squash is not None else UNSET,
            extrahosts=(
                ",".join(f"{host}:{ip}" for host, ip in extra_hosts.items())
                if extra_hosts
                else UNSET
            ),
            content_type=content_type,
            x_registry_config=_registry_config(auth, self.auth_store),
        )
        params = request["params"]
        params.update({key: str(value) for key, value in limits.items()})
        if tags:
            params["t"] = tags
        if encoding is not None:
            request["headers"]["Content-Encoding"] = encoding
        request["content"] = body
        response = await self.open_stream(image_build.OPERATION_ID, request, timeout=timeout)
        log: collections.deque[BuildInfo] = collections.deque(maxlen=_LOG_KEPT)

        def parse(value: Any) -> BuildInfo:
            message = BuildInfo.from_dict(value)
            log.append(message)
            return message

        def failed(message: str, value: Any) -> errors.DockerException:
            return errors.BuildError(message, [*log, BuildInfo.from_dict(value)])

        messages = AsyncJSONStream(
            response_chunks(response, self._on_error("POST", request["url"])),
            parse,
            close=response.aclose,
            error_factory=failed,
        )
        if stream:
            return messages
        image_id: str | None = None
        everything: list[BuildInfo] = []
        renderer = ProgressRenderer(progress) if progress is not None else None
        async with messages:
            async for message in messages:
                if renderer is not None:
                    renderer.feed(message)
                everything.append(message)
                found = image_id_of(message)
                # The full id (aux, or a quiet build's) wins over "Successfully built <short>".
                if found and (image_id is None or not image_id.startswith("sha256:")):
                    image_id = found
        if image_id is None:
            raise errors.BuildError("the build ended without naming an image", everything)
        if not image_id.startswith("sha256:"):
            full = (await self.ops.image_inspect(image_id)).id
            image_id = full if isinstance(full, str) else image_id
        return BuildResult(image_id, everything)
