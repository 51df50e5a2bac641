"""engine_api.archive: tar streams produced (tar_paths, tar_context) and extracted safely.

Pure: everything happens under tmp_path, no engine. Malicious archives are crafted here
with tarfile; each must be refused with UnsafeArchiveMember naming the member, and nothing
may appear or change outside the destination (the whole tmp_path tree is compared)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import io
import json
import os
import stat
import tarfile
import tracemalloc
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path

import pytest

from engine_api.archive import (
    CHUNK_SIZE,
    aextract,
    extract,
    parse_path_stat,
    tar_context,
    tar_paths,
)
from engine_api.dockerignore import DockerIgnore
from engine_api.errors import ProtocolError, UnsafeArchiveMember

STAMP = 1_600_000_000

# --- helpers ------------------------------------------------------------------------------


def member(
    name: str,
    kind: bytes = tarfile.REGTYPE,
    data: bytes = b"",
    *,
    linkname: str = "",
    mode: int = 0o644,
    devmajor: int = 0,
    devminor: int = 0,
) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = mode
    info.mtime = STAMP
    info.linkname = linkname
    info.devmajor, info.devminor = devmajor, devminor
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data


def make_tar(*members: tuple[tarfile.TarInfo, bytes], fmt: int = tarfile.PAX_FORMAT) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return buf.getvalue()


def snapshot(top: Path, *, skip: Path) -> dict[str, tuple[int, int, int, bytes | str | None]]:
    """Every entry under ``top`` except ``skip``: (type+mode, size, mtime, content/target)."""
    found: dict[str, tuple[int, int, int, bytes | str | None]] = {}
    for dirpath, dirnames, filenames in os.walk(top):
        if Path(dirpath) == skip:
            dirnames[:] = []
            continue
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            if path == skip:
                continue
            st = path.lstat()
            content: bytes | str | None = None
            if stat.S_ISLNK(st.st_mode):
                content = os.readlink(path)
            elif stat.S_ISREG(st.st_mode):
                content = path.read_bytes()
            found[str(path.relative_to(top))] = (st.st_mode, st.st_size, st.st_mtime_ns, content)
    return found


class Sandbox:
    """``tmp_path/outside.txt`` and ``tmp_path/outdir`` next to the destination
    ``tmp_path/dest``; :meth:`refused` checks that an archive is refused and that nothing
    outside ``dest`` appeared or changed."""

    def __init__(self, top: Path) -> None:
        self.top = top
        self.dest = top / "dest"
        self.dest.mkdir()
        (top / "outside.txt").write_bytes(b"do not touch\n")
        (top / "outdir").mkdir()
        os.utime(top / "outside.txt", (STAMP, STAMP))

    def outside(self) -> dict[str, tuple[int, int, int, bytes | str | None]]:
        return snapshot(self.top, skip=self.dest)

    def refused(self, archive: bytes, name: str, *, safe: bool = True) -> UnsafeArchiveMember:
        before = self.outside()
        with pytest.raises(UnsafeArchiveMember) as caught:
            extract(archive, self.dest, safe=safe)
        assert caught.value.member == name
        assert repr(name) in str(caught.value)
        assert self.outside() == before
        # The parent of the destination holds what it held, nothing more.
        assert sorted(os.listdir(self.top)) == ["dest", "outdir", "outside.txt"]
        assert os.listdir(self.top / "outdir") == []
        return caught.value


@pytest.fixture
def box(tmp_path: Path) -> Sandbox:
    return Sandbox(tmp_path)


def tree(root: Path) -> dict[str, tuple[int, int, bytes | str | None]]:
    """name -> (st_mode, mtime in seconds, content or link target; None for dirs)."""
    found: dict[str, tuple[int, int, bytes | str | None]] = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        content: bytes | str | None = None
        if stat.S_ISLNK(st.st_mode):
            content = os.readlink(path)
        elif stat.S_ISREG(st.st_mode):
            content = path.read_bytes()
        found[path.relative_to(root).as_posix()] = (st.st_mode, int(st.st_mtime), content)
    return found


# --- round trips: tar_paths -> extract ----------------------------------------------------


def test_a_file_keeps_its_mode_mtime_and_content(tmp_path: Path) -> None:
    src = tmp_path / "run.sh"
    src.write_bytes(b"#!/bin/sh\necho hi\n")
    src.chmod(0o751)
    os.utime(src, (STAMP, STAMP + 0.75))
    dest = tmp_path / "dest"
    dest.mkdir()
    assert extract(tar_paths(src, "renamed.sh"), dest) == ["renamed.sh"]
    out = dest / "renamed.sh"
    assert out.read_bytes() == src.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o751
    assert out.stat().st_mtime == STAMP  # to the second, as Go's archive writes it


def test_a_directory_tree_round_trips_with_modes_mtimes_symlinks_and_hard_links(
    tmp_path: Path,
) -> None:
    src = tmp_path / "src"
    (src / "sub" / "deep").mkdir(parents=True)
    (src / "empty").mkdir()
    (src / "private").mkdir(mode=0o700)
    (src / "a.txt").write_bytes(b"a\n")
    (src / "sub" / "b.bin").write_bytes(bytes(range(256)) * 10)
    (src / "sub" / "deep" / "c").write_bytes(b"")
    (src / "private" / "key").write_bytes(b"k")
    (src / "private" / "key").chmod(0o600)
    (src / "sub" / "to-a").symlink_to("../a.txt")
    (src / "dirlink").symlink_to("sub/deep")
    (src / "dangling").symlink_to("nowhere")
    os.link(src / "a.txt", src / "sub" / "hard")
    for path in [*sorted(src.rglob("*"), reverse=True), src]:
        os.utime(path, (STAMP, STAMP + 7), follow_symlinks=False)
    (src / "private").chmod(0o700)

    dest = tmp_path / "dest"
    dest.mkdir()
    names = extract(tar_paths(src, "copy"), dest)
    assert names[0] == "copy"
    assert set(names) == {"copy"} | {
        f"copy/{p.relative_to(src).as_posix()}" for p in src.rglob("*")
    }
    assert tree(dest / "copy") == tree(src)
    assert int((dest / "copy").stat().st_mtime) == STAMP + 7
    assert stat.S_IMODE((dest / "copy" / "private").stat().st_mode) == 0o700
    assert (dest / "copy" / "sub" / "hard").stat().st_ino == (dest / "copy" / "a.txt").stat().st_ino


def test_tar_paths_stores_a_symlink_not_its_target(tmp_path: Path) -> None:
    (tmp_path / "target").write_bytes(b"secret")
    (tmp_path / "link").symlink_to("target")
    with tarfile.open(fileobj=io.BytesIO(b"".join(tar_paths(tmp_path / "link", "l")))) as tar:
        [info] = tar.getmembers()
    assert info.issym() and info.linkname == "target" and info.size == 0


def test_bytes_become_one_file_with_mode_and_mtime(tmp_path: Path) -> None:
    payload = b"x" * (CHUNK_SIZE + 3)  # more than one chunk, not a whole block
    chunks = list(tar_paths(payload, "etc/app.conf", mode=0o640, mtime=STAMP))
    assert all(len(c) <= CHUNK_SIZE for c in chunks)
    with tarfile.open(fileobj=io.BytesIO(b"".join(chunks))) as tar:
        [info] = tar.getmembers()
        assert (info.name, info.mode, info.mtime, info.uid, info.gid) == (
            "etc/app.conf",
            0o640,
            STAMP,
            0,
            0,
        )
    dest = tmp_path / "dest"
    dest.mkdir()
    assert extract(iter(chunks), dest) == ["etc/app.conf"]
    out = dest / "etc" / "app.conf"
    assert out.read_bytes() == payload
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.stat().st_mtime == STAMP


@pytest.mark.parametrize("arcname", ["", "/", "..", "a/../b", "./a", "a//b", "a\0b"])
def test_tar_paths_refuses_bad_names(arcname: str) -> None:
    with pytest.raises(ValueError, match="arcname"):
        tar_paths(b"x", arcname)


def test_tar_paths_names_a_missing_source(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        tar_paths(tmp_path / "missing", "x")
    assert caught.value.filename == str(tmp_path / "missing")


def test_extract_reads_files_and_gzip(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    (ctx / "d").mkdir(parents=True)
    (ctx / "d" / "f").write_bytes(b"data")
    (ctx / ".dockerignore").write_text("ignored\n")
    (ctx / "ignored").write_text("no")
    archive = b"".join(tar_context(ctx, gzip=True))
    assert archive[:2] == b"\x1f\x8b"
    dest = tmp_path / "dest"
    dest.mkdir()
    assert extract(io.BytesIO(archive), dest) == [".dockerignore", "d", "d/f"]
    assert (dest / "d" / "f").read_bytes() == b"data"


def test_tar_context_owner_is_root_without_names(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    ctx.mkdir()
    (ctx / "Dockerfile").write_text("FROM scratch\n")
    (ctx / "x").write_bytes(b"1")
    os.link(ctx / "x", ctx / "y")
    (ctx / "s").symlink_to("/etc/passwd")
    with tarfile.open(fileobj=io.BytesIO(b"".join(tar_context(ctx, ignore=DockerIgnore())))) as t:
        infos = {m.name: m for m in t.getmembers()}
    assert list(infos) == ["Dockerfile", "s", "x", "y"]
    assert {(m.uid, m.gid, m.uname, m.gname) for m in infos.values()} == {(0, 0, "", "")}
    assert infos["s"].issym() and infos["s"].linkname == "/etc/passwd"
    assert infos["y"].islnk() and infos["y"].linkname == "x"


# --- malicious archives -------------------------------------------------------------------


def test_dot_dot_is_refused(box: Sandbox) -> None:
    box.refused(make_tar(member("../outside.txt", data=b"pwned")), "../outside.txt")
    box.refused(make_tar(member("ok/../../x", data=b"pwned")), "ok/../../x")
    assert os.listdir(box.dest) == []  # refused before anything was written


def test_absolute_names_are_refused(box: Sandbox) -> None:
    target = str(box.top / "outdir" / "abs")
    box.refused(make_tar(member(target, data=b"pwned")), target)
    box.refused(make_tar(member("/etc/cron.d/x", data=b"pwned")), "/etc/cron.d/x")


def test_unsafe_false_still_writes_absolute_names_inside(box: Sandbox) -> None:
    target = str(box.top / "outdir" / "abs")
    before = box.outside()
    assert extract(make_tar(member(target, data=b"in")), box.dest, safe=False)
    assert (box.dest / target.lstrip("/")).read_bytes() == b"in"
    assert box.outside() == before


@pytest.mark.parametrize(
    "target", ["..", "../outside.txt", "/etc", "a/../..", "sub/../../outside.txt", ""]
)
def test_symlinks_pointing_out_are_refused(box: Sandbox, target: str) -> None:
    error = box.refused(make_tar(member("esc", tarfile.SYMTYPE, linkname=target)), "esc")
    assert "symlink" in error.reason
    assert not os.path.lexists(box.dest / "esc")


def test_symlink_out_then_a_file_through_it(box: Sandbox) -> None:
    archive = make_tar(
        member("esc", tarfile.SYMTYPE, linkname="../outdir"),
        member("esc/planted", data=b"pwned"),
    )
    box.refused(archive, "esc")
    # Without the checks on links, the file is still never written through one.
    box.refused(archive, "esc/planted", safe=False)
    assert os.readlink(box.dest / "esc") == "../outdir"


def test_a_file_through_a_symlink_already_in_the_destination(box: Sandbox) -> None:
    (box.dest / "esc").symlink_to(box.top / "outdir")
    box.refused(make_tar(member("esc/planted", data=b"pwned")), "esc/planted")
    box.refused(make_tar(member("esc/sub", tarfile.DIRTYPE)), "esc/sub")


def test_a_member_replaces_a_symlink_instead_of_writing_through_it(box: Sandbox) -> None:
    (box.dest / "f").symlink_to("../outside.txt")
    before = box.outside()
    assert extract(make_tar(member("f", data=b"new")), box.dest) == ["f"]
    assert not (box.dest / "f").is_symlink()
    assert (box.dest / "f").read_bytes() == b"new"
    assert box.outside() == before


def test_symlinks_inside_are_kept(box: Sandbox) -> None:
    archive = make_tar(
        member("d", tarfile.DIRTYPE, mode=0o755),
        member("d/up", tarfile.SYMTYPE, linkname=".."),
        member("d/sib", tarfile.SYMTYPE, linkname="../f"),
        member("f", data=b"f"),
        member("self", tarfile.SYMTYPE, linkname="."),
    )
    assert extract(archive, box.dest) == ["d", "d/up", "d/sib", "f", "self"]
    assert (box.dest / "d" / "sib").read_bytes() == b"f"
    assert os.readlink(box.dest / "d" / "up") == ".."


@pytest.mark.parametrize(
    "linkname", ["../outside.txt", str(Path("/etc/passwd")), "missing", "ln-out"]
)
def test_hard_links_to_outside_are_refused(box: Sandbox, linkname: str) -> None:
    (box.dest / "ln-out").symlink_to("../outside.txt")
    nlink = (box.top / "outside.txt").stat().st_nlink
    box.refused(make_tar(member("h", tarfile.LNKTYPE, linkname=linkname)), "h")
    assert (box.top / "outside.txt").stat().st_nlink == nlink
    assert not os.path.lexists(box.dest / "h")


def test_hard_link_through_an_absolute_outside_path(box: Sandbox) -> None:
    target = str(box.top / "outside.txt")
    box.refused(make_tar(member("h", tarfile.LNKTYPE, linkname=target)), "h")


def test_hard_links_inside_are_kept(box: Sandbox) -> None:
    archive = make_tar(member("a", data=b"1"), member("b", tarfile.LNKTYPE, linkname="a"))
    assert extract(archive, box.dest) == ["a", "b"]
    assert (box.dest / "a").stat().st_ino == (box.dest / "b").stat().st_ino


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        (tarfile.CHRTYPE, "character device"),
        (tarfile.BLKTYPE, "block device"),
        (tarfile.FIFOTYPE, "FIFO"),
    ],
)
def test_device_nodes_are_refused(box: Sandbox, kind: bytes, word: str) -> None:
    error = box.refused(make_tar(member("dev", kind, devmajor=1, devminor=3)), "dev")
    assert word in error.reason
    assert not os.path.lexists(box.dest / "dev")


def test_directory_symlink_swap(box: Sandbox) -> None:
    """``sub -> .`` is harmless, but ``sub/up -> ..`` then lands in the destination itself:
    its ``..`` climbs out. Depth must come from where the link really is, not its name."""
    archive = make_tar(
        member("sub", tarfile.SYMTYPE, linkname="."),
        member("sub/up", tarfile.SYMTYPE, linkname=".."),
        member("sub/up/planted", data=b"pwned"),
    )
    box.refused(archive, "sub/up")
    assert os.readlink(box.dest / "sub") == "."
    assert not os.path.lexists(box.dest / "up")


def test_directory_replaced_by_a_symlink_then_written_through(box: Sandbox) -> None:
    archive = make_tar(
        member("d", tarfile.DIRTYPE, mode=0o700),
        member("d/f", data=b"1"),
        member("d", tarfile.SYMTYPE, linkname="../outdir"),
        member("d/planted", data=b"pwned"),
    )
    box.refused(archive, "d")
    box.refused(archive, "d/planted", safe=False)


def test_a_directory_replaced_by_a_link_is_not_chmodded_through_it(box: Sandbox) -> None:
    """Directory modes are settled at the end; by then "d" is a link to "sub": neither
    the link nor "sub" may receive d's mode."""
    archive = make_tar(
        member("d", tarfile.DIRTYPE, mode=0o700),
        member("sub", tarfile.DIRTYPE, mode=0o750),
        member("d", tarfile.SYMTYPE, linkname="sub"),
    )
    assert extract(archive, box.dest) == ["d", "sub", "d"]
    assert os.readlink(box.dest / "d") == "sub"
    assert stat.S_IMODE((box.dest / "sub").stat().st_mode) == 0o750


def test_long_pax_names_are_checked_too(box: Sandbox) -> None:
    name = "a/" * 80 + "../" * 81 + "x"
    box.refused(make_tar(member(name, data=b"pwned")), name)
    gnu = "../" + "b" * 200
    box.refused(make_tar(member(gnu, data=b"pwned"), fmt=tarfile.GNU_FORMAT), gnu)


# --- malformed archives ---------------------------------------------------------------------


def test_truncated_archives_raise_protocol_error(tmp_path: Path) -> None:
    archive = b"".join(tar_paths(b"z" * 5000, "f", mtime=STAMP))
    for cut in (0, 100, 512, 2000, 512 + 5000 + 12, len(archive) - 1024):
        dest = tmp_path / f"cut{cut}"
        dest.mkdir()
        with pytest.raises(ProtocolError, match=r"empty|truncated"):
            extract(archive[:cut], dest)
        if cut < 512 + 5000:
            assert not (dest / "f").exists(), cut  # a half-written file is not left behind
        else:  # complete before the cut: kept, as tar keeps what it fully extracted
            assert (dest / "f").read_bytes() == b"z" * 5000, cut


def test_garbage_raises_protocol_error(tmp_path: Path) -> None:
    with pytest.raises(ProtocolError, match="not a tar header"):
        extract(b"x" * 1024, tmp_path)
    with pytest.raises(ProtocolError, match="gzip"):
        extract(b"".join(tar_context(tmp_path, gzip=True))[:-8], tmp_path)


def test_missing_destination_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        extract(make_tar(member("a")), tmp_path / "nope")
    assert caught.value.filename == str(tmp_path / "nope")


# --- memory ---------------------------------------------------------------------------------


def test_fifty_megabytes_stream_in_bounded_memory(tmp_path: Path) -> None:
    size = 50 * 1024 * 1024 + 17
    src = tmp_path / "big.bin"
    block = hashlib.sha256(b"seed").digest() * (CHUNK_SIZE // 32)
    digest = hashlib.sha256()
    with open(src, "wb") as f:
        left = size
        while left:
            piece = block[: min(left, len(block))]
            f.write(piece)
            digest.update(piece)
            left -= len(piece)
    dest = tmp_path / "dest"
    dest.mkdir()
    tracemalloc.start()
    try:
        names = extract(tar_paths(src, "big.bin"), dest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert names == ["big.bin"]
    assert peak < 10 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"
    out = dest / "big.bin"
    assert out.stat().st_size == size
    check = hashlib.sha256()
    with open(out, "rb") as f:
        while chunk := f.read(CHUNK_SIZE):
            check.update(chunk)
    assert check.hexdigest() == digest.hexdigest()


# --- aextract: the same session behind an async loop ----------------------------------------


async def agen(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        await asyncio.sleep(0)
        yield chunk


def pieces(data: bytes, size: int) -> Iterator[bytes]:
    return (data[i : i + size] for i in range(0, len(data), size))


def test_aextract_round_trip_and_refusal(box: Sandbox) -> None:
    archive = make_tar(member("d", tarfile.DIRTYPE), member("d/f", data=b"hello"))
    names = asyncio.run(aextract(agen(pieces(archive, 100)), box.dest))
    assert names == ["d", "d/f"]
    assert (box.dest / "d" / "f").read_bytes() == b"hello"
    before = box.outside()
    bad = make_tar(member("ok", data=b"1"), member("../x", data=b"pwned"))
    with pytest.raises(UnsafeArchiveMember) as caught:
        asyncio.run(aextract(agen(pieces(bad, 7)), box.dest))
    assert caught.value.member == "../x"
    assert box.outside() == before
    with pytest.raises(ProtocolError):
        asyncio.run(aextract(agen(pieces(archive[:700], 64)), box.dest))


def test_byte_by_byte_feeding_gives_the_same_result(tmp_path: Path) -> None:
    archive = make_tar(
        member("x" * 150 + "/y", data=b"long name"),
        member("l", tarfile.SYMTYPE, linkname="x" * 150),
    )
    dest = tmp_path / "dest"
    dest.mkdir()
    assert extract(pieces(archive, 1), dest) == ["x" * 150 + "/y", "l"]
    assert (dest / "l" / "y").read_bytes() == b"long name"


# --- X-Docker-Container-Path-Stat -----------------------------------------------------------

# As the engine (20.10) sent them for /etc and /bin/sh of a busybox container.
ETC = (
    "eyJuYW1lIjoiZXRjIiwic2l6ZSI6NDA5NiwibW9kZSI6MjE0NzQ4NDE0MSwibXRpbWUiOiIyMDI2LTExLTMwVDAx"
    "OjA3OjA0LjMzNjU4MDY2NloiLCJsaW5rVGFyZ2V0IjoiIn0="
)
SH = (
    "eyJuYW1lIjoic2giLCJzaXplIjoxMiwibW9kZSI6MTM0MjE4MjM5LCJtdGltZSI6IjIwMjYtMTEtMzBUMDE6MDE6"
    "MTdaIiwibGlua1RhcmdldCI6Ii9iaW4vYnVzeWJveCJ9"
)


def test_parse_path_stat_of_a_directory() -> None:
    found = parse_path_stat(ETC)
    assert (found.name, found.size, found.link_target) == ("etc", 4096, "")
    assert found.is_dir and not found.is_symlink and not found.is_regular
    assert found.permissions == 0o755
    assert found.mtime == dt.datetime(2026, 11, 30, 1, 7, 4, 336580, tzinfo=dt.UTC)


def test_parse_path_stat_of_a_symlink() -> None:
    found = parse_path_stat(SH)
    assert (found.name, found.size, found.link_target) == ("sh", 12, "/bin/busybox")
    assert found.is_symlink and not found.is_dir and not found.is_regular
    assert found.permissions == 0o777
    assert found.mtime == dt.datetime(2026, 11, 30, 1, 1, 17, tzinfo=dt.UTC)


def test_parse_path_stat_of_a_file_with_a_zone_offset() -> None:
    doc = {"name": "f", "size": 3, "mode": 0o644, "mtime": "2024-01-02T03:04:05.5+02:00"}
    found = parse_path_stat(base64.b64encode(json.dumps(doc).encode()).decode())
    assert found.is_regular and found.link_target == ""
    assert found.mtime == dt.datetime(2024, 1, 2, 1, 4, 5, 500000, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "value",
    [
        "not base64!",
        base64.b64encode(b"[1, 2]").decode(),
        base64.b64encode(b"{not json").decode(),
        base64.b64encode(json.dumps({"name": "x"}).encode()).decode(),
        base64.b64encode(
            json.dumps(
                {"name": "x", "size": "1", "mode": 0, "mtime": "2024-01-01T00:00:00Z"}
            ).encode()
        ).decode(),
        base64.b64encode(
            json.dumps({"name": "x", "size": 1, "mode": 0, "mtime": "yesterday"}).encode()
        ).decode(),
    ],
)
def test_parse_path_stat_refuses_what_is_not_one(value: str) -> None:
    with pytest.raises(ProtocolError, match="X-Docker-Container-Path-Stat"):
        parse_path_stat(value)
