"""Side-by-side measurement: interleaved rounds, medians, ratios.

The machines are shared and noisy, so every scenario runs its clients in
turn (A B C A B C ...) over several rounds and reports medians; a ratio
compares two clients measured in the same run. Nothing here asserts a time.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Scenario:
    name: str
    unit: str  # what one sample measures, e.g. "s" or "ms/call"
    clients: dict[str, Callable[[], float]]  # client name -> one sample
    baseline: str  # ratios are client / baseline
    samples: dict[str, list[float]] = field(default_factory=dict)

    def run(self, rounds: int) -> None:
        for _ in range(rounds):
            for name, sample in self.clients.items():
                self.samples.setdefault(name, []).append(sample())

    def medians(self) -> dict[str, float]:
        return {name: statistics.median(values) for name, values in self.samples.items()}


def report(scenarios: list[Scenario], out_dir: Path, title: str) -> str:
    lines = [f"## {title}", ""]
    data: dict[str, dict[str, object]] = {}
    for s in scenarios:
        medians = s.medians()
        base = medians[s.baseline]
        lines += [
            f"### {s.name}",
            "",
            f"| client | median ({s.unit}) | min | max | ratio to {s.baseline} |",
            "|---|---:|---:|---:|---:|",
        ]
        for name, median in medians.items():
            values = s.samples[name]
            lines.append(
                f"| {name} | {median:.4f} | {min(values):.4f} | {max(values):.4f} "
                f"| {median / base:.2f} |"
            )
        lines.append("")
        data[s.name] = {
            "unit": s.unit,
            "baseline": s.baseline,
            "rounds": len(s.samples[s.baseline]),
            "median": medians,
            "ratio": {name: m / base for name, m in medians.items()},
        }
    text = "\n".join(lines)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{title.lower().replace(' ', '-')}.md").write_text(text + "\n")
    (out_dir / f"{title.lower().replace(' ', '-')}.json").write_text(
        json.dumps(data, indent=2, sort_keys=True) + "\n"
    )
    return text
