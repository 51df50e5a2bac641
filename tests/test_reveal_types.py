"""The high-level API's types are precise: mypy's ``reveal_type`` on
tests/typing/reveal_highlevel.py shows exactly the type written after each call."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.reveal import check_reveals

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing" / "reveal_highlevel.py"


def test_reveal_type_shows_precise_types() -> None:
    reveals = check_reveals(sys.executable, SAMPLE, cwd=ROOT)
    assert len(reveals.expected) >= 15
    assert not reveals.errors, "\n".join(reveals.errors)
    assert reveals.revealed == reveals.expected
