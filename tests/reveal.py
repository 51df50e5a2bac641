"""mypy's ``reveal_type`` against the types a sample script writes after each call.

A sample (tests/typing/*.py) carries one ``reveal_type(...)`` per line with the expected type
in a trailing comment, short names only (``# list[Container]``). :func:`check_reveals` runs
``mypy --strict`` on it with a given interpreter and reads mypy's notes back. Shared by
tests/test_reveal_types.py (the source tree) and tests/test_wheel.py (the installed wheel).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Reveals", "check_reveals", "expected_types", "short"]


def _named_tuples(type_text: str) -> str:
    """mypy shows a named tuple as ``tuple[int | None, bytes, fallback=ExecResult[bytes]]``:
    keep its class, ``ExecResult[bytes]`` (what its items are, its class's parameters say;
    samples reveal the items by indexing or unpacking)."""
    marker = ", fallback="
    while (at := type_text.find(marker)) != -1:
        start, depth = at, 0
        while start > 0:  # back to the "tuple[" that opens this one
            start -= 1
            if type_text[start] == "]":
                depth += 1
            elif type_text[start] == "[":
                if depth == 0:
                    break
                depth -= 1
        end, depth = at + len(marker), 0
        while end < len(type_text):  # on to the "]" that closes it
            if type_text[end] == "[":
                depth += 1
            elif type_text[end] == "]":
                if depth == 0:
                    break
                depth -= 1
            end += 1
        opening = start - len("tuple")
        fallback = type_text[at + len(marker) : end]
        type_text = type_text[:opening] + fallback + type_text[end + 1 :]
    return type_text


def short(type_text: str) -> str:
    """mypy's fully qualified names without their modules: ``engine_api._sync.container.
    Container`` -> ``Container``, ``builtins.bytes`` -> ``bytes``; inferred marks (``*``)
    dropped; a named tuple shown as its class (``ExecResult[bytes]``)."""
    names = re.sub(r"\b(?:[A-Za-z_]\w*\.)+([A-Za-z_]\w*)", r"\1", type_text).replace("*", "")
    return _named_tuples(names)


def expected_types(sample: Path) -> dict[int, str]:
    """Line number -> the type written after each ``reveal_type(...)`` line of ``sample``."""
    expected: dict[int, str] = {}
    for number, line in enumerate(sample.read_text().splitlines(), start=1):
        if "reveal_type(" in line:
            _, hash_, comment = line.partition("#")
            assert hash_ and comment.strip(), f"{sample.name}:{number}: no expected type: {line}"
            expected[number] = comment.strip()
    return expected


@dataclass(frozen=True)
class Reveals:
    """What one mypy run on a sample gave."""

    expected: dict[int, str]
    """Line -> the type the sample's comment expects."""
    revealed: dict[int, str]
    """Line -> the type mypy revealed, in short names (comparable with ``expected``)."""
    full: dict[int, str]
    """Line -> the type mypy revealed, as it printed it (fully qualified)."""
    errors: list[str]
    """mypy's error lines."""
    output: str
    """mypy's whole output, for failure messages."""

    def with_any(self) -> dict[int, str]:
        """The revealed types that hold ``Any`` anywhere (``list[Any]`` too)."""
        return {line: text for line, text in self.full.items() if re.search(r"\bAny\b", text)}


def check_reveals(
    python: str | os.PathLike[str],
    sample: Path,
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> Reveals:
    """Run ``python -m mypy --strict`` on ``sample`` from ``cwd`` and read its reveals."""
    result = subprocess.run(
        [os.fspath(python), "-m", "mypy", "--strict", "--no-error-summary", str(sample)],
        cwd=cwd,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    note = re.compile(rf".*{re.escape(sample.name)}:(\d+): note: Revealed type is \"(.*)\"$")
    full: dict[int, str] = {}
    for line in result.stdout.splitlines():
        found = note.match(line)
        if found:
            full[int(found.group(1))] = found.group(2)
    return Reveals(
        expected=expected_types(sample),
        revealed={line: short(text) for line, text in full.items()},
        full=full,
        errors=[line for line in result.stdout.splitlines() if ": error:" in line],
        output=result.stdout + result.stderr,
    )
