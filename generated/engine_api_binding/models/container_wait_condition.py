from typing import Literal, cast

ContainerWaitCondition = Literal["next-exit", "not-running", "removed"]

CONTAINER_WAIT_CONDITION_VALUES: frozenset[ContainerWaitCondition] = frozenset(
    {
        "next-exit",
        "not-running",
        "removed",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_container_wait_condition(value: str) -> ContainerWaitCondition:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ContainerWaitCondition, value)
