from typing import Literal, cast

TaskSpecContainerSpecIsolation = Literal["", "default", "hyperv", "process"]

TASK_SPEC_CONTAINER_SPEC_ISOLATION_VALUES: frozenset[TaskSpecContainerSpecIsolation] = frozenset(
    {
        "",
        "default",
        "hyperv",
        "process",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_task_spec_container_spec_isolation(value: str) -> TaskSpecContainerSpecIsolation:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(TaskSpecContainerSpecIsolation, value)
