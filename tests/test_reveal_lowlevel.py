"""docker-py's low-level image and swarm names are precisely typed: mypy's
``reveal_type`` on tests/typing/reveal_lowlevel.py shows exactly the type written after
each call (the overloads on ``quiet``, ``stream`` and ``out`` included)."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.reveal import check_reveals

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing" / "reveal_lowlevel.py"


def test_low_level_image_and_swarm_names_reveal_precise_types() -> None:
    reveals = check_reveals(sys.executable, SAMPLE, cwd=ROOT)
    assert len(reveals.expected) >= 30
    assert not reveals.errors, "\n".join(reveals.errors)
    assert reveals.revealed == reveals.expected
    assert not reveals.with_any()
