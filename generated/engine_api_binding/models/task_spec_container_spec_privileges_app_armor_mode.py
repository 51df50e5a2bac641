from typing import Literal, cast

TaskSpecContainerSpecPrivilegesAppArmorMode = Literal["default", "disabled"]

TASK_SPEC_CONTAINER_SPEC_PRIVILEGES_APP_ARMOR_MODE_VALUES: frozenset[
    TaskSpecContainerSpecPrivilegesAppArmorMode
] = frozenset(
    {
        "default",
        "disabled",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_task_spec_container_spec_privileges_app_armor_mode(
    value: str,
) -> TaskSpecContainerSpecPrivilegesAppArmorMode:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(TaskSpecContainerSpecPrivilegesAppArmorMode, value)
