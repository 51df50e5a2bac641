"""engine_api.dockerignore: .dockerignore read and matched as the docker CLI and the engine
do (moby's ignorefile and patternmatcher, the tarballer's walk). Pure: contexts are made
under tmp_path; no engine. tests/test_dockerignore_cli.py checks the same rules against
the real CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine_api.dockerignore import DockerIgnore, DockerIgnoreError, go_clean, walk_context

# --- matching: one pattern list, one path -------------------------------------------------

# (patterns, path, excluded)
MATCHES: list[tuple[list[str], str, bool]] = [
    # "*" is any run of characters but "/"
    (["*.txt"], "a.txt", True),
    (["*.txt"], "sub/a.txt", False),
    (["*.txt"], "a.txt.bak", False),
    (["*"], "anything", True),
    (["*"], "dir/file", True),  # through its parent "dir"
    (["sub/*.txt"], "sub/a.txt", True),
    (["sub/*.txt"], "sub/deep/a.txt", False),
    (["a*c"], "abc", True),
    (["a*c"], "a/c", False),
    # "?" is one character but "/"
    (["?.log"], "a.log", True),
    (["?.log"], "ab.log", False),
    (["?.log"], ".log", False),
    (["a?c"], "a/c", False),
    (["a?c"], "abc", True),
    # "**": any number of directories
    (["**/*.txt"], "a.txt", True),
    (["**/*.txt"], "a/b/c.txt", True),
    (["**/*.txt"], "a/b/c.md", False),
    (["a/**/b"], "a/b", True),
    (["a/**/b"], "a/x/y/b", True),
    (["a/**/b"], "ab", False),
    (["a/**"], "a/b/c", True),
    (["a/**"], "ab", False),
    (["a**"], "abc/d", True),  # a trailing "**" is a plain prefix
    (["**"], "any/thing", True),
    # A leading "**" is a suffix: "**/x" is x at any depth, the top included.
    (["**/secret"], "secret", True),
    (["**/secret"], "a/secret", True),
    (["**/secret"], "a/b/secret", True),
    (["**/secret"], "a/secret/inside.txt", True),  # through its parent
    (["**/secret"], "a/not-secret", False),
    (["**/secret"], "secret.txt", False),
    (["**/a/b"], "a/b", True),
    (["**/a/b"], "x/y/a/b", True),
    (["**/a/b"], "x/a", False),
    (["**.go"], "main.go", True),
    (["**.go"], "pkg/util.go", True),
    (["**.go"], "go.txt", False),
    (["**log"], "catalog", True),  # moby's suffix test: not only whole names
    (["**/log"], "catalog", False),
    # classes
    (["[a-c].txt"], "b.txt", True),
    (["[a-c].txt"], "d.txt", False),
    (["[^x]y.cfg"], "ay.cfg", True),
    (["[^x]y.cfg"], "xy.cfg", False),
    (["[\\]]z"], "]z", True),
    # escapes
    (["\\*.star"], "*.star", True),
    (["\\*.star"], "s.star", False),
    (["a\\?"], "a?", True),
    (["a\\?"], "ab", False),
    (["a\\[b"], "a[b", True),
    # characters special to regular expressions but not to globs are literal
    (["a.b"], "a.b", True),
    (["a.b"], "axb", False),
    (["a+(b)|{c}$"], "a+(b)|{c}$", True),
    (["a+"], "aa", False),
    # the engine's regexp quirks, kept: "\d" is a digit class, "[*]" no literal "*"
    (["q\\d"], "q5", True),
    (["q\\d"], "qd", False),
    (["x[*]"], "x]", True),
    (["x[*]"], "x*", False),
    # a pattern naming a directory excludes everything beneath it, at its own place only
    (["a/b"], "a/b/c/d.txt", True),
    (["a/b"], "a/bc.txt", False),
    (["a/b"], "a/x/b", False),
    (["build"], "src/build", False),
    # the patterns are cleaned as the engine cleans them
    (["./a"], "a", True),
    (["a//b/"], "a/b", True),
    (["x/../a"], "a", True),
]


@pytest.mark.parametrize(
    ("patterns", "path", "excluded"),
    MATCHES,
    ids=[f"{'|'.join(p)}~{path}" for p, path, _ in MATCHES],
)
def test_pattern_table(patterns: list[str], path: str, excluded: bool) -> None:
    assert DockerIgnore(patterns).matches(path) is excluded


def test_double_star_slash_matches_at_any_depth_with_the_suffix_rule() -> None:
    """The leading-"**" rule, which an earlier draft had switched off (``False and``)."""
    ignore = DockerIgnore(["**/node_modules"])
    for path in ("node_modules", "a/node_modules", "a/b/c/node_modules", "a/node_modules/x"):
        assert ignore.matches(path), path
    for path in ("node_modules2", "a/my_node_modules", "node_module"):
        assert not ignore.matches(path), path


def test_nothing_matches_without_patterns_and_the_root_never_does() -> None:
    assert not DockerIgnore().matches("a")
    assert not DockerIgnore(["*"]).matches(".")
    assert not DockerIgnore()
    assert not DockerIgnore.from_lines(["# only a comment", ""])
    assert DockerIgnore(["*"])


# --- exceptions and order -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("patterns", "path", "excluded"),
    [
        (["*.md", "!README.md"], "README.md", False),
        (["*.md", "!README.md"], "NOTES.md", True),
        (["!README.md", "*.md"], "README.md", True),  # the last matching pattern decides
        (["*.md", "!README.md", "README.md"], "README.md", True),
        (["*.md", "!*.md", "*.md", "!README*"], "README.md", False),
        (["!a.txt"], "a.txt", False),  # an exception re-includes only what was excluded
        (["docs", "!docs/api"], "docs/api/v1/x.md", False),
        (["docs", "!docs/api"], "docs/guide.md", True),
        (["docs", "!docs/api", "docs/api/private"], "docs/api/private/k", True),
        (["*", "!keep.txt"], "keep.txt", False),
        (["*", "!keep.txt"], "dir/keep.txt", True),
        (["*", "!**/keep.txt"], "dir/keep.txt", False),
    ],
)
def test_exceptions_in_order(patterns: list[str], path: str, excluded: bool) -> None:
    assert DockerIgnore(patterns).matches(path) is excluded


# --- reading a .dockerignore --------------------------------------------------------------


def test_reading_lines_comments_whitespace_bang_and_leading_slash() -> None:
    ignore = DockerIgnore.from_lines(
        [
            "# a comment\n",
            " #not-a-comment\n",
            "\n",
            "   \t\n",
            "  spaced.txt  \r\n",
            "/rooted\n",
            "!  /kept\n",
            "./dot/./x/\n",
            "a//b/../c\n",
            "/\n",
        ]
    )
    assert ignore.patterns == [
        "#not-a-comment",
        "spaced.txt",
        "rooted",
        "!kept",
        "dot/x",
        "a/c",
        "/",
    ]
    assert ignore.has_exceptions


def test_leading_slash_is_the_context_root() -> None:
    ignore = DockerIgnore.from_lines(["/sub/x.txt"])
    assert ignore.matches("sub/x.txt")
    assert not ignore.matches("other/sub/x.txt")
    # The pattern matcher itself (without the file reader) keeps the "/": no relative
    # path can match it, as with the engine's patternmatcher.New.
    assert not DockerIgnore(["/sub/x.txt"]).matches("sub/x.txt")


def test_bom_is_dropped_from_the_first_line_only() -> None:
    ignore = DockerIgnore.from_lines(["\ufeff*.tmp", "\ufeffb"])
    assert ignore.patterns == ["*.tmp", "\ufeffb"]


def test_from_file_and_for_context(tmp_path: Path) -> None:
    (tmp_path / ".dockerignore").write_bytes(b"\xef\xbb\xbf*.log\r\n!keep.log\nbuild/\n")
    ignore = DockerIgnore.for_context(tmp_path)
    assert ignore.patterns == ["*.log", "!keep.log", "build"]
    assert ignore.matches("x.log") and not ignore.matches("keep.log")
    (tmp_path / ".dockerignore").write_bytes(b"x" * (64 * 1024) + b"\n")
    with pytest.raises(DockerIgnoreError, match="longer than"):
        DockerIgnore.for_context(tmp_path)


def test_a_missing_dockerignore_ignores_nothing(tmp_path: Path) -> None:
    assert DockerIgnore.for_context(tmp_path).patterns == []


@pytest.mark.parametrize("pattern", ["!", "[a-", "a\\", "[]a]", "[", "a[b-]", "[x"])
def test_syntax_errors_are_refused_at_once(pattern: str) -> None:
    with pytest.raises(DockerIgnoreError) as caught:
        DockerIgnore(["ok", pattern])
    assert caught.value.pattern == pattern


def test_syntax_error_names_its_line() -> None:
    with pytest.raises(DockerIgnoreError) as caught:
        DockerIgnore.from_lines(["ok", "# comment", "[x"])
    assert caught.value.line == 3
    assert "line 3" in str(caught.value)


def test_a_regexp_go_refuses_fails_when_first_used() -> None:
    ignore = DockerIgnore(["x[z-a]"])  # a valid glob, but not a valid Go regexp
    with pytest.raises(DockerIgnoreError, match="syntax error"):
        ignore.matches("xa")


@pytest.mark.parametrize(
    ("path", "cleaned"),
    [
        ("", "."),
        ("a/./b", "a/b"),
        ("a//b/", "a/b"),
        ("a/../..", ".."),
        ("/../a", "/a"),
        ("../a/../../b", "../../b"),
        ("/", "/"),
    ],
)
def test_go_clean(path: str, cleaned: str) -> None:
    assert go_clean(path) == cleaned


# --- the walk: what a build context holds --------------------------------------------------


def make_tree(root: Path, files: dict[str, str | None]) -> Path:
    """``name -> content`` (None: a directory)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        if content is None:
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content)
    return root


def test_walk_order_is_depth_first_byte_sorted(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "ctx", {"a.txt": "", "a/b": "", "B": "", "a-z": "", "c/": None})
    assert list(walk_context(root)) == ["B", "a", "a/b", "a-z", "a.txt", "c"]


def test_dockerfile_and_dockerignore_are_always_sent(tmp_path: Path) -> None:
    root = make_tree(
        tmp_path / "ctx",
        {".dockerignore": "*\n", "Dockerfile": "FROM x\n", "a.txt": "", "d/e": ""},
    )
    assert list(walk_context(root)) == [".dockerignore", "Dockerfile"]


def test_dockerfile_by_other_name_and_in_an_ignored_directory(tmp_path: Path) -> None:
    root = make_tree(
        tmp_path / "ctx",
        {".dockerignore": "sub\n.dockerignore\n", "sub/build.df": "", "sub/x": "", "top": ""},
    )
    assert list(walk_context(root, dockerfile="sub/build.df")) == [
        ".dockerignore",
        "sub/build.df",
        "top",
    ]
    # Spelled with "./" it is the same file.
    assert "sub/build.df" in list(walk_context(root, dockerfile="./sub/build.df"))


def test_dockerfile_lowercase_default(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "ctx", {".dockerignore": "*\n", "dockerfile": ""})
    assert list(walk_context(root)) == [".dockerignore", "dockerfile"]


def test_given_patterns_replace_the_file(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "ctx", {".dockerignore": "*\n", "a": "", "b": ""})
    assert list(walk_context(root, ignore=DockerIgnore())) == [".dockerignore", "a", "b"]
    assert list(walk_context(root, ignore=DockerIgnore(["a"]))) == [".dockerignore", "b"]


def test_excluded_directory_walked_only_for_an_exception_starting_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_tree(
        tmp_path / "ctx",
        {
            "build/keep.txt": "",
            "build/drop.txt": "",
            "node_modules/keep.txt": "",
            "node_modules/deep/x": "",
            "lib/keep.txt": "",
        },
    )
    listed: list[str] = []
    real_scandir = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        listed.append(os.path.relpath(path, root).replace(os.sep, "/"))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    ignore = DockerIgnore(["build", "node_modules", "!build/keep.txt", "!**/keep.txt"])
    assert list(walk_context(root, ignore=ignore)) == ["build/keep.txt", "lib", "lib/keep.txt"]
    # node_modules is excluded and no exception starts with "node_modules/": never listed,
    # although "!**/keep.txt" would match node_modules/keep.txt.
    assert sorted(listed) == [".", "build", "lib"]


def test_symlinks_are_listed_never_followed(tmp_path: Path) -> None:
    outside = make_tree(tmp_path / "outside", {"secret.txt": "secret", "deep/more": "x"})
    root = make_tree(tmp_path / "ctx", {"sub/a.txt": ""})
    (root / "out").symlink_to("../outside")
    (root / "abs").symlink_to(outside)
    (root / "inner").symlink_to("sub")
    (root / "dangling").symlink_to("nowhere")
    sent = list(walk_context(root, ignore=DockerIgnore()))
    assert sent == ["abs", "dangling", "inner", "out", "sub", "sub/a.txt"]
    # Ignoring through a symlink's name ignores the link, not its target.
    sent = list(walk_context(root, ignore=DockerIgnore(["out/*", "inner/a.txt"])))
    assert "out" in sent and "sub/a.txt" in sent


def test_a_symlinked_context_root_is_resolved(tmp_path: Path) -> None:
    real = make_tree(tmp_path / "real", {"a": ""})
    (tmp_path / "link").symlink_to(real)
    assert list(walk_context(tmp_path / "link")) == ["a"]


def test_context_must_be_a_directory(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("")
    with pytest.raises(NotADirectoryError):
        list(walk_context(tmp_path / "f"))
    with pytest.raises(FileNotFoundError):
        list(walk_context(tmp_path / "missing"))
