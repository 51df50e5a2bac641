"""``client.images``: docker-py's image collection and ``Image``, typed.

:class:`AsyncImage` wraps one image: its inspect data is the typed model
(:attr:`~AsyncImage.attrs`; :attr:`~AsyncImage.attrs_dict` for docker-py's dict). The
collection's methods are the client's image calls (``pull``, ``push``, ``build``,
``image_list``...) returning wrappers where docker-py returns ``Image`` objects.

This module is the one source: ``engine_api/_sync/image.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, Self, overload

from engine_api_binding.models import (
    BuildInfo,
    ImageDeleteResponseItem,
    ImageHistoryResponseItem,
    ImageInspect,
    ImagePruneResponse,
    ImageSearchResponseItem,
    PushImageInfo,
)

from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery

    from engine_api._async.client import AsyncDockerClient
    from engine_api._async.images import ImageSource, RegistryAuth
    from engine_api._async.streaming import AsyncJSONStream
    from engine_api.results import BuildResult

__all__ = ["AsyncImage", "AsyncImageCollection"]


class AsyncImage(AsyncResource[ImageInspect]):
    """One image of a client: docker-py's ``Image``, typed."""

    __slots__ = ()

    @property
    def id(self) -> str:
        """``sha256:...``."""
        return str(_value(self._attrs.id, ""))

    @property
    def short_id(self) -> str:
        """``sha256:`` and the first 10 hex digits, as docker-py shows it."""
        return self.id[:17]

    @property
    def tags(self) -> list[str]:
        """The image's ``repo:tag`` names (without ``<none>:<none>``)."""
        tags = self._attrs.repo_tags
        return [t for t in tags if t != "<none>:<none>"] if isinstance(tags, list) else []

    @property
    def labels(self) -> dict[str, str]:
        """The image's labels (an empty dict when it has none)."""
        config = _value(self._attrs.config)
        labels = _value(config.labels) if config is not None else None
        return dict(labels.additional_properties) if labels is not None else {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {', '.join(self.tags) or self.short_id}>"

    async def reload(self) -> Self:
        """Inspect the image again; returns it, with fresh attrs."""
        self._attrs = await self.client.api.inspect_image(self.id)
        return self

    async def history(self) -> list[ImageHistoryResponseItem]:
        """The layers of the image, newest first."""
        return await self.client.api.history(self.id)

    async def tag(self, repository: str, tag: str | None = None, force: bool = False) -> bool:
        """Tag it ``repository[:tag]``; True, as docker-py returns."""
        await self.client.api.tag(self.id, repository, tag, force=force)
        await self.reload()
        return True

    async def remove(self, force: bool = False, noprune: bool = False) -> None:
        """Remove the image (``force``: even when in use; ``noprune``: keep untagged parents)."""
        await self.client.api.remove_image(self.id, force=force, noprune=noprune)

    async def save(self, out: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write it as a tar (``docker save``) to a path or a binary file, streamed."""
        result: int = await self.client.api.get_image(self.id, out=out)
        return result


class AsyncImageCollection:
    """Images of one client (``client.images``)."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    async def get(self, name: str) -> AsyncImage:
        """The image of that name or id (ImageNotFound when there is none)."""
        return AsyncImage(self.client, await self.client.api.inspect_image(name))

    async def list(
        self, name: str | None = None, all: bool = False, filters: JSONQuery | None = None
    ) -> builtins.list[AsyncImage]:
        """Images, as docker-py lists them (each inspected)."""
        summaries = await self.client.api.images(all=all, filters=filters, name=name)
        return [await self.get(summary.id) for summary in summaries]

    async def pull(
        self, repository: str, tag: str | None = None, *, platform: str | None = None, **kwargs: Any
    ) -> AsyncImage:
        """Pull it (credentials as the client's ``pull`` finds them) and return it."""
        inspected: ImageInspect = await self.client.api.pull(
            repository, tag, platform=platform, **kwargs
        )
        return AsyncImage(self.client, inspected)

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        auth_config: RegistryAuth | None = ...,
        stream: Literal[False] = ...,
    ) -> builtins.list[PushImageInfo]: ...

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        auth_config: RegistryAuth | None = ...,
        stream: Literal[True],
    ) -> AsyncJSONStream[PushImageInfo]: ...

    async def push(
        self,
        repository: str,
        tag: str | None = None,
        *,
        auth_config: RegistryAuth | None = None,
        stream: bool = False,
    ) -> builtins.list[PushImageInfo] | AsyncJSONStream[PushImageInfo]:
        """Push it: every progress message once done, or with ``stream`` as they come
        (see the client's ``push``)."""
        if stream:
            return await self.client.api.push(repository, tag, auth_config=auth_config, stream=True)
        return await self.client.api.push(repository, tag, auth_config=auth_config)

    async def build(self, **kwargs: Any) -> tuple[AsyncImage, builtins.list[BuildInfo]]:
        """Build it (the client's ``build``, same arguments but ``stream``); ``(image,
        log)`` as docker-py."""
        if kwargs.get("stream"):
            raise TypeError(
                "images.build() returns the image once built: for the progress as "
                "it comes, use client.api.build(stream=True)"
            )
        result: BuildResult = await self.client.api.build(**kwargs)
        return await self.get(result.image_id), result.log

    async def remove(
        self, image: str, force: bool = False, noprune: bool = False
    ) -> builtins.list[ImageDeleteResponseItem]:
        """Remove an image by name or id (``force``, ``noprune``: as :meth:`AsyncImage.remove`)."""
        return await self.client.api.remove_image(image, force=force, noprune=noprune)

    async def prune(self, filters: JSONQuery | None = None) -> ImagePruneResponse:
        """Remove unused images (``filters`` as the engine takes them): what went, the space
        freed."""
        return await self.client.api.prune_images(filters)

    async def search(
        self, term: str, limit: int | None = None
    ) -> builtins.list[ImageSearchResponseItem]:
        """Search the registry (Docker Hub by default) for images matching ``term``."""
        return await self.client.api.search(term, limit)

    async def load(self, data: ImageSource) -> builtins.list[AsyncImage]:
        """Load images from a tar (``docker load``); the images it held."""
        messages = await self.client.api.load_image(data)
        names: builtins.list[str] = []
        for message in messages:
            stream = getattr(message, "stream", None)
            if isinstance(stream, str) and stream.startswith("Loaded image"):
                names.append(stream.split(":", 1)[1].strip())
        return [await self.get(name) for name in names]

    async def create_from_container(
        self,
        container: str,
        repository: str | None = None,
        tag: str | None = None,
        *,
        message: str | None = None,
        author: str | None = None,
        changes: str | Sequence[str] | None = None,
        conf: Mapping[str, Any] | None = None,
    ) -> AsyncImage:
        """``docker commit``: an image of the container's filesystem."""
        made = await self.client.api.commit(
            container, repository, tag, message=message, author=author, changes=changes, conf=conf
        )
        return await self.get(made.id)
