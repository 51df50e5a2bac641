"""The high-level API's types are precise: mypy's ``reveal_type`` on
tests/typing/reveal_highlevel.py shows exactly the type written after each call."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing" / "reveal_highlevel.py"


def _short(type_text: str) -> str:
    """mypy's fully qualified names without their modules: ``engine_api._sync.container.
    Container`` -> ``Container``, ``builtins.bytes`` -> ``bytes``."""
    return re.sub(r"\b(?:[A-Za-z_]\w*\.)+([A-Za-z_]\w*)", r"\1", type_text)


def test_reveal_type_shows_precise_types() -> None:
    expected = {
        number: line.split("#", 1)[1].strip()
        for number, line in enumerate(SAMPLE.read_text().splitlines(), start=1)
        if "reveal_type(" in line
    }
    assert len(expected) >= 15
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    revealed: dict[int, str] = {}
    for line in result.stdout.splitlines():
        found = re.match(r".*reveal_highlevel\.py:(\d+): note: Revealed type is \"(.*)\"$", line)
        if found:
            revealed[int(found.group(1))] = _short(found.group(2)).replace("*", "")
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not errors, "\n".join(errors)
    assert revealed == expected
