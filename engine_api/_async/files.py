"""Files in and out of containers, streamed: archives, ``docker cp``, export.

``put_archive`` sends a tar as it is produced (bytes, a file, or chunks), ``get_archive``
and ``export`` hand the engine's tar out as it arrives; ``copy_to``/``copy_from`` do what
``docker cp`` does on top, with :mod:`engine_api.archive` making and safely unpacking the
tars. Nothing is ever held whole: memory is bounded by a chunk whatever the size.

This module is the one source: ``engine_api/_sync/files.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import contextlib
import io
import os
import posixpath
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from typing import IO, TYPE_CHECKING, BinaryIO

from engine_api_binding.types import File

from engine_api import errors
from engine_api._async.parts import AsyncClientParts
from engine_api._async.streaming import AsyncOnce, response_chunks
from engine_api._gather import Gather
from engine_api.refs import Resource, resource_id

if TYPE_CHECKING:
    from engine_api._async.response import AsyncResponse
    from engine_api._synchronization import AsyncCloser
    from engine_api.archive import PathStat

__all__ = ["AsyncArchiveStream", "AsyncFiles"]

_STAT_HEADER = "x-docker-container-path-stat"
_NO_BODY = File(payload=io.BytesIO())

Source = bytes | bytearray | memoryview | BinaryIO | Iterable[bytes] | AsyncIterable[bytes]
"""A tar to send: bytes, a binary file, or chunks (sync or async)."""


class AsyncArchiveStream(AsyncOnce):
    """A tar coming from the engine, chunk by chunk, read once.

    Iterate it for the chunks, or :meth:`write_to` a file, or :meth:`extract_to` a
    directory (safely: see :func:`engine_api.archive.extract`). Close it (or leave its
    ``async with``) to stop early.
    """

    __slots__ = ("_chunks",)

    def __init__(self, chunks: AsyncIterator[bytes], close: AsyncCloser) -> None:
        super().__init__(close)
        self._chunks = chunks

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._once("archive")
        return self._chunks

    async def write_to(self, out: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the tar to a path (created or truncated; removed again if the transfer
        fails, so that no truncated archive is left behind) or to a binary file, as it
        arrives; returns its size."""
        if isinstance(out, str | os.PathLike):
            try:
                with open(out, "wb") as file:
                    return await self.write_to(file)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(out)
                raise
        size = 0
        async for chunk in self:
            out.write(chunk)
            size += len(chunk)
        return size

    async def read(self) -> bytes:
        """The whole tar (for small archives: this holds it in memory)."""
        out = Gather()  # held once: not a list of chunks and then their join
        async for chunk in self:
            out.add(chunk)
        return out.take()

    async def extract_to(
        self, dest: str | os.PathLike[str], *, safe: bool = True, rooted: bool = False
    ) -> list[str]:
        """Unpack into the existing directory ``dest``; returns the names written.
        ``rooted`` for a whole filesystem (``export``): absolute symlinks mean its root."""
        from engine_api.archive import aextract

        async with self:
            return await aextract(self.__aiter__(), dest, safe=safe, rooted=rooted)


def _is_tar_source(data: object) -> bool:
    return isinstance(data, bytes | bytearray | memoryview | AsyncIterable | Iterable) or hasattr(
        data, "read"
    )


class AsyncFiles(AsyncClientParts):
    """Archive and copy operations of :class:`~engine_api.AsyncAPIClient` (mixed in)."""

    async def stat_path(self, container: Resource, path: str) -> PathStat:
        """What is at ``path`` in the container (name, size, mode, mtime, link target).

        A missing path raises :class:`~engine_api.errors.PathNotFound` naming it; a missing
        container :class:`~engine_api.errors.ContainerNotFound`."""
        container = resource_id(container)
        from engine_api_binding.api.container import container_archive_info

        request = container_archive_info._get_kwargs(container, path=path)
        try:
            response = await self.open_stream(container_archive_info.OPERATION_ID, request)
        except errors.NotFound as exc:
            # HEAD answers carry no message: tell the container from the path.
            await self.ops.container_inspect(container)
            raise errors.PathNotFound(
                f"Could not find the file {path} in container {container}",
                status_code=404,
                method=exc.method,
                path=exc.path,
                operation=exc.operation,
            ) from None
        await response.aclose()
        return self._path_stat(response, path)

    @staticmethod
    def _path_stat(response: AsyncResponse, path: str) -> PathStat:
        from engine_api.archive import parse_path_stat

        value = response.headers.get(_STAT_HEADER)
        if value is None:
            raise errors.ProtocolError(
                f"the engine sent no X-Docker-Container-Path-Stat header for {path}"
            )
        return parse_path_stat(value)

    async def get_archive(
        self, container: Resource, path: str, *, timeout: float | None = None
    ) -> tuple[AsyncArchiveStream, PathStat]:
        """A tar of ``path`` in the container, streamed, and the path's stat (docker-py's
        ``bits, stat = get_archive(...)``). ``timeout`` bounds each wait for data."""
        container = resource_id(container)
        from engine_api_binding.api.container import container_archive

        request = container_archive._get_kwargs(container, path=path)
        response = await self.open_stream(container_archive.OPERATION_ID, request, timeout=timeout)
        try:
            stat = self._path_stat(response, path)
        except BaseException:
            await response.aclose()
            raise
        chunks = response_chunks(response, self._on_error("GET", request["url"]))
        return AsyncArchiveStream(chunks, response.aclose), stat

    async def put_archive(
        self,
        container: Resource,
        path: str,
        data: Source,
        *,
        no_overwrite_dir_non_dir: bool = False,
        copy_uid_gid: bool = False,
    ) -> bool:
        """Unpack a tar into the existing directory ``path`` of the container, sent as it is
        read (bytes, a binary file, or chunks). Returns True (as docker-py does).

        A missing ``path`` raises :class:`~engine_api.errors.PathNotFound` naming it."""
        container = resource_id(container)
        from engine_api_binding.api.container import put_container_archive

        if not _is_tar_source(data):
            raise TypeError(f"put_archive sends a tar: bytes, a file or chunks, not {data!r}")
        request = put_container_archive._get_kwargs(
            container,
            body=_NO_BODY,
            path=path,
            no_overwrite_dir_non_dir="1" if no_overwrite_dir_non_dir else None,  # type: ignore[arg-type]
            copy_uidgid="1" if copy_uid_gid else None,  # type: ignore[arg-type]
        )
        request["content"] = data
        await self.send_async(put_container_archive.OPERATION_ID, request)
        return True

    async def export(
        self,
        container: Resource,
        out: str | os.PathLike[str] | BinaryIO | None = None,
        *,
        timeout: float | None = None,
    ) -> AsyncArchiveStream | int:
        """The container's filesystem as a tar: streamed, or written to ``out`` (a path or
        a binary file) as it arrives, returning its size."""
        container = resource_id(container)
        from engine_api_binding.api.container import container_export

        request = container_export._get_kwargs(container)
        response = await self.open_stream(container_export.OPERATION_ID, request, timeout=timeout)
        stream = AsyncArchiveStream(
            response_chunks(response, self._on_error("GET", request["url"])), response.aclose
        )
        if out is None:
            return stream
        async with stream:
            return await stream.write_to(out)

    async def copy_to(
        self,
        container: Resource,
        source: str | os.PathLike[str] | bytes | bytearray | memoryview,
        dest: str,
        *,
        mode: int = 0o644,
    ) -> None:
        """Copy a host file or directory, or bytes, into the container, as
        ``docker cp SRC CONTAINER:DEST`` does: into ``dest`` when it is a directory there,
        else as ``dest`` (whose parent must exist). Modes, mtimes and symlinks are kept;
        ``mode`` applies to bytes."""
        container = resource_id(container)
        from engine_api.archive import tar_paths

        dest = dest.rstrip("/") or "/"
        try:
            target = await self.stat_path(container, dest)
        except errors.PathNotFound:
            target = None
        if isinstance(source, bytes | bytearray | memoryview):
            if target is not None and target.is_dir:
                raise IsADirectoryError(
                    f"{dest} is a directory in container {container}: name the file to write"
                )
            parent, name = posixpath.split(dest)
            chunks = tar_paths(source, name, mode=mode)
        else:
            name = os.path.basename(os.path.normpath(os.fspath(source)))
            if target is not None and target.is_dir:
                parent = dest
            else:
                parent, name = posixpath.split(dest)
            chunks = tar_paths(source, name)
        await self.put_archive(container, parent or "/", chunks)

    async def copy_from(
        self,
        container: Resource,
        source: str,
        dest: str | os.PathLike[str],
        *,
        safe: bool = True,
    ) -> list[str]:
        """Copy a file or directory out of the container, as
        ``docker cp CONTAINER:SRC DEST`` does: into ``dest`` when it is an existing
        directory, else as ``dest``. Unpacked safely (nothing lands outside ``dest``);
        returns the names written."""
        container = resource_id(container)
        dest_path = os.fspath(dest)
        stream, stat = await self.get_archive(container, source)
        async with stream:
            if os.path.isdir(dest_path):
                return await stream.extract_to(dest_path, safe=safe)
            parent = os.path.dirname(os.path.abspath(dest_path))
            if not os.path.isdir(parent):
                raise FileNotFoundError(
                    f"cannot copy {source} from container {container} to {dest_path}: "
                    f"no directory {parent}"
                )
            import shutil
            import tempfile

            staging = tempfile.mkdtemp(prefix=".engine-api-cp-", dir=parent)
            try:
                names = await stream.extract_to(staging, safe=safe)
                os.replace(os.path.join(staging, stat.name), dest_path)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
            base = os.path.basename(dest_path)
            return [base + name[len(stat.name) :] for name in names]
