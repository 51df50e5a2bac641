from typing import Literal, cast

TaskSpecRestartPolicyCondition = Literal["any", "none", "on-failure"]

TASK_SPEC_RESTART_POLICY_CONDITION_VALUES: frozenset[TaskSpecRestartPolicyCondition] = frozenset(
    {
        "any",
        "none",
        "on-failure",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_task_spec_restart_policy_condition(value: str) -> TaskSpecRestartPolicyCondition:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(TaskSpecRestartPolicyCondition, value)
