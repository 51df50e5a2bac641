from typing import Literal, cast

ContainerSummaryState = Literal[
    "created", "dead", "exited", "paused", "removing", "restarting", "running"
]

CONTAINER_SUMMARY_STATE_VALUES: frozenset[ContainerSummaryState] = frozenset(
    {
        "created",
        "dead",
        "exited",
        "paused",
        "removing",
        "restarting",
        "running",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_container_summary_state(value: str) -> ContainerSummaryState:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ContainerSummaryState, value)
