from typing import Literal, cast

Reachability = Literal["reachable", "unknown", "unreachable"]

REACHABILITY_VALUES: frozenset[Reachability] = frozenset(
    {
        "reachable",
        "unknown",
        "unreachable",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_reachability(value: str) -> Reachability:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(Reachability, value)
