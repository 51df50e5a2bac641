"""Side-by-side measurement: interleaved rounds, medians, ratios.

The machines are shared and noisy, so every scenario runs its clients in
turn over several rounds, the order reversed every other round (A B C, C B A,
...) so that no client always follows the same one, and reports medians; a
ratio compares two clients measured in the same run. Each round also pairs
every client with the baseline measured in that round: the median of those
per-round ratios, and in how many rounds the client did better, say how
steady a difference is. Nothing here asserts a time.
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
        names = list(self.clients)
        for round_ in range(rounds):
            for name in names if round_ % 2 == 0 else reversed(names):
                self.samples.setdefault(name, []).append(self.clients[name]())

    @property
    def higher_is_better(self) -> bool:
        return self.unit.endswith("/s")  # MB/s, events/s; times and sizes: lower

    def paired(self, name: str, baseline: str | None = None) -> tuple[float, int, int] | None:
        """The median of ``name``'s per-round ratios to ``baseline`` (by default the
        scenario's), the rounds in which it did better, and the rounds; None when the
        samples do not pair up."""
        baseline = self.baseline if baseline is None else baseline
        values, base = self.samples[name], self.samples[baseline]
        if name == baseline or len(values) != len(base) or not all(base):
            return None
        ratios = [value / b for value, b in zip(values, base, strict=True)]
        better = sum(1 for r in ratios if (r > 1 if self.higher_is_better else r < 1))
        return statistics.median(ratios), better, len(ratios)

    def medians(self) -> dict[str, float]:
        return {name: statistics.median(values) for name, values in self.samples.items()}


def _ratio(value: float, base: float) -> float | None:
    return value / base if base else None


def _cell(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}"


def _paired_cell(pair: tuple[float, int, int] | None) -> str:
    return " - |" if pair is None else f" {pair[0]:.2f}, {pair[1]}/{pair[2]} |"


def _paired_data(pairs: dict[str, tuple[float, int, int] | None]) -> dict[str, object]:
    return {
        name: {"median_ratio": pair[0], "rounds_better": pair[1], "rounds": pair[2]}
        for name, pair in pairs.items()
        if pair is not None
    }


def report(scenarios: list[Scenario], out_dir: Path, title: str) -> str:
    lines = [f"## {title}", ""]
    data: dict[str, dict[str, object]] = {}
    for s in scenarios:
        medians = s.medians()
        base = medians[s.baseline]
        also = medians[s.also] if s.also is not None else None
        extra = f" ratio to {s.also} |" if s.also is not None else ""
        paired_also = f" paired to {s.also} |" if s.also is not None else ""
        lines += [
            f"### {s.name}",
            "",
            f"| client | median ({s.unit}) | min | max | ratio to {s.baseline} |{extra}"
            f" paired ratio, rounds better |{paired_also}",
            "|---|---:|---:|---:|---:|" + ("---:|---:|" if s.also is not None else "") + "---:|",
        ]
        pairs = {name: s.paired(name) for name in medians}
        pairs_also = {name: s.paired(name, s.also) for name in medians} if s.also else {}
        for name, median in medians.items():
            values = s.samples[name]
            line = (
                f"| {name} | {median:.4f} | {min(values):.4f} | {max(values):.4f} "
                f"| {_cell(_ratio(median, base))} |"
            )
            if also is not None:
                line += f" {_cell(_ratio(median, also))} |"
            line += _paired_cell(pairs[name])
            if s.also is not None:
                line += _paired_cell(pairs_also[name])
            lines.append(line)
        lines.append("")
        data[s.name] = {
            "unit": s.unit,
            "baseline": s.baseline,
            "rounds": len(s.samples[s.baseline]),
            "median": medians,
            "ratio": {name: _ratio(m, base) for name, m in medians.items()},
            "paired": _paired_data(pairs),
        }
        if s.also is not None:
            data[s.name]["paired_to_" + s.also] = _paired_data(pairs_also)
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
