"""The benchmark harness: interleaving, medians and paired ratios (no timing here)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Scenario, report


def sampler(calls: list[str], name: str, values: list[float]) -> Callable[[], float]:
    def sample() -> float:
        calls.append(name)
        return values[sum(1 for c in calls if c == name) - 1]

    return sample


def test_rounds_alternate_the_order_and_pair_with_the_baseline(tmp_path: Path) -> None:
    calls: list[str] = []
    scenario = Scenario(
        "calls",
        "ms/call",
        {
            "ours": sampler(calls, "ours", [1.0, 3.0, 1.0]),
            "theirs": sampler(calls, "theirs", [2.0, 2.0, 2.0]),
        },
        baseline="theirs",
    )
    scenario.run(3)
    assert calls == ["ours", "theirs", "theirs", "ours", "ours", "theirs"]
    assert scenario.medians() == {"ours": 1.0, "theirs": 2.0}
    assert scenario.paired("ours") == (0.5, 2, 3)  # ratios 0.5, 1.5, 0.5; lower is better
    assert scenario.paired("theirs") is None

    text = report([scenario], tmp_path, "Harness check")
    assert "| ours | 1.0000 | 1.0000 | 3.0000 | 0.50 | 0.50, 2/3 |" in text
    data = json.loads((tmp_path / "harness-check.json").read_text())
    assert data["calls"]["paired"] == {
        "ours": {"median_ratio": 0.5, "rounds_better": 2, "rounds": 3}
    }


def test_a_second_baseline_gets_its_own_paired_column(tmp_path: Path) -> None:
    scenario = Scenario(
        "calls",
        "ms/call",
        {},
        baseline="raw",
        also="theirs",
        samples={"ours": [2.0, 2.0], "theirs": [3.0, 1.0], "raw": [1.0, 1.0]},
    )
    text = report([scenario], tmp_path, "Also check")
    assert "| ours | 2.0000 | 2.0000 | 2.0000 | 2.00 | 1.00 | 2.00, 0/2 | 1.33, 1/2 |" in text
    data = json.loads((tmp_path / "also-check.json").read_text())
    assert data["calls"]["paired_to_theirs"]["ours"]["rounds_better"] == 1


def test_for_rates_higher_is_better() -> None:
    scenario = Scenario(
        "rates",
        "MB/s",
        {},
        baseline="raw",
        samples={"ours": [90.0, 110.0, 120.0], "raw": [100.0] * 3},
    )
    assert scenario.paired("ours") == (1.1, 2, 3)
