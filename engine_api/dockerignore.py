""".dockerignore, read and matched exactly as the docker CLI and the engine do.

What a build context contains is decided by three pieces of Go that this module follows
rule by rule (it is a port of their behaviour, not of their code):

* reading the file (``moby/patternmatcher/ignorefile.ReadAll``): a UTF-8 BOM is dropped
  from the first line; lines *starting* with ``#`` are comments (``" #x"`` is a pattern);
  the rest is trimmed of white space; ``!`` marks an exception and is trimmed too; each
  pattern is cleaned like Go's ``filepath.Clean`` (``./a`` -> ``a``, ``a//b/`` -> ``a/b``,
  ``a/../b`` -> ``b``) and one leading ``/`` is dropped (``/a`` == ``a``);
* matching (``moby/patternmatcher``): ``*`` is any run of characters but ``/``, ``?`` one
  such character, ``[...]`` a class (``[^...]`` negated, ranges, ``\\`` escapes), ``**``
  any number of directories; patterns are checked in order and the last one that matches
  decides (an exception only re-includes what an earlier pattern excluded); a pattern
  matching a directory also matches everything beneath it. The engine turns each pattern
  into a Go regular expression; its quirks are kept (``**.go`` matches ``a/b.go``,
  ``a**`` matches ``abc/d``, ``\\d`` is a digit class, ``[*]`` is not a literal ``*``...);
* walking the context (``moby/go-archive``'s tarballer with the CLI's options): an
  excluded directory is skipped whole unless some exception pattern *starts with* that
  directory's path (``!dir/keep`` keeps ``dir`` walked; ``!**/keep`` does not); the
  directory itself is then not sent, only what an exception re-includes inside it.
  ``.dockerignore`` and the Dockerfile are always sent, even when ignored: the CLI appends
  ``!.dockerignore`` and ``!<dockerfile>`` to the patterns when they match (the engine
  then drops them from what ``COPY`` sees).

Patterns the engine cannot use make the build fail there; here they raise
:class:`DockerIgnoreError` (at construction for syntax errors, when first evaluated for a
regular expression Go refuses, as the engine does).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from engine_api.errors import DockerException

__all__ = ["DockerIgnore", "DockerIgnoreError", "walk_context"]

_MAX_LINE = 64 * 1024 - 1  # bufio.Scanner's limit: longer lines fail the CLI's build
_BOM = "\ufeff"
# Go's unicode.IsSpace (strings.TrimSpace); str.strip() would also drop \x1c-\x1f.
_GO_SPACE = (
    "\t\n\v\f\r \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


class DockerIgnoreError(DockerException, ValueError):
    """A .dockerignore pattern the engine refuses (``syntax error in pattern``...)."""

    def __init__(self, pattern: str, reason: str, *, line: int | None = None) -> None:
        where = f" (line {line})" if line is not None else ""
        super().__init__(f".dockerignore pattern {pattern!r}{where}: {reason}")
        self.pattern = pattern
        self.reason = reason
        self.line = line


# --- Go's path helpers ---------------------------------------------------------------------


def go_clean(path: str) -> str:
    """Go's ``filepath.Clean`` on a slash-separated path."""
    if not path:
        return "."
    rooted = path.startswith("/")
    out: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if out and out[-1] != "..":
                out.pop()
            elif not rooted:
                out.append("..")
            continue
        out.append(part)
    cleaned = "/".join(out)
    if rooted:
        return "/" + cleaned
    return cleaned or "."


def _trim(text: str) -> str:
    return text.strip(_GO_SPACE)


# --- filepath.Match's syntax check ---------------------------------------------------------


def _class_char(chunk: str, i: int) -> int:
    """Index after one (possibly escaped) character of a class; -1 when malformed."""
    n = len(chunk)
    if i >= n or chunk[i] in "-]":
        return -1
    if chunk[i] == "\\":
        i += 1
        if i >= n:
            return -1
    if 0xDC80 <= ord(chunk[i]) <= 0xDCFF:  # a byte that is not UTF-8
        return -1
    i += 1
    return i if i < n else -1


def _chunk_is_valid(chunk: str) -> bool:
    i, n = 0, len(chunk)
    while i < n:
        c = chunk[i]
        if c == "[":
            i += 1
            if i < n and chunk[i] == "^":
                i += 1
            ranges = 0
            while True:
                if i < n and chunk[i] == "]" and ranges:
                    i += 1
                    break
                i = _class_char(chunk, i)
                if i < 0:
                    return False
                if chunk[i] == "-":
                    i = _class_char(chunk, i + 1)
                    if i < 0:
                        return False
                ranges += 1
        elif c == "\\":
            if i + 1 >= n:
                return False
            i += 2
        else:
            i += 1
    return True


def glob_is_valid(pattern: str) -> bool:
    """Whether Go's ``filepath.Match`` accepts ``pattern`` (it checks every chunk)."""
    rest = pattern
    while rest:
        rest = rest.lstrip("*")
        i, n, in_class = 0, len(rest), False
        while i < n:
            c = rest[i]
            if c == "\\":
                i += 1
            elif c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            elif c == "*" and not in_class:
                break
            i += 1
        chunk, rest = rest[:i], rest[i:]
        if not _chunk_is_valid(chunk):
            return False
    return True


# --- the engine's regular expression, read the way Go's regexp reads it ----------------------


class _RegexpError(Exception):
    pass


_Ranges = list[tuple[int, int]]
_MAX_RUNE = 0x10FFFF
_DIGIT: _Ranges = [(0x30, 0x39)]
_WORD: _Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
_PERL: dict[str, _Ranges] = {"d": _DIGIT, "s": [(9, 10), (12, 13), (32, 32)], "w": _WORD}
_POSIX: dict[str, _Ranges] = {
    "alnum": [(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)],
    "alpha": [(0x41, 0x5A), (0x61, 0x7A)],
    "ascii": [(0, 0x7F)],
    "blank": [(9, 9), (32, 32)],
    "cntrl": [(0, 0x1F), (0x7F, 0x7F)],
    "digit": _DIGIT,
    "graph": [(0x21, 0x7E)],
    "lower": [(0x61, 0x7A)],
    "print": [(0x20, 0x7E)],
    "punct": [(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)],
    "space": [(9, 13), (32, 32)],
    "upper": [(0x41, 0x5A)],
    "word": _WORD,
    "xdigit": [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)],
}
_CONTROL = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}


def _complement(ranges: _Ranges) -> _Ranges:
    out: _Ranges = []
    nxt = 0
    for lo, hi in _merge(ranges):
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= _MAX_RUNE:
        out.append((nxt, _MAX_RUNE))
    return out


def _merge(ranges: _Ranges) -> _Ranges:
    out: _Ranges = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _class_regex(ranges: _Ranges) -> str:
    merged = _merge(ranges)
    if not merged:
        return "(?!)"
    parts = [f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in merged]
    return "[" + "".join(parts) + "]"


def _escape(rs: str, i: int) -> tuple[int, int]:
    """Go's parseEscape at ``rs[i] == '\\'``: the code point and the index after it."""
    if i + 1 >= len(rs):
        raise _RegexpError("trailing backslash")
    c = rs[i + 1]
    j = i + 2
    if ord(c) < 0x80 and not c.isalnum():
        return ord(c), j
    if c in "01234567":
        if c != "0" and (j >= len(rs) or rs[j] not in "01234567"):
            raise _RegexpError(f"invalid escape sequence \\{c} (back-references)")
        value = int(c)
        for _ in range(2):
            if j < len(rs) and rs[j] in "01234567":
                value = value * 8 + int(rs[j])
                j += 1
        return value, j
    if c == "x":
        if j < len(rs) and rs[j] == "{":
            end = rs.find("}", j + 1)
            digits = rs[j + 1 : end] if end > 0 else ""
            if not digits or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise _RegexpError("invalid escape sequence \\x{...}")
            value = int(digits, 16)
            if value > _MAX_RUNE:
                raise _RegexpError("invalid escape sequence \\x{...}: out of range")
            return value, end + 1
        digits = rs[j : j + 2]
        if len(digits) != 2 or any(d not in "0123456789abcdefABCDEF" for d in digits):
            raise _RegexpError("invalid escape sequence \\x")
        return int(digits, 16), j + 2
    if c in _CONTROL:
        return _CONTROL[c], j
    raise _RegexpError(f"invalid escape sequence \\{c}")


def _parse_class(rs: str, i: int) -> tuple[str, int]:
    """Go's parseClass at ``rs[i] == '['``: a Python class and the index after it."""
    j = i + 1
    negate = j < len(rs) and rs[j] == "^"
    if negate:
        j += 1
    ranges: _Ranges = []
    first = True
    while True:
        if j >= len(rs):
            raise _RegexpError("missing closing ]")
        if rs[j] == "]" and not first:
            j += 1
            break
        first = False
        if rs.startswith("[:", j):
            end = rs.find(":]", j + 2)
            if end >= 0:
                name = rs[j + 2 : end]
                negated_group = name.startswith("^")
                group = _POSIX.get(name.removeprefix("^"))
                if group is None:
                    raise _RegexpError(f"invalid character class range [:{name}:]")
                ranges += _complement(group) if negated_group else group
                j = end + 2
                continue
        if rs[j] == "\\" and j + 1 < len(rs):
            kind = rs[j + 1]
            if kind in "pP":
                raise _RegexpError("Unicode classes (\\p, \\P) are not supported here")
            if kind.lower() in _PERL:
                group = _PERL[kind.lower()]
                ranges += _complement(group) if kind.isupper() else group
                j += 2
                continue
        lo, j = _class_char_at(rs, j)
        hi = lo
        if j + 1 < len(rs) and rs[j] == "-" and rs[j + 1] != "]":
            hi, j = _class_char_at(rs, j + 1)
            if hi < lo:
                raise _RegexpError("invalid character class range")
        ranges.append((lo, hi))
    return _class_regex(_complement(ranges) if negate else ranges), j


def _class_char_at(rs: str, j: int) -> tuple[int, int]:
    if j >= len(rs):
        raise _RegexpError("missing closing ]")
    if rs[j] == "\\":
        return _escape(rs, j)
    return ord(rs[j]), j + 1


_ASSERTIONS = {"A": r"\A", "z": r"\Z", "b": r"\b", "B": r"\B"}


def go_regexp_to_python(rs: str) -> re.Pattern[str]:
    """Compile the subset of Go (RE2) syntax the engine's patterns produce, with Go's meaning.

    Handles literals, ``\\`` escapes (punctuation, octal, hex, control characters, ``\\d``,
    ``\\s``, ``\\w``, ``\\b``, ``\\A``, ``\\z``, ``\\Q...\\E``), character classes (ranges,
    negation, POSIX ``[:name:]``), ``.``, ``^``, ``$``, groups and ``*``/``+``/``?``
    (greedy or lazy). Raises ``_RegexpError`` where Go's ``regexp.Compile`` fails.
    """
    out: list[str] = []
    quantifiable = False
    depth = 0
    i, n = 0, len(rs)
    while i < n:
        c = rs[i]
        if c == "\\":
            kind = rs[i + 1] if i + 1 < n else ""
            if kind in _ASSERTIONS:
                out.append("(?:" + _ASSERTIONS[kind] + ")")
                i += 2
                quantifiable = True
            elif kind == "Q":
                end = rs.find("\\E", i + 2)
                text = rs[i + 2 :] if end < 0 else rs[i + 2 : end]
                out.extend(re.escape(ch) for ch in text)
                quantifiable = quantifiable or bool(text)
                i = n if end < 0 else end + 2
            elif kind in ("p", "P", "C"):
                raise _RegexpError(f"\\{kind} is not supported here")
            elif kind and kind.lower() in _PERL:
                group = _PERL[kind.lower()]
                out.append(_class_regex(_complement(group) if kind.isupper() else group))
                i += 2
                quantifiable = True
            else:
                code, i = _escape(rs, i)
                out.append(re.escape(chr(code)))
                quantifiable = True
        elif c == "[":
            cls, i = _parse_class(rs, i)
            out.append(cls)
            quantifiable = True
        elif c in "*+?":
            if not quantifiable:
                raise _RegexpError(f"missing argument to repetition operator {c}")
            i += 1
            lazy = i < n and rs[i] == "?"
            if lazy:
                i += 1
            if i < n and rs[i] in "*+?":
                raise _RegexpError("invalid nested repetition operator")
            out.append(c + ("?" if lazy else ""))
            quantifiable = False
        elif c == "(":
            out.append("(?:")
            depth += 1
            i += 1
            quantifiable = False
        elif c == ")":
            if not depth:
                raise _RegexpError("unexpected )")
            out.append(")")
            depth -= 1
            i += 1
            quantifiable = True
        elif c == "|":
            out.append("|")
            i += 1
            quantifiable = False
        elif c == "^":
            out.append("(?:^)")
            i += 1
            quantifiable = True
        elif c == "$":
            out.append(r"(?:\Z)")
            i += 1
            quantifiable = True
        elif c == ".":
            out.append(".")
            i += 1
            quantifiable = True
        elif c in "{}":
            raise _RegexpError(f"unexpected {c}")  # the engine escapes these
        else:
            out.append(re.escape(c))
            i += 1
            quantifiable = True
    if depth:
        raise _RegexpError("missing closing )")
    return re.compile("".join(out), re.ASCII)


# --- one pattern ---------------------------------------------------------------------------

_EXACT, _PREFIX, _SUFFIX, _REGEXP = range(4)


def _engine_regexp(pattern: str) -> tuple[int, str]:
    """How the engine matches ``pattern``: its kind, and the Go regexp for ``_REGEXP``."""
    parts = ["^"]
    kind = _EXACT
    i, n = 0, len(pattern)
    first = True
    while i < n:
        ch = pattern[i]
        i += 1
        at_start, first = first, False
        if ch == "*":
            if i < n and pattern[i] == "*":
                i += 1
                if i < n and pattern[i] == "/":
                    i += 1
                if i >= n:
                    if kind == _EXACT:
                        kind = _PREFIX
                    else:
                        parts.append(".*")
                        kind = _REGEXP
                else:
                    parts.append("(.*/)?")
                    kind = _REGEXP
                if at_start:
                    kind = _SUFFIX
            else:
                parts.append("[^/]*")
                kind = _REGEXP
        elif ch == "?":
            parts.append("[^/]")
            kind = _REGEXP
        elif ch in ".+()|{}$":
            parts.append("\\" + ch)
        elif ch == "\\":
            if i < n:
                parts.append("\\" + pattern[i])
                i += 1
                kind = _REGEXP
            else:
                parts.append("\\")
        elif ch in "[]":
            parts.append(ch)
            kind = _REGEXP
        else:
            parts.append(ch)
    parts.append("$")
    return kind, "".join(parts)


@dataclass(eq=False)
class _Pattern:
    text: str  # cleaned, without its "!"
    exclusion: bool
    line: int | None
    kind: int = field(init=False)
    regstr: str = field(init=False)
    _regex: re.Pattern[str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.kind, self.regstr = _engine_regexp(self.text)

    @property
    def source(self) -> str:
        return ("!" if self.exclusion else "") + self.text

    def match(self, path: str) -> bool:
        if self.kind == _EXACT:
            return path == self.text
        if self.kind == _PREFIX:
            return path.startswith(self.text[:-2])
        if self.kind == _SUFFIX:
            # A leading "**" (its "/" eaten) is a plain suffix test: "**/x" matches "x" at
            # any depth, "**.go" matches "a/b.go", and "**x" also matches "ax" (moby's quirk).
            suffix = self.text[2:]
            return path.endswith(suffix) or (suffix[:1] == "/" and path == suffix[1:])
        if self._regex is None:
            try:
                self._regex = go_regexp_to_python(self.regstr)
            except _RegexpError as exc:
                # The engine compiles lazily too: the build fails at the first path checked.
                raise DockerIgnoreError(
                    self.source, f"syntax error in pattern ({exc})", line=self.line
                ) from None
        return self._regex.search(path) is not None


def _parents(path: str) -> Iterator[str]:
    """``a/b/c`` -> ``a``, ``a/b`` (the parent directories, outermost first)."""
    parts = path.split("/")
    for i in range(1, len(parts)):
        yield "/".join(parts[:i])


# --- the matcher ---------------------------------------------------------------------------


def _read_lines(lines: Iterable[str]) -> list[tuple[str, int]]:
    """``ignorefile.ReadAll``: the patterns of a .dockerignore with their line numbers."""
    out: list[tuple[str, int]] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.removesuffix("\n").removesuffix("\r")
        if number == 1:
            line = line.removeprefix(_BOM)
        if line.startswith("#"):
            continue
        pattern = _trim(line)
        if not pattern:
            continue
        invert = pattern.startswith("!")
        if invert:
            pattern = _trim(pattern[1:])
        if pattern:
            pattern = go_clean(pattern)
            if len(pattern) > 1 and pattern.startswith("/"):
                pattern = pattern[1:]
        out.append(("!" + pattern if invert else pattern, number))
    return out


class DockerIgnore:
    """The patterns of a .dockerignore, matched as the engine matches them.

    ``DockerIgnore(patterns)`` takes patterns as the engine's pattern matcher does (each
    trimmed and cleaned; ``!`` for exceptions); :meth:`from_file` and :meth:`from_lines`
    read a .dockerignore first (comments, BOM, leading ``/``). Raises
    :class:`DockerIgnoreError` for a pattern the engine refuses.
    """

    __slots__ = ("_patterns",)

    def __init__(self, patterns: Iterable[str] = ()) -> None:
        self._patterns = self._compile((p, None) for p in patterns)

    @staticmethod
    def _compile(patterns: Iterable[tuple[str, int | None]]) -> tuple[_Pattern, ...]:
        compiled: list[_Pattern] = []
        for raw, line in patterns:
            text = _trim(raw)
            if not text:
                continue
            text = go_clean(text)
            exclusion = text.startswith("!")
            if exclusion:
                if len(text) == 1:
                    raise DockerIgnoreError(raw, 'illegal exclusion pattern: "!"', line=line)
                text = text[1:]
            if not glob_is_valid(text):
                raise DockerIgnoreError(raw, "syntax error in pattern", line=line)
            compiled.append(_Pattern(text, exclusion, line))
        return tuple(compiled)

    @classmethod
    def _of(cls, patterns: tuple[_Pattern, ...]) -> DockerIgnore:
        new = cls.__new__(cls)
        new._patterns = patterns
        return new

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> DockerIgnore:
        """The patterns of a .dockerignore given as its lines (with or without line ends)."""
        return cls._of(cls._compile(_read_lines(lines)))

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> DockerIgnore:
        """Read a .dockerignore file (UTF-8; bytes that are not UTF-8 are kept as such)."""
        with open(path, "rb") as f:
            data = f.read()
        lines = data.split(b"\n")
        if lines and not lines[-1]:
            lines.pop()  # the file's last line end does not start another line
        for number, line in enumerate(lines, start=1):
            if len(line.removesuffix(b"\r")) > _MAX_LINE:
                raise DockerIgnoreError(
                    line[:40].decode("utf-8", "replace") + "...",
                    f"line longer than {_MAX_LINE} bytes (the CLI fails: token too long)",
                    line=number,
                )
        return cls.from_lines(line.decode("utf-8", "surrogateescape") for line in lines)

    @classmethod
    def for_context(cls, root: str | os.PathLike[str]) -> DockerIgnore:
        """The context's own ``.dockerignore``, or no patterns when it has none."""
        path = os.path.join(root, ".dockerignore")
        try:
            return cls.from_file(path)
        except FileNotFoundError:
            return cls()

    @property
    def patterns(self) -> list[str]:
        """The patterns as the engine uses them (cleaned; exceptions with their ``!``)."""
        return [p.source for p in self._patterns]

    @property
    def has_exceptions(self) -> bool:
        return any(p.exclusion for p in self._patterns)

    def __repr__(self) -> str:
        return f"DockerIgnore({self.patterns!r})"

    def __bool__(self) -> bool:
        return bool(self._patterns)

    # -- matching --

    def _step(self, path: str, parent: list[bool] | None) -> tuple[bool, list[bool]]:
        """``MatchesUsingParentResults``: whether ``path`` is excluded, given what matched
        for its parent directory (``None`` for a path at the top of the context)."""
        matched = False
        info = [False] * len(self._patterns)
        for i, pattern in enumerate(self._patterns):
            hit = parent[i] if parent is not None else False
            if not hit:
                if pattern.exclusion != matched:
                    continue
                hit = pattern.match(path)
                if not hit and parent is None:
                    hit = any(pattern.match(p) for p in _parents(path))
            info[i] = hit
            if hit:
                matched = not pattern.exclusion
        return matched, info

    def matches(self, relpath: str) -> bool:
        """Whether the patterns exclude ``relpath`` (slash-separated, relative to the
        context): the verdict the engine's walk reaches for it, parents' matches included
        (``build`` excludes ``build/a/b``). A path inside a directory the walk skips whole
        is not sent even when this says False: :func:`walk_context` tells what is sent."""
        path = go_clean(relpath.replace(os.sep, "/"))
        if path == "." or not self._patterns:
            return False
        parts = path.split("/")
        info: list[bool] | None = None
        matched = False
        for depth in range(1, len(parts) + 1):
            matched, info = self._step("/".join(parts[:depth]), info)
        return matched

    def _matches_one_parent(self, path: str) -> bool:
        """The deprecated ``patternmatcher.Matches`` the CLI still uses for the Dockerfile
        and .dockerignore: a parent is tried only at the pattern's own depth."""
        path = go_clean(path)
        if path == ".":
            return False
        parent = path.rsplit("/", 1)[0] if "/" in path else "."
        parent_dirs = parent.split("/")
        matched = False
        for pattern in self._patterns:
            if pattern.exclusion != matched:
                continue
            hit = pattern.match(path)
            if not hit and parent != ".":
                depth = pattern.text.count("/") + 1
                if depth <= len(parent_dirs):
                    hit = pattern.match("/".join(parent_dirs[:depth]))
            if hit:
                matched = not pattern.exclusion
        return matched

    def for_build(self, dockerfile: str = "Dockerfile") -> DockerIgnore:
        """These patterns as the CLI sends a build context with them: exceptions appended
        for ``.dockerignore`` and the Dockerfile (``TrimBuildFilesFromExcludes``) when they
        match, so that the engine receives both."""
        extra: list[str] = []
        # The CLI names the Dockerfile by its cleaned path (filepath.Rel): "./Dockerfile"
        # must become the exception "!Dockerfile", which a pattern can match.
        for name in (".dockerignore", go_clean(dockerfile.replace(os.sep, "/"))):
            with_extra = self._of(self._patterns + self._compile((e, None) for e in extra))
            try:
                keep = with_extra._matches_one_parent(name)
            except DockerIgnoreError:
                keep = False  # the CLI ignores the error here; the walk meets it again
            if keep:
                extra.append("!" + name)
        return self._of(self._patterns + self._compile((e, None) for e in extra))

    def _must_walk(self, reldir: str) -> bool:
        """Whether an excluded directory is still walked: an exception pattern starts with
        its path (the tarballer's string test, not a match)."""
        prefix = reldir + "/"
        return any(p.exclusion and (p.text + "/").startswith(prefix) for p in self._patterns)


# --- the walk ------------------------------------------------------------------------------


def _sorted_entries(directory: str) -> list[os.DirEntry[str]]:
    with os.scandir(directory) as it:
        entries = list(it)
    entries.sort(key=lambda e: os.fsencode(e.name))  # Go sorts names byte by byte
    return entries


def resolve_context_root(root: str | os.PathLike[str]) -> str:
    """The context directory as the CLI uses it: absolute, symlinks resolved, a directory."""
    resolved = os.path.realpath(os.fspath(root))
    st = os.stat(resolved)  # FileNotFoundError names the path
    if not stat.S_ISDIR(st.st_mode):
        raise NotADirectoryError(20, "build context is not a directory", os.fspath(root))
    return resolved


def default_dockerfile(root: str) -> str:
    """``Dockerfile``, or ``dockerfile`` when only that one exists (the CLI's default)."""
    if not os.path.lexists(os.path.join(root, "Dockerfile")) and os.path.lexists(
        os.path.join(root, "dockerfile")
    ):
        return "dockerfile"
    return "Dockerfile"


def context_entries(
    root: str, ignore: DockerIgnore | None, dockerfile: str = "Dockerfile"
) -> Iterator[tuple[str, str, os.stat_result]]:
    """What the CLI sends for context ``root`` (already resolved): ``(relpath, path,
    lstat)`` in the CLI's order. ``ignore=None`` reads ``root/.dockerignore``."""
    if ignore is None:
        ignore = DockerIgnore.for_context(root)
    if dockerfile == "Dockerfile":
        dockerfile = default_dockerfile(root)
    rel_dockerfile = dockerfile.replace(os.sep, "/")
    if os.path.isabs(dockerfile):
        rel_dockerfile = os.path.relpath(dockerfile, root).replace(os.sep, "/")
    matcher = ignore.for_build(rel_dockerfile) if ignore else ignore
    filtering = bool(matcher)
    # Depth-first, names sorted, a directory before what it holds (Go's filepath.WalkDir).
    stack: list[tuple[str, list[os.DirEntry[str]], int, list[bool] | None]] = []

    def push(path: str, rel: str, info: list[bool] | None) -> None:
        try:
            entries = _sorted_entries(path)
        except OSError as exc:
            raise type(exc)(
                exc.errno, f"cannot list {rel or '.'!r} of the build context: {exc.strerror}", path
            ) from None
        stack.append((rel, entries, 0, info))

    push(root, "", None)
    while stack:
        rel_dir, entries, index, info = stack[-1]
        if index >= len(entries):
            stack.pop()
            continue
        stack[-1] = (rel_dir, entries, index + 1, info)
        entry = entries[index]
        rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError as exc:
            raise type(exc)(
                exc.errno, f"cannot stat {rel!r} of the build context: {exc.strerror}", entry.path
            ) from None
        is_dir = stat.S_ISDIR(st.st_mode)
        excluded, child_info = False, None
        if filtering:
            excluded, child_info = matcher._step(rel, info)
        if excluded:
            if is_dir and matcher.has_exceptions and matcher._must_walk(rel):
                push(entry.path, rel, child_info)
            continue
        yield rel, entry.path, st
        if is_dir:
            push(entry.path, rel, child_info)


def walk_context(
    root: str | os.PathLike[str],
    ignore: DockerIgnore | None = None,
    dockerfile: str = "Dockerfile",
) -> Iterator[str]:
    """The paths (slash-separated, relative to ``root``) that ``docker build root`` sends,
    in the order it sends them: directories before their contents, names sorted byte-wise.

    ``ignore=None`` reads ``root/.dockerignore`` (``DockerIgnore()`` ignores nothing).
    ``dockerfile`` is the Dockerfile's path relative to ``root`` (the default also finds
    a lowercase ``dockerfile``, as the CLI does). Symlinks are listed, never followed.
    Directories that are excluded and that no exception can reach are not entered.
    """
    resolved = resolve_context_root(root)
    patterns = DockerIgnore.for_context(resolved) if ignore is None else ignore
    return (rel for rel, _path, _st in context_entries(resolved, patterns, dockerfile))
