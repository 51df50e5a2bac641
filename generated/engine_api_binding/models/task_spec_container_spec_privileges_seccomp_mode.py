from typing import Literal, cast

TaskSpecContainerSpecPrivilegesSeccompMode = Literal["custom", "default", "unconfined"]

TASK_SPEC_CONTAINER_SPEC_PRIVILEGES_SECCOMP_MODE_VALUES: frozenset[
    TaskSpecContainerSpecPrivilegesSeccompMode
] = frozenset(
    {
        "custom",
        "default",
        "unconfined",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_task_spec_container_spec_privileges_seccomp_mode(
    value: str,
) -> TaskSpecContainerSpecPrivilegesSeccompMode:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(TaskSpecContainerSpecPrivilegesSeccompMode, value)
