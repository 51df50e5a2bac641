"""Tar archives for the engine, streamed: build contexts, ``copy_to`` bodies, safe extraction.

Pure: no HTTP. The sync and the asyncio clients use the same functions.

* :func:`tar_context` produces a build context as the docker CLI does (its .dockerignore
  rules, see :mod:`engine_api.dockerignore`; owner 0:0, no user or group names, modes and
  mtimes kept, symlinks stored as symlinks, hard links as links).
* :func:`tar_paths` produces what ``docker cp SRC container:DEST`` sends: one file, a
  directory tree or in-memory bytes, under one name.
* :func:`extract` / :func:`aextract` unpack a stream into a directory and refuse, before
  writing it, any member that would land outside that directory.
* :func:`parse_path_stat` decodes the ``X-Docker-Container-Path-Stat`` header.

Archives are produced and consumed in chunks: memory stays bounded by a chunk (1 MiB)
whatever the size of the files, and nothing is ever held whole.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import errno
import json
import os
import posixpath
import re
import shutil
import stat
import tarfile
import time
import zlib
from collections.abc import AsyncIterable, Iterable, Iterator
from typing import Any, BinaryIO

import attrs

from engine_api.dockerignore import (
    DockerIgnore,
    context_entries,
    resolve_context_root,
)
from engine_api.errors import ProtocolError, UnsafeArchiveMember

__all__ = [
    "CHUNK_SIZE",
    "PathStat",
    "aextract",
    "extract",
    "parse_path_stat",
    "tar_context",
    "tar_paths",
]

CHUNK_SIZE = 1 << 20
"""Bytes read from a file (or from a BinaryIO source) at a time."""

_BLOCK = 512
_END_OF_ARCHIVE = bytes(2 * _BLOCK)
_MAX_EXTENDED_HEADER = 1 << 20  # pax records / GNU long names larger than this are refused
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


# --- writing -------------------------------------------------------------------------------


def _header(info: tarfile.TarInfo) -> bytes:
    # PAX: a plain ustar header unless a name, a number or a non-ASCII name needs records.
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def _padding(size: int) -> bytes:
    return bytes(-size % _BLOCK)


def _base_info(name: str, st: os.stat_result, *, owner: tuple[int, int] | None) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mode = stat.S_IMODE(st.st_mode)
    info.mtime = st.st_mtime_ns // 1_000_000_000  # Go's archive truncates to the second
    info.uid, info.gid = owner if owner is not None else (st.st_uid, st.st_gid)
    info.uname = info.gname = ""  # the CLI does no name lookups
    return info


def _reraise(exc: OSError, what: str, path: str) -> OSError:
    return type(exc)(exc.errno, f"{exc.strerror} ({what})", path)


class _Archiver:
    """Turns filesystem entries into tar bytes: headers, file contents in chunks, hard
    links for files already archived under another name."""

    def __init__(self, *, owner: tuple[int, int] | None) -> None:
        self.owner = owner
        self.seen_inodes: dict[tuple[int, int], str] = {}

    def entry(self, name: str, path: str, st: os.stat_result) -> Iterator[bytes]:
        mode = st.st_mode
        if stat.S_ISSOCK(mode):
            return  # tar cannot hold a socket; the CLI skips them too
        info = _base_info(name, st, owner=self.owner)
        if stat.S_ISDIR(mode):
            info.type = tarfile.DIRTYPE
            yield _header(info)
            return
        if st.st_nlink > 1:
            key = (st.st_dev, st.st_ino)
            first = self.seen_inodes.get(key)
            if first is not None:
                info.type = tarfile.LNKTYPE
                info.linkname = first
                yield _header(info)
                return
            self.seen_inodes[key] = name
        if stat.S_ISLNK(mode):
            info.type = tarfile.SYMTYPE
            try:
                info.linkname = os.readlink(path)
            except OSError as exc:
                raise _reraise(exc, "reading a symlink for the archive", path) from None
            yield _header(info)
        elif stat.S_ISREG(mode):
            yield from self._file(info, path)
        elif stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            info.type = (
                tarfile.FIFOTYPE
                if stat.S_ISFIFO(mode)
                else tarfile.CHRTYPE
                if stat.S_ISCHR(mode)
                else tarfile.BLKTYPE
            )
            if not stat.S_ISFIFO(mode):
                info.devmajor, info.devminor = os.major(st.st_rdev), os.minor(st.st_rdev)
            yield _header(info)  # never opened: a FIFO would block, a device never ends

    def _file(self, info: tarfile.TarInfo, path: str) -> Iterator[bytes]:
        flags = os.O_RDONLY | _O_NOFOLLOW | _O_CLOEXEC | _O_NONBLOCK | _O_BINARY
        try:
            fd = os.open(path, flags)
        except OSError as exc:
            raise _reraise(exc, "reading a file for the archive", path) from None
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise OSError(errno.EAGAIN, "changed while being archived (no longer a file)", path)
            size = st.st_size
            info.size = size
            yield _header(info)
            left = size
            while left:
                try:
                    data = os.read(fd, min(CHUNK_SIZE, left))
                except OSError as exc:
                    raise _reraise(exc, "reading a file for the archive", path) from None
                if not data:
                    raise OSError(
                        errno.EIO,
                        f"shrank while being archived ({size - left} of {size} bytes)",
                        path,
                    )
                left -= len(data)
                yield data
            if os.read(fd, 1):
                raise OSError(errno.EIO, f"grew while being archived (beyond {size} bytes)", path)
            if size % _BLOCK:
                yield _padding(size)
        finally:
            os.close(fd)


def _gzip(chunks: Iterator[bytes]) -> Iterator[bytes]:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    for chunk in chunks:
        out = compressor.compress(chunk)
        if out:
            yield out
    yield compressor.flush()


def tar_context(
    root: str | os.PathLike[str],
    *,
    dockerfile: str = "Dockerfile",
    ignore: DockerIgnore | None = None,
    gzip: bool = False,
) -> Iterator[bytes]:
    """The build context ``docker build root`` sends, as tar chunks (gzip-compressed with
    ``gzip=True``), produced while iterating in bounded memory.

    ``ignore=None`` applies ``root/.dockerignore`` (pass ``DockerIgnore()`` to send
    everything); ``dockerfile`` is the Dockerfile's path relative to ``root``: it and
    ``.dockerignore`` are sent even when ignored, as the CLI does. Entries are owned by
    0:0 without user or group names; modes and mtimes (to the second) are kept; symlinks
    are stored as symlinks and never followed; files with several names become hard links.
    A file that cannot be read raises its ``OSError`` (``PermissionError``...) naming it.
    """
    resolved = resolve_context_root(root)
    patterns = DockerIgnore.for_context(resolved) if ignore is None else ignore

    def generate() -> Iterator[bytes]:
        archiver = _Archiver(owner=(0, 0))
        for rel, path, st in context_entries(resolved, patterns, dockerfile):
            yield from archiver.entry(rel, path, st)
        yield _END_OF_ARCHIVE

    return _gzip(generate()) if gzip else generate()


def _check_arcname(arcname: str) -> str:
    name = arcname.replace(os.sep, "/").strip("/")
    parts = name.split("/")
    if not name or "\0" in name or any(p in ("", ".", "..") for p in parts):
        raise ValueError(
            f"arcname {arcname!r} must be a relative path without '.' or '..' components"
        )
    return name


def tar_paths(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview,
    arcname: str,
    *,
    mode: int = 0o644,
    mtime: float | None = None,
) -> Iterator[bytes]:
    """What ``docker cp`` sends for ``source``, named ``arcname`` in the archive, as chunks.

    A path: a file, a symlink (stored as such, not followed) or a directory tree (the
    directory itself first, then its contents, names sorted), with modes, mtimes, owners
    and symlinks kept as ``docker cp`` keeps them. Bytes: one regular file with ``mode``
    (default 0o644) and ``mtime`` (default now), owned by 0:0.
    Raises ``ValueError`` for an unusable ``arcname`` and ``OSError`` naming what cannot
    be read (``FileNotFoundError`` for a missing ``source``).
    """
    name = _check_arcname(arcname)
    if isinstance(source, bytes | bytearray | memoryview):
        return _tar_bytes(memoryview(source).cast("B"), name, mode, mtime)
    path = os.fspath(source)
    st = os.lstat(path)  # FileNotFoundError names the path, before anything is produced
    if stat.S_ISSOCK(st.st_mode):
        raise ValueError(f"{path!r} is a socket: a tar archive cannot hold it")
    return _tar_tree(path, name, st)


def _tar_bytes(data: memoryview, name: str, mode: int, mtime: float | None) -> Iterator[bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode & 0o7777
    info.mtime = int(time.time() if mtime is None else mtime)
    info.uname = info.gname = ""
    yield _header(info)
    for start in range(0, len(data), CHUNK_SIZE):
        yield bytes(data[start : start + CHUNK_SIZE])
    if len(data) % _BLOCK:
        yield _padding(len(data))
    yield _END_OF_ARCHIVE


def _tar_tree(path: str, name: str, st: os.stat_result) -> Iterator[bytes]:
    archiver = _Archiver(owner=None)
    yield from archiver.entry(name, path, st)
    if stat.S_ISDIR(st.st_mode):
        # Depth-first, names sorted byte-wise, a directory before its contents.
        stack: list[tuple[str, str, Iterator[os.DirEntry[str]]]] = [(path, name, _entries(path))]
        while stack:
            _dir_path, dir_name, it = stack[-1]
            entry = next(it, None)
            if entry is None:
                stack.pop()
                continue
            child = f"{dir_name}/{entry.name}"
            try:
                child_st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                raise _reraise(exc, "reading for the archive", entry.path) from None
            yield from archiver.entry(child, entry.path, child_st)
            if stat.S_ISDIR(child_st.st_mode):
                stack.append((entry.path, child, _entries(entry.path)))
    yield _END_OF_ARCHIVE


def _entries(path: str) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as exc:
        raise _reraise(exc, "listing a directory for the archive", path) from None
    entries.sort(key=lambda e: os.fsencode(e.name))
    return iter(entries)


# --- reading (sans-I/O) --------------------------------------------------------------------

_DATA_TYPES = {tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE}
_HEADER_ONLY_TYPES = {
    tarfile.LNKTYPE,
    tarfile.SYMTYPE,
    tarfile.CHRTYPE,
    tarfile.BLKTYPE,
    tarfile.DIRTYPE,
    tarfile.FIFOTYPE,
}
_PAX_TYPES = {tarfile.XHDTYPE, tarfile.SOLARIS_XHDTYPE}
_PAX_INT_FIELDS = ("size", "uid", "gid")


def _parse_pax(data: bytes, offset: int) -> dict[str, str]:
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        if data[pos] == 0:
            break  # NUL padding after the records
        space = data.find(b" ", pos)
        try:
            length = int(data[pos:space]) if space > pos else 0
        except ValueError:
            length = 0
        record = data[pos : pos + length]
        if length <= 0 or len(record) != length or not record.endswith(b"\n") or b"=" not in record:
            raise ProtocolError(f"malformed pax extended header at byte {offset} of the archive")
        key, _, value = record[space - pos + 1 : -1].partition(b"=")
        records[key.decode("utf-8", "surrogateescape")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return records


class _Sink:
    """What the reader hands each member to (the extractor implements it)."""

    def member(self, info: tarfile.TarInfo) -> None:
        raise NotImplementedError

    def data(self, chunk: memoryview) -> None:
        raise NotImplementedError

    def member_end(self) -> None:
        raise NotImplementedError


class TarReader:
    """A push parser for tar streams: ``feed(bytes)`` as they arrive, ``close()`` at the end.

    Sans-I/O: it calls ``sink.member(info)``, then ``sink.data(view)`` for the contents
    (views into the fed bytes, never copied), then ``sink.member_end()``. Understands
    ustar, GNU (long names) and pax (long names, big numbers, sub-second mtimes) archives,
    as Go's archive/tar and Python's tarfile write them. Malformed or truncated input
    raises :class:`~engine_api.errors.ProtocolError`.
    """

    _HEADER, _EXTENDED, _DATA, _PAD, _DONE = range(5)

    def __init__(self, sink: _Sink) -> None:
        self._sink = sink
        self._state = self._HEADER
        self._buf = bytearray()
        self._left = 0  # bytes of data (or extended header) still to come
        self._pad = 0
        self._offset = 0  # bytes consumed so far, for messages
        self._extended_type = b""
        self._pax: dict[str, str] = {}
        self._long_name: str | None = None
        self._long_link: str | None = None
        self._members = 0

    @property
    def done(self) -> bool:
        return self._state == self._DONE

    def feed(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data).cast("B")
        pos, end = 0, len(view)
        while pos < end:
            state = self._state
            if state == self._DATA:
                take = min(self._left, end - pos)
                self._sink.data(view[pos : pos + take])
                pos += take
                self._left -= take
                if not self._left:
                    self._sink.member_end()
                    self._state = self._PAD if self._pad else self._HEADER
            elif state == self._PAD:
                take = min(self._pad, end - pos)
                pos += take
                self._pad -= take
                if not self._pad:
                    self._state = self._HEADER
            elif state == self._HEADER:
                take = min(_BLOCK - len(self._buf), end - pos)
                self._buf += view[pos : pos + take]
                pos += take
                if len(self._buf) == _BLOCK:
                    block = bytes(self._buf)
                    self._buf.clear()
                    self._header(block)
            elif state == self._EXTENDED:
                take = min(self._left, end - pos)
                self._buf += view[pos : pos + take]
                pos += take
                self._left -= take
                if not self._left:
                    payload = bytes(self._buf)
                    self._buf.clear()
                    self._extended(payload)
                    self._state = self._PAD if self._pad else self._HEADER
            else:  # done: whatever follows the end-of-archive blocks is not part of it
                pos = end

    def close(self) -> None:
        """The input ended: refuse an archive that stopped before its end."""
        if self._state == self._DONE:
            return
        if self._state == self._HEADER and not self._buf and self._members == 0:
            raise ProtocolError("the archive is empty (no tar header)")
        raise ProtocolError(
            f"the archive is truncated: it ended after {self._members} member(s) "
            "without its end-of-archive blocks"
            + (
                " (in the middle of a member)"
                if self._state in (self._DATA, self._EXTENDED)
                else ""
            )
        )

    def _header(self, block: bytes) -> None:
        offset = self._offset
        self._offset += _BLOCK
        if not any(block):
            self._state = self._DONE
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError as exc:
            raise ProtocolError(
                f"not a tar header at byte {offset} of the archive: {exc}"
            ) from None
        if info.size < 0:
            raise ProtocolError(f"negative size in the tar header at byte {offset}")
        kind = info.type
        if kind in _PAX_TYPES or kind in (
            tarfile.XGLTYPE,
            tarfile.GNUTYPE_LONGNAME,
            tarfile.GNUTYPE_LONGLINK,
        ):
            if info.size > _MAX_EXTENDED_HEADER:
                raise ProtocolError(
                    f"extended tar header of {info.size} bytes at byte {offset} (limit "
                    f"{_MAX_EXTENDED_HEADER})"
                )
            self._extended_type = kind
            self._left = info.size
            self._pad = -info.size % _BLOCK
            self._offset += info.size + self._pad
            self._state = self._EXTENDED if info.size else self._HEADER
            if not info.size:
                self._extended(b"")
            return
        if kind == tarfile.GNUTYPE_SPARSE:
            raise UnsafeArchiveMember(info.name, "GNU sparse files are not supported")
        self._apply_extended(info, offset)
        self._members += 1
        size = 0 if kind in _HEADER_ONLY_TYPES else info.size
        self._sink.member(info)
        self._offset += size + (-size % _BLOCK)
        if size:
            self._left = size
            self._pad = -size % _BLOCK
            self._state = self._DATA
        else:
            self._sink.member_end()

    def _extended(self, payload: bytes) -> None:
        kind = self._extended_type
        if kind in _PAX_TYPES:
            self._pax.update(_parse_pax(payload, self._offset))
        elif kind == tarfile.XGLTYPE:
            _parse_pax(payload, self._offset)  # checked, then ignored (as the engine does)
        else:
            text = payload.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
            if kind == tarfile.GNUTYPE_LONGNAME:
                self._long_name = text
            else:
                self._long_link = text

    def _apply_extended(self, info: tarfile.TarInfo, offset: int) -> None:
        pax, self._pax = self._pax, {}
        if self._long_name is not None:
            info.name = self._long_name
        if self._long_link is not None:
            info.linkname = self._long_link
        self._long_name = self._long_link = None
        if any(key.startswith("GNU.sparse.") for key in pax):
            raise UnsafeArchiveMember(info.name, "GNU sparse files are not supported")
        if "path" in pax:
            info.name = pax["path"]
        if "linkpath" in pax:
            info.linkname = pax["linkpath"]
        for key in _PAX_INT_FIELDS:
            if key in pax:
                try:
                    setattr(info, key, int(pax[key]))
                except ValueError:
                    raise ProtocolError(f"bad pax {key} {pax[key]!r} at byte {offset}") from None
        if "mtime" in pax:
            try:
                info.mtime = float(pax["mtime"])
            except ValueError:
                raise ProtocolError(f"bad pax mtime {pax['mtime']!r} at byte {offset}") from None
        if info.type == tarfile.AREGTYPE and info.name.endswith("/"):
            info.type = tarfile.DIRTYPE
        if info.type == tarfile.DIRTYPE:
            info.name = info.name.rstrip("/") or info.name
        info.pax_headers = pax


# --- member checks (sans-I/O) --------------------------------------------------------------


def member_parts(name: str, *, safe: bool = True) -> tuple[str, ...]:
    """The path components a member named ``name`` is written at, below the destination.

    Refuses (``UnsafeArchiveMember``) absolute names and ``..`` components when ``safe``;
    without ``safe`` a leading ``/`` is dropped, but ``..`` is still refused. ``()`` is
    the destination itself (``.``, ``./``).
    """
    if "\0" in name:
        raise UnsafeArchiveMember(name, "the name contains a NUL byte")
    if name.startswith("/"):
        if safe:
            raise UnsafeArchiveMember(name, "absolute path")
        name = name.lstrip("/")
    parts = tuple(p for p in name.split("/") if p not in ("", "."))
    if ".." in parts:
        raise UnsafeArchiveMember(name, "'..' component: the member would land outside")
    return parts


def symlink_problem(target: str, depth: int) -> str | None:
    """Why a symlink with ``target``, in a directory ``depth`` levels below the destination,
    could point outside it (None when it cannot, whatever the archive does later).

    Accepted: relative targets whose ``..`` components all come first and climb no
    higher than the destination. Refused: absolute targets, and ``..`` after a name
    (``a/../..``), whose meaning a later member can change by replacing ``a``.
    """
    if not target:
        return "empty symlink target"
    if target.startswith("/"):
        return f"absolute symlink target {target!r} points outside"
    parts = [p for p in target.split("/") if p not in ("", ".")]
    ups = 0
    while ups < len(parts) and parts[ups] == "..":
        ups += 1
    if ".." in parts[ups:]:
        return f"symlink target {target!r} has '..' after a name"
    if ups > depth:
        return f"symlink target {target!r} climbs above the destination"
    return None


# --- extraction (the I/O side) -------------------------------------------------------------


def _rebase(target: str, depth: int) -> str:
    """An absolute symlink target of a filesystem image, made relative to the image's root
    for a link ``depth`` directories below it (``/bin/busybox`` from ``bin/[`` is
    ``busybox``... as ``../bin/busybox``)."""
    inside = posixpath.normpath("/" + target).lstrip("/")
    return posixpath.join(*([".."] * depth), inside) if depth else (inside or ".")


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


class _Extractor(_Sink):
    """Writes members under ``dest``; every path is checked before anything is written."""

    def __init__(self, dest: str | os.PathLike[str], *, safe: bool, rooted: bool = False) -> None:
        given = os.fspath(dest)
        try:
            st = os.stat(given)
        except FileNotFoundError:
            raise FileNotFoundError(
                errno.ENOENT, "the extraction directory does not exist", given
            ) from None
        if not stat.S_ISDIR(st.st_mode):
            raise NotADirectoryError(
                errno.ENOTDIR, "the extraction destination is not a directory", given
            )
        self.root = os.path.realpath(given)
        self.safe = safe
        self.rooted = rooted
        self.names: list[str] = []
        self._dirs: list[tuple[str, int, float]] = []
        self._fd: int | None = None
        self._file: tuple[str, str, tarfile.TarInfo] | None = None  # (name, path, info)

    # -- paths --

    def _directory(self, parts: tuple[str, ...], member: str, *, create: bool = True) -> str:
        """The real path of directory ``parts`` (created with 0o755 where missing), refusing
        one that resolves outside the destination (a symlink pointing out)."""
        current = self.root
        for part in parts:
            path = os.path.join(current, part)
            try:
                st = os.lstat(path)
            except FileNotFoundError:
                if not create:
                    raise
                os.mkdir(path, 0o755)  # `current` is inside: so is `path`
                current = path
                continue
            if stat.S_ISLNK(st.st_mode):
                real = os.path.realpath(path)
                if not _inside(real, self.root):
                    raise UnsafeArchiveMember(
                        member,
                        f"it would be written through symlink {part!r}, which points outside",
                    )
                path = real
                st = os.stat(real)
            if not stat.S_ISDIR(st.st_mode):
                raise NotADirectoryError(
                    errno.ENOTDIR, f"cannot extract {member!r}: a parent is not a directory", path
                )
            current = path
        return current

    def _clear(self, path: str, new_is_dir: bool) -> None:
        """Make room at ``path`` (a name inside the destination): replace anything but a
        directory that a directory member merges into. Never follows a symlink."""
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return
        if stat.S_ISDIR(st.st_mode):
            if not new_is_dir:
                shutil.rmtree(path)
        else:
            os.unlink(path)

    # -- the sink --

    def member(self, info: tarfile.TarInfo) -> None:
        name = info.name
        parts = member_parts(name, safe=self.safe)
        kind = info.type
        if not parts:
            if kind == tarfile.DIRTYPE:
                return  # the destination itself: left as it is
            raise UnsafeArchiveMember(name, "a non-directory member would replace the destination")
        if kind in (tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE) and self.safe:
            what = {tarfile.CHRTYPE: "character device", tarfile.BLKTYPE: "block device"}
            raise UnsafeArchiveMember(name, f"{what.get(kind, 'FIFO')} nodes are refused")
        if kind not in _DATA_TYPES and kind not in _HEADER_ONLY_TYPES:
            raise UnsafeArchiveMember(name, f"unsupported member type {kind!r}")
        parent = self._directory(parts[:-1], name)
        path = os.path.join(parent, parts[-1])
        if kind == tarfile.SYMTYPE:
            self._symlink(info, parts, parent, path)
        elif kind == tarfile.LNKTYPE:
            self._hardlink(info, path)
        elif kind == tarfile.DIRTYPE:
            self._clear(path, new_is_dir=True)  # leaves a real directory, or nothing
            if not os.path.lexists(path):
                os.mkdir(path, 0o700)
            self._dirs.append((path, info.mode & 0o7777, info.mtime))
        elif kind in _DATA_TYPES:
            self._clear(path, new_is_dir=False)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY
            self._fd = os.open(path, flags, 0o600)
            self._file = (name, path, info)
        else:  # devices and FIFOs, safe=False
            self._clear(path, new_is_dir=False)
            if kind == tarfile.FIFOTYPE:
                os.mkfifo(path, info.mode & 0o7777)
            else:
                device = os.makedev(info.devmajor, info.devminor)
                kind_bit = stat.S_IFCHR if kind == tarfile.CHRTYPE else stat.S_IFBLK
                os.mknod(path, (info.mode & 0o7777) | kind_bit, device)
        self.names.append("/".join(parts))

    def _symlink(
        self, info: tarfile.TarInfo, parts: tuple[str, ...], parent: str, path: str
    ) -> None:
        target = info.linkname
        if self.rooted and target.startswith("/"):
            target = _rebase(target, len(parts) - 1)
        if self.safe:
            depth = (
                len(os.path.relpath(parent, self.root).split(os.sep)) if parent != self.root else 0
            )
            problem = symlink_problem(target, depth)
            if problem is None and not _inside(
                os.path.realpath(os.path.join(parent, target)), self.root
            ):
                problem = f"symlink target {target!r} resolves outside (through another symlink)"
            if problem:
                raise UnsafeArchiveMember(info.name, problem)
        self._clear(path, new_is_dir=False)
        os.symlink(target, path)
        _set_times(path, info.mtime, follow=False)

    def _hardlink(self, info: tarfile.TarInfo, path: str) -> None:
        link = info.linkname
        try:
            link_parts = member_parts(link, safe=self.safe)
        except UnsafeArchiveMember as exc:
            raise UnsafeArchiveMember(info.name, f"hard link to {link!r}: {exc.reason}") from None
        if not link_parts:
            raise UnsafeArchiveMember(info.name, "hard link to the destination itself")
        try:
            source_dir = self._directory(link_parts[:-1], info.name, create=False)
            source = os.path.join(source_dir, link_parts[-1])
            st = os.lstat(source)
        except (FileNotFoundError, NotADirectoryError):
            raise UnsafeArchiveMember(
                info.name, f"hard link to {link!r}, which is not in the destination"
            ) from None
        if self.safe and not _inside(os.path.realpath(source), self.root):
            raise UnsafeArchiveMember(info.name, f"hard link to {link!r}, which points outside")
        if stat.S_ISDIR(st.st_mode):
            raise UnsafeArchiveMember(info.name, f"hard link to directory {link!r}")
        try:
            existing = os.lstat(path)
        except FileNotFoundError:
            existing = None
        if existing is not None and (existing.st_dev, existing.st_ino) == (st.st_dev, st.st_ino):
            return  # already that file
        self._clear(path, new_is_dir=False)
        os.link(source, path, follow_symlinks=False)

    def data(self, chunk: memoryview) -> None:
        fd = self._fd
        if fd is None:
            return
        while chunk:
            written = os.write(fd, chunk)
            chunk = chunk[written:]

    def member_end(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        assert self._file is not None
        _name, _path, info = self._file
        self._file = None
        try:
            os.fchmod(fd, info.mode & 0o7777)
            os.utime(fd, ns=(_ns(info.mtime), _ns(info.mtime)))
        finally:
            os.close(fd)

    # -- the end --

    def finish(self) -> None:
        """Directories' modes and mtimes, deepest first (creating entries changes them)."""
        dirs, self._dirs = self._dirs, []
        for path, mode, mtime in sorted(dirs, key=lambda d: d[0], reverse=True):
            # A later member may have replaced the directory, or one of its parents, by a
            # file or a symlink: settle only what is still that directory, at that real
            # path, so that nothing is changed through a link (lchmod does not exist here).
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if not stat.S_ISDIR(st.st_mode) or os.path.realpath(path) != path:
                continue
            os.chmod(path, mode)
            _set_times(path, mtime, follow=False)

    def abort(self) -> None:
        """After an error: drop the half-written file, settle the directories."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
            if self._file is not None:
                with _suppress_oserror():
                    os.unlink(self._file[1])
        self._file = None
        with _suppress_oserror():
            self.finish()


class _suppress_oserror:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: object, tb: object) -> bool:
        return isinstance(exc, OSError)


def _ns(mtime: float) -> int:
    return round(mtime * 1_000_000_000)


def _set_times(path: str, mtime: float, *, follow: bool) -> None:
    ns = _ns(mtime)
    os.utime(path, ns=(ns, ns), follow_symlinks=follow)


class _Decompressor:
    """Gzip (detected from its magic bytes) is inflated on the fly, in bounded pieces."""

    _LIMIT = CHUNK_SIZE

    def __init__(self) -> None:
        self._decided = False
        self._head = b""
        self._inflate: Any = None

    def feed(
        self, data: bytes | bytearray | memoryview
    ) -> Iterator[bytes | bytearray | memoryview]:
        if not self._decided:
            if self._head or len(data) < 2:
                self._head += bytes(data)  # at most one byte was held back
                if len(self._head) < 2:
                    return
                data, self._head = self._head, b""
            self._decided = True
            if bytes(memoryview(data)[:2]) == b"\x1f\x8b":
                self._inflate = zlib.decompressobj(31)
        if self._inflate is None:
            yield data
            return
        pending: bytes | bytearray | memoryview = data
        while pending:
            out = self._inflate.decompress(pending, self._LIMIT)
            if out:
                yield out
            pending = self._inflate.unconsumed_tail
            if self._inflate.eof:
                return

    def close(self) -> Iterator[bytes]:
        if not self._decided and self._head:
            self._decided = True
            yield self._head
        if self._inflate is not None:
            if not self._inflate.eof:
                raise ProtocolError("the gzip-compressed archive is truncated")
            rest = self._inflate.flush()
            if rest:
                yield rest


class _ExtractSession:
    """One extraction: bytes in, files out. Shared by :func:`extract` and :func:`aextract`."""

    def __init__(self, dest: str | os.PathLike[str], *, safe: bool, rooted: bool) -> None:
        self._extractor = _Extractor(dest, safe=safe, rooted=rooted)
        self._reader = TarReader(self._extractor)
        self._decompressor = _Decompressor()

    def feed(self, chunk: bytes | bytearray | memoryview) -> None:
        for piece in self._decompressor.feed(chunk):
            self._reader.feed(piece)

    def close(self) -> list[str]:
        for piece in self._decompressor.close():
            self._reader.feed(piece)
        self._reader.close()
        self._extractor.finish()
        return self._extractor.names

    def abort(self) -> None:
        self._extractor.abort()


def _chunks_of(
    source: Iterable[bytes] | BinaryIO | bytes,
) -> Iterator[bytes | bytearray | memoryview]:
    if isinstance(source, bytes | bytearray | memoryview):
        yield source
        return
    read = getattr(source, "read", None)
    if read is not None:
        while True:
            block = read(CHUNK_SIZE)
            if not block:
                return
            yield block
    else:
        yield from source


def extract(
    chunks: Iterable[bytes] | BinaryIO | bytes,
    dest: str | os.PathLike[str],
    *,
    safe: bool = True,
    rooted: bool = False,
) -> list[str]:
    """Unpack a tar stream (chunks, a binary file, or bytes; gzip is detected) into the
    existing directory ``dest``; returns the names written, in archive order.

    Streams: only the current chunk is in memory. Modes, mtimes and symlinks are kept;
    owners are not changed (the files belong to the caller). With ``safe`` (the default)
    a member that could put anything outside ``dest`` raises
    :class:`~engine_api.errors.UnsafeArchiveMember` naming it, before it is written:
    absolute names, ``..`` components, symlinks whose target leaves ``dest``, hard links
    to what is not inside, members under a symlink that points out, device and FIFO
    nodes. ``safe=False`` allows symlinks and hard links to any target and special files,
    but members are still only ever written inside ``dest``. ``rooted=True`` reads the
    archive as a whole filesystem (``export``): an absolute symlink target means the
    archive's own root, and is rewritten relative to ``dest`` before the checks.

    A missing ``dest`` raises ``FileNotFoundError`` naming it; a malformed or truncated
    archive raises :class:`~engine_api.errors.ProtocolError`.
    """
    session = _ExtractSession(dest, safe=safe, rooted=rooted)
    try:
        for chunk in _chunks_of(chunks):
            session.feed(chunk)
        return session.close()
    except BaseException:
        session.abort()
        raise


async def aextract(
    chunks: AsyncIterable[bytes],
    dest: str | os.PathLike[str],
    *,
    safe: bool = True,
    rooted: bool = False,
) -> list[str]:
    """:func:`extract` for an async stream of chunks.

    The same parser and checks run inline in the event loop: each chunk is written as it
    arrives (a write of one chunk to a local file, like the sync flavour's), with no
    thread, so cancelling the task stops the extraction at once and nothing runs on after.
    """
    session = _ExtractSession(dest, safe=safe, rooted=rooted)
    try:
        async for chunk in chunks:
            session.feed(chunk)
        return session.close()
    except BaseException:
        session.abort()
        raise


# --- X-Docker-Container-Path-Stat ----------------------------------------------------------

_GO_MODE_DIR = 1 << 31
_GO_MODE_SYMLINK = 1 << 27
_GO_MODE_TYPE = (
    _GO_MODE_DIR
    | _GO_MODE_SYMLINK
    | (1 << 26)  # device
    | (1 << 25)  # named pipe
    | (1 << 24)  # socket
    | (1 << 21)  # char device
    | (1 << 19)  # irregular
)
_RFC3339 = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$"
)


def _parse_time(text: str) -> dt.datetime:
    found = _RFC3339.match(text)
    if found is None:
        raise ValueError(f"not an RFC 3339 time: {text!r}")
    day, clock, fraction, zone = found.groups()
    micro = (fraction or "").ljust(6, "0")[:6]  # Go gives nanoseconds: keep microseconds
    zone = "+00:00" if zone in ("Z", "z") else zone
    return dt.datetime.fromisoformat(f"{day}T{clock}.{micro}{zone}")


@attrs.frozen
class PathStat:
    """What the engine says about a path in a container (``HEAD``/``GET .../archive``)."""

    name: str
    size: int
    mode: int
    """Go's ``os.FileMode``: permission bits plus type bits (dir 1<<31, symlink 1<<27...)."""
    mtime: dt.datetime
    link_target: str

    @property
    def is_dir(self) -> bool:
        return bool(self.mode & _GO_MODE_DIR)

    @property
    def is_symlink(self) -> bool:
        return bool(self.mode & _GO_MODE_SYMLINK)

    @property
    def is_regular(self) -> bool:
        return not self.mode & _GO_MODE_TYPE

    @property
    def permissions(self) -> int:
        """The permission bits (``0o755``...)."""
        return self.mode & 0o777


def parse_path_stat(header_value: str) -> PathStat:
    """Decode ``X-Docker-Container-Path-Stat``: base64 of JSON ``{"name", "size", "mode",
    "mtime", "linkTarget"}``. Raises :class:`~engine_api.errors.ProtocolError` when it is
    not that."""
    try:
        raw = base64.b64decode(header_value.strip(), validate=True)
        doc = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise ProtocolError(
            "X-Docker-Container-Path-Stat is not base64-encoded JSON: "
            f"{header_value[:80]!r} ({exc})"
        ) from None
    if not isinstance(doc, dict):
        raise ProtocolError(f"X-Docker-Container-Path-Stat is not a JSON object: {doc!r}")
    try:
        name, size, mode = doc["name"], doc["size"], doc["mode"]
        mtime, link = doc["mtime"], doc.get("linkTarget", "")
        if not isinstance(name, str) or not isinstance(link, str) or not isinstance(mtime, str):
            raise TypeError("name, mtime and linkTarget must be strings")
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or not isinstance(mode, int)
            or isinstance(mode, bool)
        ):
            raise TypeError("size and mode must be integers")
        return PathStat(name=name, size=size, mode=mode, mtime=_parse_time(mtime), link_target=link)
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError(
            f"X-Docker-Container-Path-Stat {doc!r} is not a path stat: {exc}"
        ) from None
