""".dockerignore as the docker CLI applies it, compared with ours on the private engine.

For each context of the table, the same directory is built twice with the legacy builder
(``FROM`` the test image, ``COPY . /ctx``): once by the ``docker`` CLI, once by sending
:func:`engine_api.archive.tar_context` through ``client.ops.image_build``. The files of
``/ctx`` in both images (read back with ``GET /containers/{id}/archive``) must be the same
entries with the same type, mode, size, mtime and link target; and they must be what
:func:`engine_api.dockerignore.walk_context` says is sent (the engine drops an ignored
Dockerfile and .dockerignore itself, and creates the parents of what it receives).

All builds run concurrently; the whole table takes a few seconds, and is checked to stay
under a minute.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tarfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from engine_api_binding.types import File

import engine_api
from engine_api.archive import tar_context
from engine_api.dockerignore import DockerIgnore, walk_context
from tests.conftest import TEST_LABELS, Cleanup, engine_http_client

pytestmark = pytest.mark.engine

TIME_BUDGET = 60.0  # seconds for the whole table


@dataclass(frozen=True)
class Link:
    target: str


@dataclass(frozen=True)
class HardLink:
    to: str


@dataclass(frozen=True)
class Dir:
    mode: int = 0o755


@dataclass(frozen=True)
class Mode:
    content: bytes
    mode: int


Entry = bytes | Link | HardLink | Dir | Mode


@dataclass(frozen=True)
class Case:
    id: str
    dockerignore: str | None
    files: dict[str, Entry]
    dockerfile: str = "Dockerfile"
    outside: dict[str, bytes] = field(default_factory=dict)  # next to the context


T = b"x\n"

CASES = [
    Case("star-is-one-level", "*.txt\n", {"a.txt": T, "b.md": T, "sub/c.txt": T, "sub/d.md": T}),
    Case(
        "double-star-any-depth",
        "**/*.txt\n",
        {"a.txt": T, "b.md": T, "sub/c.txt": T, "sub/deep/e.txt": T, "sub/deep/f.md": T},
    ),
    Case("question-mark", "?.log\n", {"a.log": T, "ab.log": T, "d/e.log": T, "b.log.1": T}),
    Case(
        "exception-after",
        "*.md\n!README.md\n",
        {"README.md": T, "NOTES.md": T, "docs/x.md": T},
    ),
    Case(
        "exception-before-loses",
        "!README.md\n*.md\n",
        {"README.md": T, "NOTES.md": T, "a.txt": T},
    ),
    Case(
        "leading-slash-dot-and-clean",
        "/sub/x.txt\n./other.txt\nsub//y.txt/\nz/../top.txt\n",
        {"sub/x.txt": T, "sub/y.txt": T, "sub/keep.txt": T, "other.txt": T, "top.txt": T},
    ),
    Case(
        "ignores-dockerfile-and-dockerignore",
        "Dockerfile\n.dockerignore\n*.tmp\n",
        {"a.tmp": T, "b.txt": T},
    ),
    Case(
        "ignore-everything-but-one",
        "*\n!keep.txt\n",
        {"keep.txt": T, "drop.txt": T, "dir/keep.txt": T},
    ),
    Case(
        "directory-with-reinclude",
        "build\n!build/keep.txt\n",
        {"build/keep.txt": T, "build/drop.txt": T, "build/sub/keep.txt": T, "src.c": T},
    ),
    Case(
        "directory-with-wildcard-reinclude",
        "build\n!build/*.keep\n",
        {"build/a.keep": T, "build/b.drop": T, "build/sub/c.keep": T},
    ),
    Case(
        "reinclude-the-walk-cannot-reach",
        "node_modules\n!**/keep.txt\n",
        {"node_modules/keep.txt": T, "node_modules/x.js": T, "lib/keep.txt": T, "keep.txt": T},
    ),
    Case(
        "symlinks-kept-never-followed",
        "sub\nignored-link\n",
        {
            "out": Link("../outside.txt"),
            "abs": Link("/etc/hostname"),
            "dirlink": Link("sub"),
            "ignored-link": Link("a.txt"),
            "dangling": Link("nowhere"),
            "a.txt": T,
            "sub/secret.txt": T,
        },
        outside={"outside.txt": b"outside the context\n"},
    ),
    Case(
        "character-classes-and-escapes",
        "[a-c].txt\n[^x]y.cfg\n\\*.star\n",
        {"a.txt": T, "d.txt": T, "ay.cfg": T, "xy.cfg": T, "*.star": T, "s.star": T},
    ),
    Case(
        "engine-regexp-quirks",
        "**.go\nq\\d\nx[*]\n",
        {"main.go": T, "pkg/util.go": T, "go.txt": T, "q5": T, "qd": T, "x]": T, "x*": T},
    ),
    Case(
        "leading-double-star-is-a-suffix",
        "**/secret\n**.bak\n**log\n",
        {
            "secret": T,
            "a/secret": T,
            "a/b/secret/inside.txt": T,
            "a/not-secret": T,
            "x.bak": T,
            "d/y.bak": T,
            "bak": T,
            "catalog": T,
            "d/log": T,
            "logs": T,
        },
    ),
    Case(
        "dockerfile-in-an-ignored-directory",
        "sub\n",
        {"sub/a.txt": T, "sub/deeper/b.txt": T, "top.txt": T},
        dockerfile="sub/Dockerfile",
    ),
    Case(
        "comments-whitespace-and-bom",
        "\ufeff# a comment\n  spaced.txt  \n #hash.txt\n\n\t!  spaced.txt\n",
        {"# a comment": T, "spaced.txt": T, "#hash.txt": T, "plain.txt": T},
    ),
    Case(
        "parent-directory-match",
        "a/b\n",
        {"a/b/c/d.txt": T, "a/bc.txt": T, "a/x/b": T},
    ),
    Case(
        "exception-for-a-subdirectory",
        "docs\n!docs/api\n",
        {"docs/api/x.md": T, "docs/api/v1/y.md": T, "docs/guide.md": T},
    ),
    Case(
        "hard-links",
        "first.txt\n",
        {
            "first.txt": b"shared\n",
            "second.txt": HardLink("first.txt"),
            "third.txt": HardLink("first.txt"),
        },
    ),
    Case(
        "modes-and-empty-directories",
        None,
        {
            "empty": Dir(),
            "private": Dir(0o700),
            "private/exec.sh": Mode(b"#!/bin/sh\n", 0o750),
            "secret": Mode(b"s\n", 0o600),
            "empty-file": b"",
        },
    ),
]


# --- building -----------------------------------------------------------------------------


def make_context(base: Path, case: Case, image: str) -> Path:
    root = base / case.id / "ctx"
    root.mkdir(parents=True)
    for name, content in case.outside.items():
        (root.parent / name).write_bytes(content)
    dockerfile = root / case.dockerfile
    dockerfile.parent.mkdir(parents=True, exist_ok=True)
    dockerfile.write_text(f"FROM {image}\nCOPY . /ctx\n")
    if case.dockerignore is not None:
        (root / ".dockerignore").write_text(case.dockerignore, encoding="utf-8")
    modes: list[tuple[Path, int]] = []
    for name, entry in case.files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(entry, Link):
            path.symlink_to(entry.target)
        elif isinstance(entry, HardLink):
            os.link(root / entry.to, path)
        elif isinstance(entry, Dir):
            path.mkdir(exist_ok=True)
            modes.append((path, entry.mode))
        elif isinstance(entry, Mode):
            path.write_bytes(entry.content)
            modes.append((path, entry.mode))
        else:
            path.write_bytes(entry)
    for path, mode in reversed(modes):
        path.chmod(mode)
    stamp = 1_600_000_000  # same mtimes in both builds
    for path in sorted(root.rglob("*"), reverse=True):
        os.utime(path, (stamp, stamp), follow_symlinks=False)
    return root


def cli_build(root: Path, case: Case, docker_host: str) -> str:
    env = {**os.environ, "DOCKER_HOST": docker_host, "DOCKER_BUILDKIT": "0"}
    label = ",".join(f"{k}={v}" for k, v in TEST_LABELS.items())
    command = ["docker", "build", "--quiet", "--no-cache", "--rm", "--label", label]
    command += ["--file", str(root / case.dockerfile), str(root)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{case.id}: docker build failed: {done.stderr}"
    image = done.stdout.strip().splitlines()[-1]
    assert image.startswith("sha256:"), f"{case.id}: unexpected output {done.stdout!r}"
    return image


def api_build(client: engine_api.DockerClient, root: Path, case: Case) -> str:
    body = io.BytesIO(b"".join(tar_context(root, dockerfile=case.dockerfile)))
    output = client.ops.image_build(
        body=File(payload=body),
        dockerfile=case.dockerfile,
        nocache=True,
        rm=True,
        labels=json.dumps(TEST_LABELS),
    )
    image = ""
    for line in output.payload.read().splitlines():
        if not line.strip():
            continue
        message = json.loads(line)
        assert "error" not in message, f"{case.id}: our build failed: {message}"
        image = (message.get("aux") or {}).get("ID", image)
    assert image, f"{case.id}: the engine reported no image id"
    return image


Listing = dict[str, tuple[Any, ...]]


def listing(http: httpx.Client, image: str) -> Listing:
    """``/ctx`` of ``image``: name -> (type, mode, size, link target, mtime of non-dirs)."""
    created = http.post(
        "/containers/create", json={"Image": image, "Cmd": ["true"], "Labels": TEST_LABELS}
    )
    assert created.status_code == 201, created.text
    cid = created.json()["Id"]
    try:
        answer = http.get(f"/containers/{cid}/archive", params={"path": "/ctx"})
        assert answer.status_code == 200, answer.text
    finally:
        http.delete(f"/containers/{cid}", params={"force": "1"})
    found: Listing = {}
    with tarfile.open(fileobj=io.BytesIO(answer.content)) as tar:
        for m in tar.getmembers():
            name = m.name.removeprefix("ctx").lstrip("/")
            if name:
                mtime = None if m.isdir() else int(m.mtime)
                found[name] = (m.type, m.mode & 0o7777, m.size, m.linkname, mtime)
    return found


def expected_names(root: Path, case: Case) -> set[str]:
    """What walk_context says is sent, plus implied parents, minus what the engine drops."""
    sent = list(walk_context(root, dockerfile=case.dockerfile))
    names = set(sent)
    for name in sent:
        parts = name.split("/")
        names.update("/".join(parts[:i]) for i in range(1, len(parts)))
    ignore = DockerIgnore.for_context(root)
    for build_file in (".dockerignore", case.dockerfile):
        if ignore.matches(build_file):
            names.discard(build_file)
    return names


@dataclass
class Outcome:
    cli: Listing
    ours: Listing
    expected: set[str]


@dataclass
class Table:
    outcomes: dict[str, Outcome | BaseException]
    elapsed: float

    def names(self, case_id: str) -> set[str]:
        outcome = self.outcomes[case_id]
        if isinstance(outcome, BaseException):
            raise outcome
        return set(outcome.cli)


@pytest.fixture(scope="module")
def table(
    tmp_path_factory: pytest.TempPathFactory, docker_host: str, engine_socket: str, test_image: str
) -> Iterator[Table]:
    if shutil.which("docker") is None:
        pytest.skip("needs the docker CLI on PATH")
    base = tmp_path_factory.mktemp("dockerignore-cli")
    images: list[str] = []
    started = time.monotonic()

    def run(case: Case) -> Outcome:
        root = make_context(base, case, test_image)
        with engine_http_client(engine_socket) as http:
            cli_image = cli_build(root, case, docker_host)
            images.append(cli_image)
            our_image = api_build(client, root, case)
            images.append(our_image)
            return Outcome(
                listing(http, cli_image), listing(http, our_image), expected_names(root, case)
            )

    results: dict[str, Outcome | BaseException] = {}
    with engine_api.DockerClient(base_url=docker_host) as client:
        try:
            with ThreadPoolExecutor(max_workers=8) as pool:
                futures = {case.id: pool.submit(run, case) for case in CASES}
                for case_id, future in futures.items():
                    try:
                        results[case_id] = future.result()
                    except BaseException as exc:  # reported by the test of that case
                        results[case_id] = exc
            yield Table(results, time.monotonic() - started)
        finally:
            with engine_http_client(engine_socket) as http:
                cleanup = Cleanup(http)
                for image in images:
                    cleanup.image(image)
                cleanup.run()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_same_files_as_the_docker_cli(case: Case, table: Table) -> None:
    outcome = table.outcomes[case.id]
    if isinstance(outcome, BaseException):
        raise outcome
    assert outcome.ours == outcome.cli
    assert set(outcome.cli) == outcome.expected


def test_special_cases_behave_as_documented(table: Table) -> None:
    """A few engine behaviours the table relies on, spelled out."""
    names = {case.id: table.names(case.id) for case in CASES}
    assert "README.md" in names["exception-after"]
    assert "README.md" not in names["exception-before-loses"]
    assert "sub/c.txt" in names["star-is-one-level"]
    assert {"build", "build/keep.txt"} <= names["directory-with-reinclude"]
    assert "build/drop.txt" not in names["directory-with-reinclude"]
    # An exception that does not start with the directory's path cannot reach into it.
    assert "node_modules" not in names["reinclude-the-walk-cannot-reach"]
    assert "lib/keep.txt" in names["reinclude-the-walk-cannot-reach"]
    # The engine's regexps: "**.go" is a suffix, "\d" a digit class, "[*]" not a "*".
    quirks = names["engine-regexp-quirks"]
    assert {"main.go", "pkg/util.go", "q5", "x]"}.isdisjoint(quirks)
    assert {"go.txt", "qd", "x*"} <= quirks
    # A leading "**" is a plain suffix test: "**/x" is x at any depth, the top included.
    suffixes = names["leading-double-star-is-a-suffix"]
    assert {"secret", "a/secret", "a/b/secret", "x.bak", "d/y.bak", "catalog", "d/log"}.isdisjoint(
        suffixes
    )
    assert {"a/not-secret", "bak", "logs"} <= suffixes
    # Ignored Dockerfile and .dockerignore are sent, and dropped by the engine.
    assert {"Dockerfile", ".dockerignore"}.isdisjoint(names["ignores-dockerfile-and-dockerignore"])
    assert "sub/Dockerfile" not in names["dockerfile-in-an-ignored-directory"]
    assert names["symlinks-kept-never-followed"] >= {"out", "abs", "dirlink", "dangling"}
    assert "sub" not in names["symlinks-kept-never-followed"]


def test_the_table_runs_within_its_budget(table: Table) -> None:
    assert table.elapsed < TIME_BUDGET, f"{len(CASES)} contexts took {table.elapsed:.1f}s"
