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
    also: str | None = None  # a second baseline, given its own ratio column
    samples: dict[str, list[float]] = field(default_factory=dict)

    def run(self, rounds: int) -> None:
        for _ in range(rounds):
            for name, sample in self.clients.items():
                self.samples.setdefault(name, []).append(sample())

    def medians(self) -> dict[str, float]:
        return {name: statistics.median(values) for name, values in self.samples.items()}


def _ratio(value: float, base: float) -> float | None:
    return value / base if base else None


def _cell(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}"


def report(scenarios: list[Scenario], out_dir: Path, title: str) -> str:
    lines = [f"## {title}", ""]
    data: dict[str, dict[str, object]] = {}
    for s in scenarios:
        medians = s.medians()
        base = medians[s.baseline]
        also = medians[s.also] if s.also is not None else None
        extra = f" ratio to {s.also} |" if s.also is not None else ""
        lines += [
            f"### {s.name}",
            "",
            f"| client | median ({s.unit}) | min | max | ratio to {s.baseline} |{extra}",
            "|---|---:|---:|---:|---:|" + ("---:|" if s.also is not None else ""),
        ]
        for name, median in medians.items():
            values = s.samples[name]
            line = (
                f"| {name} | {median:.4f} | {min(values):.4f} | {max(values):.4f} "
                f"| {_cell(_ratio(median, base))} |"
            )
            if also is not None:
                line += f" {_cell(_ratio(median, also))} |"
            lines.append(line)
        lines.append("")
        data[s.name] = {
            "unit": s.unit,
            "baseline": s.baseline,
            "rounds": len(s.samples[s.baseline]),
            "median": medians,
            "ratio": {name: _ratio(m, base) for name, m in medians.items()},
        }
        if also is not None:
            data[s.name]["ratio_to_" + str(s.also)] = {
                name: _ratio(m, also) for name, m in medians.items()
            }
    text = "\n".join(lines)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{title.lower().replace(' ', '-')}.md").write_text(text + "\n")
    (out_dir / f"{title.lower().replace(' ', '-')}.json").write_text(
        json.dumps(data, indent=2, sort_keys=True) + "\n"
    )
    return text
