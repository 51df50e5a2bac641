from typing import Literal, cast

TaskState = Literal[
    "accepted",
    "allocated",
    "assigned",
    "complete",
    "failed",
    "new",
    "orphaned",
    "pending",
    "preparing",
    "ready",
    "rejected",
    "remove",
    "running",
    "shutdown",
    "starting",
]

TASK_STATE_VALUES: frozenset[TaskState] = frozenset(
    {
        "accepted",
        "allocated",
        "assigned",
        "complete",
        "failed",
        "new",
        "orphaned",
        "pending",
        "preparing",
        "ready",
        "rejected",
        "remove",
        "running",
        "shutdown",
        "starting",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_task_state(value: str) -> TaskState:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(TaskState, value)
